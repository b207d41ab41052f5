"""One event table's aggregations as SQL: one GROUP BY for every order-free aggregation (each
window and filter a CASE inside it), and one ranked sub-query per order-dependent aggregation
(`first`, `last`, `most_frequent`), because their tie-breaks (the shared contract in the README)
need an ORDER BY that no portable aggregate function offers.

The scan itself is filtered by the union of the table's windows, as in the Polars backend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlglot import exp

from segdsl import ir
from segdsl.backend.sql import dialects
from segdsl.backend.sql.expressions import SqlContext, col, compile_expr, date_literal, double, paren, timestamp_literal
from segdsl.backend.windows import ONE_DAY, bounds
from segdsl.types import Type

KEY = "__key"  # the grouping key's name in every aggregation CTE


@dataclass(frozen=True)
class AggregateCte:
    """A CTE keyed by KEY and the aggregation columns it provides."""

    name: str
    query: exp.Select
    columns: tuple[str, ...]


def time_condition(time: exp.Expression, kind: str, lower: dt.date | None, upper: dt.date | None) -> exp.Expression:
    """(lower, upper] on days; for datetimes, on the raw column: t < upper + 1 day and t >= lower + 1 day.
    A bound given as None is not tested (at least one must be given)."""
    tests: list[exp.Expression] = []
    if kind == "datetime":
        if upper is not None:
            tests.append(exp.LT(this=time.copy(), expression=timestamp_literal(dt.datetime.combine(upper + ONE_DAY, dt.time()))))
        if lower is not None:
            tests.append(exp.GTE(this=time.copy(), expression=timestamp_literal(dt.datetime.combine(lower + ONE_DAY, dt.time()))))
    else:
        if upper is not None:
            tests.append(exp.LTE(this=time.copy(), expression=date_literal(upper)))
        if lower is not None:
            tests.append(exp.GT(this=time.copy(), expression=date_literal(lower)))
    return exp.And(this=tests[0], expression=tests[1]) if len(tests) > 1 else tests[0]


def window_condition(time: exp.Expression, kind: str, window: tuple[dt.date | None, dt.date],
                     widest: tuple[dt.date | None, dt.date]) -> exp.Expression:
    """The window's test on a row of the scan already filtered to `widest`: a bound equal to the
    scan's holds for every such row, so it is not tested again (as in the Polars backend)."""
    (lower, upper), (scan_lower, scan_upper) = window, widest
    return time_condition(time, kind, None if lower == scan_lower else lower, None if upper == scan_upper else upper)


def scan_bounds(events: ir.EventTable, as_of: dt.date) -> tuple[dt.date | None, dt.date]:
    windows = [bounds(a.window, as_of) for a in events.aggregates]
    lowers = [lower for lower, _ in windows]
    widest_lower = None if any(lower is None for lower in lowers) else min(lowers)  # type: ignore[type-var]
    return widest_lower, max(upper for _, upper in windows)


CUSTOMER_VALUE = "__customer."  # customer-level values joined to the event rows (see plan)


def event_ctes(events: ir.EventTable, source: str, as_of: dt.date, dialect: str,
               widest: tuple[dt.date | None, dt.date], suffix: str = "") -> list[AggregateCte]:
    """The CTEs computing `events.aggregates` from the CTE `source`, already filtered to the
    days `widest` (so a window equal to it needs no condition of its own)."""

    def column(node: ir.Column) -> exp.Expression:
        if node.table == events.name:
            return col(node.name)
        return col(CUSTOMER_VALUE + (node.name if node.table == "customers" else f"{node.table}.{node.name}"))

    ctx = SqlContext(as_of, dialect, events.key, column, ref=lambda name: col(CUSTOMER_VALUE + name))
    grouped: list[exp.Expression] = []
    ranked: list[AggregateCte] = []
    for aggregate in events.aggregates:
        window = bounds(aggregate.window, as_of)
        condition = None if window == widest else window_condition(col(events.time), events.time_kind, window, widest)
        if aggregate.where is not None:
            where = compile_expr(aggregate.where, ctx)
            condition = where if condition is None else exp.And(this=paren(condition), expression=paren(where))
        if _is_ranked(aggregate, events):
            ranked.append(_ranked(aggregate, events, source, condition, ctx, f"{len(ranked)}{suffix}"))
        else:
            grouped.append(exp.alias_(_grouped(aggregate, events, condition, ctx), aggregate.column, quoted=True))
    ctes = []
    if grouped:
        query = exp.select(exp.alias_(col(events.key), KEY, quoted=True), *grouped).from_(exp.to_identifier(source, quoted=True))
        ctes.append(AggregateCte(f"agg_{events.name}{suffix}", query.group_by(col(events.key)),
                                 tuple(a.column for a in events.aggregates if not _is_ranked(a, events))))
    return ctes + ranked


def _is_time(aggregate: ir.Aggregate, events: ir.EventTable) -> bool:
    arg = aggregate.arg
    return isinstance(arg, ir.Column) and arg.table == events.name and arg.name == events.time


def _is_ranked(aggregate: ir.Aggregate, events: ir.EventTable) -> bool:
    return aggregate.fn == "most_frequent" or (aggregate.fn in ("first", "last") and not _is_time(aggregate, events))


def _when(condition: exp.Expression | None, value: exp.Expression) -> exp.Expression:
    return value if condition is None else exp.Case(ifs=[exp.If(this=condition.copy(), true=value)])


def _grouped(aggregate: ir.Aggregate, events: ir.EventTable, condition: exp.Expression | None, ctx: SqlContext) -> exp.Expression:
    fn, arg = aggregate.fn, aggregate.arg
    if arg is None:  # count(orders): events, not values
        return exp.Count(this=_when(condition, exp.Literal.number(1))) if condition is not None else exp.Count(this=exp.Star())
    is_time = _is_time(aggregate, events)
    value = col(events.time) if is_time else compile_expr(arg, ctx)
    if arg.type is Type.STRING and fn in ("min", "max"):
        value = dialects.text_order(paren(value), ctx.dialect)
    value = _when(condition, value)
    if fn in ("first", "min"):
        result: exp.Expression = exp.Min(this=value)
    elif fn in ("last", "max"):
        result = exp.Max(this=value)
    elif fn == "count":
        result = exp.Count(this=value)
    elif fn == "sum":
        result = exp.Sum(this=value)
    elif fn == "avg":
        result = exp.Avg(this=double(value))
    elif fn == "count_distinct":
        result = exp.Count(this=exp.Distinct(expressions=[value]))
    else:
        raise ValueError(f"unknown aggregation {fn}")
    if aggregate.type is Type.DATE and is_time and events.time_kind == "datetime":
        result = exp.cast(result, exp.DataType.build("DATE"))
    return result


def _ranked(aggregate: ir.Aggregate, events: ir.EventTable, source: str, condition: exp.Expression | None,
            ctx: SqlContext, index: str) -> AggregateCte:
    """first/last: the value on the earliest/latest event, ties by the smallest/largest value,
    a missing value only when all tied events miss it. most_frequent: ties to the smallest."""
    assert aggregate.arg is not None
    value = compile_expr(aggregate.arg, ctx)
    ordered_value = dialects.text_order(paren(value.copy()), ctx.dialect) if aggregate.arg.type is Type.STRING else value.copy()
    key = col(events.key)
    name = f"rank_{events.name}_{index}"
    if aggregate.fn == "most_frequent":
        present = exp.Not(this=exp.Is(this=paren(value.copy()), expression=exp.Null()))
        where = present if condition is None else exp.And(this=paren(condition), expression=present)
        counts = (exp.select(exp.alias_(key, KEY, quoted=True), exp.alias_(value, "__value", quoted=True),
                             exp.alias_(exp.Count(this=exp.Star()), "__n", quoted=True))
                  .from_(exp.to_identifier(source, quoted=True)).where(where).group_by(key.copy(), value.copy()))
        inner_value = col("__value")
        if aggregate.arg.type is Type.STRING:
            inner_value = dialects.text_order(paren(inner_value), ctx.dialect)
        order = [exp.Ordered(this=col("__n"), desc=True), exp.Ordered(this=inner_value, desc=False, nulls_first=False)]
        ranked = exp.select(col(KEY), col("__value"), exp.alias_(
            exp.Window(this=exp.RowNumber(), partition_by=[col(KEY)], order=exp.Order(expressions=order)), "__rank", quoted=True)
        ).from_(counts.subquery("counts"))
    else:
        descending = aggregate.fn == "last"
        order = [exp.Ordered(this=col(events.time), desc=descending, nulls_first=False),
                 exp.Ordered(this=ordered_value, desc=descending, nulls_first=False)]
        filtered = exp.select(exp.alias_(key, KEY, quoted=True), exp.alias_(value, "__value", quoted=True), exp.alias_(
            exp.Window(this=exp.RowNumber(), partition_by=[key.copy()], order=exp.Order(expressions=order)), "__rank", quoted=True)
        ).from_(exp.to_identifier(source, quoted=True))
        ranked = filtered.where(condition) if condition is not None else filtered
    query = (exp.select(col(KEY), exp.alias_(col("__value"), aggregate.column, quoted=True))
             .from_(ranked.subquery("ranked")).where(exp.EQ(this=col("__rank"), expression=exp.Literal.number(1))))
    return AggregateCte(name, query, (aggregate.column,))
