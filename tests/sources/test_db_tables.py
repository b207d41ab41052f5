"""Definitions reading tables from a real PostgreSQL server: the same answers as from files,
only the needed columns and the time window sent to the database, `validate` against the
catalogue (or a schema file when offline), and failures that name the connection and never
show its password."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from tests.sources.conftest import APP_PASSWORD, PASSWORD_ENV

AS_OF = dt.date(2026, 11, 1)

CUSTOMERS = pl.DataFrame({
    "customer_id": [1, 2, 3, 4, 5, 6],
    "country": ["FR", "DE", None, "FR", "US", "BE"],
    "score": [10.0, None, 3.5, float("nan"), 7.0, 1.0],
    "notes": ["x", "y", "z", "w", "v", "u"],  # never used: must not be read
})
ORDERS = pl.DataFrame({
    "customer_id": [1, 1, 2, 2, 2, 3, 4, 4, 4, 5],
    "order_date": [dt.date(2026, 11, 1), dt.date(2026, 11, 2), dt.date(2026, 8, 3), dt.date(2026, 8, 4),
                   dt.date(2025, 12, 24), dt.date(2024, 1, 1), dt.date(2026, 10, 1), dt.date(2026, 10, 1),
                   dt.date(2026, 9, 15), None],
    "amount": [100.0, 999.0, 50.0, 20.0, None, 10.0, 30.0, 40.0, 5.0, 3.0],
    "channel": ["web", "web", "store", "web", "web", "store", "app", "web", "web", "web"],
})
VISITS = pl.DataFrame({
    "customer_id": [1, 1, 2, 3, 3],
    "visited_at": [dt.datetime(2026, 10, 31, 23, 59), dt.datetime(2026, 11, 1, 0, 0), dt.datetime(2026, 11, 2, 0, 0),
                   dt.datetime(2026, 10, 3, 0, 0), dt.datetime(2026, 10, 2, 23, 59, 59)],
})

BODY = """as of 2026-11-01
let spend    = sum(orders.amount) over 90 days
let n        = count(orders)
let web      = count(orders where channel == "web") over 365 days
let last_day = last(orders.order_date)
let visits30 = count(visits) over 30 days
segment big        = spend >= 50
segment french_web = country == "FR" and web >= 1
segment scored     = score > 5
segment visitor    = visits30 >= 1
segmentation tier { heavy when n >= 3  light when n >= 1  none otherwise }
"""

FILE_HEADER = """customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
events visits from "data/visits.parquet" key customer_id time visited_at
"""
DB_HEADER = """customers from warehouse "crm.customers" key customer_id
events orders from warehouse "shop.orders" key customer_id time order_date
events visits from warehouse "shop.visits" key customer_id time visited_at
"""


def segdsl(*args: str, cwd: Path, env_password: str | None = APP_PASSWORD) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    if env_password is not None:
        env[PASSWORD_ENV] = env_password
    return subprocess.run([sys.executable, "-m", "segdsl", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def cli(*args: str, env_password: str | None = APP_PASSWORD):
    """In process (fast): the same command line, output captured, exceptions kept for the test."""
    from typer.testing import CliRunner

    from segdsl.cli import app

    result = CliRunner().invoke(app, list(args), env={PASSWORD_ENV: env_password})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def assert_no_secret(result: subprocess.CompletedProcess, *secrets: str) -> None:
    for secret in (APP_PASSWORD, *secrets):
        assert secret not in result.stdout and secret not in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def loaded(pg, tmp_path_factory):
    """The same three tables as Parquet files and as PostgreSQL tables."""
    from segdsl.sources.connections import Connection
    from segdsl.sources.load import load_tables

    data = tmp_path_factory.mktemp("files") / "data"
    data.mkdir()
    paths = {}
    for name, frame in {"customers": CUSTOMERS, "orders": ORDERS, "visits": VISITS}.items():
        paths[name] = data / f"{name}.parquet"
        frame.write_parquet(paths[name])
    connection = Connection("warehouse", Path("segdsl.toml"), pg.url, APP_PASSWORD)
    load_tables(connection, {"crm.customers": paths["customers"], "shop.orders": paths["orders"], "shop.visits": paths["visits"]})
    return data.parent


@pytest.fixture
def project(pg, loaded, tmp_path, pg_env):
    (tmp_path / "segdsl.toml").write_text(pg.connection_toml())
    (tmp_path / "db.seg").write_text(DB_HEADER + BODY)
    (tmp_path / "files.seg").write_text(FILE_HEADER + BODY)
    (tmp_path / "data").symlink_to(loaded / "data")
    return tmp_path


def evaluate_logged(pg, engine, definition) -> tuple[pl.DataFrame, str]:
    """The engine's result for the definition, and what the server logged meanwhile (the engine
    is closed after)."""
    try:
        before = len(pg.server.log_text())
        frame = engine.evaluate(definition.ir, AS_OF)
        return frame, pg.server.log_text()[before:]
    finally:
        engine.close()


def hand_written(as_of: dt.date) -> pl.DataFrame:
    """The definitions above, written by hand in Polars over the in-memory tables."""
    orders = ORDERS.filter(pl.col("order_date") <= as_of)
    spend = orders.filter(pl.col("order_date") > as_of - dt.timedelta(days=90)).group_by("customer_id").agg(spend=pl.col("amount").sum())
    n = orders.group_by("customer_id").agg(n=pl.len())
    web = orders.filter((pl.col("order_date") > as_of - dt.timedelta(days=365)) & (pl.col("channel") == "web")).group_by("customer_id").agg(web=pl.len())
    day_end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
    visits = VISITS.filter((pl.col("visited_at") < day_end) & (pl.col("visited_at") >= day_end - dt.timedelta(days=30))).group_by("customer_id").agg(v=pl.len())
    frame = (CUSTOMERS.join(spend, on="customer_id", how="left").join(n, on="customer_id", how="left")
             .join(web, on="customer_id", how="left").join(visits, on="customer_id", how="left")
             .with_columns(pl.col("spend", "n", "web", "v").fill_null(0), pl.col("score").fill_nan(None)))
    return frame.select(
        "customer_id",
        big=pl.col("spend") >= 50,
        french_web=((pl.col("country") == "FR") & (pl.col("web") >= 1)).fill_null(False),
        scored=(pl.col("score") > 5).fill_null(False),
        visitor=pl.col("v") >= 1,
        tier=pl.when(pl.col("n") >= 3).then(pl.lit("heavy")).when(pl.col("n") >= 1).then(pl.lit("light")).otherwise(pl.lit("none")),
    ).sort("customer_id")


def test_database_tables_give_the_same_rows_as_files_and_as_by_hand(project):
    out_db, out_files = project / "db.parquet", project / "files.parquet"
    db = segdsl("eval", "db.seg", "--out", str(out_db), cwd=project)
    assert db.returncode == 0, db.stderr
    files = segdsl("eval", "files.seg", "--out", str(out_files), cwd=project)
    assert files.returncode == 0, files.stderr
    assert_no_secret(db)
    from_db = pl.read_parquet(out_db).sort("customer_id")
    assert_frame_equal(from_db, hand_written(AS_OF), check_dtypes=False)
    # `scored` reads a NaN: the contract says missing; the file reader's NaN handling is not ours to test here
    assert_frame_equal(from_db.drop("scored"), pl.read_parquet(out_files).sort("customer_id").drop("scored"))


def test_only_needed_columns_and_the_window_reach_the_database(pg, project):
    import segdsl as api
    from segdsl.ir import DatabaseTable
    from segdsl.sources.reader import LAST_QUERIES

    definition = api.load(project / "db.seg")
    before = len(pg.server.log_text())
    definition.evaluate()
    orders = LAST_QUERIES[DatabaseTable("warehouse", "shop.orders", project)]
    customers = LAST_QUERIES[DatabaseTable("warehouse", "crm.customers", project)]
    visits = LAST_QUERIES[DatabaseTable("warehouse", "shop.visits", project)]
    # count(orders) is over all time: only the upper bound (as of) can be pushed down
    assert orders == ('SELECT "amount", "channel", "customer_id", "order_date" FROM "shop"."orders" '
                      "WHERE \"order_date\" <= '2026-11-01'")
    assert '"notes"' not in customers and "WHERE" not in customers
    assert visits.endswith("WHERE \"visited_at\" < '2026-11-02 00:00:00' AND \"visited_at\" >= '2026-10-03 00:00:00'")
    logged = pg.server.log_text()[before:]
    assert orders in logged and visits in logged  # what the server received, from its own log
    assert APP_PASSWORD not in logged


def test_a_later_as_of_moves_the_pushed_window(pg, project):
    import segdsl as api
    from segdsl.ir import DatabaseTable
    from segdsl.sources.reader import LAST_QUERIES

    frame = api.load(project / "db.seg").evaluate(as_of="2026-11-02")
    assert "<= '2026-11-02'" in LAST_QUERIES[DatabaseTable("warehouse", "shop.orders", project)]
    assert_frame_equal(frame.sort("customer_id"), hand_written(dt.date(2026, 11, 2)), check_dtypes=False)


def test_validate_uses_the_catalogue_when_reachable(project):
    result = segdsl("validate", "db.seg", cwd=project)
    assert result.returncode == 0, result.stderr
    assert 'warehouse "shop.orders": checked against the database catalogue' in result.stderr
    assert_no_secret(result)


def test_validate_reports_columns_and_types_from_the_catalogue(project):
    (project / "bad.seg").write_text(DB_HEADER + 'let x = sum(orders.channel)\nsegment s = x > 1 and countyr == "FR"\n')
    result = cli("validate", str(project / "bad.seg"))
    assert result.returncode == 1
    assert "E104" in result.stderr and "countyr" in result.stderr and "did you mean `country`" in result.stderr
    assert "channel" in result.stderr and "E2" in result.stderr  # summing a text column
    assert_no_secret(result)


def test_validate_offline_falls_back_to_the_schema_file(pg, project):
    (project / "segdsl.toml").write_text(pg.connection_toml(url="postgresql://app@127.0.0.1:1/shop"))
    no_schema = segdsl("validate", "db.seg", cwd=project)
    assert no_schema.returncode == 1
    assert "E386" in no_schema.stderr and "connection `warehouse`" in no_schema.stderr and "unreachable" in no_schema.stderr
    assert_no_secret(no_schema)
    tables = [{"source": "crm.customers", "columns": [{"name": "customer_id", "type": "integer"}, {"name": "country", "type": "string"}, {"name": "score", "type": "float"}]},
              {"source": "shop.orders", "columns": [{"name": "customer_id", "type": "integer"}, {"name": "order_date", "type": "date"}, {"name": "amount", "type": "float"}, {"name": "channel", "type": "string"}]},
              {"source": "shop.visits", "columns": [{"name": "customer_id", "type": "integer"}, {"name": "visited_at", "type": "datetime"}]}]
    (project / "segdsl.schema.json").write_text(json.dumps({"segdsl_schema": 1, "tables": tables}))
    offline = segdsl("validate", "db.seg", cwd=project, env_password=None)  # CI: no password either
    assert offline.returncode == 0, offline.stderr
    assert 'warehouse "shop.orders": checked against the schema file' in offline.stderr
    assert_no_secret(offline)


def test_a_schema_file_that_disagrees_with_the_database_is_reported(project):
    tables = [{"source": "shop.orders", "columns": [{"name": "customer_id", "type": "integer"}, {"name": "order_date", "type": "date"}, {"name": "amount", "type": "string"}]}]
    (project / "segdsl.schema.json").write_text(json.dumps({"segdsl_schema": 1, "tables": tables}))
    result = cli("validate", str(project / "db.seg"))
    assert result.returncode == 1
    assert "E391" in result.stderr and "`amount`" in result.stderr and "float in the database but string in the schema file" in result.stderr


@pytest.mark.parametrize("case", ["wrong_password", "unknown_user", "missing_database", "missing_table", "unknown_connection",
                                  "password_in_url", "unset_password", "bad_scheme"])
def test_connection_failures_name_the_connection_never_the_password(pg, project, case):
    env_password = APP_PASSWORD
    definition = DB_HEADER + BODY
    toml = pg.connection_toml()
    if case == "wrong_password":
        env_password = "not-" + APP_PASSWORD
    elif case == "unknown_user":
        toml = pg.connection_toml(url=pg.server.url_for("nobody", "shop"))
    elif case == "missing_database":
        toml = pg.connection_toml(url=pg.server.url_for("app", "nodb"))
    elif case == "missing_table":
        definition = definition.replace("shop.visits", "shop.vists")
    elif case == "unknown_connection":
        definition = definition.replace("warehouse", "warehose")
    elif case == "password_in_url":
        toml = pg.connection_toml(url=pg.url.replace("app@", f"app:{APP_PASSWORD}@"))
    elif case == "unset_password":
        env_password = None
    elif case == "bad_scheme":
        toml = pg.connection_toml(url=pg.url.replace("postgresql:", "mysql:"))
    (project / "segdsl.toml").write_text(toml)
    (project / "db.seg").write_text(definition)
    expected = {"wrong_password": "E387", "unknown_user": "E387", "missing_database": "E386", "missing_table": "E388",
                "unknown_connection": "E130", "password_in_url": "E385", "unset_password": "E385", "bad_scheme": "E385"}[case]
    seg, out = str(project / "db.seg"), str(project / "out.parquet")
    for command in (("validate", seg), ("eval", seg, "--out", out)):
        result = cli(*command, env_password=env_password)
        assert result.returncode == 1, (command, result.stderr)
        assert expected in result.stderr, result.stderr
        assert ("warehose" if case == "unknown_connection" else "connection `warehouse`") in result.stderr
        assert_no_secret(result, "not-" + APP_PASSWORD, pg.url.replace("app@", f"app:{APP_PASSWORD}@"))
        assert not (project / "out.parquet").exists()


def test_duplicate_keys_in_a_database_customer_table_are_reported(pg, project):
    pg.sql("CREATE TABLE crm.dupes AS SELECT * FROM crm.customers UNION ALL SELECT * FROM crm.customers WHERE customer_id = 2")
    pg.sql("ALTER TABLE crm.dupes OWNER TO app")
    (project / "db.seg").write_text(DB_HEADER.replace("crm.customers", "crm.dupes") + BODY)
    result = cli("eval", str(project / "db.seg"), "--out", str(project / "out.parquet"))
    assert result.returncode == 1
    assert "E304" in result.stderr and "1 row repeats a key `customer_id`" in result.stderr
    assert not (project / "out.parquet").exists()


def test_sql_engines_read_connection_tables_too(project):
    """DuckDB runs the SQL backend over a connection's tables read through the reader: same rows."""
    import segdsl as api
    from segdsl.engines import get_engine

    definition = api.load(project / "db.seg")
    frame = get_engine("duckdb").evaluate(definition.ir, AS_OF)
    assert_frame_equal(frame.sort("customer_id"), hand_written(AS_OF), check_dtypes=False)


def test_postgres_engine_reads_connection_tables_in_place(pg, project):
    """On the connection's own server the PostgreSQL engine queries the tables where they are:
    no copy of them is loaded, and the rows are the same."""
    import segdsl as api
    from segdsl.engines.postgres_engine import PostgresEngine
    from segdsl.sources.reader import resolve

    definition = api.load(project / "db.seg")
    frame, logged = evaluate_logged(pg, PostgresEngine(resolve(definition.ir.customers.path).uri()), definition)
    assert_frame_equal(frame.sort("customer_id"), hand_written(AS_OF), check_dtypes=False)
    assert '"shop"."orders"' in logged and '"crm"."customers"' in logged
    assert "FROM STDIN" not in logged and "CREATE TEMPORARY TABLE" not in logged and APP_PASSWORD not in logged
