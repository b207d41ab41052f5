"""Tables in PostgreSQL and the engines, on the benchmark workload (benchmarks/rfm.seg).

    python -m benchmarks.bench_sources [--customers 2000000] [--repeat 3] [--skip spark]

In one run, against a throw-away PostgreSQL server started here (the test suite's, from
`tests/pg_server.py`) holding the same customers and orders as `benchmarks/data`:
- the two Arrow-native readers on the reader's query (needed columns, window in the WHERE):
  ADBC (`adbc-driver-postgresql`, what segdsl uses) and connectorx;
- the Polars engine reading the tables from PostgreSQL vs from the Parquet files;
- segdsl on PostgreSQL (the engine, tables in place) vs hand-written PostgreSQL SQL, its result
  fetched through psycopg (rows) and, like segdsl's, through ADBC (Arrow);
- segdsl on DuckDB vs hand-written DuckDB SQL (`benchmarks/baselines.py`), both on the Parquet files;
- segdsl on local Spark (`local[2]`), recorded.
Every result is compared with hand-written Polars (sorted by key). Times are medians of wall
time in this process (imports and server start excluded). Writes the "sources" section of
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from benchmarks.baselines import AS_OF, QUARTER_START, YEAR_START, canonical, duckdb_rfm, polars_rfm
from benchmarks.results import write_section

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSWORD = "bench-Pw-1"

PG_SQL = """
WITH orders AS (
    SELECT customer_id, order_date, amount, channel FROM bench.orders WHERE order_date <= DATE '{as_of}'
), per_customer AS (
    SELECT customer_id,
           max(order_date) AS last_order,
           count(*) FILTER (WHERE order_date > DATE '{year_start}') AS frequency,
           coalesce(sum(amount) FILTER (WHERE order_date > DATE '{year_start}'), 0.0) AS monetary,
           count(*) FILTER (WHERE order_date > DATE '{quarter_start}' AND channel = 'web') AS web_orders
    FROM orders GROUP BY customer_id
), traits AS (
    SELECT c.customer_id, c.country, c.plan,
           DATE '{as_of}' - p.last_order AS recency,
           coalesce(p.frequency, 0) AS frequency,
           coalesce(p.monetary, 0.0) AS monetary,
           coalesce(p.web_orders, 0) AS web_orders,
           DATE '{as_of}' - c.signup_date AS tenure_days
    FROM bench.customers c LEFT JOIN per_customer p USING (customer_id)
), scored AS (
    SELECT *,
           CASE WHEN recency IS NOT NULL THEN
               (rank() OVER (ORDER BY recency DESC NULLS LAST) - 1) * 5 / count(recency) OVER () + 1 END AS r,
           (rank() OVER (ORDER BY frequency) - 1) * 5 / count(*) OVER () + 1 AS f,
           (rank() OVER (ORDER BY monetary) - 1) * 5 / count(*) OVER () + 1 AS m
    FROM traits
)
SELECT customer_id,
       coalesce(r >= 4 AND f >= 4 AND m >= 4, false) AS champions,
       coalesce(f >= 4 AND r >= 3, false) AS loyal,
       coalesce(r <= 2 AND f >= 3, false) AS at_risk,
       coalesce(tenure_days <= 60, false) AS new_customers,
       coalesce(web_orders >= 2, false) AS web_shoppers,
       coalesce(monetary > 1000, false) AS big_spenders,
       coalesce(country IN ('FR', 'DE', 'BE', 'NL', 'ES', 'IT') AND plan = 'pro', false) AS eu_pro,
       CASE WHEN recency IS NULL THEN 'prospect' WHEN recency <= 30 THEN 'active'
            WHEN recency <= 120 THEN 'cooling' ELSE 'lost' END AS lifecycle
FROM scored
""".format(as_of=AS_OF, year_start=YEAR_START, quarter_start=QUARTER_START)


TARGET = 1.10  # segdsl vs the hand-written SQL on the same engine (issue 11)


@dataclass(frozen=True)
class Row:
    comparison: str
    side: str
    wall: float | None
    cpu: float | None
    result: str
    reference: str = ""  # the side of the same comparison this one is measured against
    target: float | None = None


def _seconds(value: float | None) -> str:
    return f"{value:.2f} s" if value is not None else "–"


def compare(sides: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float, object]]:
    """One untimed run of each side (warms caches; its result is checked), then `repeat` rounds
    alternating the sides, so load on the shared machine hits them alike. For each side: median
    wall time, median CPU time of this process (user + system: in-process engines' threads
    included, a database server's or Spark's JVM's work not), and the result."""
    results = {name: function() for name, function in sides.items()}
    walls: dict[str, list[float]] = {name: [] for name in sides}
    cpus: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(repeat):
        for name, function in sides.items():
            before, start = _cpu(), time.perf_counter()
            function()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_cpu() - before)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name]), results[name]) for name in sides}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_sources", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, help="use this folder of generated tables instead of benchmarks/data")
    parser.add_argument("--skip", default="", help="comma-separated: spark, connectorx, postgres-engine")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    sys.path.insert(0, str(ROOT))
    from benchmarks.run import DATA, ensure_data
    from tests.pg_server import PgServer

    if args.data is not None:
        DATA = args.data.resolve()
    else:
        ensure_data(args.customers, 7)
    rows: list[Row] = []
    reference = canonical(polars_rfm(DATA))

    def same(result: object) -> str:
        return "identical" if canonical(result).equals(reference) else "DIFFERENT"

    work = Path(tempfile.mkdtemp(prefix="segdsl-bench-sources-"))
    server = PgServer.start()
    env_before = os.environ.get("SEGDSL_BENCH_PG_PASSWORD")
    try:
        server.psql(f"CREATE ROLE bench LOGIN PASSWORD '{PASSWORD}'")
        server.psql("CREATE DATABASE bench OWNER bench")
        server.psql("ALTER SYSTEM SET log_statement = 'none'")  # the log would hold every statement
        server.psql("SELECT pg_reload_conf()")
        url = server.url_for("bench", "bench")
        os.environ["SEGDSL_BENCH_PG_PASSWORD"] = PASSWORD
        (work / "segdsl.toml").write_text(f'[connections.warehouse]\nurl = "{url}"\npassword_env = "SEGDSL_BENCH_PG_PASSWORD"\n')
        seg_files = (HERE / "rfm.seg").read_text()
        (work / "data").symlink_to(DATA)
        (work / "files.seg").write_text(seg_files)
        (work / "db.seg").write_text(seg_files.replace('from "data/customers.parquet"', 'from warehouse "bench.customers"')
                                     .replace('from "data/orders.parquet"', 'from warehouse "bench.orders"'))

        import segdsl
        from segdsl.sources.connections import find_connection
        from segdsl.sources.load import load_tables

        connection = find_connection("warehouse", work)
        start = time.perf_counter()
        loaded = load_tables(connection, {"bench.customers": DATA / "customers.parquet", "bench.orders": DATA / "orders.parquet"})
        load_seconds = time.perf_counter() - start

        # -- the readers, on the reader's own query for orders
        from segdsl.sources.reader import LAST_QUERIES, read_table

        definition = segdsl.load(work / "db.seg")
        orders = next(t for t in definition.ir.events if t.name == "orders")
        from segdsl.sources.query import TimeWindow

        window = TimeWindow("order_date", "date", None, AS_OF)
        read_table(orders.path, orders.columns, window)
        query = LAST_QUERIES[orders.path]
        readers: dict[str, Callable[[], object]] = {"ADBC (segdsl's reader)": lambda: read_table(orders.path, orders.columns, window)}
        if "connectorx" not in skip:
            try:
                import connectorx

                readers["connectorx"] = lambda: connectorx.read_sql(connection.uri(), query, return_type="arrow")
            except ImportError:
                rows.append(Row("read orders (needed columns, window in WHERE)", "connectorx", None, None, "not installed"))
        for side, (wall, cpu, frame) in compare(readers, args.repeat).items():
            count = frame.height if hasattr(frame, "height") else frame.num_rows
            rows.append(Row("read orders (needed columns, window in WHERE)", side, wall, cpu, f"{count:,} rows",
                            reference="ADBC (segdsl's reader)"))

        # -- the Polars engine: PostgreSQL tables vs Parquet files
        from_files = segdsl.load(work / "files.seg")
        polars_sides = {"tables from Parquet files": from_files.evaluate, "tables from PostgreSQL (ADBC)": definition.evaluate}
        for side, (wall, cpu, result) in compare(polars_sides, args.repeat).items():
            rows.append(Row("Polars engine", side, wall, cpu, same(result), reference="tables from Parquet files"))

        # -- DuckDB: segdsl vs hand-written, both on the Parquet files
        from segdsl.engines.duckdb_engine import DuckDBEngine

        duck = DuckDBEngine()
        duck_sides = {"hand-written DuckDB SQL": lambda: duckdb_rfm(DATA),
                      "segdsl (`--engine duckdb`)": lambda: duck.evaluate(from_files.ir, AS_OF)}
        for side, (wall, cpu, result) in compare(duck_sides, args.repeat).items():
            rows.append(Row("DuckDB", side, wall, cpu, same(result), reference="hand-written DuckDB SQL", target=TARGET))
        duck.close()

        # -- PostgreSQL: segdsl (tables in place) vs hand-written
        if "postgres-engine" not in skip:
            import psycopg

            from segdsl.engines.postgres_engine import PostgresEngine

            engine = PostgresEngine(connection.uri())

            def hand_written_pg() -> pl.DataFrame:
                with psycopg.connect(connection.uri()) as conn, conn.cursor() as cursor:
                    cursor.execute(PG_SQL)
                    names = [d.name for d in cursor.description]
                    return pl.DataFrame(cursor.fetchall(), schema=names, orient="row")

            def hand_written_pg_adbc() -> pl.DataFrame:
                """The same SQL, its result fetched as segdsl's engine fetches it (ADBC, Arrow):
                segdsl vs this one compares the statements and the fixed costs alone."""
                from segdsl.sources.driver import fetch_arrow, open_connection

                with open_connection(connection) as handle:
                    return pl.from_arrow(fetch_arrow(connection, handle, PG_SQL, "the hand-written query"))

            pg_sides = {"hand-written PostgreSQL SQL": hand_written_pg,
                        "hand-written PostgreSQL SQL, result through ADBC": hand_written_pg_adbc,
                        "segdsl (`--engine postgres`, tables in place)": lambda: engine.evaluate(definition.ir, AS_OF)}
            for side, (wall, cpu, result) in compare(pg_sides, args.repeat).items():  # most of the work is the server's
                # segdsl is judged like for like: against the same SQL with its result fetched as segdsl fetches it
                against = "hand-written PostgreSQL SQL, result through ADBC" if side.startswith("segdsl") else "hand-written PostgreSQL SQL"
                rows.append(Row("PostgreSQL", side, wall, cpu, same(result), reference=against,
                                target=TARGET if side.startswith("segdsl") else None))
            engine.close()

        # -- Spark, recorded
        if "spark" not in skip:
            try:
                from segdsl.engines.spark_engine import SparkEngine

                spark = SparkEngine()
                for side, (wall, _, result) in compare({"segdsl (`--engine spark`, local[2])": lambda: spark.evaluate(from_files.ir, AS_OF)},
                                                       args.repeat).items():
                    rows.append(Row("Spark", side, wall, None, same(result)))
                spark.close()
            except Exception as error:  # noqa: BLE001 - recorded, not fatal
                rows.append(Row("Spark", "segdsl (`--engine spark`, local[2])", None, None, f"failed: {str(error).splitlines()[0][:80]}"))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
        if env_before is None:
            os.environ.pop("SEGDSL_BENCH_PG_PASSWORD", None)

    load = os.getloadavg()
    lines = [
        "## Engines and tables in PostgreSQL",
        "",
        f"`python -m benchmarks.bench_sources --customers {args.customers} --repeat {args.repeat}"
        + (f" --data {args.data}" if args.data else "") + (f" --skip {args.skip}" if args.skip else "") + "`",
        "",
        f"Data: `{args.data or 'benchmarks/data'}` ({args.customers:,} customers, {loaded.get('bench.orders', 0):,} orders), loaded into a "
        f"throw-away PostgreSQL {server.bin.parent.name} server on this machine in {load_seconds:.0f} s (ADBC bulk ingest). "
        f"Medians of {args.repeat} runs after one untimed run per side, the sides of each comparison alternating; "
        "results compared with hand-written Polars. CPU time is this process's (user + system): it includes "
        "DuckDB's and Polars' threads, not the PostgreSQL server's or Spark's JVM's work.",
        "",
        "| comparison | side | median wall time | CPU time (this process) | vs reference | target | result |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    walls = {(row.comparison, row.side): row.wall for row in rows}
    for row in rows:
        reference_wall = walls.get((row.comparison, row.reference)) if row.reference else None
        versus = f"{row.wall / reference_wall:.2f}x" if row.wall is not None and reference_wall else ""
        target = f"≤ {row.target:.2f}x" if row.target and row.side != row.reference else ""
        lines.append(f"| {row.comparison} | {row.side} | {_seconds(row.wall)} | {_seconds(row.cpu)} | {versus} | {target} | {row.result} |")
    adbc_hand = walls.get(("PostgreSQL", "hand-written PostgreSQL SQL, result through ADBC"))
    segdsl_pg = walls.get(("PostgreSQL", "segdsl (`--engine postgres`, tables in place)"))
    if adbc_hand and segdsl_pg:
        lines += ["", f"PostgreSQL like for like (both results through ADBC): segdsl / hand-written = {segdsl_pg / adbc_hand:.2f}x."]
    lines += ["", f"Machine: {os.cpu_count()} logical CPUs, {platform.python_version()}; shared with 7 other engineers "
                  f"while measured (load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}), so "
                  "times are noisy: compare the sides of one comparison (measured alternately), not rows of different comparisons."]
    text = "\n".join(lines)
    write_section("sources", text)
    print(text)


if __name__ == "__main__":
    main()
