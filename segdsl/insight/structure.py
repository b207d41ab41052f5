"""The shape of a segmentation scheme: how segments overlap, how homogeneous labels are.

A good segmentation is exhaustive, exclusive and homogeneous: the overlap matrix shows the
second for segments (which may overlap by design), the homogeneity table the third for labels.
"""

from __future__ import annotations

import polars as pl

from segdsl import ir, ir_walk


def overlap_table(frame: pl.DataFrame, segments: tuple[str, ...]) -> pl.DataFrame:
    """row | column | both | row_size | share_of_row | jaccard, for every ordered pair (one pass)."""
    pairs = [(a, b) for a in segments for b in segments]
    if not pairs:
        return pl.DataFrame(schema={"row": pl.String, "column": pl.String, "both": pl.Int64, "row_size": pl.Int64,
                                    "share_of_row": pl.Float64, "jaccard": pl.Float64})
    exprs = [(pl.col(a) & pl.col(b)).sum().alias(f"{i}") for i, (a, b) in enumerate(pairs)]
    exprs += [pl.col(s).sum().alias(f"size\x1f{s}") for s in segments]
    row = frame.select(exprs).row(0, named=True)
    rows = []
    for i, (a, b) in enumerate(pairs):
        both, size_a, size_b = row[f"{i}"], row[f"size\x1f{a}"], row[f"size\x1f{b}"]
        union = size_a + size_b - both
        rows.append((a, b, both, size_a, both / size_a if size_a else None, both / union if union else None))
    return pl.DataFrame(rows, schema=["row", "column", "both", "row_size", "share_of_row", "jaccard"], orient="row")


def rule_traits(plan: ir.Plan) -> dict[str, list[str]]:
    """For each segmentation, the numeric traits its rules (or tiers) read directly."""
    numeric = {d.name for d in plan.derived if d.role == "trait" and d.expr.type.name == "NUMBER"}
    found: dict[str, list[str]] = {}
    for step in plan.derived:
        if step.role != "segmentation":
            continue
        used = sorted(ir_walk.references(step.expr) & numeric)
        if used:
            found[step.name] = used
    return found


def homogeneity_table(frame: pl.DataFrame, plan: ir.Plan) -> pl.DataFrame:
    """segmentation | trait | label | members | mean | std | between_std | within_std | eta_squared.

    Per label: the trait's mean and standard deviation. Per (segmentation, trait): the spread of
    the label means (between), the pooled spread within labels, and eta² = 1 − SS_within / SS_total,
    the share of the trait's variance the labels explain (1: perfectly homogeneous labels)."""
    rows = []
    for segmentation, traits in rule_traits(plan).items():
        for trait in traits:
            data = frame.select(pl.col(segmentation).alias("label"), pl.col(trait).cast(pl.Float64).alias("x")).drop_nulls()
            if data.height == 0:
                continue
            grand = data.get_column("x").mean()
            per_label = (data.group_by("label").agg(
                pl.len().alias("n"), pl.col("x").mean().alias("mean"), pl.col("x").std(ddof=0).alias("std"),
                ((pl.col("x") - pl.col("x").mean()) ** 2).sum().alias("ss_within"),
            ).sort("label"))
            total_ss = float(((data.get_column("x") - grand) ** 2).sum())
            within_ss = float(per_label.get_column("ss_within").sum())
            n = data.height
            between_std = float((per_label.get_column("n") * (per_label.get_column("mean") - grand) ** 2).sum() / n) ** 0.5
            within_std = (within_ss / n) ** 0.5
            eta = 1 - within_ss / total_ss if total_ss > 0 else None
            for label, members, mean, std, _ in per_label.iter_rows():
                rows.append((segmentation, trait, label, members, mean, std, between_std, within_std, eta))
    return pl.DataFrame(rows, schema={"segmentation": pl.String, "trait": pl.String, "label": pl.String, "members": pl.Int64,
                                      "mean": pl.Float64, "std": pl.Float64, "between_std": pl.Float64,
                                      "within_std": pl.Float64, "eta_squared": pl.Float64}, orient="row")
