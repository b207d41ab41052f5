"""Measures per group, as Polars expressions over one evaluated frame.

A group is every customer, a segment, or a label of a segmentation; each is a boolean mask.
All measures of all groups go into ONE `select`, so the frame is read once.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from segdsl import ir


@dataclass(frozen=True)
class Group:
    kind: str  # all | segment | label
    name: str  # "all", a segment, or "segmentation.label"
    mask: pl.Expr | None  # None: every customer


def column(name: str, suffix: str = "") -> pl.Expr:
    return pl.col(name + suffix)


def _aggregate(agg: str, value: pl.Expr, mask: pl.Expr | None) -> pl.Expr:
    """One aggregation of a per-customer value over the group's members."""
    if agg == "rate":  # share of members for whom the condition holds; missing counts as not
        value = value.fill_null(False).cast(pl.Float64)
    members = value.filter(mask) if mask is not None else value
    if agg == "total":
        return members.cast(pl.Float64).sum()
    if agg in ("average", "rate"):
        return members.cast(pl.Float64).mean()
    if agg == "share_of":
        return members.cast(pl.Float64).sum() / value.cast(pl.Float64).sum()
    raise ValueError(agg)


def measure_expr(measure: ir.Measure, mask: pl.Expr | None, suffix: str = "", everyone: pl.Expr | None = None) -> pl.Expr:
    """The measure over a group; `suffix` picks one date's columns in a history frame, where
    `everyone` marks the customers who exist at that date (None: every row)."""
    if measure.agg == "size":
        return mask.sum().cast(pl.Float64) if mask is not None else pl.len().cast(pl.Float64)
    if measure.agg == "share":
        size = mask.sum() if mask is not None else pl.len()
        return size.cast(pl.Float64) / (everyone.sum() if everyone is not None else pl.len()).cast(pl.Float64)
    result = _aggregate(measure.agg, column(measure.value, suffix), mask)
    if measure.per is not None:
        denominator = _aggregate(measure.per_agg, column(measure.per, suffix), mask)
        result = pl.when(denominator != 0).then(result / denominator)
    return result


def groups(plan: ir.Plan, labels: dict[str, list[str]], suffix: str = "") -> list[Group]:
    found = [Group("all", "all", None)]
    found += [Group("segment", s, column(s, suffix)) for s in plan.segments]
    for segmentation in plan.segmentations:
        for label in labels.get(segmentation, []):
            found.append(Group("label", f"{segmentation}.{label}", column(segmentation, suffix) == label))
    return found


def target_mask(target: ir.Target | None, suffix: str = "") -> pl.Expr | None:
    if target is None:
        return None
    if target.label is None:
        return column(target.segment, suffix)
    return column(target.segment, suffix) == target.label


def label_values(frame: pl.DataFrame, plan: ir.Plan, suffixes: tuple[str, ...] = ("",)) -> dict[str, list[str]]:
    """The labels each segmentation gave (over every date of a history), sorted; missing left out."""
    found: dict[str, list[str]] = {}
    for segmentation in plan.segmentations:
        values: set[str] = set()
        for suffix in suffixes:
            values |= set(frame.get_column(segmentation + suffix).drop_nulls().unique().to_list())
        found[segmentation] = sorted(values)
    return found


def kpi_table(frame: pl.DataFrame, plan: ir.Plan) -> pl.DataFrame:
    """group_kind | group | measure | value | base | index: every measure of every group, with the
    whole base as reference (index = 100 × value / base value, as in a cluster profile)."""
    labels = label_values(frame, plan)
    found = groups(plan, labels)
    exprs = [
        measure_expr(m, g.mask).alias(f"{i}\x1f{m.name}")
        for i, g in enumerate(found) for m in plan.measures
    ]
    if not exprs:
        return _empty()
    row = frame.select(exprs).row(0, named=True)
    rows = []
    for i, g in enumerate(found):
        for m in plan.measures:
            value = row[f"{i}\x1f{m.name}"]
            base = row[f"0\x1f{m.name}"]
            index = 100.0 * value / base if value is not None and base not in (None, 0) else None
            rows.append((g.kind, g.name, m.name, _finite(value), _finite(base), _finite(index)))
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


_SCHEMA = {"group_kind": pl.String, "group": pl.String, "measure": pl.String,
           "value": pl.Float64, "base": pl.Float64, "index": pl.Float64}


def _empty() -> pl.DataFrame:
    return pl.DataFrame(schema=_SCHEMA)


def _finite(value: float | None) -> float | None:
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return float(value)
