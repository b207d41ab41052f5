"""The history series (`kpis --history`, `report`) equals one evaluation per date, computed
independently (`segdsl eval --as-of D`, or the API at each date), on data made to break it: ties
at one moment, missing values, windows of different lengths, events exactly on window edges,
month-end dates, customers created between the dates, datetime times, keys that are not a
compact range of integers (hypothesis draws them). Amounts are multiples of 1/4, so float sums
are exact whatever the order they are added in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import segdsl
from segdsl.backend.polars_history import evaluate_history_frame, suffix
from segdsl.backend.windows import shift
from segdsl.cli import app
from segdsl.insight.compute import evaluate_goals, evaluate_history_table, evaluate_insights
from segdsl.insight.history import history_dates

AS_OF = dt.date(2026, 3, 31)
DATES = history_dates(AS_OF, 4, "months")  # 2025-12-31, 2026-01-31, 2026-02-28, 2026-03-31
HEADER = '''customers from "data/customers.parquet" key customer_id since created
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-03-31
'''
TRAITS = '''
let n_all      = count(orders)
let n_30       = count(orders) over 30 days
let n_web_90   = count(orders where channel == "web") over 90 days
let n_priced   = count(orders.amount) over 2 months
let spend_365  = sum(orders.amount) over 365 days
let spend_all  = sum(orders.amount)
let avg_60     = avg(orders.amount) over 60 days
let low_90     = min(orders.amount) over 90 days
let high_2m    = max(orders.amount) over 2 months
let top_chan   = max(orders.channel) over 45 days
let first_amt  = first(orders.amount)
let last_amt   = last(orders.amount) over 45 days
let first_chan = first(orders.channel) over 100 days
let last_chan  = last(orders.channel where amount is present)
let first_day  = first(orders.order_date)
let last_day   = last(orders.order_date) over 400 days
let kinds      = count_distinct(orders.channel) over 90 days
let usual      = most_frequent(orders.channel)
let recent     = count(orders where days_since(order_date) < 20)
let lapsed     = count(orders) more than 30 days ago over 90 days
let since_dec  = sum(orders.amount) after 2025-12-15
let recency    = days_since(first_day)
let q          = quintile(spend_365)
let qd         = quintile(n_all) descending
segmentation value by share of spend_all { high top 50% mid next 30% low rest }
segmentation life {
    prospect when n_all == 0
    active   when n_30 > 0
    lapsing  otherwise
}
segment buyers = n_30 > 0
segment big = spend_365 >= 10 or q == 5
segment held = holdout 50% of buyers seed 3
segment known = country == "FR"
kpi members = size
kpi revenue = revenue(orders.amount) over 365 days
kpi arpu = arpu(orders.amount) over 365 days
kpi aov = aov(orders.amount) over 365 days
kpi churn = churn_rate(orders, 45 days)
kpi conversion = rate of count(orders) in next 30 days > 0
kpi base = share
goal fewer_churners = churn down 10% from 2025-12-31 by 2026-03-31
goal more_buyers = base of buyers up 5% from 2026-01-31 by 2026-03-31
'''
def _edges() -> list[dt.date]:
    """Days on and next to every window bound of every date (and a few others)."""
    days = set()
    for as_of in DATES:
        for amount, unit in [(30, "days"), (45, "days"), (60, "days"), (90, "days"), (100, "days"), (365, "days"),
                             (400, "days"), (2, "months"), (0, "days"), (-30, "days"), (-45, "days")]:
            edge = shift(as_of, -amount, unit)
            days |= {edge, edge + dt.timedelta(days=1)}
    days |= {dt.date(2025, 12, 15), dt.date(2025, 12, 16), dt.date(2023, 1, 1)}
    return sorted(days)


EDGES = _edges()
CREATED = [None, dt.date(2020, 1, 1), *DATES, dt.date(2026, 1, 15), dt.date(2026, 2, 27), dt.date(2026, 4, 1)]
AMOUNTS = [None, 0.25, 1.0, 2.5, 10.0, -4.0]
EVENT = st.tuples(st.integers(0, 7), st.sampled_from(EDGES), st.sampled_from(AMOUNTS),
                  st.sampled_from([None, "web", "store", "app"]), st.sampled_from([0, 1, 86399]))
KEYS = {"compact": lambda i: i + 1, "sparse": lambda i: 10**9 + 7919 * i, "text": lambda i: f"c{i:02d}"}


def write_shop(folder: Path, events: list[tuple], created: list, keys: str, datetimes: bool) -> Path:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    key = KEYS[keys]
    key_type = pl.String if keys == "text" else pl.Int64
    pl.DataFrame({"customer_id": [key(i) for i in range(8)], "created": created,
                  "country": ["FR", None, "DE", "FR", "BE", "FR", None, "DE"]},
                 schema={"customer_id": key_type, "created": pl.Date, "country": pl.String}
                 ).write_parquet(data / "customers.parquet")
    rows = [(key(c), dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=second) if datetimes else day, amount, channel)
            for c, day, amount, channel, second in events]
    time_type = pl.Datetime("us") if datetimes else pl.Date
    pl.DataFrame(rows, schema={"customer_id": key_type, "order_date": time_type, "amount": pl.Float64, "channel": pl.String},
                 orient="row").write_parquet(data / "orders.parquet")
    path = folder / "history.seg"
    path.write_text(HEADER + TRAITS, encoding="utf-8")
    return path


def assert_history_equals_each_date(path: Path) -> None:
    definition = segdsl.load(path)
    plan = definition.ir
    key = plan.customers.key
    wide = evaluate_history_frame(plan, DATES, keep=(*plan.traits, *plan.measure_columns))
    for index, as_of in enumerate(DATES):
        expected = definition.evaluate(as_of, include_traits=True, keep=plan.measure_columns).sort(key)
        columns = [c for c in expected.columns if c != key]
        at = wide.select(key, *(pl.col(c + suffix(index)).alias(c) for c in columns))
        got = at.join(expected.select(key), on=key, how="semi").sort(key)
        assert got.columns == expected.columns
        for column in columns:
            assert got.get_column(column).to_list() == expected.get_column(column).to_list(), (as_of, column)
            assert got.schema[column] == expected.schema[column], (as_of, column)
        absent = at.join(expected.select(key), on=key, how="anti")  # created later: in nothing, no values
        for column in columns:
            values = absent.get_column(column)
            assert values.null_count() == absent.height or (column in plan.segments and not values.any()), (as_of, column)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(events=st.lists(EVENT, min_size=0, max_size=45), created=st.lists(st.sampled_from(CREATED), min_size=8, max_size=8),
       keys=st.sampled_from(sorted(KEYS)), datetimes=st.booleans())
def test_history_equals_one_evaluation_per_date(tmp_path_factory, events, created, keys, datetimes):
    assert_history_equals_each_date(write_shop(tmp_path_factory.mktemp("history"), events, created, keys, datetimes))


def fixed_events() -> list[tuple]:
    """Every customer, ties at one moment, every edge: the same data for the deterministic tests."""
    found = []
    for i, day in enumerate(EDGES):
        customer = i % 8
        found.append((customer, day, AMOUNTS[i % len(AMOUNTS)], [None, "web", "store", "app"][i % 4], 0))
        found.append((customer, day, AMOUNTS[(i + 2) % len(AMOUNTS)], "web", 0))  # a tie at the same moment
    return found


CREATED_FIXED = [None, dt.date(2020, 1, 1), DATES[1], dt.date(2026, 2, 27), None, DATES[0], dt.date(2026, 4, 1), None]


def test_history_equals_the_cli_eval_at_each_date(tmp_path):
    path = write_shop(tmp_path, fixed_events(), CREATED_FIXED, "compact", False)
    plan = segdsl.load(path).ir
    wide = evaluate_history_frame(plan, DATES, keep=plan.traits)
    for index, as_of in enumerate(DATES):
        out = tmp_path / f"eval_{as_of}.parquet"
        result = CliRunner().invoke(app, ["eval", str(path), "--as-of", as_of.isoformat(), "--traits", "--out", str(out)])
        assert result.exit_code == 0, result.output
        expected = pl.read_parquet(out).sort("customer_id")
        got = wide.join(expected.select("customer_id"), on="customer_id", how="semi").sort("customer_id")
        for column in expected.columns[1:]:
            assert got.get_column(column + suffix(index)).to_list() == expected.get_column(column).to_list(), (as_of, column)
    assert_history_equals_each_date(path)


def test_history_table_equals_kpis_at_each_date_and_counts_moves(tmp_path):
    path = write_shop(tmp_path, fixed_events(), CREATED_FIXED, "sparse", True)
    definition = segdsl.load(path)
    table = evaluate_history_table(definition, DATES)
    previous = None
    for as_of in DATES:
        insights, frame = evaluate_insights(definition, as_of)
        at = {(g, m): v for g, m, v in table.filter(pl.col("as_of") == as_of).select("group", "measure", "value").iter_rows()}
        for row in insights.kpis.iter_rows(named=True):
            assert at[(row["group"], row["measure"])] == pytest.approx(row["value"], rel=1e-12, abs=1e-12), (as_of, row)
        assert at[("all", "members")] == frame.height  # the customers who exist then, not the whole table
        if previous is not None:
            joined = frame.join(previous, on="customer_id", how="full", coalesce=True, suffix="_before")
            for segment in ("buyers", "big", "held", "known"):
                now, was = joined[segment].fill_null(False), joined[segment + "_before"].fill_null(False)
                assert at[(segment, "entering")] == (now & ~was).sum()
                assert at[(segment, "leaving")] == (~now & was).sum()
            for label in ("high", "mid", "low"):
                now, was = (joined["value"] == label).fill_null(False), (joined["value_before"] == label).fill_null(False)
                assert at[(f"value.{label}", "entering")] == (now & ~was).sum()
                assert at[(f"value.{label}", "leaving")] == (~now & was).sum()
        previous = frame
    assert table.filter(pl.col("measure") == "entering")["value"].sum() > 0  # the data moves people


def test_aggregations_of_customer_values_still_follow_each_date(tmp_path):
    """An aggregation that reads a customer-level value takes the per-date path: still exact."""
    path = write_shop(tmp_path, fixed_events(), CREATED_FIXED, "text", False)
    path.write_text(HEADER + TRAITS + '''
let usual_orders = count(orders where channel == usual) over 90 days
segment regular = usual_orders >= 2
''', encoding="utf-8")
    assert_history_equals_each_date(path)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.integers(-3, 3), st.sampled_from([0.5, -0.0, 2.25, 1e300])), max_size=40),
       n=st.sampled_from([2, 3, 4, 5, 10, 17, 20, 100]), descending=st.booleans(), as_float=st.booleans())
def test_ntile_by_order_statistics_equals_the_rank_rule(values, n, descending, as_float):
    """The history's n-tiles (`backend.ntile`) give the scores of the rank rule one evaluation uses."""
    from segdsl.backend.ntile import ntile_by_selection

    if not as_float:
        values = [None if v is None else int(v) if abs(v) < 10 else 7 for v in values]
    series = pl.Series("x", values, dtype=pl.Float64 if as_float else pl.Int64)
    rank = series.rank("min", descending=descending)
    expected = [None if r is None else (int(r) - 1) * n // series.count() + 1 for r in rank.to_list()]
    got = ntile_by_selection(series, n, descending)
    assert got.dtype == pl.Int32 and got.to_list() == expected


def test_goals_count_only_the_customers_who_exist_at_their_dates(tmp_path):
    """A goal on every customer (no target) or on a segment's share: the base at each date is
    the customers who exist then, as `kpis` at that date says."""
    definition = segdsl.load(write_shop(tmp_path, fixed_events(), CREATED_FIXED, "compact", False))
    goals = {row["goal"]: row for row in evaluate_goals(definition, AS_OF).iter_rows(named=True)}
    for name, group, measure in (("fewer_churners", "all", "churn"), ("more_buyers", "buyers", "base")):
        row = goals[name]
        for moment in ("baseline", "current"):
            kpis = evaluate_insights(definition, row[f"{moment}_date"])[0].kpis
            expected = kpis.filter((pl.col("group") == group) & (pl.col("measure") == measure))["value"].item()
            assert row[moment] == pytest.approx(expected, rel=1e-12), (name, moment)
