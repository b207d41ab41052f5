"""Shared fixtures: small tables written to a temporary folder, and a helper to write .seg files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="session", autouse=True)
def private_plan_cache(tmp_path_factory) -> Iterator[None]:
    """`segdsl eval` caches checked plans under $XDG_CACHE_HOME (segdsl.plan_cache): the suite
    uses a folder of its own, so it neither reads a developer's entries nor leaves any behind.
    Set in the environment, so the CLI subprocesses the tests start inherit it."""
    import os

    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


def small_customers() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "customer_id": [1, 2, 3, 4, 5, 6],
            "signup_date": [dt.date(2026, 10, 20), dt.date(2025, 1, 1), dt.date(2024, 6, 1),
                            dt.date(2026, 8, 10), dt.date(2023, 3, 3), None],
            "country": ["FR", "DE", None, "FR", "US", "BE"],
            "plan": ["pro", "free", "pro", "enterprise", "pro", None],
            "name": ["Alice Co", "bob ltd", "Carol", None, "Dave & Sons", "eve"],
            "score": [10.0, None, 3.5, 7.0, 7.0, 1.0],
        }
    )


def small_orders() -> pl.DataFrame:
    """Orders placed to hit every window boundary for as of 2026-11-01 and 90-day windows."""
    rows = [
        (1, dt.date(2026, 11, 1), 100.0, "web"),   # exactly as of: counts
        (1, dt.date(2026, 11, 2), 999.0, "web"),   # after as of: never counts
        (2, dt.date(2026, 8, 3), 50.0, "store"),   # exactly as_of - 90 days: outside (2026-08-03, 2026-11-01]
        (2, dt.date(2026, 8, 4), 20.0, "web"),     # first day inside the 90-day window
        (2, dt.date(2025, 12, 24), None, "web"),   # missing amount
        (3, dt.date(2024, 1, 1), 10.0, "store"),
        (4, dt.date(2026, 10, 1), 30.0, "app"),
        (4, dt.date(2026, 10, 1), 40.0, "web"),
        (4, dt.date(2026, 9, 15), 5.0, "web"),
    ]
    return pl.DataFrame(rows, schema={"customer_id": pl.Int64, "order_date": pl.Date, "amount": pl.Float64, "channel": pl.String}, orient="row")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A folder with data/customers.parquet and data/orders.parquet (customers 5 and 6 never ordered)."""
    data = tmp_path / "data"
    data.mkdir()
    small_customers().write_parquet(data / "customers.parquet")
    small_orders().write_parquet(data / "orders.parquet")
    return tmp_path


HEADER = '''customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
'''


def write_seg(folder: Path, body: str, name: str = "test.seg", header: str = HEADER) -> Path:
    path = folder / name
    path.write_text(header + body, encoding="utf-8")
    return path


# ---- real engines: one PostgreSQL server and one Spark session for the whole run ---------------


@pytest.fixture(scope="session")
def pg_server():
    """The run's one throw-away PostgreSQL server (tests/pg_server.py), stopped at the end: the
    superuser logs in without a password (`pg_server.url`), other roles with theirs."""
    import pg_server as pg

    from services import require

    require(pg.available(), "PostgreSQL (server binaries)", "apt-get install postgresql")
    server = pg.PgServer.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def spark():
    """One local[2] Spark session for the whole run (starting one takes seconds)."""
    import importlib.util
    import shutil

    from services import require

    require(importlib.util.find_spec("pyspark") is not None, "PySpark", 'pip install "segdsl[spark]"')
    require(shutil.which("java") is not None, "Java 17", "apt-get install openjdk-17-jre-headless")
    from segdsl.engines.spark_engine import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def sql_engines(pg_server, spark):
    """The three SQL engines, registered so `--engine NAME` and `evaluate(engine=NAME)` use them."""
    from segdsl.engines import set_engine
    from segdsl.engines.duckdb_engine import DuckDBEngine
    from segdsl.engines.postgres_engine import PostgresEngine
    from segdsl.engines.spark_engine import SparkEngine

    engines = {"duckdb": DuckDBEngine(), "postgres": PostgresEngine(pg_server.url), "spark": SparkEngine(spark)}
    for engine in engines.values():
        set_engine(engine)
    return engines
# ---- outcomes (kpis, goals, experiments, report): generated example data --------------------------

OUTCOME_SEG = """
customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-09-01

let recency   = days_since(last(orders.order_date))
let frequency = count(orders)
let monetary  = sum(orders.amount) over 365 days

segmentation lifecycle {
    prospect when recency is missing
    active   when recency <= 60
    lapsing  when recency <= 180
    lost     otherwise
}

segment regulars = frequency >= 5
segment big = monetary > 400
segment regulars_holdout = holdout 20% of regulars seed 7
segment active_holdout = holdout 20% of lifecycle.active seed 3

kpi members = size
kpi base_share = share
kpi revenue = revenue(orders.amount) over 365 days
kpi revenue_share = revenue_share(orders.amount) over 365 days
kpi arpu = arpu(orders.amount) over 365 days
kpi aov = aov(orders.amount) over 365 days
kpi churn = churn_rate(orders, 60 days)
kpi conversion = rate of count(orders) in next 30 days > 0
kpi spend_next_30 = average of sum(orders.amount) in next 30 days

goal fewer_churners = churn of regulars down 10% from 2026-02-01 by 2026-08-01
goal more_revenue = revenue of lifecycle.active up 5% from 2026-03-01 by 2026-12-31

experiment regulars_mail {
    targets regulars
    holdout regulars_holdout
    measure conversion
    starts  2026-07-01
    detect  10%
}

experiment active_spend {
    targets lifecycle.active
    holdout active_holdout
    measure spend_next_30
    starts  2026-07-01
}
"""


@pytest.fixture(scope="session")
def outcome_example(tmp_path_factory) -> Path:
    from segdsl.datagen import generate

    folder = tmp_path_factory.mktemp("outcomes")
    generate(folder / "data", customers=3000, seed=11)
    path = folder / "outcomes.seg"
    path.write_text(OUTCOME_SEG, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def outcome_data(outcome_example: Path) -> dict:
    """Membership at the file's as of, computed by hand from the raw tables (not by segdsl)."""
    import datetime as dt

    data = outcome_example.parent / "data"
    as_of = dt.date(2026, 9, 1)
    customers = pl.read_parquet(data / "customers.parquet").select("customer_id")
    orders = pl.read_parquet(data / "orders.parquet")
    past = orders.filter(pl.col("order_date") <= as_of)
    per = past.group_by("customer_id").agg(
        pl.len().alias("frequency"),
        pl.col("amount").filter(pl.col("order_date") > as_of - dt.timedelta(days=365)).sum().alias("monetary"),
    )
    frame = customers.join(per, on="customer_id", how="left").with_columns(
        pl.col("frequency").fill_null(0), pl.col("monetary").fill_null(0.0))
    sizes = {"regulars": int((frame["frequency"] >= 5).sum()), "big": int((frame["monetary"] > 400).sum())}
    return {"sizes_partial": sizes, "customers": data / "customers.parquet", "orders": data / "orders.parquet", "as_of": as_of}
