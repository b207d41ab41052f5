"""Tables in PostgreSQL and the engines, on the benchmark workload (benchmarks/rfm.seg).

    python -m benchmarks.bench_sources [--customers 2000000] [--repeat 3] [--skip spark]

In one run, against a throw-away PostgreSQL server started here (the test suite's, from
`tests/pg_server.py`) holding the same customers and orders as `benchmarks/data`:
- the two Arrow-native readers on the reader's query (needed columns, window in the WHERE):
  ADBC (`adbc-driver-postgresql`, what segdsl uses) and connectorx;
- the Polars engine reading the tables from PostgreSQL vs from the Parquet files;
- segdsl on PostgreSQL (the engine, tables in place) vs hand-written PostgreSQL SQL;
- segdsl on DuckDB vs hand-written DuckDB SQL (`benchmarks/baselines.py`), both on the Parquet files;
- segdsl on local Spark (`local[2]`), recorded.
Every result is compared with hand-written Polars (sorted by key). Times are medians of wall
time in this process (imports and server start excluded). Writes the "sources" section of
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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


def median_time(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    result = function()  # untimed: warms caches; its result is checked
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


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
    rows: list[tuple[str, str, float | None, str]] = []  # (comparison, side, seconds, result)
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
        from segdsl.ir import DatabaseTable
        from segdsl.sources.reader import LAST_QUERIES, read_table

        definition = segdsl.load(work / "db.seg")
        orders = next(t for t in definition.ir.events if t.name == "orders")
        from segdsl.sources.query import TimeWindow

        window = TimeWindow("order_date", "date", None, AS_OF)
        adbc_seconds, adbc_frame = median_time(lambda: read_table(orders.path, orders.columns, window), args.repeat)
        query = LAST_QUERIES[orders.path]
        rows.append(("read orders (needed columns, window in WHERE)", "ADBC (segdsl's reader)", adbc_seconds, f"{adbc_frame.height:,} rows"))
        if "connectorx" not in skip:
            try:
                import connectorx

                cx_seconds, cx_table = median_time(lambda: connectorx.read_sql(connection.uri(), query, return_type="arrow"), args.repeat)
                rows.append(("read orders (needed columns, window in WHERE)", "connectorx", cx_seconds, f"{cx_table.num_rows:,} rows"))
            except ImportError:
                rows.append(("read orders (needed columns, window in WHERE)", "connectorx", None, "not installed"))

        # -- the Polars engine: PostgreSQL tables vs Parquet files
        from_files = segdsl.load(work / "files.seg")
        seconds, result = median_time(from_files.evaluate, args.repeat)
        rows.append(("Polars engine", "tables from Parquet files", seconds, same(result)))
        seconds, result = median_time(definition.evaluate, args.repeat)
        rows.append(("Polars engine", "tables from PostgreSQL (ADBC)", seconds, same(result)))

        # -- DuckDB: segdsl vs hand-written
        from segdsl.engines.duckdb_engine import DuckDBEngine

        duck = DuckDBEngine()
        seconds, result = median_time(lambda: duck.evaluate(from_files.ir, AS_OF), args.repeat)
        rows.append(("DuckDB", "segdsl (`--engine duckdb`)", seconds, same(result)))
        seconds, result = median_time(lambda: duckdb_rfm(DATA), args.repeat)
        rows.append(("DuckDB", "hand-written DuckDB SQL", seconds, same(result)))
        duck.close()

        # -- PostgreSQL: segdsl (tables in place) vs hand-written
        if "postgres-engine" not in skip:
            import psycopg

            from segdsl.engines.postgres_engine import PostgresEngine

            engine = PostgresEngine(connection.uri())
            seconds, result = median_time(lambda: engine.evaluate(definition.ir, AS_OF), args.repeat)
            rows.append(("PostgreSQL", "segdsl (`--engine postgres`, tables in place)", seconds, same(result)))
            engine.close()

            def hand_written_pg() -> pl.DataFrame:
                with psycopg.connect(connection.uri()) as conn, conn.cursor() as cursor:
                    cursor.execute(PG_SQL)
                    names = [d.name for d in cursor.description]
                    return pl.DataFrame(cursor.fetchall(), schema=names, orient="row")

            seconds, result = median_time(hand_written_pg, args.repeat)
            rows.append(("PostgreSQL", "hand-written PostgreSQL SQL", seconds, same(result)))

        # -- Spark, recorded
        if "spark" not in skip:
            try:
                from segdsl.engines.spark_engine import SparkEngine

                spark = SparkEngine()
                seconds, result = median_time(lambda: spark.evaluate(from_files.ir, AS_OF), args.repeat)
                rows.append(("Spark", "segdsl (`--engine spark`, local[2])", seconds, same(result)))
                spark.close()
            except Exception as error:  # noqa: BLE001 - recorded, not fatal
                rows.append(("Spark", "segdsl (`--engine spark`, local[2])", None, f"failed: {str(error).splitlines()[0][:80]}"))
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
        f"Medians of {args.repeat} runs after one untimed run; results compared with hand-written Polars.",
        "",
        "| comparison | side | median time | result |",
        "|---|---|---:|---|",
    ]
    for comparison, side, seconds, result in rows:
        lines.append(f"| {comparison} | {side} | {f'{seconds:.2f} s' if seconds is not None else '–'} | {result} |")
    lines += ["", f"Machine: {os.cpu_count()} logical CPUs, {platform.python_version()}; shared with 7 other engineers "
                  f"while measured (load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}), so "
                  "times are noisy: compare sides of one comparison, measured minutes apart, not across runs."]
    text = "\n".join(lines)
    write_section("sources", text)
    print(text)


if __name__ == "__main__":
    main()
