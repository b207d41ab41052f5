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
    """`customers from [CONNECTION] PATH key COLUMN [since COLUMN]`: `since` is when a customer
    starts to exist; `path` is a file path, or with `connection` the connection's qualified table name."""

    path: str
    key: str
    since: str | None = None
    connection: str | None = None
    personal: tuple[Name, ...] = ()  # `personal (email, phone)`: columns that identify a person


@dataclass(frozen=True)
class EventsDecl(Statement):
    name: str
    path: str
    key: str
    time: str
    connection: str | None = None  # `events orders from warehouse "shop.orders" ...`
    personal: tuple[Name, ...] = ()


@dataclass(frozen=True)
class EnrichmentDecl(Statement):
    name: str
    path: str
    on: str
    connection: str | None = None
    personal: tuple[Name, ...] = ()


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


# ---- outcomes: measures, goals, experiments ------------------------------------------------------


@dataclass(frozen=True)
class Target(Node):
    """Who a goal or experiment is about: a segment (`champions`) or a label (`lifecycle.loyal`)."""

    segment: str
    label: str | None = None

    @property
    def text(self) -> str:
        return self.segment if self.label is None else f"{self.segment}.{self.label}"


@dataclass(frozen=True)
class Kpi(Definition):
    """`kpi NAME = AGG of EXPR [per AGG of EXPR]` or a built-in (`size`, `arpu(orders.amount) over 365 days`).

    `agg` is None for a built-in; `value` is then the built-in as written (a name or a call)."""

    description: str | None = None
    agg: str | None = None
    value: Expr = None  # type: ignore[assignment]
    per_agg: str | None = None
    per: Expr | None = None


@dataclass(frozen=True)
class Goal(Definition):
    """A SMART goal: a measure of a target moved up/down/to an amount between two dates."""

    description: str | None = None
    measure: str = ""
    measure_span: Span | None = field(default=None, compare=False, repr=False)
    target: Target | None = None
    direction: str = "to"  # up | down | to
    amount: float = 0.0
    relative: bool = False  # `down 10%`: a share of the baseline; `to 5%` is the level 0.05
    baseline: dt.date | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class Experiment(Definition):
    """Treated members of `targets` (not in `holdout`) against the holdout, on a measure after `starts`."""

    description: str | None = None
    targets: Target | None = None
    holdout: Target | None = None
    measure: str | None = None
    measure_span: Span | None = field(default=None, compare=False, repr=False)
    starts: dt.date | None = None
    detect: Percent | None = None


# ---- exports -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumn(Node):
    """`email` or `email as "E-mail"` (a header) or `mail as email` (a destination field)."""

    name: str
    header: str | None = None
    header_is_field: bool = False  # `as NAME`: a field of the destination's vocabulary


@dataclass(frozen=True)
class Destination(Node):
    """`to hubspot "out/x.csv"` (kind + path) or `to postgres connection "crm" table "s.t"`."""

    kind: str
    kind_span: Span | None = field(default=None, compare=False, repr=False)
    path: str | None = None
    connection: str | None = None
    table: str | None = None


@dataclass(frozen=True)
class Export(Definition):
    """Members of a segment or label sent to a destination: the columns, and the consent rule a
    row must pass (README "Exports")."""

    description: str | None = None
    members: Target | None = None
    destination: Destination | None = None
    columns: tuple[ExportColumn, ...] = ()
    consent: Expr | None = None
    consent_span: Span | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Module:
    """One parsed file."""

    source: SourceFile
    statements: tuple[Statement, ...]
