"""Everything the report shows, computed from a loaded definition (then `charts` and `html` format it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from segdsl.report import charts
from segdsl.report.html import Page


MAX_LABELS = 50


def build_page(definition, as_of: dt.date, history: tuple[int, str] | None = (12, "months"),
               trust_pickle: bool = False, audit: Path | None = None) -> Page:
    from segdsl.extras import require_module

    go = require_module("plotly.graph_objects", "report")
    from segdsl.insight.compute import evaluate_experiments, evaluate_goals, evaluate_history_table, evaluate_insights
    from segdsl.insight.history import history_dates

    plan = definition.ir
    insights, _ = evaluate_insights(definition, as_of, trust_pickle)
    page = Page(f"Segments report: {definition.path.name}",
                f"As of {as_of} · {len(plan.segments)} segments · {len(plan.segmentations)} segmentations · "
                f"{len(plan.measures)} measures · aggregates only, no customer data")
    page.charts.append(charts.segment_sizes(go, insights.sizes))
    if insights.kpis.height:
        page.charts.append(charts.measures_per_segment(go, insights.kpis))
    if insights.overlap.height:
        page.charts.append(charts.overlap_heatmap(go, insights.overlap))
    for segmentation in plan.segmentations:
        labels = insights.labels.filter(pl.col("segmentation") == segmentation)
        if labels.height <= MAX_LABELS:  # many labels: an expression of customer data, not a grouping
            page.charts.append(charts.label_distribution(go, insights.labels, segmentation))
    if history is not None:
        table = evaluate_history_table(definition, history_dates(as_of, *history), trust_pickle)
        page.charts.append(charts.history_lines(go, table))
    if plan.goals:
        page.charts.append(charts.goal_progress(go, evaluate_goals(definition, as_of, trust_pickle)))
    if plan.experiments:
        found = evaluate_experiments(definition, None, trust_pickle)
        page.charts.append(charts.experiment_lifts(go, pl.DataFrame([r.as_dict() for r, _ in found])))
    page.charts.extend(_cluster_charts(go, definition, as_of, trust_pickle))
    if audit is not None:
        from segdsl.report.audit import read_audit

        findings = read_audit(audit)
        if findings.height:
            page.charts.append(charts.audit_summary(go, findings))
    return page


def _cluster_charts(go, definition, as_of: dt.date, trust_pickle: bool) -> list:
    """Cluster profiles of the k-means models whose files exist (untrained models are skipped)."""
    from segdsl.models.profile import cluster_profiling

    profiling = cluster_profiling(definition.ir)
    if profiling is None or not all(m.path.is_file() for m in profiling.models):
        return []
    frame = profiling.extend(definition).evaluate(as_of, trust_pickle=trust_pickle, keep=profiling.keep)
    return [charts.cluster_profile(go, found.model.name, found.profile.drop("name", strict=False),
                                   [f for f in found.model.features if f"{f}_index" in found.profile.columns])
            for found in profiling.profiles(frame)]
