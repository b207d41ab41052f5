"""benchmarks/rfm.seg written by hand three times: Polars, DuckDB SQL and pandas.

Each is what a competent engineer would write without segdsl, following the semantics in the
README exactly, so the benchmark measures segdsl's overhead and the test suite gets independent
implementations to check the compiler against. Every function reads `DATA/customers.parquet` and
`DATA/orders.parquet` and returns the key, the 7 Boolean segments and `lifecycle`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import polars as pl

AS_OF = dt.date(2026, 11, 1)
YEAR_START = AS_OF - dt.timedelta(days=365)  # windows are (start, as_of]
QUARTER_START = AS_OF - dt.timedelta(days=90)
EU = ("FR", "DE", "BE", "NL", "ES", "IT")
SEGMENTS = ("champions", "loyal", "at_risk", "new_customers", "web_shoppers", "big_spenders", "eu_pro")
COLUMNS = ("customer_id", *SEGMENTS, "lifecycle")


def _quintile(column: str, *, descending: bool = False) -> pl.Expr:
    """Min rank among non-null values -> 1..5; nulls stay null (Polars ranks ignore them)."""
    rank = pl.col(column).rank("min", descending=descending)
    return ((rank - 1) * 5 // pl.col(column).count() + 1).alias(column[0])


def polars_rfm(data: Path) -> pl.DataFrame:
    """One lazy query: filter, aggregate per customer, left-join, score, classify."""
    orders = pl.scan_parquet(data / "orders.parquet").filter(pl.col("order_date") <= AS_OF)
    in_year = pl.col("order_date") > YEAR_START
    per_customer = orders.group_by("customer_id").agg(
        last_order=pl.col("order_date").max(),
        frequency=in_year.sum().cast(pl.Int64),
        monetary=pl.col("amount").filter(in_year).sum(),
        web_orders=((pl.col("order_date") > QUARTER_START) & (pl.col("channel") == "web")).sum().cast(pl.Int64),
    )
    traits = (
        pl.scan_parquet(data / "customers.parquet")
        .select("customer_id", "signup_date", "country", "plan")
        .join(per_customer, on="customer_id", how="left")
        .with_columns(
            recency=(pl.lit(AS_OF) - pl.col("last_order")).dt.total_days(),
            frequency=pl.col("frequency").fill_null(0),
            monetary=pl.col("monetary").fill_null(0.0),
            web_orders=pl.col("web_orders").fill_null(0),
            tenure_days=(pl.lit(AS_OF) - pl.col("signup_date")).dt.total_days(),
        )
        .with_columns(_quintile("recency", descending=True), _quintile("frequency"), _quintile("monetary"))
    )
    r, f, m, recency = pl.col("r"), pl.col("f"), pl.col("m"), pl.col("recency")
    segments = {
        "champions": (r >= 4) & (f >= 4) & (m >= 4),
        "loyal": (f >= 4) & (r >= 3),
        "at_risk": (r <= 2) & (f >= 3),
        "new_customers": pl.col("tenure_days") <= 60,
        "web_shoppers": pl.col("web_orders") >= 2,
        "big_spenders": pl.col("monetary") > 1000,
        "eu_pro": pl.col("country").is_in(EU) & (pl.col("plan") == "pro"),
    }
    lifecycle = (
        pl.when(recency.is_null()).then(pl.lit("prospect"))
        .when(recency <= 30).then(pl.lit("active"))
        .when(recency <= 120).then(pl.lit("cooling"))
        .otherwise(pl.lit("lost"))
    )
    return traits.select(
        "customer_id",
        *(condition.fill_null(False).alias(name) for name, condition in segments.items()),
        lifecycle.alias("lifecycle"),
    ).collect()


DUCKDB_SQL = """
WITH orders AS (
    SELECT customer_id, order_date, amount, channel
    FROM read_parquet($orders) WHERE order_date <= $as_of
), per_customer AS (
    SELECT customer_id,
           max(order_date) AS last_order,
           count(*) FILTER (WHERE order_date > $year_start) AS frequency,
           coalesce(sum(amount) FILTER (WHERE order_date > $year_start), 0.0) AS monetary,
           count(*) FILTER (WHERE order_date > $quarter_start AND channel = 'web') AS web_orders
    FROM orders GROUP BY customer_id
), traits AS (
    SELECT c.customer_id, c.country, c.plan,
           date_diff('day', p.last_order, $as_of) AS recency,
           coalesce(p.frequency, 0) AS frequency,
           coalesce(p.monetary, 0.0) AS monetary,
           coalesce(p.web_orders, 0) AS web_orders,
           date_diff('day', c.signup_date, $as_of) AS tenure_days
    FROM read_parquet($customers) c LEFT JOIN per_customer p USING (customer_id)
), scored AS (
    SELECT *,
           CASE WHEN recency IS NOT NULL THEN
               (rank() OVER (ORDER BY recency DESC NULLS LAST) - 1) * 5 // count(recency) OVER () + 1 END AS r,
           (rank() OVER (ORDER BY frequency) - 1) * 5 // count(*) OVER () + 1 AS f,
           (rank() OVER (ORDER BY monetary) - 1) * 5 // count(*) OVER () + 1 AS m
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
       CASE WHEN recency IS NULL THEN 'prospect'
            WHEN recency <= 30 THEN 'active'
            WHEN recency <= 120 THEN 'cooling'
            ELSE 'lost' END AS lifecycle
FROM scored
"""


def duckdb_rfm(data: Path) -> pl.DataFrame:
    """The same query as SQL; frequency and monetary are never null, so their n is count(*)."""
    import duckdb

    parameters = {"orders": str(data / "orders.parquet"), "customers": str(data / "customers.parquet"),
                  "as_of": AS_OF, "year_start": YEAR_START, "quarter_start": QUARTER_START}
    with duckdb.connect() as connection:
        return connection.sql(DUCKDB_SQL, params=parameters).pl()


def _pandas_quintile(values: Any, *, descending: bool = False) -> Any:
    """pandas ranks skip NaN by default, so the never-ordered keep a missing recency score."""
    rank = values.rank(method="min", ascending=not descending)
    return (rank - 1) * 5 // values.count() + 1


def pandas_rfm(data: Path) -> Any:
    """Group-bys joined onto the customers; NaN comparisons are already False in pandas."""
    import numpy as np
    import pandas as pd

    as_of, year_start, quarter_start = (pd.Timestamp(d) for d in (AS_OF, YEAR_START, QUARTER_START))
    as_datetimes = {"date_as_object": False}
    orders = pd.read_parquet(data / "orders.parquet", columns=["customer_id", "order_date", "amount", "channel"],
                             filters=[("order_date", "<=", AS_OF)], to_pandas_kwargs=as_datetimes)
    customers = pd.read_parquet(data / "customers.parquet", columns=["customer_id", "signup_date", "country", "plan"],
                                to_pandas_kwargs=as_datetimes).set_index("customer_id")
    year = orders[orders["order_date"] > year_start]
    web = orders[(orders["order_date"] > quarter_start) & (orders["channel"] == "web")]
    last_order = orders.groupby("customer_id")["order_date"].max()
    recency = (as_of - last_order.reindex(customers.index)).dt.days
    frequency = year.groupby("customer_id").size().reindex(customers.index, fill_value=0)
    monetary = year.groupby("customer_id")["amount"].sum().reindex(customers.index, fill_value=0.0)
    web_orders = web.groupby("customer_id").size().reindex(customers.index, fill_value=0)
    tenure_days = (as_of - customers["signup_date"]).dt.days
    r, f, m = _pandas_quintile(recency, descending=True), _pandas_quintile(frequency), _pandas_quintile(monetary)
    result = pd.DataFrame({
        "champions": (r >= 4) & (f >= 4) & (m >= 4),
        "loyal": (f >= 4) & (r >= 3),
        "at_risk": (r <= 2) & (f >= 3),
        "new_customers": tenure_days <= 60,
        "web_shoppers": web_orders >= 2,
        "big_spenders": monetary > 1000,
        "eu_pro": customers["country"].isin(EU) & (customers["plan"] == "pro"),
        "lifecycle": np.select([recency.isna(), recency <= 30, recency <= 120], ["prospect", "active", "cooling"], "lost"),
    }, index=customers.index)
    return result.reset_index()


def segdsl_rfm(folder: Path) -> pl.DataFrame:
    """The compiler under test: `folder` holds rfm.seg beside its data/ folder."""
    import segdsl

    return segdsl.load(folder / "rfm.seg").evaluate()


def canonical(result: Any) -> pl.DataFrame:
    """Any engine's result in one canonical form: Polars, the benchmark's columns, sorted by key."""
    frame = result if isinstance(result, pl.DataFrame) else pl.from_pandas(result)
    return frame.select(COLUMNS).sort("customer_id")
