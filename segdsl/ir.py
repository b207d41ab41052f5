"""The resolved plan: a small closed set of operations, every name bound and every type known.

The IR knows nothing of Polars (a SQL backend could compile the same nodes). Event aggregations
are lifted out of expressions into their event table, so a backend computes each table's
aggregations together and the expressions only refer to the results.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from segdsl.types import Type


@dataclass(frozen=True)
class Expr:
    type: Type


@dataclass(frozen=True)
class Literal(Expr):
    value: object  # int | float | str | bool | date | None


UNKNOWN_VALUE = Literal(Type.UNKNOWN, None)  # stands in for an expression that had an error


@dataclass(frozen=True)
class DurationLit(Expr):
    amount: int
    unit: str  # days | weeks | months | years


@dataclass(frozen=True)
class Column(Expr):
    """A column of the customer table, an enrichment table, or (inside aggregations) an event table."""

    table: str
    name: str
    kind: str  # schema kind: integer, float, string, date, datetime, ...


@dataclass(frozen=True)
class Ref(Expr):
    """A derived column: a trait, segment, segmentation, score or lifted aggregation."""

    name: str


@dataclass(frozen=True)
class Call(Expr):
    """A scalar operation from a closed set (see backend.polars_expr.FUNCTIONS)."""

    fn: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class InList(Expr):
    operand: Expr
    values: tuple[object, ...]
    negated: bool


@dataclass(frozen=True)
class WithinLast(Expr):
    operand: Expr
    amount: int
    unit: str


@dataclass(frozen=True)
class Case(Expr):
    """First matching branch wins; a missing condition counts as false."""

    branches: tuple[tuple[Expr, Expr], ...]
    default: Expr


@dataclass(frozen=True)
class Ntile(Expr):
    """Rank-based score 1..n over all customers; ties share a score, missing stays missing."""

    operand: Expr
    n: int
    descending: bool


@dataclass(frozen=True)
class Bins(Expr):
    """Index of the bin a value falls in: 1 + number of edges <= value."""

    operand: Expr
    edges: tuple[float, ...]


@dataclass(frozen=True)
class Tier:
    label: str
    upper: float  # cumulative fraction this tier reaches (1.0 for `rest`)


@dataclass(frozen=True)
class Tiers(Expr):
    """Customers sorted by a measure, cut at cumulative shares of its total or of customers."""

    measure: Expr
    basis: str  # "share" | "quantile"
    tiers: tuple[Tier, ...]


@dataclass(frozen=True)
class Holdout(Expr):
    """A deterministic fraction of a segment's members, by a seeded hash of the customer key."""

    segment: Expr
    fraction: float
    seed: int


@dataclass(frozen=True)
class ModelOutput(Expr):
    model: str
    output: str  # score | predict | cluster
    features: tuple[Expr, ...]  # the inputs, so the plan computes them first


# ---- windows and aggregations ------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """A time window relative to `as of`. Resolved to dates by `bounds(as_of)`."""

    kind: str  # all | last | between | before | after | more_than_ago | next (measures only: after as of)
    amount: int = 0
    unit: str = "days"
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Aggregate:
    """One per-customer aggregation of an event table; `column` names its result."""

    column: str
    table: str
    fn: str  # count | sum | avg | min | max | first | last | count_distinct | most_frequent
    arg: Expr | None
    where: Expr | None
    window: Window
    type: Type


# ---- tables and the plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    name: str
    path: Path
    key: str
    columns: tuple[str, ...]  # only the columns the plan needs


@dataclass(frozen=True)
class EventTable(Table):
    time: str
    time_kind: str  # date | datetime
    aggregates: tuple[Aggregate, ...]


@dataclass(frozen=True)
class Enrichment(Table):
    on: str  # the customers' column holding a website, e-mail address or domain


@dataclass(frozen=True)
class Model:
    name: str
    kind: str
    path: Path
    features: tuple[str, ...]
    label: Expr | None
    train_as_of: dt.date | None
    params: tuple[tuple[str, object], ...]
    cluster_names: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Derived:
    name: str
    role: str  # trait | segment | segmentation
    expr: Expr
    description: str | None = None
    tags: tuple[str, ...] = ()
    owner: str | None = None


# ---- outcomes: measures, goals, experiments -----------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """A KPI: per-customer values (derived steps of role "measure") aggregated over a group.

    agg: size (members) | share (members / all customers) | total (sum; a boolean counts) |
    average (mean, missing values skipped) | rate (share of members for whom a condition holds) |
    share_of (the group's total / everyone's total). With `per`, the measure is
    agg(value) / per_agg(per) over the same group (e.g. average order value)."""

    name: str
    agg: str
    value: str | None = None  # the derived column holding the per-customer value
    per_agg: str | None = None
    per: str | None = None
    description: str | None = None
    ahead_days: int = 0  # how far after `as of` the measure looks (churn, conversion): backtests only


@dataclass(frozen=True)
class Target:
    """A segment, or a label of a segmentation; None as a target means every customer."""

    segment: str
    label: str | None = None

    @property
    def text(self) -> str:
        return self.segment if self.label is None else f"{self.segment}.{self.label}"


@dataclass(frozen=True)
class Goal:
    name: str
    measure: str
    target: Target | None
    direction: str  # up | down | to
    amount: float
    relative: bool  # amount is a share of the baseline value
    baseline: dt.date
    deadline: dt.date
    description: str | None = None


@dataclass(frozen=True)
class Experiment:
    name: str
    targets: Target
    holdout: str  # the segment of held-out customers (controls)
    measure: str
    starts: dt.date
    detect: float | None = None  # smallest relative lift worth detecting (for the sample size)
    description: str | None = None


@dataclass(frozen=True)
class Plan:
    customers: Table
    events: tuple[EventTable, ...]
    enrichments: tuple[Enrichment, ...]
    models: tuple[Model, ...]
    derived: tuple[Derived, ...]  # in dependency order
    as_of: dt.date | None  # None: today (UTC) at evaluation time
    measures: tuple[Measure, ...] = ()
    goals: tuple[Goal, ...] = ()
    experiments: tuple[Experiment, ...] = ()

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.derived if d.role == "segment")

    @property
    def segmentations(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.derived if d.role == "segmentation")

    @property
    def traits(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.derived if d.role == "trait")

    def outputs(self, include_traits: bool = False) -> tuple[str, ...]:
        """The columns an evaluation returns after the key: segments and segmentations (and traits)."""
        roles = ("segment", "segmentation", "trait") if include_traits else ("segment", "segmentation")
        return tuple(d.name for d in self.derived if d.role in roles)

    @property
    def measure_columns(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.derived if d.role == "measure")

    def measure_by_name(self, name: str) -> Measure:
        return next(m for m in self.measures if m.name == name)

    def without_measures(self) -> "Plan":
        """The plan without the measures' per-customer steps (an evaluation that reports none)."""
        if not self.measure_columns:
            return self
        return replace(self, derived=tuple(d for d in self.derived if d.role != "measure"))

    def derived_by_name(self, name: str) -> Derived:
        return next(d for d in self.derived if d.name == name)


def children(node: Expr) -> list[Expr]:
    """The direct sub-expressions of a node (for walks that do not care about the node kind)."""
    found: list[Expr] = []
    for value in vars(node).values():
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, Expr):
                found.append(item)
            elif isinstance(item, tuple):
                found.extend(x for x in item if isinstance(x, Expr))
    return found


def references(node: Expr) -> set[str]:
    """Names of derived columns an expression reads."""
    names = {node.name} if isinstance(node, Ref) else set()
    for child in children(node):
        names |= references(child)
    return names


def model_outputs(node: Expr) -> list[ModelOutput]:
    found = [node] if isinstance(node, ModelOutput) else []
    for child in children(node):
        found.extend(model_outputs(child))
    return found


def used_aggregates(plan: Plan, events: EventTable) -> tuple[Aggregate, ...]:
    """The table's aggregations some derived step reads (a model's label is only for training)."""
    used = set().union(*(references(step.expr) for step in plan.derived))
    return tuple(a for a in events.aggregates if a.column in used)
