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
from segdsl.backend.polars_expr import ExprContext, compile_expr
from segdsl.backend.polars_plan import (
    ModelScorer, _aggregation, _derived_expr, _join_enrichment, _layers, _time_condition, customer_column_name,
)
from segdsl.backend.windows import bounds
from segdsl.check.functions import ZERO_WHEN_EMPTY
from segdsl.types import Type


def suffix(index: int) -> str:
    return f"@{index}"


def aggregated_lazyframe(plan: ir.Plan, dates: list[dt.date]) -> tuple[pl.LazyFrame, list[str]]:
    """Customers joined with every event aggregation at every date (column `name@i`): the one
    scan and one `group_by` per event table. Also returns the aggregations' base names."""
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
    return frame, aggregate_columns


def evaluate_history_frame(
    plan: ir.Plan,
    dates: list[dt.date],
    *,
    keep: tuple[str, ...] = (),
    model_output: ModelScorer | None = None,
) -> pl.DataFrame:
    """key, then for each date i every output (segments, segmentations) and `keep` column + `@i`.

    The aggregated frame is collected once; the derived steps of each date then run on it (they
    are per customer and cheap next to the events' scan and `group_by`)."""
    if not any(column in keep for column in plan.measure_columns):
        plan = plan.without_measures()
    key = plan.customers.key
    lazy, aggregate_columns = aggregated_lazyframe(plan, dates)
    aggregated = lazy.collect()
    base_columns = [c for c in aggregated.columns if "@" not in c]
    outputs = plan.outputs()
    wanted = [*outputs, *(c for c in keep if c not in outputs)]
    per_date = []
    for index, as_of in enumerate(dates):
        at = suffix(index)
        step = aggregated.lazy().select([*base_columns, *(pl.col(c + at).alias(c) for c in aggregate_columns)])
        ctx = ExprContext(as_of, key, customer_column_name, model_output)
        for layer in _layers(plan.derived):
            step = step.with_columns(_derived_expr(s, ctx) for s in layer)
        per_date.append(step.select(([pl.col(key)] if index == 0 else []) + [pl.col(c).alias(c + at) for c in wanted]))
    return pl.concat(pl.collect_all(per_date), how="horizontal")


def _scan(path):
    from segdsl.io import scan

    return scan(path)


_MASKED = {"count", "sum", "avg", "min", "max"}


def _masked_aggregation(aggregate: ir.Aggregate, events: ir.EventTable, window: tuple[dt.date | None, dt.date],
                        ctx: ExprContext) -> pl.Expr | None:
    """The aggregation as an elementwise mask then a plain reduction (`when(cond).then(x).sum()`),
    which Polars computes on the whole column and then per group: far faster than a `filter`
    inside the group context when there are many (aggregation, date) pairs. Same values as
    `polars_plan._aggregation` (null-skipping reductions over the events the window keeps);
    None for the order-dependent ones (first/last with a value, most_frequent, count_distinct)."""
    fn, arg = aggregate.fn, aggregate.arg
    is_time = isinstance(arg, ir.Column) and arg.name == events.time
    if fn in ("first", "last") and is_time:
        fn = "min" if fn == "first" else "max"
    if fn not in _MASKED:
        return None
    condition = _time_condition(events.time, events.time_kind, *window)
    if aggregate.where is not None:
        condition = condition & compile_expr(aggregate.where, ctx).fill_null(False)
    if arg is None:  # count(orders)
        return condition.sum().cast(pl.Int64).alias(aggregate.column)
    value = pl.col(arg.name) if is_time else compile_expr(arg, ctx)
    masked = pl.when(condition).then(value)
    result = {
        "count": lambda: masked.count().cast(pl.Int64),
        "sum": lambda: masked.sum(),
        "avg": lambda: masked.mean(),
        "min": lambda: masked.min(),
        "max": lambda: masked.max(),
    }[fn]()
    if aggregate.type is Type.DATE and is_time and events.time_kind == "datetime":
        result = result.dt.date()
    return result.alias(aggregate.column)


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
            window = windows[(aggregate.column, i)]
            fast = _masked_aggregation(renamed, events, window, ctx)
            aggregations.append(fast if fast is not None else _aggregation(renamed, events, window, no_bounds, ctx))
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left")
    zero_filled = [
        pl.col(a.column + suffix(i)).fill_null(0)
        for a in events.aggregates if a.fn in ZERO_WHEN_EMPTY for i in range(len(dates))
    ]
    return joined.with_columns(zero_filled) if zero_filled else joined
