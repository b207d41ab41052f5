"""Outcome tables -> Plotly figures (JSON), each paired with the table of its numbers."""

from __future__ import annotations

import json

import polars as pl

from segdsl.report.html import Chart

_LAYOUT = {"margin": {"l": 60, "r": 20, "t": 30, "b": 80}, "template": "plotly_white", "height": 380}


def _figure(go, data: list, **layout) -> dict:
    figure = go.Figure(data=data, layout={**_LAYOUT, **layout})
    return json.loads(figure.to_json())


def segment_sizes(go, sizes: pl.DataFrame) -> Chart:
    bar = go.Bar(x=sizes["segment"].to_list(), y=sizes["members"].to_list(), marker_color="#457b9d")
    return Chart("Segment sizes", _figure(go, [bar], yaxis_title="members"), sizes)


def measures_per_segment(go, kpis: pl.DataFrame) -> Chart:
    rows = kpis.filter(pl.col("group_kind") != "label")
    data = [
        go.Bar(name=measure, x=part["group"].to_list(), y=part["index"].to_list())
        for (measure,), part in rows.group_by("measure", maintain_order=True)
    ]
    figure = _figure(go, data, barmode="group", yaxis_title="index (base = 100)")
    return Chart("Measures per segment (index to the whole base)", figure,
                 rows.select("group", "measure", "value", "base", "index"),
                 "Each bar is the segment's value over the whole base's, ×100: 100 is average.")


def overlap_heatmap(go, overlap: pl.DataFrame) -> Chart:
    segments = list(dict.fromkeys(overlap["row"].to_list()))
    share = {(r, c): v for r, c, v in overlap.select("row", "column", "share_of_row").iter_rows()}
    z = [[share[(r, c)] for c in segments] for r in segments]
    heat = go.Heatmap(z=z, x=segments, y=segments, colorscale="Blues", zmin=0, zmax=1, colorbar={"title": "share of row"})
    return Chart("Overlap of segments", _figure(go, [heat], height=max(380, 40 * len(segments) + 160)), overlap,
                 "Share of the row segment's members who are also in the column segment; the table adds counts and Jaccard.")


def label_distribution(go, labels: pl.DataFrame, segmentation: str) -> Chart:
    rows = labels.filter(pl.col("segmentation") == segmentation).select("label", "members", "share")
    bar = go.Bar(x=rows["label"].to_list(), y=rows["members"].to_list(), marker_color="#2a9d8f")
    return Chart(f"Labels of {segmentation}", _figure(go, [bar], yaxis_title="members"), rows)


def history_lines(go, history: pl.DataFrame, measure: str = "members") -> Chart:
    rows = history.filter((pl.col("measure") == measure) & (pl.col("group_kind") != "label")).sort("as_of")
    data = [
        go.Scatter(name=group, mode="lines+markers", x=[d.isoformat() for d in part["as_of"].to_list()], y=part["value"].to_list())
        for (group,), part in rows.group_by("group", maintain_order=True)
    ]
    table = history.filter(pl.col("group_kind") != "label").pivot("measure", index=["as_of", "group"], values="value")
    return Chart(f"History: {measure} per segment", _figure(go, data, yaxis_title=measure), table,
                 "Each point is a full evaluation as of that date; the table adds customers entering and leaving.")


def goal_progress(go, goals: pl.DataFrame) -> Chart:
    colours = {"met": "#2a9d8f", "on track": "#8ab17d", "off track": "#e9c46a", "missed": "#e76f51", "no data": "#999999"}
    bar = go.Bar(x=[(p or 0) * 100 for p in goals["progress"].to_list()], y=goals["goal"].to_list(), orientation="h",
                 marker_color=[colours[s] for s in goals["status"].to_list()], text=goals["status"].to_list())
    figure = _figure(go, [bar], xaxis_title="progress to target (%)", shapes=[
        {"type": "line", "x0": 100, "x1": 100, "yref": "paper", "y0": 0, "y1": 1, "line": {"dash": "dash"}}])
    return Chart("Goal progress", figure, goals)


def experiment_lifts(go, results: pl.DataFrame) -> Chart:
    """Relative lift (treated over holdout − 1) with its 95% interval, so rates and money compare."""
    def percent(column: str) -> list[float | None]:
        return [None if v is None else 100 * v for v in results[column].to_list()]

    lift, low, high = percent("relative_lift"), percent("relative_low"), percent("relative_high")
    error = go.Scatter(
        x=lift, y=results["experiment"].to_list(), mode="markers", marker={"size": 12, "color": "#1d3557"},
        error_x={"type": "data", "symmetric": False,
                 "array": [(h - m) if h is not None and m is not None else 0 for h, m in zip(high, lift)],
                 "arrayminus": [(m - lo) if lo is not None and m is not None else 0 for lo, m in zip(low, lift)]},
    )
    figure = _figure(go, [error], xaxis_title="relative lift, treated vs holdout (%, 95% interval)", shapes=[
        {"type": "line", "x0": 0, "x1": 0, "yref": "paper", "y0": 0, "y1": 1, "line": {"dash": "dot"}}])
    return Chart("Experiments: lift with 95% interval", figure, results,
                 "Rates: difference of proportions (z-test); averages: Welch's t-test. The table has absolute lifts and p-values.")


def cluster_profile(go, name: str, profile: pl.DataFrame, features: list[str]) -> Chart:
    clusters = [str(c) for c in profile["cluster"].to_list()]
    z = [[profile[f"{f}_index"][i] if f"{f}_index" in profile.columns else None for f in features] for i in range(profile.height)]
    heat = go.Heatmap(z=z, x=features, y=clusters, colorscale="RdBu", zmid=100, colorbar={"title": "index"})
    return Chart(f"Cluster profile: {name}", _figure(go, [heat]), profile,
                 "Each cell is the cluster's mean over the population's, ×100.")


def audit_summary(go, findings: pl.DataFrame) -> Chart:
    counts = findings.group_by("level", "table").agg(pl.col("count").sum().alias("rows"), pl.len().alias("findings")).sort("level", "table")
    data = [go.Bar(name=level, x=part["table"].to_list(), y=part["findings"].to_list())
            for (level,), part in counts.group_by("level", maintain_order=True)]
    return Chart("Data audit: findings per table", _figure(go, data, barmode="stack", yaxis_title="findings"),
                 findings.drop("message").sort("level", "table"), "From `segdsl audit --format json`; example values are never shown.")
