"""IR expression -> pl.Expr, one small function per node kind.

Invariant: every DATE-typed value is a `pl.Date` here (datetime columns are truncated to their
UTC calendar day), so comparisons and day arithmetic never mix dates and datetimes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from segdsl import ir
from segdsl.backend.hashing import stable_unit_hash
from segdsl.backend.windows import shift
from segdsl.types import Type


@dataclass(frozen=True)
class ExprContext:
    as_of: dt.date
    key: str
    column_name: Callable[[ir.Column], str]  # where a table's column lives in the frame
    model_output: Callable[[ir.ModelOutput], pl.Expr] | None = None
    ref_name: Callable[[str], str] = str  # where a derived value lives (events: joined customer values)


def compile_expr(node: ir.Expr, ctx: ExprContext) -> pl.Expr:
    return _COMPILERS[type(node)](node, ctx)


def _literal(node: ir.Literal, ctx: ExprContext) -> pl.Expr:
    dtype = {Type.NUMBER: None, Type.STRING: pl.String, Type.BOOLEAN: pl.Boolean, Type.DATE: pl.Date}.get(node.type)
    return pl.lit(node.value, dtype=dtype) if dtype is not None else pl.lit(node.value)


def _column(node: ir.Column, ctx: ExprContext) -> pl.Expr:
    expr = pl.col(ctx.column_name(node))
    return expr.dt.date() if node.kind == "datetime" else expr


def _ref(node: ir.Ref, ctx: ExprContext) -> pl.Expr:
    return pl.col(ctx.ref_name(node.name))


def _duration(node: ir.DurationLit, ctx: ExprContext) -> pl.Expr:
    raise TypeError("a bare duration has no column value")  # the checker only allows it in date arithmetic


def _offset(duration: ir.Expr) -> str:
    assert isinstance(duration, ir.DurationLit)
    suffix = {"days": "d", "weeks": "w", "months": "mo", "years": "y"}[duration.unit]
    return f"{duration.amount}{suffix}"


def _days(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Whole days from date a to date b."""
    return (b - a).dt.total_days()


def _call(node: ir.Call, ctx: ExprContext) -> pl.Expr:
    if node.fn in ("date_add", "date_sub"):
        date = compile_expr(node.args[0], ctx)
        offset = _offset(node.args[1])
        return date.dt.offset_by(offset if node.fn == "date_add" else f"-{offset}")
    if node.fn == "cluster_label":
        return _cluster_label(node, ctx)
    if node.fn == "round":
        digits = node.args[1].value if len(node.args) > 1 and isinstance(node.args[1], ir.Literal) else 0
        return compile_expr(node.args[0], ctx).round(int(digits or 0))
    args = [compile_expr(a, ctx) for a in node.args]
    return FUNCTIONS[node.fn](ctx, *args)


def _divide(ctx: ExprContext, a: pl.Expr, b: pl.Expr) -> pl.Expr:
    return pl.when(b != 0).then(a / b)  # division by zero is missing, not infinity


FUNCTIONS: dict[str, Callable[..., pl.Expr]] = {
    "neg": lambda ctx, x: -x,
    "not": lambda ctx, x: ~x,
    "and": lambda ctx, a, b: a & b,
    "or": lambda ctx, a, b: a | b,
    "==": lambda ctx, a, b: a == b,
    "!=": lambda ctx, a, b: a != b,
    "<": lambda ctx, a, b: a < b,
    "<=": lambda ctx, a, b: a <= b,
    ">": lambda ctx, a, b: a > b,
    ">=": lambda ctx, a, b: a >= b,
    "add": lambda ctx, a, b: a + b,
    "sub": lambda ctx, a, b: a - b,
    "mul": lambda ctx, a, b: a * b,
    "div": _divide,
    "is_missing": lambda ctx, x: x.is_null(),
    "is_present": lambda ctx, x: x.is_not_null(),
    "contains": lambda ctx, s, p: s.str.contains(p, literal=True),
    "starts_with": lambda ctx, s, p: s.str.starts_with(p),
    "ends_with": lambda ctx, s, p: s.str.ends_with(p),
    "matches": lambda ctx, s, p: s.str.contains(p),
    "lower": lambda ctx, s: s.str.to_lowercase(),
    "upper": lambda ctx, s: s.str.to_uppercase(),
    "trim": lambda ctx, s: s.str.strip_chars(),
    "length": lambda ctx, s: s.str.len_chars(),
    "abs": lambda ctx, x: x.abs(),
    "log": lambda ctx, x: pl.when(x > 0).then(x.log()),
    "sqrt": lambda ctx, x: pl.when(x >= 0).then(x.sqrt()),
    "coalesce": lambda ctx, *xs: pl.coalesce(xs),
    "default": lambda ctx, x, d: pl.coalesce(x, d),
    "min": lambda ctx, *xs: pl.min_horizontal(xs),
    "max": lambda ctx, *xs: pl.max_horizontal(xs),
    "days_since": lambda ctx, d: _days(d, pl.lit(ctx.as_of)),
    "days_between": lambda ctx, a, b: _days(a, b),
    "year": lambda ctx, d: d.dt.year(),
    "month": lambda ctx, d: d.dt.month(),
    "day": lambda ctx, d: d.dt.day(),
    "weekday": lambda ctx, d: d.dt.weekday(),
    "cross": lambda ctx, *labels: pl.concat_str(labels, separator="/"),
}


def _in_list(node: ir.InList, ctx: ExprContext) -> pl.Expr:
    operand = compile_expr(node.operand, ctx)
    if not node.values:
        contained = pl.when(operand.is_not_null()).then(pl.lit(False))
    else:
        dtype = pl.Date if node.operand.type is Type.DATE else None
        contained = operand.is_in(pl.lit(pl.Series(list(node.values), dtype=dtype)).implode())
    return ~contained if node.negated else contained


def _within_last(node: ir.WithinLast, ctx: ExprContext) -> pl.Expr:
    date = compile_expr(node.operand, ctx)
    start = shift(ctx.as_of, -node.amount, node.unit)
    return (date > pl.lit(start)) & (date <= pl.lit(ctx.as_of))


def _case(node: ir.Case, ctx: ExprContext) -> pl.Expr:
    default = compile_expr(node.default, ctx)
    if not node.branches:
        return default
    (first_condition, first_value), *rest = node.branches
    chain = pl.when(compile_expr(first_condition, ctx)).then(compile_expr(first_value, ctx))
    for condition, value in rest:
        chain = chain.when(compile_expr(condition, ctx)).then(compile_expr(value, ctx))
    return chain.otherwise(default)


def _ntile(node: ir.Ntile, ctx: ExprContext) -> pl.Expr:
    """floor((rank_min - 1) * n / non_missing) + 1: ties share a score, missing stays missing."""
    x = compile_expr(node.operand, ctx)
    rank = x.rank("min", descending=node.descending)
    return (((rank - 1) * node.n) // x.count() + 1).cast(pl.Int32)


def _bins(node: ir.Bins, ctx: ExprContext) -> pl.Expr:
    x = compile_expr(node.operand, ctx)
    reached = pl.sum_horizontal([(x >= edge).cast(pl.Int32) for edge in node.edges])
    return pl.when(x.is_not_null()).then(reached + 1)


def _tiers(node: ir.Tiers, ctx: ExprContext) -> pl.Expr:
    """Tier by cumulative position: customers sorted by the measure (largest first, ties by key).

    `share`: the fraction of the measure's total held by customers ranked before this one;
    `quantile`: the fraction of customers ranked before this one. A customer belongs to the
    first tier whose cumulative bound is above that fraction, so the customer who crosses a
    threshold is in the higher tier.
    """
    raw = compile_expr(node.measure, ctx)
    measure = raw.fill_null(0) if node.basis == "share" else raw
    order = pl.int_range(pl.len()).sort_by([measure, pl.col(ctx.key)], descending=[True, False], nulls_last=True)
    position = order.arg_sort()
    if node.basis == "share":
        before = measure.gather(order).cum_sum().gather(position) - measure
        total = measure.sum()
        fraction = pl.when(total > 0).then(before / total).otherwise(pl.lit(1.0))
    else:
        fraction = pl.when(raw.is_not_null()).then(position / raw.count())
    *bounded, last = node.tiers
    exhaustive = last.upper >= 1.0
    branches = bounded if exhaustive else node.tiers
    if not branches:
        return pl.lit(last.label)
    chain = pl.when(fraction < branches[0].upper).then(pl.lit(branches[0].label))
    for tier in branches[1:]:
        chain = chain.when(fraction < tier.upper).then(pl.lit(tier.label))
    fallback = pl.when(fraction.is_not_null()).then(pl.lit(last.label)) if exhaustive else pl.lit(None, dtype=pl.String)
    return chain.otherwise(fallback)


def _holdout(node: ir.Holdout, ctx: ExprContext) -> pl.Expr:
    segment = compile_expr(node.segment, ctx)
    draw = pl.col(ctx.key).map_batches(lambda keys: stable_unit_hash(keys, node.seed), return_dtype=pl.Float64)
    return segment & (draw < node.fraction)


def _model_output(node: ir.ModelOutput, ctx: ExprContext) -> pl.Expr:
    if ctx.model_output is None:
        raise LookupError(f"model `{node.model}` is not loaded")
    return ctx.model_output(node)


def _cluster_label(node: ir.Call, ctx: ExprContext) -> pl.Expr:
    output = node.args[0]
    assert isinstance(output, ir.ModelOutput)
    return compile_expr(output, ctx).cast(pl.String)


_COMPILERS: dict[type, Callable[[ir.Expr, ExprContext], pl.Expr]] = {
    ir.Literal: _literal,
    ir.Column: _column,
    ir.Ref: _ref,
    ir.DurationLit: _duration,
    ir.Call: _call,
    ir.InList: _in_list,
    ir.WithinLast: _within_last,
    ir.Case: _case,
    ir.Ntile: _ntile,
    ir.Bins: _bins,
    ir.Tiers: _tiers,
    ir.Holdout: _holdout,
    ir.ModelOutput: _model_output,
}
