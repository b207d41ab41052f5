"""IR expression -> sqlglot expression, one small function per node kind (as `polars_expr`).

Invariants, the same as the Polars backend's: every DATE-typed value is a SQL DATE (datetime
columns are cast to their UTC day; engines run with the session time zone set to UTC); numbers
are compared as numbers; division is floating point and division by zero is missing. Window
functions (ntile, tiers) only ever read plain columns: `plan.lift_window_operands` moves their
operands into earlier layers, because SQL forbids a window function inside another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from segdsl import ir
from segdsl.backend.sql import dialects
from segdsl.backend.windows import shift
from segdsl.types import Type


class Unsupported(Exception):
    """An IR node this backend cannot compile (reported as a diagnostic before running)."""


@dataclass(frozen=True)
class SqlContext:
    as_of: dt.date
    dialect: str
    key: str
    column: Callable[[ir.Column], exp.Expression]  # where a table's column lives in the query
    holdout_draw: Callable[[int], exp.Expression] | None = None  # seed -> column of draws in [0, 1)
    ref: Callable[[str], exp.Expression] = lambda name: col(name)  # where a derived value lives
    model: Callable[[ir.ModelOutput, list[exp.Expression]], exp.Expression] | None = None  # compiles a model output


def col(name: str, table: str | None = None) -> exp.Column:
    return exp.column(name, table=table, quoted=True)


def date_literal(day: dt.date) -> exp.Expression:
    return exp.cast(exp.Literal.string(day.isoformat()), exp.DataType.build("DATE"))


def timestamp_literal(moment: dt.datetime) -> exp.Expression:
    return exp.cast(exp.Literal.string(moment.isoformat(sep=" ")), exp.DataType.build("TIMESTAMP"))


def double(value: exp.Expression) -> exp.Expression:
    return exp.cast(value, exp.DataType.build("DOUBLE"))


def paren(node: exp.Expression) -> exp.Expression:
    """Parentheses around anything that is not atomic: the tree is built by hand, so the text
    must not depend on operator precedence."""
    if isinstance(node, (exp.Binary, exp.Connector, exp.Unary, exp.Predicate, exp.Collate)):
        return exp.Paren(this=node)  # checked first: sqlglot also counts AND/OR as functions
    atomic = (exp.Column, exp.Literal, exp.Paren, exp.Cast, exp.Func, exp.Case, exp.Null, exp.Boolean, exp.Window)
    return node if isinstance(node, atomic) else exp.Paren(this=node)


def compile_expr(node: ir.Expr, ctx: SqlContext) -> exp.Expression:
    try:
        compiler = _COMPILERS[type(node)]
    except KeyError:
        raise Unsupported(type(node).__name__) from None
    return compiler(node, ctx)


def _literal(node: ir.Literal, ctx: SqlContext) -> exp.Expression:
    value = node.value
    if value is None:
        return exp.Null()
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, dt.date):
        return date_literal(value)
    if isinstance(value, (int, float)):
        text = repr(value) if isinstance(value, float) else str(value)
        literal = exp.Literal.number(text)
        return exp.Neg(this=exp.Literal.number(text[1:])) if text.startswith("-") else literal
    return exp.Literal.string(str(value))


def _column(node: ir.Column, ctx: SqlContext) -> exp.Expression:
    value = ctx.column(node)
    return exp.cast(value, exp.DataType.build("DATE")) if node.kind == "datetime" else value


def _ref(node: ir.Ref, ctx: SqlContext) -> exp.Expression:
    return ctx.ref(node.name)


def _duration(node: ir.DurationLit, ctx: SqlContext) -> exp.Expression:
    raise Unsupported("a bare duration")


def _binary(kind: type[exp.Binary]) -> Callable[..., exp.Expression]:
    return lambda ctx, a, b: kind(this=paren(a), expression=paren(b))


def _compare(kind: type[exp.Binary]) -> Callable[..., exp.Expression]:
    def build(ctx: SqlContext, a: exp.Expression, b: exp.Expression, *, text: bool = False) -> exp.Expression:
        if text:
            a, b = dialects.text_order(paren(a), ctx.dialect), dialects.text_order(paren(b), ctx.dialect)
        return kind(this=paren(a), expression=paren(b))
    return build


def _divide(ctx: SqlContext, a: exp.Expression, b: exp.Expression) -> exp.Expression:
    """Division by zero is missing, not an error or infinity."""
    return exp.Case(ifs=[exp.If(this=exp.NEQ(this=paren(b), expression=exp.Literal.number(0)),
                                true=exp.Div(this=double(a), expression=double(b)))])


def _least_greatest(kind: type[exp.Func]) -> Callable[..., exp.Expression]:
    """min/max of values, ignoring missing ones (as Polars' min_horizontal): each argument is
    coalesced with the others, so a NULL never decides, whatever the dialect's LEAST does."""
    def build(ctx: SqlContext, *xs: exp.Expression) -> exp.Expression:
        filled = [exp.Coalesce(this=x, expressions=[o for o in xs if o is not x]) for x in xs]
        return kind(this=filled[0], expressions=filled[1:])
    return build


def _days(ctx: SqlContext, a: exp.Expression, b: exp.Expression) -> exp.Expression:
    """Whole days from date a to date b."""
    return dialects.days(a, b, ctx.dialect)


def _affix(ctx: SqlContext, s: exp.Expression, p: exp.Expression, *, start: bool) -> exp.Expression:
    cut = exp.Left if start else exp.Right
    return exp.EQ(this=cut(this=s, expression=exp.Length(this=p)), expression=paren(p))


def _round_half_even(x: exp.Expression, digits: int) -> exp.Expression:
    """Polars rounds half to even; SQL's ROUND does not agree across dialects, so spell it out."""
    scale = exp.Literal.number(str(10 ** abs(digits)))
    y = exp.Mul(this=double(x), expression=scale) if digits >= 0 else exp.Div(this=double(x), expression=scale)
    floor = exp.Floor(this=y)
    half = exp.EQ(this=exp.Paren(this=exp.Sub(this=y, expression=floor)), expression=exp.Literal.number("0.5"))
    halved = exp.Floor(this=exp.Div(this=floor.copy(), expression=exp.Literal.number("2.0")))
    even = exp.EQ(this=exp.Mul(this=halved, expression=exp.Literal.number(2)), expression=floor.copy())  # no MOD of a double in PostgreSQL
    rounded = exp.Case(ifs=[exp.If(this=exp.and_(half, even), true=floor),
                            exp.If(this=half, true=exp.Add(this=floor, expression=exp.Literal.number(1)))],
                       default=exp.Floor(this=exp.Add(this=y, expression=exp.Literal.number("0.5"))))
    return exp.Div(this=rounded, expression=scale) if digits >= 0 else exp.Mul(this=rounded, expression=scale)


FUNCTIONS: dict[str, Callable[..., exp.Expression]] = {
    "neg": lambda ctx, x: exp.Neg(this=paren(x)),
    "not": lambda ctx, x: exp.Not(this=paren(x)),
    "and": lambda ctx, a, b: exp.And(this=paren(a), expression=paren(b)),
    "or": lambda ctx, a, b: exp.Or(this=paren(a), expression=paren(b)),
    "==": _compare(exp.EQ),
    "!=": _compare(exp.NEQ),
    "<": _compare(exp.LT),
    "<=": _compare(exp.LTE),
    ">": _compare(exp.GT),
    ">=": _compare(exp.GTE),
    "add": _binary(exp.Add),
    "sub": _binary(exp.Sub),
    "mul": _binary(exp.Mul),
    "div": _divide,
    "is_missing": lambda ctx, x: exp.Is(this=paren(x), expression=exp.Null()),
    "is_present": lambda ctx, x: exp.Not(this=exp.Is(this=paren(x), expression=exp.Null())),
    "contains": lambda ctx, s, p: exp.GT(this=exp.StrPosition(this=s, substr=p), expression=exp.Literal.number(0)),
    "starts_with": lambda ctx, s, p: _affix(ctx, s, p, start=True),
    "ends_with": lambda ctx, s, p: _affix(ctx, s, p, start=False),
    "matches": lambda ctx, s, p: exp.RegexpLike(this=s, expression=p),
    "lower": lambda ctx, s: exp.Lower(this=s),
    "upper": lambda ctx, s: exp.Upper(this=s),
    "trim": lambda ctx, s: exp.Trim(this=s),
    "length": lambda ctx, s: exp.Length(this=s),
    "abs": lambda ctx, x: exp.Abs(this=x),
    "log": lambda ctx, x: exp.Case(ifs=[exp.If(this=exp.GT(this=paren(x), expression=exp.Literal.number(0)), true=exp.Ln(this=double(x)))]),
    "sqrt": lambda ctx, x: exp.Case(ifs=[exp.If(this=exp.GTE(this=paren(x), expression=exp.Literal.number(0)), true=exp.Sqrt(this=double(x)))]),
    "coalesce": lambda ctx, *xs: exp.Coalesce(this=xs[0], expressions=list(xs[1:])),
    "default": lambda ctx, x, d: exp.Coalesce(this=x, expressions=[d]),
    "min": _least_greatest(exp.Least),
    "max": _least_greatest(exp.Greatest),
    "days_since": lambda ctx, d: _days(ctx, d, date_literal(ctx.as_of)),
    "days_between": _days,
    "year": lambda ctx, d: exp.Extract(this=exp.Var(this="YEAR"), expression=d),
    "month": lambda ctx, d: exp.Extract(this=exp.Var(this="MONTH"), expression=d),
    "day": lambda ctx, d: exp.Extract(this=exp.Var(this="DAY"), expression=d),
    "weekday": lambda ctx, d: dialects.iso_weekday(d, ctx.dialect),
    "cross": lambda ctx, *labels: _cross(labels),
}

_TEXT_COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}


def _cross(labels: tuple[exp.Expression, ...]) -> exp.Expression:
    """`a/b`, missing when any part is missing (CONCAT would skip NULLs in some dialects)."""
    parts: list[exp.Expression] = []
    for i, label in enumerate(labels):
        if i:
            parts.append(exp.Literal.string("/"))
        parts.append(label)
    missing = exp.or_(*(exp.Is(this=paren(label), expression=exp.Null()) for label in labels))
    return exp.Case(ifs=[exp.If(this=missing, true=exp.Null())], default=exp.Concat(expressions=parts))


def _call(node: ir.Call, ctx: SqlContext) -> exp.Expression:
    if node.fn in ("date_add", "date_sub"):
        duration = node.args[1]
        assert isinstance(duration, ir.DurationLit)
        amount = duration.amount if node.fn == "date_add" else -duration.amount
        unit, amount = {"days": ("DAY", amount), "weeks": ("DAY", 7 * amount),
                        "months": ("MONTH", amount), "years": ("MONTH", 12 * amount)}[duration.unit]
        moved = exp.DateAdd(this=compile_expr(node.args[0], ctx), expression=exp.Literal.number(amount), unit=exp.Var(this=unit))
        return exp.cast(moved, exp.DataType.build("DATE"))
    if node.fn == "cluster_label":  # the cluster number as text, as the Polars backend gives it
        return exp.cast(compile_expr(node.args[0], ctx), exp.DataType.build("TEXT"))
    if node.fn == "round":
        digits = node.args[1].value if len(node.args) > 1 and isinstance(node.args[1], ir.Literal) else 0
        return _round_half_even(compile_expr(node.args[0], ctx), int(digits or 0))
    if node.fn not in FUNCTIONS:
        raise Unsupported(f"function {node.fn}")
    args = [compile_expr(a, ctx) for a in node.args]
    if node.fn in _TEXT_COMPARISONS and any(a.type is Type.STRING for a in node.args):
        return FUNCTIONS[node.fn](ctx, *args, text=True)
    return FUNCTIONS[node.fn](ctx, *args)


def _in_list(node: ir.InList, ctx: SqlContext) -> exp.Expression:
    operand = compile_expr(node.operand, ctx)
    if not node.values:
        contained: exp.Expression = exp.Case(ifs=[exp.If(this=exp.Not(this=exp.Is(this=paren(operand), expression=exp.Null())),
                                                         true=exp.Boolean(this=False))])
    else:
        values = [_literal(ir.Literal(node.operand.type, v), ctx) for v in node.values]
        contained = exp.In(this=paren(operand), expressions=values)
    return exp.Not(this=exp.Paren(this=contained)) if node.negated else contained


def _within_last(node: ir.WithinLast, ctx: SqlContext) -> exp.Expression:
    date = paren(compile_expr(node.operand, ctx))
    start = shift(ctx.as_of, -node.amount, node.unit)
    return exp.And(this=exp.GT(this=date, expression=date_literal(start)),
                   expression=exp.LTE(this=date.copy(), expression=date_literal(ctx.as_of)))


def _case(node: ir.Case, ctx: SqlContext) -> exp.Expression:
    default = compile_expr(node.default, ctx)
    if not node.branches:
        return default
    ifs = [exp.If(this=compile_expr(c, ctx), true=compile_expr(v, ctx)) for c, v in node.branches]
    return exp.Case(ifs=ifs, default=None if isinstance(default, exp.Null) else default)


def _order(value: exp.Expression, node_type: Type, ctx: SqlContext, desc: bool) -> exp.Ordered:
    if node_type is Type.STRING:
        value = dialects.text_order(value, ctx.dialect)
    return exp.Ordered(this=value, desc=desc, nulls_first=False)


def _ntile(node: ir.Ntile, ctx: SqlContext) -> exp.Expression:
    """floor((rank_min - 1) * n / non_missing) + 1; missing stays missing (NULLS LAST keeps the
    ranks of present values unaffected by missing ones)."""
    x = compile_expr(node.operand, ctx)
    rank = exp.Window(this=exp.Rank(), order=exp.Order(expressions=[_order(x, node.operand.type, ctx, node.descending)]))
    count = exp.Window(this=exp.Count(this=x.copy()), partition_by=None)
    scaled = exp.Mul(this=exp.Paren(this=exp.Sub(this=rank, expression=exp.Literal.number(1))), expression=exp.Literal.number(node.n))
    score = exp.Add(this=exp.Floor(this=exp.Div(this=double(scaled), expression=double(count))), expression=exp.Literal.number(1))
    present = exp.Not(this=exp.Is(this=paren(x.copy()), expression=exp.Null()))
    return exp.Case(ifs=[exp.If(this=present, true=exp.cast(score, exp.DataType.build("INT")))])


def _tiers(node: ir.Tiers, ctx: SqlContext) -> exp.Expression:
    """The same cumulative positions as the Polars backend: sorted by the measure, largest first,
    ties by key ascending; `share` sums the measure of the customers before (a running SUM over
    ROWS, so each customer sees exactly the ones ranked before them)."""
    raw = compile_expr(node.measure, ctx)
    key = col(ctx.key)
    if node.basis == "share":
        measure = exp.Coalesce(this=raw, expressions=[exp.Literal.number(0)])
        order = exp.Order(expressions=[_order(measure, Type.NUMBER, ctx, True), exp.Ordered(this=key, desc=False, nulls_first=False)])
        running = exp.Window(this=exp.Sum(this=double(measure.copy())), order=order,
                             spec=exp.WindowSpec(kind="ROWS", start="UNBOUNDED", start_side="PRECEDING", end="CURRENT ROW"))
        total = exp.Window(this=exp.Sum(this=double(measure.copy())))
        before = exp.Sub(this=running, expression=double(measure.copy()))
        fraction: exp.Expression = exp.Case(ifs=[exp.If(this=exp.GT(this=total, expression=exp.Literal.number(0)),
                                                        true=exp.Div(this=exp.Paren(this=before), expression=total.copy()))],
                                            default=exp.Literal.number("1.0"))
    else:
        order = exp.Order(expressions=[_order(raw, node.measure.type, ctx, True), exp.Ordered(this=key, desc=False, nulls_first=False)])
        position = exp.Sub(this=exp.Window(this=exp.RowNumber(), order=order), expression=exp.Literal.number(1))
        count = exp.Window(this=exp.Count(this=raw.copy()))
        present = exp.Not(this=exp.Is(this=paren(raw.copy()), expression=exp.Null()))
        fraction = exp.Case(ifs=[exp.If(this=present, true=exp.Div(this=double(position), expression=double(count)))])
    *bounded, last = node.tiers
    exhaustive = last.upper >= 1.0
    branches = bounded if exhaustive else list(node.tiers)
    if not branches:
        return exp.Literal.string(last.label)
    ifs = [exp.If(this=exp.LT(this=paren(fraction.copy()), expression=exp.Literal.number(repr(float(t.upper)))),
                  true=exp.Literal.string(t.label)) for t in branches]
    if exhaustive:
        ifs.append(exp.If(this=exp.Not(this=exp.Is(this=paren(fraction.copy()), expression=exp.Null())), true=exp.Literal.string(last.label)))
    return exp.Case(ifs=ifs)


def _holdout(node: ir.Holdout, ctx: SqlContext) -> exp.Expression:
    if ctx.holdout_draw is None:
        raise Unsupported("holdouts")
    segment = compile_expr(node.segment, ctx)
    draw = exp.LT(this=ctx.holdout_draw(node.seed), expression=exp.Literal.number(repr(float(node.fraction))))
    return exp.And(this=paren(segment), expression=draw)


def _model_output(node: ir.ModelOutput, ctx: SqlContext) -> exp.Expression:
    if ctx.model is None:
        raise Unsupported("model outputs")
    return paren(ctx.model(node, [compile_expr(feature, ctx) for feature in node.features]))


_COMPILERS: dict[type, Callable[[ir.Expr, SqlContext], exp.Expression]] = {
    ir.Literal: _literal,
    ir.Column: _column,
    ir.Ref: _ref,
    ir.DurationLit: _duration,
    ir.Call: _call,
    ir.InList: _in_list,
    ir.WithinLast: _within_last,
    ir.Case: _case,
    ir.Ntile: _ntile,
    ir.Bins: lambda node, ctx: _bins(node, ctx),
    ir.Tiers: _tiers,
    ir.Holdout: _holdout,
    ir.ModelOutput: _model_output,
}


def _bins(node: ir.Bins, ctx: SqlContext) -> exp.Expression:
    x = compile_expr(node.operand, ctx)
    reached: exp.Expression = exp.Literal.number(1)
    for edge in node.edges:
        hit = exp.Case(ifs=[exp.If(this=exp.GTE(this=paren(x.copy()), expression=_literal(ir.Literal(Type.NUMBER, edge), ctx)),
                                   true=exp.Literal.number(1))], default=exp.Literal.number(0))
        reached = exp.Add(this=reached, expression=hit)
    present = exp.Not(this=exp.Is(this=paren(x.copy()), expression=exp.Null()))
    return exp.Case(ifs=[exp.If(this=present, true=reached)])
