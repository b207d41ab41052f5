"""The typed syntax tree: frozen dataclasses, each carrying the span it was parsed from.

The AST says what was written, nothing more; names are resolved and types checked later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from segdsl.source import SourceFile, Span


@dataclass(frozen=True)
class Node:
    span: Span = field(compare=False, repr=False)


# ---- expressions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Expr(Node):
    pass


@dataclass(frozen=True)
class Number(Expr):
    value: int | float


@dataclass(frozen=True)
class Percent(Expr):
    """`50%`, kept as the written number so messages can echo it; `fraction` is 0.5."""

    value: float

    @property
    def fraction(self) -> float:
        return self.value / 100


@dataclass(frozen=True)
class String(Expr):
    value: str


@dataclass(frozen=True)
class Date(Expr):
    value: dt.date


@dataclass(frozen=True)
class Bool(Expr):
    value: bool


@dataclass(frozen=True)
class Duration(Expr):
    amount: int
    unit: str  # "days" | "weeks" | "months" | "years"


@dataclass(frozen=True)
class Name(Expr):
    """A bare name (`recency`) or a qualified one (`orders.amount`)."""

    parts: tuple[str, ...]

    @property
    def dotted(self) -> str:
        return ".".join(self.parts)


@dataclass(frozen=True)
class ListExpr(Expr):
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Negate(Expr):
    operand: Expr


@dataclass(frozen=True)
class Not(Expr):
    operand: Expr


@dataclass(frozen=True)
class Binary(Expr):
    """Arithmetic (+ - * /), comparisons (== != < <= > >=) and logic (and, or)."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class InList(Expr):
    operand: Expr
    items: tuple[Expr, ...]
    negated: bool


@dataclass(frozen=True)
class Between(Expr):
    operand: Expr
    low: Expr
    high: Expr


@dataclass(frozen=True)
class IsMissing(Expr):
    operand: Expr
    negated: bool


@dataclass(frozen=True)
class StringTest(Expr):
    op: str  # "contains" | "starts with" | "ends with" | "matches"
    operand: Expr
    pattern: Expr


@dataclass(frozen=True)
class WithinLast(Expr):
    operand: Expr
    duration: Duration


@dataclass(frozen=True)
class Window(Node):
    """The time window suffix of an aggregation: `over 90 days`, `between D and D`, ..."""

    kind: str  # "over" | "between" | "before" | "after" | "more_than_ago"
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Call(Expr):
    """A function call or an aggregation. `windows`: every window suffix as written, in order
    (`count(orders) more than 180 days ago over 360 days` has two; they mean their intersection)."""

    name: str
    name_span: Span = field(compare=False, repr=False)
    args: tuple[Expr, ...] = ()
    where: Expr | None = None
    windows: tuple[Window, ...] = ()
    descending: bool = False


@dataclass(frozen=True)
class Holdout(Expr):
    """`holdout 10% of champions seed 7`: a deterministic share of a segment's members."""

    percent: Percent
    segment: Name
    seed: int


# ---- statements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement(Node):
    pass


@dataclass(frozen=True)
class Import(Statement):
    path: str


@dataclass(frozen=True)
class CustomersDecl(Statement):
    """`customers from PATH key COLUMN [since COLUMN]`: `since` is when a customer starts to exist."""

    path: str
    key: str
    since: str | None = None


@dataclass(frozen=True)
class EventsDecl(Statement):
    name: str
    path: str
    key: str
    time: str


@dataclass(frozen=True)
class EnrichmentDecl(Statement):
    name: str
    path: str
    on: str


@dataclass(frozen=True)
class AsOf(Statement):
    value: dt.date


@dataclass(frozen=True)
class Definition(Statement):
    """A statement that defines a name (trait, segment, segmentation, score, model)."""

    name: str
    name_span: Span = field(compare=False, repr=False)


@dataclass(frozen=True)
class Let(Definition):
    expr: Expr = None  # type: ignore[assignment]
    kept: bool = False  # `keep let`: meant for the output, so never an unused leftover (W101)


@dataclass(frozen=True)
class Segment(Definition):
    expr: Expr = None  # type: ignore[assignment]
    description: str | None = None
    tags: tuple[str, ...] = ()
    owner: str | None = None


@dataclass(frozen=True)
class Rule(Node):
    label: str
    condition: Expr | None  # None for `otherwise`


@dataclass(frozen=True)
class RuleSegmentation(Definition):
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Tier(Node):
    label: str
    kind: str  # "top" | "next" | "rest"
    percent: Percent | None


@dataclass(frozen=True)
class TierSegmentation(Definition):
    basis: str = "share"  # "share" (of the measure's total) | "quantile" (of customers)
    measure: Expr = None  # type: ignore[assignment]
    tiers: tuple[Tier, ...] = ()


@dataclass(frozen=True)
class ExprSegmentation(Definition):
    """`segmentation x = cross(a, b)` or `= cluster(model)`: labels computed by an expression."""

    expr: Expr = None  # type: ignore[assignment]


@dataclass(frozen=True)
class ScoreRule(Node):
    points: float
    condition: Expr


@dataclass(frozen=True)
class Score(Definition):
    rules: tuple[ScoreRule, ...] = ()
    kept: bool = False  # `keep score`: see Let.kept


@dataclass(frozen=True)
class ModelDecl(Definition):
    kind: str | None = None
    kind_span: Span | None = field(default=None, compare=False, repr=False)
    features: tuple[Name, ...] = ()
    label: Expr | None = None
    train_as_of: dt.date | None = None
    file: str | None = None
    file_span: Span | None = field(default=None, compare=False, repr=False)
    params: tuple[tuple[str, int | float | str], ...] = ()
    params_span: Span | None = field(default=None, compare=False, repr=False)
    cluster_names: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Module:
    """One parsed file."""

    source: SourceFile
    statements: tuple[Statement, ...]
