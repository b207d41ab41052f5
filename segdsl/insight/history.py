"""Sizes and measures at a series of as-of dates, with customers entering and leaving segments.

All dates come from ONE query (`backend.polars_history`): one scan and one `group_by` per event
table for every date, instead of one full evaluation per date.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from segdsl import ir
from segdsl.backend.polars_history import evaluate_history_frame, suffix
from segdsl.backend.windows import shift
from segdsl.insight.measures import groups, label_values, measure_expr

_SPAN = re.compile(r"^\s*(\d+)\s*(day|week|month|year)s?\s*$")


def parse_span(text: str) -> tuple[int, str] | None:
    """`12 months` -> (12, "months"); None when it is not a count and a unit."""
    found = _SPAN.match(text)
    return (int(found.group(1)), found.group(2) + "s") if found and int(found.group(1)) >= 1 else None


def history_dates(as_of: dt.date, count: int, unit: str) -> list[dt.date]:
    """`count` points one `unit` apart, oldest first, the last one at `as_of`."""
    return [shift(as_of, -step, unit) for step in range(count - 1, -1, -1)]


def evaluate_history(definition, dates: list[dt.date], trust_pickle: bool = False) -> pl.DataFrame:
    """The wide frame: key, then every output and measure column of date i with suffix `@i`."""
    from segdsl.datacheck import validate_inputs

    plan = definition.ir
    validate_inputs(plan)
    scorer = None
    if plan.models:
        from segdsl.models.scoring import ModelScorer

        scorer = ModelScorer(plan, trust_pickle=trust_pickle)
    return evaluate_history_frame(plan, dates, keep=plan.measure_columns, model_output=scorer)


def history_table(frame: pl.DataFrame, plan: ir.Plan, dates: list[dt.date]) -> pl.DataFrame:
    """as_of | group_kind | group | measure | value. Besides the declared measures, every group has
    `members`, and segments and labels have `entering` and `leaving` (since the previous date)."""
    suffixes = tuple(suffix(i) for i in range(len(dates)))
    labels = label_values(frame, plan, suffixes)
    exprs, keys = [], []
    for i, at in enumerate(suffixes):
        for group in groups(plan, labels, at):
            size = group.mask.sum() if group.mask is not None else pl.len()
            named = [("members", size.cast(pl.Float64))]
            named += [(m.name, measure_expr(m, group.mask, at)) for m in plan.measures if m.agg != "size"]
            if i > 0 and group.mask is not None:
                before = groups(plan, labels, suffixes[i - 1])
                previous = next(g.mask for g in before if g.name == group.name).fill_null(False)
                now = group.mask.fill_null(False)
                named += [("entering", (now & ~previous).sum().cast(pl.Float64)),
                          ("leaving", (~now & previous).sum().cast(pl.Float64))]
            for name, expr in named:
                keys.append((dates[i], group.kind, group.name, name))
                exprs.append(expr.alias(str(len(exprs))))
    row = frame.select(exprs).row(0)
    rows = [(*k, None if v is None or v != v else float(v)) for k, v in zip(keys, row)]
    return pl.DataFrame(rows, schema={"as_of": pl.Date, "group_kind": pl.String, "group": pl.String,
                                      "measure": pl.String, "value": pl.Float64}, orient="row")
