"""Activation: a membership written to PostgreSQL, and the membership history's incremental update.

    python -m benchmarks.bench_activation [--members 2000000] [--changed 0.01]

Against a throw-away PostgreSQL server started here (the tests' `tests/pg_server.py`):
- `upsert_membership` of N memberships (key, e-mail, segment, score) into a new table, against a
  bare `COPY` of the same rows into an empty table (the floor: no staging, no diff, no index);
- the same call again with nothing changed (must write 0 rows), and with `--changed` of the
  rows changed (a third of them left, a third new, a third with a new score);
- `record_snapshot` of the N memberships, then of the changed ones, in the embedded DuckDB
  store and in the PostgreSQL store: time, and the rows written, checked against the changes
  counted by hand in Polars and (PostgreSQL) against the server's own tuple counters.
Times are wall seconds of one run in this process. Writes the "activation" section of RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

from benchmarks.results import write_section

ROOT = Path(__file__).resolve().parent.parent
SEGMENTS = ["loyal", "at_risk", "new", "lost", "moved"]


def membership(n: int, seed: int = 1) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    return pl.DataFrame({
        "customer_id": np.arange(n, dtype=np.int64),
        "segment": rng.choice(["loyal", "at_risk", "new", "lost"], n),
        "score": rng.random(n).round(6),
    }).with_columns(email=pl.format("c{}@example.com", "customer_id"))


def changed(frame: pl.DataFrame, share: float, seed: int = 2) -> pl.DataFrame:
    """A third of `share` leave, a third move to another segment with a new score, and as many
    new customers join: `share` of the customers change."""
    n, k = frame.height, max(3, int(frame.height * share) // 3)
    rng = np.random.default_rng(seed)
    picked = rng.choice(n, 2 * k, replace=False)
    leave, rescore = set(picked[:k].tolist()), pl.Series(picked[k:], dtype=pl.Int64)
    kept = frame.filter(~pl.col("customer_id").is_in(list(leave)))
    moved = pl.col("customer_id").is_in(rescore.to_list())
    kept = kept.with_columns(pl.when(moved).then(pl.col("score") + 1).otherwise("score").alias("score"),
                             pl.when(moved).then(pl.lit("moved")).otherwise("segment").alias("segment"))
    new = membership(k, seed=3).with_columns((pl.col("customer_id") + n).alias("customer_id"),
                                             pl.format("c{}@example.com", pl.col("customer_id") + n).alias("email"))
    return pl.concat([kept, new])


def timed(action):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def tuple_counters(url: str, table: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as session:
        session.execute("SELECT pg_stat_force_next_flush()")
        row = session.execute("SELECT n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables WHERE relname = %s", (table,)).fetchone()
    return int(row[0]) if row else 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_activation", description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2_000_000)
    parser.add_argument("--changed", type=float, default=0.01)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests"))
    import pg_server
    import psycopg

    from segdsl.activation.history import record_snapshot
    from segdsl.activation.postgres_table import upsert_membership
    from segdsl.engines.pg_copy import column_definitions, copy_frame
    from segdsl.sources.connections import Connection

    old = membership(args.members)
    new = changed(old, args.changed)
    leave = old.join(new, on="customer_id", how="anti").height
    join = new.join(old, on="customer_id", how="anti").height
    rescored = old.join(new, on="customer_id").filter(pl.col("score") != pl.col("score_right")).height  # moved too
    rows: list[str] = []
    server = pg_server.PgServer.start()
    work = Path(tempfile.mkdtemp(prefix="segdsl-bench-activation-"))
    try:
        (work / "segdsl.toml").write_text(f'[connections.dest]\nurl = "{server.url}"\n', encoding="utf-8")
        connection = Connection("dest", work / "segdsl.toml", server.url)

        def bare_copy() -> None:
            with psycopg.connect(server.url) as session, session.cursor() as cursor:
                cursor.execute(psycopg.sql.SQL("CREATE TABLE floor ({})").format(column_definitions(psycopg.sql, old)))
                copy_frame(cursor, psycopg.sql, psycopg.sql.Identifier("floor"), old)

        floor_s, _ = timed(bare_copy)
        first_s, first = timed(lambda: upsert_membership(connection, "members", old, "customer_id"))
        before = tuple_counters(server.url, "members")
        again_s, again = timed(lambda: upsert_membership(connection, "members", old, "customer_id"))
        after_again = tuple_counters(server.url, "members")
        delta_s, delta = timed(lambda: upsert_membership(connection, "members", new, "customer_id"))
        after_delta = tuple_counters(server.url, "members")
        assert (first.inserted, again.written) == (old.height, 0)
        assert (delta.deleted, delta.inserted, delta.updated) == (leave, join, rescored), delta
        assert (after_again - before, after_delta - after_again) == (0, leave + join + rescored)
        rows += [
            f"| PostgreSQL table | bare `COPY` of {old.height:,} rows into an empty table (floor) | {floor_s:.2f} | {old.height:,} |",
            f"| PostgreSQL table | `upsert_membership`, new table | {first_s:.2f} | {first.written:,} |",
            f"| PostgreSQL table | the same membership again | {again_s:.2f} | {again.written} (server counters: {after_again - before}) |",
            f"| PostgreSQL table | {args.changed:.0%} changed ({leave:,} left, {join:,} new, {rescored:,} moved) | {delta_s:.2f} | {delta.written:,} (server counters: {after_delta - after_again:,}) |",
        ]
        history_old = old.select(pl.col("customer_id").cast(pl.String).alias("customer_key"), "segment")
        history_new = new.select(pl.col("customer_id").cast(pl.String).alias("customer_key"), "segment")
        moved_out = history_old.join(history_new, on=["customer_key", "segment"], how="anti").height
        arrived = history_new.join(history_old, on=["customer_key", "segment"], how="anti").height
        day1, day2 = dt.date(2026, 1, 1), dt.date(2026, 2, 1)
        for store, folder in (("embedded DuckDB", work / "embedded"), ("PostgreSQL", work / "pg")):
            folder.mkdir()
            if store == "PostgreSQL":
                (folder / "segdsl.toml").write_text(f'[connections.dest]\nurl = "{server.url}"\n\n[history]\nconnection = "dest"\n',
                                                    encoding="utf-8")
            init_s, init = timed(lambda: record_snapshot(folder, day1, history_old, segments=SEGMENTS))
            counters = tuple_counters(server.url, "segdsl_history") if store == "PostgreSQL" else 0
            step_s, step = timed(lambda: record_snapshot(folder, day2, history_new, segments=SEGMENTS))
            assert init.rows_written == history_old.height and step.rows_written == moved_out + arrived, step
            check = f"{step.rows_written:,} = {moved_out:,} exits + {arrived:,} entries"
            if store == "PostgreSQL":
                check += f" (server counters: {tuple_counters(server.url, 'segdsl_history') - counters:,})"
            rows += [f"| history, {store} | first snapshot of {history_old.height:,} memberships | {init_s:.2f} | {init.rows_written:,} |",
                     f"| history, {store} | next snapshot, {args.changed:.0%} of customers changed | {step_s:.2f} | {check} |"]
    finally:
        server.stop()
    load = os.getloadavg()[0]
    markdown = "\n".join([
        "## Activation: PostgreSQL tables and the membership history",
        "",
        f"`python -m benchmarks.bench_activation --members {args.members} --changed {args.changed}` "
        f"({platform.machine()}, {os.cpu_count()} cores, load average {load:.1f} at the end: shared and loaded, "
        "so compare the rows within this run, not with other sections). A throw-away PostgreSQL "
        f"server (fsync off) on the same machine. Rows written are the calls' own counts, checked against "
        "changes counted by hand in Polars and, for PostgreSQL, the server's tuple counters.",
        "",
        "| what | case | seconds | rows written |",
        "|---|---|---:|---:|",
        *rows,
    ])
    write_section("activation", markdown)
    print(markdown)


if __name__ == "__main__":
    main()
