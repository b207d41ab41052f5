"""IR expression -> pl.Expr, one small function per node kind.

Invariant: every DATE-typed value is a `pl.Date` here (datetime columns are truncated to their
UTC calendar day), so comparisons and day arithmetic never mix dates and datetimes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from segdsl import ir, ir_walk
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
    # where the holdout draw of a seed is already computed (the history draws once for every date)
    draw_column: Callable[[int], str] | None = None
    ntile_by_selection: bool = False  # the history's n-tiles: order statistics, not a sort (backend.ntile)


def compile_expr(node: ir.Expr, ctx: ExprContext) -> pl.Expr:
    return _COMPILERS[type(node)](node, ctx)


def _literal(node: ir.Literal, ctx: ExprContext) -> pl.Expr:
    dtype = {Type.NUMBER: None, Type.STRING: pl.String, Type.BOOLEAN: pl.Boolean, Type.DATE: pl.Date}.get(node.type)
    return pl.lit(node.value, dtype=dtype) if dtype is not None else pl.lit(node.value)


def _column(node: ir.Column, ctx: ExprContext) -> pl.Expr:
    expr = pl.col(ctx.column_name(node))
    if node.kind == "integer":  # Int8..UInt64 alike: arithmetic is 64-bit (README "Numbers")
        return expr.cast(pl.Int64)
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
    result = FUNCTIONS[node.fn](ctx, *args)
    # Polars gives some functions small or unsigned integer types (`length` is UInt32, where
    # `-length(x)` fails); every whole number is an Int64 in segdsl.
    return result.cast(pl.Int64) if node.fn in _WHOLE_NUMBER_FUNCTIONS else result


_WHOLE_NUMBER_FUNCTIONS = {"length", "year", "month", "day", "weekday", "days_since", "days_between"}
_NON_FINITE = [float("inf"), float("-inf"), float("nan")]  # `replace` matches NaN too


def _finite(value: pl.Expr) -> pl.Expr:
    """NaN and +-infinity become missing. Each operand is referenced once: an expression used
    twice per level would make nested arithmetic exponentially large for Polars."""
    return value.replace(_NON_FINITE, None)  # not fill_nan: it is a when/then/otherwise inside


def _multiply(ctx: ExprContext, a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Products are computed in Float64, so whole numbers never wrap around in 64 bits (README
    "Numbers"): exact up to 2^53, then rounded; an infinite product is missing."""
    return _finite(a.cast(pl.Float64) * b.cast(pl.Float64))


def _divide(ctx: ExprContext, a: pl.Expr, b: pl.Expr) -> pl.Expr:
    return _finite(a.cast(pl.Float64) / b.cast(pl.Float64))  # division by zero is missing, not infinity


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
    "mul": _multiply,
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
    "log": lambda ctx, x: _finite(x.cast(pl.Float64).log()),  # log(0) = -inf, log(-1) = NaN: missing
    "sqrt": lambda ctx, x: _finite(x.cast(pl.Float64).sqrt()),  # sqrt(-1) = NaN: missing
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
        values = list(node.values)
        if node.operand.type is Type.DATE:
            dtype = pl.Date
        elif node.operand.type is Type.NUMBER:  # `frequency in (1, 2.5)`: compare as Float64
            dtype = pl.Float64 if any(isinstance(v, float) for v in values) else pl.Int64
            operand = operand.cast(dtype)
        else:
            dtype = None
        contained = operand.is_in(pl.lit(pl.Series(values, dtype=dtype)).implode())
    return ~contained if node.negated else contained


def _within_last(node: ir.WithinLast, ctx: ExprContext) -> pl.Expr:
    date = compile_expr(node.operand, ctx)
    start = shift(ctx.as_of, -node.amount, node.unit)
    return (date > pl.lit(start)) & (date <= pl.lit(ctx.as_of))


def per_row(node: ir.Expr, ctx: ExprContext) -> pl.Expr:
    """One value per customer even when `node` is a constant (`by share of 1`, `quintile(3)`):
    Polars keeps a literal as one scalar, which `gather`, `sort_by` and `rank` then misread."""
    expr = compile_expr(node, ctx)
    if not _is_constant(node):
        return expr
    return pl.when(pl.col(ctx.key).is_not_null()).then(expr)  # keys are never missing (E309)


def _is_constant(node: ir.Expr) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, (ir.Column, ir.Ref, ir.ModelOutput, ir.Holdout)):
            return False
        stack.extend(ir_walk.children(current))
    return True


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
    x = per_row(node.operand, ctx)
    if ctx.ntile_by_selection:
        from segdsl.backend.ntile import ntile_by_selection

        return x.map_batches(lambda s: ntile_by_selection(s, node.n, node.descending), return_dtype=pl.Int32)
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
    raw = per_row(node.measure, ctx)
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
    draw = draw_expr(ctx.key, node.seed) if ctx.draw_column is None else pl.col(ctx.draw_column(node.seed))
    return segment & (draw < node.fraction)


def draw_expr(key: str, seed: int) -> pl.Expr:
    """The holdout draw in [0, 1) of each customer (`backend.hashing`)."""
    return pl.col(key).map_batches(lambda keys: stable_unit_hash(keys, seed), return_dtype=pl.Float64)


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
