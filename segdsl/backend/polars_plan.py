"""IR plan -> ONE Polars LazyFrame.

Shape of the plan: scan customers (needed columns only) and keep those who exist as of the
date (`since`); join enrichment tables on normalised domains; then, layer by layer, every
aggregation whose inputs are ready (for each event table one scan with the union of its windows
pushed down as a predicate, one `group_by` computing those aggregations, one left join) and every
derived column whose inputs are ready (all in one `with_columns`). An aggregation that reads a
customer-level value (`count(orders where category == favourite_category)`) gets those values
joined to its events by key before the `group_by`, so it lands in a later layer than the
trait it reads. Plans without such aggregations have exactly one layer of aggregations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable

import polars as pl

from segdsl import ir, ir_walk
from segdsl.backend.polars_expr import ExprContext, compile_expr
from segdsl.backend.windows import ONE_DAY, bounds
from segdsl.sources.frames import table_frame
from segdsl.sources.query import TimeWindow
from segdsl.types import Type
from segdsl.limits import with_stack_headroom

ModelScorer = Callable[[ir.ModelOutput], pl.Expr]
CUSTOMER_VALUE = "__customer."  # prefix of customer-level values joined to event rows


def customer_column_name(column: ir.Column) -> str:
    return column.name if column.table == "customers" else f"{column.table}.{column.name}"


@with_stack_headroom
def build_lazyframe(
    plan: ir.Plan,
    as_of: dt.date,
    *,
    include_traits: bool = False,
    model_output: ModelScorer | None = None,
    keep: tuple[str, ...] = (),
) -> pl.LazyFrame:
    """`keep`: more columns to output (e.g. a model's features and label, for training, or the
    measures' per-customer values: their steps are computed only when kept)."""
    if not any(column in keep for column in plan.measure_columns):
        plan = plan.without_measures()
    ctx = ExprContext(as_of, plan.customers.key, customer_column_name, model_output)
    frame = existing_customers(table_frame(plan.customers.path, plan.customers.columns), plan.customers, as_of)
    for enrichment in plan.enrichments:
        frame = _join_enrichment(frame, enrichment)
    pending = {events.name: list(ir_walk.used_aggregates(plan, events)) for events in plan.events}
    steps = list(plan.derived)
    ready: set[str] = set()
    while steps or any(pending.values()):
        progressed = False
        for events in plan.events:
            batch = [a for a in pending[events.name] if ready.issuperset(ir_walk.customer_inputs(a)[1])]
            if batch:
                frame = _join_aggregates(frame, replace(events, aggregates=tuple(batch)), plan.customers.key, as_of)
                pending[events.name] = [a for a in pending[events.name] if a not in batch]
                ready.update(a.column for a in batch)
                progressed = True
        while layer := [step for step in steps if ready.issuperset(ir_walk.references(step.expr))]:
            frame = frame.with_columns(_derived_expr(step, ctx) for step in layer)
            ready.update(step.name for step in layer)
            steps = [step for step in steps if step not in layer]
            progressed = True
        if not progressed:  # the checker reports cycles (E105), so this is a bug
            raise ValueError(f"the plan has a cycle through {', '.join(s.name for s in steps)}")
    outputs = plan.outputs(include_traits)
    return frame.select([plan.customers.key, *outputs, *(c for c in keep if c not in outputs)])


def existing_customers(frame: pl.LazyFrame, customers: ir.CustomerTable, as_of: dt.date) -> pl.LazyFrame:
    """Only the customers who exist as of `as_of`: `since` missing, or its UTC day <= as of."""
    if customers.since is None:
        return frame
    since = pl.col(customers.since)
    if customers.since_kind == "datetime":
        dtype = frame.collect_schema().get(customers.since)
        if isinstance(dtype, pl.Datetime) and dtype.time_zone is not None:
            since = since.dt.convert_time_zone("UTC")
        since = since.dt.date()
    return frame.filter(since.is_null() | (since <= pl.lit(as_of)))


def _derived_expr(step: ir.Derived, ctx: ExprContext) -> pl.Expr:
    expr = compile_expr(step.expr, ctx)
    if step.role == "segment":
        expr = expr.fill_null(False)  # a segment is a set: missing comparisons are not members
    return expr.alias(step.name)


# ---- event tables ------------------------------------------------------------------------------


def _time_literal(day: dt.date, kind: str, exclusive_of_day: bool) -> pl.Expr:
    """A bound on the raw time column: for datetimes, the start of the following day."""
    if kind == "datetime":
        if exclusive_of_day and day == dt.date.max:  # the calendar's last day has no next day
            return pl.lit(dt.datetime.max)
        moment = dt.datetime.combine(day + ONE_DAY if exclusive_of_day else day, dt.time())
        return pl.lit(moment)
    return pl.lit(day)


def _time_condition(time: str, kind: str, lower: dt.date | None, upper: dt.date | None) -> pl.Expr:
    """(lower, upper] on the time column; a bound given as None is not tested."""
    column = pl.col(time)
    tests = []
    if kind == "datetime":  # date(t) <= upper  <=>  t < upper + 1 day; date(t) > lower <=> t >= lower + 1 day
        if upper is not None:
            tests.append(column < _time_literal(upper, kind, True))
        if lower is not None:
            tests.append(column >= _time_literal(lower, kind, True))
    else:
        if upper is not None:
            tests.append(column <= pl.lit(upper))
        if lower is not None:
            tests.append(column > pl.lit(lower))
    return tests[0] & tests[1] if len(tests) > 1 else tests[0]


def _join_aggregates(frame: pl.LazyFrame, events: ir.EventTable, key: str, as_of: dt.date) -> pl.LazyFrame:
    windows = {a.column: bounds(a.window, as_of) for a in events.aggregates}
    lowers = [lower for lower, _ in windows.values()]
    widest_upper = max(upper for _, upper in windows.values())
    widest_lower = None if any(lower is None for lower in lowers) else min(lowers)
    scan_bounds = (widest_lower, widest_upper)

    def column_name(column: ir.Column) -> str:
        return column.name if column.table == events.name else CUSTOMER_VALUE + customer_column_name(column)

    ctx = ExprContext(as_of, events.key, column_name, ref_name=lambda name: CUSTOMER_VALUE + name)
    window = TimeWindow(events.time, events.time_kind, widest_lower, widest_upper)
    table = table_frame(events.path, events.columns, window).filter(
        _time_condition(events.time, events.time_kind, widest_lower, widest_upper)
    )
    table = _with_customer_values(table, frame, events, key)
    aggregations = [
        _aggregation(aggregate, events, windows[aggregate.column], scan_bounds, ctx)
        for aggregate in events.aggregates
    ]
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left")
    zero_filled = [pl.col(a.column).fill_null(0) for a in events.aggregates if a.fn in ir.ZERO_WHEN_EMPTY]
    return joined.with_columns(zero_filled) if zero_filled else joined


def _with_customer_values(table: pl.LazyFrame, frame: pl.LazyFrame, events: ir.EventTable, key: str) -> pl.LazyFrame:
    """Events joined with the customer-level values their aggregations read (inner join: events
    of customers who are not evaluated would be dropped by the final left join anyway)."""
    columns: dict[str, None] = {}
    for aggregate in events.aggregates:
        found_columns, refs = ir_walk.customer_inputs(aggregate)
        columns.update((customer_column_name(c), None) for c in found_columns)
        columns.update((name, None) for name in refs)
    if not columns:
        return table
    join_key = CUSTOMER_VALUE + key
    values = frame.select([pl.col(key).alias(join_key), *(pl.col(c).alias(CUSTOMER_VALUE + c) for c in columns)])
    return table.join(values, left_on=events.key, right_on=join_key, how="inner")


def _aggregation(
    aggregate: ir.Aggregate,
    events: ir.EventTable,
    window: tuple[dt.date | None, dt.date],
    scan_bounds: tuple[dt.date | None, dt.date],
    ctx: ExprContext,
) -> pl.Expr:
    condition = None if window == scan_bounds else _window_condition(events, window, scan_bounds)
    if aggregate.where is not None:
        # `& time is not null` (always true here: the scan drops events without a time) keeps
        # the mask one value per event: a constant filter (`where true`) would otherwise be a
        # single scalar, which Polars counts once and, in `filter` + `sort_by`, reads past the
        # group's end (wrong counts, garbage values, SIGSEGV).
        where = compile_expr(aggregate.where, ctx) & pl.col(events.time).is_not_null()
        condition = where if condition is None else condition & where

    def filtered(expr: pl.Expr) -> pl.Expr:
        return expr.filter(condition) if condition is not None else expr

    fn, arg = aggregate.fn, aggregate.arg
    if arg is None:  # count(orders)
        result = condition.sum() if condition is not None else pl.len()
        return result.cast(pl.Int64).alias(aggregate.column)
    is_time = isinstance(arg, ir.Column) and arg.table == events.name and arg.name == events.time
    value = filtered(pl.col(arg.name) if is_time else compile_expr(arg, ctx))
    if fn in ("first", "last") and not is_time:
        result = _first_or_last(fn, value, filtered(pl.col(events.time)))
    elif fn in ("first", "last"):
        result = value.min() if fn == "first" else value.max()
    else:
        result = {
            "count": lambda: value.count().cast(pl.Int64),
            "sum": lambda: value.sum(),
            "avg": lambda: value.mean(),
            "min": lambda: value.min(),
            "max": lambda: value.max(),
            "count_distinct": lambda: value.drop_nulls().n_unique().cast(pl.Int64),
            "most_frequent": lambda: value.drop_nulls().mode().sort().first(),  # ties: the smallest
        }[fn]()
    if aggregate.type is Type.DATE and is_time and events.time_kind == "datetime":
        result = result.dt.date()
    return result.alias(aggregate.column)


def _window_condition(events: ir.EventTable, window: tuple[dt.date | None, dt.date],
                      scan_bounds: tuple[dt.date | None, dt.date]) -> pl.Expr:
    """The window's test on an event that already passed the scan's filter: a bound equal to the
    scan's holds for every such event, so it is not tested again (one comparison less per event)."""
    (lower, upper), (scan_lower, scan_upper) = window, scan_bounds
    return _time_condition(events.time, events.time_kind,
                           None if lower == scan_lower else lower, None if upper == scan_upper else upper)


def _first_or_last(fn: str, value: pl.Expr, time: pl.Expr) -> pl.Expr:
    """The value on the earliest (latest) event; among events at that same time the smallest
    (largest) value, missing only when every tied event misses it. Sorting by (time, value)
    makes the answer depend only on the events, never on file order or threads."""
    if fn == "first":
        return value.sort_by([time, value], nulls_last=True).first()
    return value.sort_by([time, value], nulls_last=False).last()


# ---- enrichment --------------------------------------------------------------------------------


def _join_enrichment(frame: pl.LazyFrame, enrichment: ir.Enrichment) -> pl.LazyFrame:
    from segdsl.domains import normalise_domains

    join_key = f"__{enrichment.name}_domain"
    normalise = pl.col("domain").map_batches(normalise_domains, return_dtype=pl.String)
    table = table_frame(enrichment.path, enrichment.columns).with_columns(normalise.alias(join_key))
    table = table.select([join_key, *[pl.col(c).alias(f"{enrichment.name}.{c}") for c in enrichment.columns]])
    customer_key = pl.col(enrichment.on).map_batches(normalise_domains, return_dtype=pl.String).alias(join_key)
    return frame.with_columns(customer_key).join(table, on=join_key, how="left").drop(join_key)
