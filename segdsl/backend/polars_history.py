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
    ModelScorer, _aggregation, _derived_expr, _join_enrichment, _time_condition, build_lazyframe, customer_column_name,
    existing_customers,
)
from segdsl.backend.windows import bounds
from segdsl.sources.frames import table_frame
from segdsl.check.functions import ZERO_WHEN_EMPTY
from segdsl.types import Type


def suffix(index: int) -> str:
    return f"@{index}"


def _layers(steps: tuple[ir.Derived, ...]) -> list[list[ir.Derived]]:
    """Derived steps in dependency layers (every aggregation is already computed)."""
    level: dict[str, int] = {}
    layers: list[list[ir.Derived]] = []
    for step in steps:  # already in dependency order
        depth = 1 + max((level.get(name, -1) for name in ir.references(step.expr)), default=-1)
        level[step.name] = depth
        while len(layers) <= depth:
            layers.append([])
        layers[depth].append(step)
    return layers


def _layered(plan: ir.Plan) -> bool:
    """Aggregations that read customer-level values need the plan's own layering."""
    return any(any(ir.customer_inputs(a)) for events in plan.events for a in events.aggregates)


def aggregated_lazyframe(plan: ir.Plan, dates: list[dt.date]) -> tuple[pl.LazyFrame, list[str]]:
    """Customers joined with every event aggregation at every date (column `name@i`): the one
    scan and one `group_by` per event table. Also returns the aggregations' base names."""
    key = plan.customers.key
    frame = table_frame(plan.customers.path, plan.customers.columns)
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
    outputs = plan.outputs()
    wanted = [*outputs, *(c for c in keep if c not in outputs)]
    if _layered(plan):  # correct first: one evaluation per date (rare: aggregations of customer values)
        per_date = [build_lazyframe(plan, as_of, keep=keep, model_output=model_output) for as_of in dates]
    else:
        lazy, aggregate_columns = aggregated_lazyframe(plan, dates)
        aggregated = lazy.collect()
        base_columns = [c for c in aggregated.columns if "@" not in c]
        per_date = []
        for index, as_of in enumerate(dates):
            at = suffix(index)
            step = aggregated.lazy().select([*base_columns, *(pl.col(c + at).alias(c) for c in aggregate_columns)])
            step = existing_customers(step, plan.customers, as_of)  # ranks and tiers among those who exist
            ctx = ExprContext(as_of, key, customer_column_name, model_output)
            for layer in _layers(plan.derived):
                step = step.with_columns(_derived_expr(s, ctx) for s in layer)
            per_date.append(step)
    frames = pl.collect_all([frame.select(key, *wanted) for frame in per_date])
    # every customer of the table, one column set per date; at a date a customer did not exist
    # yet, they are in no segment (false) and have no label or value (missing)
    keys = pl.concat([f.select(key) for f in frames]).unique(maintain_order=False).sort(key)
    result = keys
    segments = set(plan.segments)
    for index, frame in enumerate(frames):
        at = suffix(index)
        result = result.join(frame.rename({c: c + at for c in wanted}), on=key, how="left")
        result = result.with_columns(pl.col(s + at).fill_null(False) for s in wanted if s in segments)
    return result


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
    table = table_frame(events.path, events.columns).filter(
        _time_condition(events.time, events.time_kind, widest_lower, widest_upper)
    )
    scanned = (widest_lower, widest_upper)  # what the filter above keeps: a bound equal to it is not re-tested
    aggregations = []
    for i, as_of in enumerate(dates):
        ctx = ExprContext(as_of, events.key, lambda column: column.name)
        for aggregate in events.aggregates:
            renamed = replace(aggregate, column=aggregate.column + suffix(i))
            window = windows[(aggregate.column, i)]
            fast = _masked_aggregation(renamed, events, window, ctx)
            aggregations.append(fast if fast is not None else _aggregation(renamed, events, window, scanned, ctx))
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left")
    zero_filled = [
        pl.col(a.column + suffix(i)).fill_null(0)
        for a in events.aggregates if a.fn in ZERO_WHEN_EMPTY for i in range(len(dates))
    ]
    return joined.with_columns(zero_filled) if zero_filled else joined
