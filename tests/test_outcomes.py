"""Outcomes: every figure of `kpis`, overlap, homogeneity, history, goals and experiments checked
against an independent computation (hand-written Polars on the raw tables, or SciPy)."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import polars as pl
import pytest
from scipy import stats
from typer.testing import CliRunner

import segdsl
from segdsl.cli import app
from segdsl.insight.compute import evaluate_experiments, evaluate_goals, evaluate_history_table, evaluate_insights
from segdsl.insight.history import history_dates

runner = CliRunner()
DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def definition(outcome_example: Path):
    return segdsl.load(outcome_example)


@pytest.fixture(scope="module")
def orders(outcome_data) -> pl.DataFrame:
    return pl.read_parquet(outcome_data["orders"])


def membership(definition, as_of: dt.date) -> pl.DataFrame:
    return definition.evaluate(as_of)


def per_customer(orders: pl.DataFrame, customers: pl.DataFrame, lower: dt.date | None, upper: dt.date) -> pl.DataFrame:
    """customer_id | n | amount of orders with lower < order_date <= upper (0 when none): by hand."""
    window = orders.filter(pl.col("order_date") <= upper)
    if lower is not None:
        window = window.filter(pl.col("order_date") > lower)
    agg = window.group_by("customer_id").agg(pl.len().alias("n"), pl.col("amount").sum().alias("amount"))
    return customers.select("customer_id").join(agg, on="customer_id", how="left").with_columns(
        pl.col("n").fill_null(0), pl.col("amount").fill_null(0.0))


def hand_measures(frame: pl.DataFrame, mask: pl.Series, orders: pl.DataFrame, as_of: dt.date) -> dict[str, float]:
    last_year = per_customer(orders, frame, as_of - 365 * DAY, as_of)
    after_60 = per_customer(orders, frame, as_of, as_of + 60 * DAY)
    after_30 = per_customer(orders, frame, as_of, as_of + 30 * DAY)
    members = mask.sum()
    revenue = last_year.filter(mask)["amount"].sum()
    return {
        "members": float(members),
        "base_share": members / frame.height,
        "revenue": revenue,
        "revenue_share": revenue / last_year["amount"].sum(),
        "arpu": last_year.filter(mask)["amount"].mean(),
        "aov": revenue / last_year.filter(mask)["n"].sum(),
        "churn": (after_60.filter(mask)["n"] == 0).mean(),
        "conversion": (after_30.filter(mask)["n"] > 0).mean(),
        "spend_next_30": after_30.filter(mask)["amount"].mean(),
    }


def test_kpis_match_hand_polars_per_segment_and_label(definition, orders, outcome_data):
    as_of = outcome_data["as_of"]
    insights, _ = evaluate_insights(definition, as_of)
    frame = membership(definition, as_of)
    masks = {"all": pl.Series([True] * frame.height), "regulars": frame["regulars"], "big": frame["big"],
             "lifecycle.active": frame["lifecycle"] == "active", "lifecycle.lost": frame["lifecycle"] == "lost"}
    base = hand_measures(frame, masks["all"], orders, as_of)
    for group, mask in masks.items():
        expected = hand_measures(frame, mask, orders, as_of)
        got = {r["measure"]: r for r in insights.kpis.filter(pl.col("group") == group).iter_rows(named=True)}
        for measure, value in expected.items():
            assert got[measure]["value"] == pytest.approx(value, rel=1e-9), (group, measure)
            assert got[measure]["index"] == pytest.approx(100 * value / base[measure], rel=1e-9)


def test_sizes_match_hand_computed_membership(definition, outcome_data):
    insights, _ = evaluate_insights(definition, outcome_data["as_of"])
    sizes = dict(insights.sizes.select("segment", "members").iter_rows())
    for segment, size in outcome_data["sizes_partial"].items():
        assert sizes[segment] == size


def test_overlap_counts_share_and_jaccard(definition, outcome_data):
    insights, _ = evaluate_insights(definition, outcome_data["as_of"])
    frame = membership(definition, outcome_data["as_of"])
    for row in insights.overlap.iter_rows(named=True):
        a, b = frame[row["row"]], frame[row["column"]]
        both = int((a & b).sum())
        assert row["both"] == both
        assert row["share_of_row"] == pytest.approx(both / a.sum())
        assert row["jaccard"] == pytest.approx(both / (a | b).sum())


def test_homogeneity_eta_squared_against_numpy(definition, outcome_data):
    insights, _ = evaluate_insights(definition, outcome_data["as_of"])
    frame = definition.evaluate(outcome_data["as_of"], include_traits=True).select("lifecycle", "recency").drop_nulls()
    x = frame["recency"].cast(pl.Float64).to_numpy()
    labels = frame["lifecycle"].to_numpy()
    within = sum(((x[labels == g] - x[labels == g].mean()) ** 2).sum() for g in set(labels))
    expected = 1 - within / ((x - x.mean()) ** 2).sum()
    rows = insights.homogeneity.filter((pl.col("segmentation") == "lifecycle") & (pl.col("trait") == "recency"))
    assert rows.height == len(set(labels))
    assert rows["eta_squared"][0] == pytest.approx(expected)
    for row in rows.iter_rows(named=True):
        assert row["mean"] == pytest.approx(x[labels == row["label"]].mean())


def test_history_in_one_query_equals_one_evaluation_per_date(definition, orders):
    dates = history_dates(dt.date(2026, 9, 1), 4, "months")
    assert dates == [dt.date(2026, 6, 1), dt.date(2026, 7, 1), dt.date(2026, 8, 1), dt.date(2026, 9, 1)]
    table = evaluate_history_table(definition, dates)
    previous = None
    for as_of in dates:
        frame = membership(definition, as_of)
        at = table.filter(pl.col("as_of") == as_of)
        value = {(g, m): v for g, m, v in at.select("group", "measure", "value").iter_rows()}
        for segment in ("regulars", "big"):
            assert value[(segment, "members")] == frame[segment].sum()
            expected = hand_measures(frame, frame[segment], orders, as_of)
            assert value[(segment, "arpu")] == pytest.approx(expected["arpu"])
            assert value[(segment, "churn")] == pytest.approx(expected["churn"])
            if previous is not None:
                joined = frame.join(previous, on="customer_id", suffix="_before")
                assert value[(segment, "entering")] == (joined[segment] & ~joined[f"{segment}_before"]).sum()
                assert value[(segment, "leaving")] == (~joined[segment] & joined[f"{segment}_before"]).sum()
        assert value[("lifecycle.active", "members")] == (frame["lifecycle"] == "active").sum()
        previous = frame


def test_goals_baseline_current_projection_status(definition, orders, outcome_data):
    as_of = outcome_data["as_of"]
    table = {r["goal"]: r for r in evaluate_goals(definition, as_of).iter_rows(named=True)}
    # churn looks 60 days ahead: current as of 60 days before the deadline-capped as of
    churn = table["fewer_churners"]
    current_date = dt.date(2026, 8, 1) - 60 * DAY
    assert churn["current_date"] == current_date
    at_base, at_now = membership(definition, dt.date(2026, 2, 1)), membership(definition, current_date)
    baseline = hand_measures(at_base, at_base["regulars"], orders, dt.date(2026, 2, 1))["churn"]
    current = hand_measures(at_now, at_now["regulars"], orders, current_date)["churn"]
    assert churn["baseline"] == pytest.approx(baseline)
    assert churn["current"] == pytest.approx(current)
    target = baseline * 0.9
    assert churn["target"] == pytest.approx(target)
    assert churn["progress"] == pytest.approx((current - baseline) / (target - baseline))
    assert churn["status"] == ("met" if current <= target else "missed")  # as of is after the deadline
    revenue = table["more_revenue"]
    at_base = membership(definition, dt.date(2026, 3, 1))
    baseline = hand_measures(at_base, at_base["lifecycle"] == "active", orders, dt.date(2026, 3, 1))["revenue"]
    frame = membership(definition, as_of)
    current = hand_measures(frame, frame["lifecycle"] == "active", orders, as_of)["revenue"]
    projected = baseline + (current - baseline) * (dt.date(2026, 12, 31) - dt.date(2026, 3, 1)).days / (as_of - dt.date(2026, 3, 1)).days
    assert revenue["current"] == pytest.approx(current)
    assert revenue["projected"] == pytest.approx(projected)
    expected = "met" if current >= baseline * 1.05 else "on track" if projected >= baseline * 1.05 else "off track"
    assert revenue["status"] == expected


def test_experiment_rate_against_scipy(definition, orders):
    found = {r.experiment: (r, s) for r, s in evaluate_experiments(definition)}
    result, size = found["regulars_mail"]
    start = dt.date(2026, 7, 1)
    frame = membership(definition, start)
    after = per_customer(orders, frame, start, start + 30 * DAY)
    converted = after["n"] > 0
    treated = converted.filter(frame["regulars"] & ~frame["regulars_holdout"])
    holdout = converted.filter(frame["regulars_holdout"])
    assert (result.treated_n, result.holdout_n) == (treated.len(), holdout.len())
    p1, p0 = treated.mean(), holdout.mean()
    assert result.treated == pytest.approx(p1) and result.holdout == pytest.approx(p0)
    table = [[treated.sum(), treated.len() - treated.sum()], [holdout.sum(), holdout.len() - holdout.sum()]]
    chi2 = stats.chi2_contingency(table, correction=False)
    assert result.p_value == pytest.approx(chi2.pvalue, rel=1e-6)  # the pooled z-test is the 2x2 chi-square test
    half = 1.959963984540054 * math.sqrt(p1 * (1 - p1) / treated.len() + p0 * (1 - p0) / holdout.len())
    assert (result.lift_low, result.lift_high) == (pytest.approx(p1 - p0 - half), pytest.approx(p1 - p0 + half))
    assert result.relative_lift == pytest.approx((p1 - p0) / p0)
    # sample size: the smallest n per group whose power (two-sided, alpha 0.05) reaches 80%
    base, lifted = size.baseline, size.baseline * 1.1
    def power(n):
        se = math.sqrt((base * (1 - base) + lifted * (1 - lifted)) / n)
        return stats.norm.cdf(abs(lifted - base) / se - stats.norm.ppf(0.975))
    assert power(size.per_group) >= 0.8 > power(size.per_group - 1)


def test_experiment_mean_against_scipy_welch(definition, orders):
    result, _ = {r.experiment: (r, s) for r, s in evaluate_experiments(definition)}["active_spend"]
    start = dt.date(2026, 7, 1)
    frame = membership(definition, start)
    spend = per_customer(orders, frame, start, start + 30 * DAY)["amount"]
    active = frame["lifecycle"] == "active"
    treated = spend.filter(active & ~frame["active_holdout"]).to_numpy()
    holdout = spend.filter(active & frame["active_holdout"]).to_numpy()
    welch = stats.ttest_ind(treated, holdout, equal_var=False)
    interval = welch.confidence_interval(0.95)
    assert result.kind == "average"
    assert result.p_value == pytest.approx(welch.pvalue)
    assert result.lift_low == pytest.approx(interval.low) and result.lift_high == pytest.approx(interval.high)


def test_cli_outputs_and_exit_codes(outcome_example: Path):
    result = runner.invoke(app, ["kpis", str(outcome_example), "--format", "json", "--history", "3 months"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert {"measures", "overlap", "homogeneity", "history"} <= set(document)
    goals = runner.invoke(app, ["goals", str(outcome_example), "--format", "markdown"])
    assert goals.exit_code == 0 and "| goal |" in goals.stdout
    failing = runner.invoke(app, ["goals", str(outcome_example), "--fail-on", "off-track", "--as-of", "2027-06-01"])
    statuses = json.loads(runner.invoke(app, ["goals", str(outcome_example), "--format", "json", "--as-of", "2027-06-01"]).stdout)
    missed = any(g["status"] in ("missed", "off track") for g in statuses["goals"])
    assert failing.exit_code == (1 if missed else 0)
    assert runner.invoke(app, ["kpis", str(outcome_example), "--history", "twelve"]).exit_code == 2
    assert runner.invoke(app, ["experiment", str(outcome_example), "--name", "nope"]).exit_code == 2


def test_measures_are_computed_in_the_same_plan_as_segments(definition):
    """One scan and one group_by of the orders, with the measures' look-ahead windows included."""
    plan = definition.plan(keep=definition.ir.measure_columns).explain(optimized=True)
    assert plan.count("AGGREGATE") == 1
    assert plan.count("Parquet SCAN") == 2  # customers, orders
    without = definition.plan().explain(optimized=True)
    assert "__kpi_" not in without  # an evaluation that reports no measure does not compute them


def test_history_reads_each_table_once(definition, monkeypatch):
    """Twelve dates, one read of the customers and one of the orders (every aggregation of the
    example decomposes over time intervals: no per-date filters)."""
    from segdsl.backend import history_buckets, polars_history

    reads: list[str] = []
    real = polars_history.table_frame
    monkeypatch.setattr(polars_history, "table_frame", lambda source, *a, **k: reads.append(Path(source).stem) or real(source, *a, **k))
    plan = definition.ir
    assert all(history_buckets.decomposes(a, e) for e in plan.events for a in e.aggregates)
    frames = list(polars_history.history_frames(plan, history_dates(dt.date(2026, 9, 1), 12, "months"), keep=plan.measure_columns))
    assert len(frames) == 12 and sorted(reads) == ["customers", "orders"]


@pytest.mark.parametrize(("command", "module"), [("experiment", "scipy"), ("report", "plotly.offline")])
def test_missing_extra_is_e901_exit_2(outcome_example: Path, tmp_path: Path, monkeypatch, command, module):
    monkeypatch.setitem(__import__("sys").modules, module, None)  # as if the extra were not installed
    args = [command, str(outcome_example)] + (["--out", str(tmp_path / "r.html")] if command == "report" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "E901" in result.output and 'segdsl[report]' in result.output
    assert not (tmp_path / "r.html").exists()
