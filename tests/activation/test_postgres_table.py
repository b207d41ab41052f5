"""upsert_membership against a real PostgreSQL: the table ends equal to the membership, counts
match a hand-written Polars diff, and every failure leaves the table exactly as it was."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import polars as pl
import pytest

from segdsl.activation.postgres_table import upsert_membership
from segdsl.diagnostics import DiagnosticError

from tests.activation.conftest import PASSWORD


def membership(keys: range | list[int], offset: float = 0.0) -> pl.DataFrame:
    keys = list(keys)
    return pl.DataFrame({
        "customer_id": keys,
        "email": [f"c{k}@example.com" if k % 7 else None for k in keys],
        "score": [k * 1.5 + offset for k in keys],
        "since": [dt.date(2026, 1, 1) + dt.timedelta(days=k % 30) for k in keys],
        "optin": [k % 2 == 0 for k in keys],
    }, schema={"customer_id": pl.Int64, "email": pl.String, "score": pl.Float64, "since": pl.Date, "optin": pl.Boolean})


def expected_counts(old: pl.DataFrame, new: pl.DataFrame) -> dict[str, int]:
    """The diff computed by hand in Polars: keys gone, keys new, rows whose values differ."""
    both = old.join(new, on="customer_id", suffix="_new")
    changed = both.filter(pl.any_horizontal(pl.col(c).ne_missing(pl.col(f"{c}_new")) for c in old.columns if c != "customer_id"))
    return {"deleted": old.join(new, on="customer_id", how="anti").height,
            "inserted": new.join(old, on="customer_id", how="anti").height,
            "updated": changed.height, "unchanged": both.height - changed.height}


def assert_table_is(db, table: str, frame: pl.DataFrame) -> None:
    got = db.rows(table)
    assert got.columns == frame.columns
    assert got.cast(frame.schema).equals(frame.sort("customer_id"))


def test_creates_then_diffs_against_the_table(db):
    first, second = membership(range(1, 201)), membership(list(range(50, 251)), offset=0.0)
    second = second.with_columns(pl.when(pl.col("customer_id") % 10 == 0).then(pl.col("score") + 1).otherwise(pl.col("score")).alias("score"))
    summary = upsert_membership(db.connection(), "crm_members", first, "customer_id")
    assert (summary.inserted, summary.updated, summary.deleted, summary.unchanged) == (200, 0, 0, 0)
    assert_table_is(db, "crm_members", first)
    summary = upsert_membership(db.connection(), "crm_members", second, "customer_id")
    assert summary.__dict__ == expected_counts(first, second)
    assert_table_is(db, "crm_members", second)


def test_rerun_writes_nothing(db):
    frame = membership(range(1, 501))
    upsert_membership(db.connection(), "public.members", frame, "customer_id")
    before = db.versions("members")
    summary = upsert_membership(db.connection(), "public.members", frame, "customer_id")
    assert (summary.written, summary.unchanged) == (0, 500)
    assert db.versions("members") == before  # no row rewritten (same xmin)
    assert_table_is(db, "members", frame)


def test_unexpected_schema_is_a_diagnostic_and_nothing_is_written(db):
    with db.session() as session:
        session.execute("CREATE TABLE members (customer_id bigint PRIMARY KEY, email text, points integer)")
        session.execute("INSERT INTO members VALUES (1, 'a@b.c', 3)")
    with pytest.raises(DiagnosticError) as caught:
        upsert_membership(db.connection(), "members", membership(range(1, 10)), "customer_id")
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "E342"
    for part in ("connection `dest`", "missing column `score`", "unexpected column `points`", "missing column `since`"):
        assert part in diagnostic.message
    assert PASSWORD not in str(caught.value.diagnostics)
    assert db.rows("members").rows() == [(1, "a@b.c", 3)]


def test_key_without_unique_constraint_is_refused(db):
    with db.session() as session:
        session.execute("CREATE TABLE members (customer_id bigint, email text, score double precision, since date, optin boolean)")
    with pytest.raises(DiagnosticError) as caught:
        upsert_membership(db.connection(), "members", membership(range(1, 4)), "customer_id")
    assert caught.value.diagnostics[0].code == "E342" and "unique" in caught.value.diagnostics[0].message
    assert db.rows("members").height == 0


def test_duplicate_keys_are_refused_before_connecting(db):
    frame = pl.concat([membership([1, 2]), membership([2])])
    with pytest.raises(DiagnosticError) as caught:
        upsert_membership(db.connection(), "members", frame, "customer_id")
    assert caught.value.diagnostics[0].code == "E345"


@pytest.mark.parametrize("setup, expected", [
    (f"CREATE ROLE reader LOGIN PASSWORD '{PASSWORD}'; GRANT SELECT ON members TO reader", "may not write"),
    (f"CREATE ROLE reader LOGIN PASSWORD '{PASSWORD}'; GRANT ALL ON members TO reader; ALTER ROLE reader SET default_transaction_read_only = on", "is read-only"),
])
def test_a_user_who_may_only_read_gets_a_diagnostic(db, setup, expected):
    frame = membership(range(1, 20))
    upsert_membership(db.connection(), "members", frame, "customer_id")
    before = db.versions("members")
    reader = f"reader_{db.name}"  # roles belong to the whole server: one per test
    with db.session() as session:
        for statement in setup.replace("reader", reader).split("; "):
            session.execute(statement)
    with pytest.raises(DiagnosticError) as caught:
        upsert_membership(db.connection(user=reader), "members", membership(range(5, 30)), "customer_id")
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "E343" and expected in diagnostic.message and "nothing was written" in diagnostic.message
    assert PASSWORD not in diagnostic.message
    assert db.versions("members") == before


def test_refused_login_names_the_connection(db):
    with pytest.raises(DiagnosticError) as caught:
        upsert_membership(db.connection(user="nobody"), "members", membership(range(1, 3)), "customer_id")
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "E387" and "connection `dest`" in diagnostic.message and PASSWORD not in diagnostic.message


# ---- faults while the transaction is open -------------------------------------------------------
# A second session locks one row the write will UPDATE: the writer has already deleted the keys
# that left (inside its transaction) and waits there, so a fault hits the middle of the write.


def _block_one_row(db, key: int):
    session = db.session(autocommit=False)
    session.execute("SELECT 1 FROM members WHERE customer_id = %s FOR UPDATE", (key,))
    return session


def _waiting_backend(db, wait_event: str | None = None, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    with db.session() as session:
        while time.monotonic() < deadline:
            row = session.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' "
                "AND (%s::text IS NULL OR wait_event = %s) AND pid <> pg_backend_pid() ORDER BY backend_start LIMIT 1",
                (wait_event, wait_event)).fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    raise AssertionError("the writer never reached the blocked statement")


def _backend_gone(db, pid: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    with db.session() as session:
        while session.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]:
            assert time.monotonic() < deadline, "the killed writer's backend never ended"
            time.sleep(0.05)


def _changed(frame: pl.DataFrame) -> pl.DataFrame:
    """Keys 1-9 gone, every score changed, keys 101-120 new: each statement has work."""
    return pl.concat([membership(range(10, 101), offset=0.5), membership(range(101, 121))])


def test_a_run_killed_during_the_write_leaves_the_table_as_it_was(db, tmp_path):
    old = membership(range(1, 101))
    upsert_membership(db.connection(), "members", old, "customer_id")
    before = db.versions("members")
    _changed(old).write_parquet(tmp_path / "new.parquet")
    script = textwrap.dedent(f"""
        import polars as pl
        from pathlib import Path
        from segdsl.sources.connections import Connection
        from segdsl.activation.postgres_table import upsert_membership
        connection = Connection("dest", Path({str(db.project / 'segdsl.toml')!r}), {db.url!r})
        upsert_membership(connection, "members", pl.read_parquet({str(tmp_path / 'new.parquet')!r}), "customer_id")
        print("committed")
    """)
    blocker = _block_one_row(db, 50)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        pid = _waiting_backend(db)
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        blocker.rollback()
        blocker.close()
    _backend_gone(db, pid)
    assert writer.returncode == -signal.SIGKILL
    assert db.versions("members") == before
    assert_table_is(db, "members", old)


def test_a_dropped_connection_is_a_diagnostic_and_nothing_is_written(db):
    old = membership(range(1, 101))
    upsert_membership(db.connection(), "members", old, "customer_id")
    before = db.versions("members")
    outcome: dict = {}

    def write() -> None:
        try:
            outcome["summary"] = upsert_membership(db.connection(), "members", _changed(old), "customer_id")
        except DiagnosticError as error:
            outcome["error"] = error

    blocker = _block_one_row(db, 50)
    thread = threading.Thread(target=write)
    thread.start()
    try:
        pid = _waiting_backend(db)
        with db.session() as admin:
            assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
    finally:
        blocker.rollback()
        blocker.close()
    thread.join(timeout=60)
    assert "summary" not in outcome
    [diagnostic] = outcome["error"].diagnostics
    assert diagnostic.code == "E343" and "connection was lost" in diagnostic.message and "nothing was written" in diagnostic.message
    assert PASSWORD not in diagnostic.message
    assert db.versions("members") == before


def test_two_concurrent_runs_are_serialised(db):
    old = membership(range(1, 101))
    upsert_membership(db.connection(), "members", old, "customer_id")
    first = _changed(old)
    second = pl.concat([membership(range(30, 111), offset=2.0), membership(range(200, 230))])
    results: dict = {}

    def write(name: str, frame: pl.DataFrame) -> None:
        results[name] = upsert_membership(db.connection(), "members", frame, "customer_id")

    blocker = _block_one_row(db, 50)
    one = threading.Thread(target=write, args=("first", first))
    one.start()
    try:
        _waiting_backend(db)  # the first run is inside its transaction, blocked on the row
        two = threading.Thread(target=write, args=("second", second))
        two.start()
        _waiting_backend(db, "advisory")  # the second run waits for the first one's lock
    finally:
        blocker.rollback()
        blocker.close()
    one.join(timeout=60)
    two.join(timeout=60)
    assert results["first"].__dict__ == expected_counts(old, first)
    assert results["second"].__dict__ == expected_counts(first, second)  # it saw the first run's result
    assert_table_is(db, "members", second)
