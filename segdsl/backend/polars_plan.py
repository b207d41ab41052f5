"""IR plan -> ONE Polars LazyFrame.

Shape of the plan: scan customers (needed columns only); for each event table one scan with
the union of its windows pushed down as a predicate, one `group_by` computing every
aggregation, one left join; enrichment tables joined on normalised domains; derived columns
added layer by layer (all steps whose inputs are ready go in one `with_columns`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable

import polars as pl

from segdsl import ir
from segdsl.backend.polars_expr import ExprContext, compile_expr
from segdsl.backend.windows import ONE_DAY, bounds
from segdsl.check.functions import ZERO_WHEN_EMPTY
from segdsl.io import scan
from segdsl.types import Type

ModelScorer = Callable[[ir.ModelOutput], pl.Expr]


def customer_column_name(column: ir.Column) -> str:
    return column.name if column.table == "customers" else f"{column.table}.{column.name}"


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
    frame = scan(plan.customers.path).select(plan.customers.columns)
    for events in plan.events:
        aggregates = ir.used_aggregates(plan, events)
        if aggregates:
            frame = _join_aggregates(frame, replace(events, aggregates=aggregates), plan.customers.key, as_of)
    for enrichment in plan.enrichments:
        frame = _join_enrichment(frame, enrichment)
    for layer in _layers(plan.derived):
        frame = frame.with_columns(_derived_expr(step, ctx) for step in layer)
    outputs = plan.outputs(include_traits)
    return frame.select([plan.customers.key, *outputs, *(c for c in keep if c not in outputs)])


def _derived_expr(step: ir.Derived, ctx: ExprContext) -> pl.Expr:
    expr = compile_expr(step.expr, ctx)
    if step.role == "segment":
        expr = expr.fill_null(False)  # a segment is a set: missing comparisons are not members
    return expr.alias(step.name)


def _layers(steps: tuple[ir.Derived, ...]) -> list[list[ir.Derived]]:
    level: dict[str, int] = {}
    layers: list[list[ir.Derived]] = []
    for step in steps:  # already in dependency order
        depth = 1 + max((level.get(name, -1) for name in ir.references(step.expr)), default=-1)
        level[step.name] = depth
        while len(layers) <= depth:
            layers.append([])
        layers[depth].append(step)
    return layers


# ---- event tables ------------------------------------------------------------------------------


def _time_literal(day: dt.date, kind: str, exclusive_of_day: bool) -> pl.Expr:
    """A bound on the raw time column: for datetimes, the start of the following day."""
    if kind == "datetime":
        moment = dt.datetime.combine(day + ONE_DAY if exclusive_of_day else day, dt.time())
        return pl.lit(moment)
    return pl.lit(day)


def _time_condition(time: str, kind: str, lower: dt.date | None, upper: dt.date) -> pl.Expr:
    column = pl.col(time)
    if kind == "datetime":  # date(t) <= upper  <=>  t < upper + 1 day; date(t) > lower <=> t >= lower + 1 day
        condition = column < _time_literal(upper, kind, True)
        if lower is not None:
            condition = condition & (column >= _time_literal(lower, kind, True))
        return condition
    condition = column <= pl.lit(upper)
    return condition & (column > pl.lit(lower)) if lower is not None else condition


def _join_aggregates(frame: pl.LazyFrame, events: ir.EventTable, key: str, as_of: dt.date) -> pl.LazyFrame:
    windows = {a.column: bounds(a.window, as_of) for a in events.aggregates}
    lowers = [lower for lower, _ in windows.values()]
    widest_upper = max(upper for _, upper in windows.values())
    widest_lower = None if any(lower is None for lower in lowers) else min(lowers)
    scan_bounds = (widest_lower, widest_upper)
    ctx = ExprContext(as_of, events.key, lambda column: column.name)
    table = scan(events.path).select(events.columns).filter(
        _time_condition(events.time, events.time_kind, widest_lower, widest_upper)
    )
    aggregations = [
        _aggregation(aggregate, events, windows[aggregate.column], scan_bounds, ctx)
        for aggregate in events.aggregates
    ]
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left")
    zero_filled = [pl.col(a.column).fill_null(0) for a in events.aggregates if a.fn in ZERO_WHEN_EMPTY]
    return joined.with_columns(zero_filled) if zero_filled else joined


def _aggregation(
    aggregate: ir.Aggregate,
    events: ir.EventTable,
    window: tuple[dt.date | None, dt.date],
    scan_bounds: tuple[dt.date | None, dt.date],
    ctx: ExprContext,
) -> pl.Expr:
    condition = None if window == scan_bounds else _time_condition(events.time, events.time_kind, *window)
    if aggregate.where is not None:
        where = compile_expr(aggregate.where, ctx)
        condition = where if condition is None else condition & where

    def filtered(expr: pl.Expr) -> pl.Expr:
        return expr.filter(condition) if condition is not None else expr

    fn, arg = aggregate.fn, aggregate.arg
    if arg is None:  # count(orders)
        result = condition.sum() if condition is not None else pl.len()
        return result.cast(pl.Int64).alias(aggregate.column)
    is_time = isinstance(arg, ir.Column) and arg.name == events.time
    value = filtered(pl.col(arg.name) if is_time else compile_expr(arg, ctx))
    if fn in ("first", "last") and not is_time:
        order = filtered(pl.col(events.time))
        result = value.sort_by(order).first() if fn == "first" else value.sort_by(order).last()
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
            "most_frequent": lambda: value.drop_nulls().mode().sort().first(),
        }[fn]()
    if aggregate.type is Type.DATE and is_time and events.time_kind == "datetime":
        result = result.dt.date()
    return result.alias(aggregate.column)


# ---- enrichment --------------------------------------------------------------------------------


def _join_enrichment(frame: pl.LazyFrame, enrichment: ir.Enrichment) -> pl.LazyFrame:
    from segdsl.domains import normalise_domains

    join_key = f"__{enrichment.name}_domain"
    normalise = pl.col("domain").map_batches(normalise_domains, return_dtype=pl.String)
    table = scan(enrichment.path).select(enrichment.columns).with_columns(normalise.alias(join_key))
    table = table.select([join_key, *[pl.col(c).alias(f"{enrichment.name}.{c}") for c in enrichment.columns]])
    customer_key = pl.col(enrichment.on).map_batches(normalise_domains, return_dtype=pl.String).alias(join_key)
    return frame.with_columns(customer_key).join(table, on=join_key, how="left").drop(join_key)
