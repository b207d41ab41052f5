"""The resolved plan: a small closed set of operations, every name bound and every type known.

The IR knows nothing of Polars (a SQL backend could compile the same nodes). Event aggregations
are lifted out of expressions into their event table, so a backend computes each table's
aggregations together and the expressions only refer to the results.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
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
    personal: bool = False  # declared personal (README "Personal data and GDPR")


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
    target: str | None = None  # score of a multi-class model: the class whose probability it gives


# ---- windows and aggregations ------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """A time window relative to `as of`. Resolved to days by `backend.windows.bounds(window, as_of)`.

    `kind == "intersection"`: several windows written on one aggregation
    (`count(orders) more than 180 days ago over 360 days`); `parts` keeps every one of them and
    the window is the days all of them contain. Backends never look inside: `bounds` resolves it.
    """

    kind: str  # all | last | between | before | after | more_than_ago | next (measures only: after as of) | intersection
    amount: int = 0
    unit: str = "days"
    start: dt.date | None = None
    end: dt.date | None = None
    parts: tuple["Window", ...] = ()  # only for `intersection`: two or more simple windows


@dataclass(frozen=True)
class Aggregate:
    """One per-customer aggregation of an event table; `column` names its result.

    `arg` and `where` are evaluated on each event row. Besides the event table's own columns
    (`Column(table=<this table>)`) they may read **customer-level values** of the event's
    customer: `Column` nodes of the customer or an enrichment table, and `Ref`s to derived steps
    (traits, segments, ...), e.g. `count(orders where category == favourite_category)`. A backend
    computes those values first, joins them to the events by key (events.key = customers.key),
    then groups; a missing value compares as missing (the event does not pass the filter). So
    aggregations come in layers: one that reads a trait built on another aggregation is computed
    after it. `ir_walk.customer_inputs(aggregate)` lists what must be ready; the checker guarantees there
    is no cycle (E105).
    """

    column: str
    table: str
    fn: str  # count | sum | avg | min | max | first | last | count_distinct | most_frequent
    arg: Expr | None
    where: Expr | None
    window: Window
    type: Type
    personal: bool = False  # its value carries one personal column (segdsl.personal.mark_plan)


# Aggregations whose value over no events is 0, not missing (a backend fills them in for customers
# without events); the checker's table of functions (segdsl.check.functions) documents them.
ZERO_WHEN_EMPTY = frozenset({"count", "sum", "count_distinct"})


# ---- tables and the plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseTable:
    """A table in a named connection's database (`from warehouse "shop.orders"`).

    Only names: where the connection is and how to log in are declared outside definitions
    (README "Connections") and resolved when the table is read, so the IR stays engine-free and
    free of credentials. `base` is the declaring file's folder, where the search for the
    connection's declaration starts (as file paths are relative to it)."""

    connection: str
    table: str  # qualified as written: "shop.orders", "crm.public.customers"
    base: Path = Path(".")

    @property
    def name(self) -> str:
        return self.table

    def __str__(self) -> str:
        return f'{self.connection} "{self.table}"'


TableSource = Path | DatabaseTable  # a file, or a connection's table


@dataclass(frozen=True)
class Table:
    name: str
    path: TableSource  # a data file, or a DatabaseTable
    key: str
    columns: tuple[str, ...]  # only the columns the plan needs
    personal: tuple[str, ...] = field(default=(), kw_only=True)  # every column declared personal


@dataclass(frozen=True)
class CustomerTable(Table):
    """The customer table. `since`: the column saying when a customer starts to exist (a date or
    datetime), or None. As of D, a customer exists iff `since` is missing or its UTC day is <= D;
    customers who do not exist yet are left out of the evaluation entirely (no output row, not in
    ranks, tiers, tests, diffs or training sets)."""

    since: str | None = None
    since_kind: str | None = None  # date | datetime


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
    kept: bool = False  # a trait declared with `keep`: part of the default output
    personal: bool = False  # its value carries personal columns only (segdsl.personal.mark_plan)


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


# ---- exports ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumn:
    """One exported column: its value (a customer column or a derived step), the destination
    field it fills (`field`, from the destination's vocabulary, or None) and the header written."""

    name: str
    header: str
    value: Expr  # Column (customers) or Ref (a trait, segment, segmentation, score)
    field: str | None = None
    personal: bool = False


@dataclass(frozen=True)
class Destination:
    """kind: csv | parquet | hubspot | salesforce | google_ads | meta | postgres. A file kind has
    a `path` (relative to `base`, the declaring file's folder); postgres a connection and table."""

    kind: str
    path: Path | None = None
    connection: str | None = None
    table: str | None = None
    base: Path = Path(".")


@dataclass(frozen=True)
class Export:
    name: str
    members: Target
    destination: Destination
    columns: tuple[ExportColumn, ...]
    consent: Expr | None  # a row is exported only when this holds (missing counts as no)
    description: str | None = None
    region: Expr | None = None  # ad lists with phones: the customer's country (ISO code), for E.164


@dataclass(frozen=True)
class Plan:
    customers: CustomerTable
    events: tuple[EventTable, ...]
    enrichments: tuple[Enrichment, ...]
    models: tuple[Model, ...]
    derived: tuple[Derived, ...]  # in dependency order
    as_of: dt.date | None  # None: today (UTC) at evaluation time
    measures: tuple[Measure, ...] = ()
    goals: tuple[Goal, ...] = ()
    experiments: tuple[Experiment, ...] = ()
    exports: tuple[Export, ...] = ()

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
        """The columns an evaluation returns after the key: segments, segmentations and traits
        declared with `keep` (and, with `include_traits`, every trait)."""
        return tuple(d.name for d in self.derived if d.role in ("segment", "segmentation")
                     or (d.role == "trait" and (include_traits or d.kept)))

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

