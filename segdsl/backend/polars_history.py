"""IR plan at several as-of dates -> ONE Polars LazyFrame, one column set per date.

Evaluating the file once per date would scan and group the events once per date. Here each
event table is scanned once, with the union of every date's windows as the predicate, and ONE
`group_by` computes every aggregation at every date (each with its own per-date filter). The
derived steps (cheap, per customer) are then compiled once per date, with that date as `as of`,
on the same joined frame; the per-date frames are put side by side. Columns of date i carry the
suffix `@i`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import polars as pl

from segdsl import ir
from segdsl.backend.polars_expr import ExprContext
from segdsl.backend.polars_plan import (
    ModelScorer, _aggregation, _derived_expr, _join_enrichment, _layers, _time_condition, customer_column_name,
)
from segdsl.backend.windows import bounds
from segdsl.check.functions import ZERO_WHEN_EMPTY


def suffix(index: int) -> str:
    return f"@{index}"


def build_history_lazyframe(
    plan: ir.Plan,
    dates: list[dt.date],
    *,
    keep: tuple[str, ...] = (),
    model_output: ModelScorer | None = None,
) -> pl.LazyFrame:
    """key, then for each date i every output (segments, segmentations) and `keep` column + `@i`."""
    if not any(column in keep for column in plan.measure_columns):
        plan = plan.without_measures()
    key = plan.customers.key
    frame = _scan(plan.customers.path).select(plan.customers.columns)
    aggregate_columns: list[str] = []
    for events in plan.events:
        aggregates = ir.used_aggregates(plan, events)
        if aggregates:
            frame = _join_all_dates(frame, replace(events, aggregates=aggregates), key, dates)
            aggregate_columns += [a.column for a in aggregates]
    for enrichment in plan.enrichments:
        frame = _join_enrichment(frame, enrichment)
    base_columns = [c for c in frame.collect_schema().names() if "@" not in c]
    outputs = plan.outputs()
    wanted = [*outputs, *(c for c in keep if c not in outputs)]
    per_date = []
    for index, as_of in enumerate(dates):
        at = suffix(index)
        step = frame.select([*base_columns, *(pl.col(c + at).alias(c) for c in aggregate_columns)])
        ctx = ExprContext(as_of, key, customer_column_name, model_output)
        for layer in _layers(plan.derived):
            step = step.with_columns(_derived_expr(s, ctx) for s in layer)
        columns = [pl.col(c).alias(c + at) for c in wanted]
        per_date.append(step.select(([pl.col(key)] if index == 0 else []) + columns))
    return pl.concat(per_date, how="horizontal")


def _scan(path):
    from segdsl.io import scan

    return scan(path)


def _join_all_dates(frame: pl.LazyFrame, events: ir.EventTable, key: str, dates: list[dt.date]) -> pl.LazyFrame:
    windows = {(a.column, i): bounds(a.window, d) for a in events.aggregates for i, d in enumerate(dates)}
    lowers = [lower for lower, _ in windows.values()]
    widest_upper = max(upper for _, upper in windows.values())
    widest_lower = None if any(lower is None for lower in lowers) else min(lowers)
    table = _scan(events.path).select(events.columns).filter(
        _time_condition(events.time, events.time_kind, widest_lower, widest_upper)
    )
    no_bounds = (dt.date.min, dt.date.min)  # never equal to a window: every aggregation filters by its date
    aggregations = []
    for i, as_of in enumerate(dates):
        ctx = ExprContext(as_of, events.key, lambda column: column.name)
        for aggregate in events.aggregates:
            renamed = replace(aggregate, column=aggregate.column + suffix(i))
            aggregations.append(_aggregation(renamed, events, windows[(aggregate.column, i)], no_bounds, ctx))
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left")
    zero_filled = [
        pl.col(a.column + suffix(i)).fill_null(0)
        for a in events.aggregates if a.fn in ZERO_WHEN_EMPTY for i in range(len(dates))
    ]
    return joined.with_columns(zero_filled) if zero_filled else joined
