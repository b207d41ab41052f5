"""Differential property test: random definitions x random data, evaluated by Polars and by
DuckDB, PostgreSQL and Spark, must give the same rows (floats to 1e-9 relative: sums may add
in another order). The data has ties, missing values, NaN, datetimes on day edges, month ends,
customers who do not exist yet, events of unknown customers and empty event tables."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

import segdsl

T = dt.datetime
TIMES = [T(2026, 1, 31), T(2026, 1, 31, 23, 59, 59), T(2026, 2, 28), T(2026, 2, 28, 23, 59, 59, 999999), T(2026, 3, 1),
         T(2026, 3, 30, 12), T(2026, 3, 31), T(2026, 3, 31, 23, 59, 59), T(2026, 4, 1), T(2025, 12, 31, 23, 0), None]
DATES = [dt.date(2024, 2, 29), dt.date(2026, 1, 31), dt.date(2026, 3, 31), dt.date(2026, 4, 1), dt.date(2025, 8, 31), None]
AMOUNTS = [0.0, 1.0, 1.0, 2.5, -3.0, 10.0, None, float("nan"), 1e9]
CHANNELS = ["web", "app", "store", "Web", None]
PLANS = ["pro", "free", "é", None]

AGGREGATIONS = [
    "count(orders)", "count(orders.amount)", "sum(orders.amount)", "avg(orders.amount)", "min(orders.amount)",
    "max(orders.channel)", "first(orders.amount)", "last(orders.amount)", "first(orders.channel)", "last(orders.channel)",
    "count_distinct(orders.channel)", "most_frequent(orders.channel)", "most_frequent(orders.amount)",
    "last(orders.ordered_at)", "first(orders.ordered_at)",
]
FILTERS = ["", " where channel == \"web\"", " where amount > 1", " where channel in (\"app\", \"store\") or amount is missing",
           " where channel == plan"]
WINDOWS = ["", " over 30 days", " over 1 month", " between 2026-01-31 and 2026-02-28", " more than 1 month ago",
           " after 2026-02-28", " over 2 months more than 1 day ago"]


@st.composite
def customers(draw) -> pl.DataFrame:
    n = draw(st.integers(1, 9))
    return pl.DataFrame({
        "customer_id": list(range(1, n + 1)),
        "plan": draw(st.lists(st.sampled_from(PLANS), min_size=n, max_size=n)),
        "score": draw(st.lists(st.sampled_from(AMOUNTS), min_size=n, max_size=n)),
        "signup": draw(st.lists(st.sampled_from(DATES), min_size=n, max_size=n)),
    }, schema={"customer_id": pl.Int64, "plan": pl.String, "score": pl.Float64, "signup": pl.Date})


@st.composite
def orders(draw, customers_count: int) -> pl.DataFrame:
    m = draw(st.integers(0, 24))
    return pl.DataFrame({
        "customer_id": draw(st.lists(st.integers(1, customers_count + 1), min_size=m, max_size=m)),
        "ordered_at": draw(st.lists(st.sampled_from(TIMES), min_size=m, max_size=m)),
        "amount": draw(st.lists(st.sampled_from(AMOUNTS), min_size=m, max_size=m)),
        "channel": draw(st.lists(st.sampled_from(CHANNELS), min_size=m, max_size=m)),
    }, schema={"customer_id": pl.Int64, "ordered_at": pl.Datetime("us"), "amount": pl.Float64, "channel": pl.String})


@st.composite
def definitions(draw) -> str:
    lines = []
    aggregates = draw(st.lists(st.tuples(st.sampled_from(AGGREGATIONS), st.sampled_from(FILTERS), st.sampled_from(WINDOWS)),
                               min_size=1, max_size=4))
    numeric = []
    for index, (aggregation, where, window) in enumerate(aggregates):
        fn, _, arg = aggregation.partition("(")
        lines.append(f"let a{index} = {fn}({arg[:-1]}{where}){window}")
        if fn in ("count", "sum", "avg", "min", "count_distinct") or arg.startswith("orders.amount"):
            numeric.append(f"a{index}")
        elif "ordered_at" in arg:
            lines.append(f"let d{index} = days_since(a{index})")
            numeric.append(f"d{index}")
    x = draw(st.sampled_from(numeric or ["score"]))
    y = draw(st.sampled_from([*numeric, "score"]))
    lines += [
        f"let q = quintile({x})", f"let n3 = ntile({y}, 3) descending", f"let ratio = {x} / ({y} - 1)",
        f"let rounded = round({x} / 4)", f"let later = signup + {draw(st.integers(1, 13))} months",
        f"segment big = {x} > 1 and not (plan == \"free\")", f"segment odd = {y} >= 2 or plan is missing",
        "segment held = holdout 50% of odd seed 5",
        f"segmentation share_tier by share of {x} {{ top_t top 30%  mid_t next 40%  low_t rest }}",
        f"segmentation q_tier by quantile of {y} {{ first_q top 50%  second_q rest }}",
        "segmentation life { none_yet when a0 is missing  high when q >= 4  other otherwise }",
    ]
    return "\n".join(lines) + "\n"


def header(since: bool) -> str:
    return ('customers from "data/customers.parquet" key customer_id' + (" since signup" if since else "") + "\n"
            'events orders from "data/orders.parquet" key customer_id time ordered_at\nas of 2026-03-31\n')


@st.composite
def cases(draw):
    table = draw(customers())
    return table, draw(orders(table.height)), draw(definitions()), draw(st.booleans())


@pytest.mark.parametrize("engine", ["duckdb", "postgres", "spark"])
def test_engines_agree_with_polars(sql_engines, engine):
    examples = 12 if engine == "spark" else 30

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              phases=[Phase.explicit, Phase.generate])  # no shrinking: a failure shows its whole case at once
    @given(cases())
    def check(case):
        table, events, body, since = case
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "data").mkdir()
            table.write_parquet(root / "data" / "customers.parquet")
            events.write_parquet(root / "data" / "orders.parquet")
            (root / "d.seg").write_text(header(since) + body, encoding="utf-8")
            definition = segdsl.load(root / "d.seg")
            expected = definition.evaluate(include_traits=True, engine="polars").sort("customer_id")
            got = definition.evaluate(include_traits=True, engine=engine).sort("customer_id")
        assert_frame_equal(got, expected, check_exact=False, rel_tol=1e-9, abs_tol=1e-9)

    check()
