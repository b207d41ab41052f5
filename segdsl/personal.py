"""Personal data: which values identify a person, and what an output may show of them.

Two jobs, both here so there is ONE place to read and change them:

1. **Marks.** Columns are declared personal (`personal (email, phone)` on a table declaration,
   or `"personal": true` in the schema file). The checked plan carries the mark like a type:
   a value whose inputs are personal columns only keeps it (`lower(email)`,
   `first(orders.shipping_address)`, `first_name + " " + last_name`); a value that mixes a
   personal input with others (`email + country`) does not, and neither does a test
   (`email is present`, any segment: a yes/no is not an identifier), a count, a rank or a model
   output. `mark_plan` sets `Derived.personal` and `Aggregate.personal`.

2. **Disclosure.** Reports (`preview`, `diff`, `test`, `kpis`, `report`, `audit`, diagnostics'
   sample values) never show a personal value unless the user passed
   `--include-personal-data`; `Disclosure` says what is hidden and replaces it by `MASK`.
   Commands ask it before handing data to a renderer; renderers only format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from segdsl import ir, ir_walk
from segdsl.types import Type

if TYPE_CHECKING:
    import polars as pl

MASK = "‹personal›"
_QUOTED = re.compile(r"`([^`]*)`")
INCLUDE_OPTION = "--include-personal-data"
INCLUDE_HELP = "Show personal columns (declared `personal`) and values computed from them; hidden by default."
_VALUE_KEEPING = {"first", "last", "min", "max", "most_frequent"}  # aggregations whose result is an input value


def carried(expr: ir.Expr) -> set[tuple[str, str]]:
    """The inputs whose value flows into `expr`'s result: ("column", "table.name") or ("ref", name).
    A yes/no result carries nothing (it is a test on the value, not the value)."""
    if expr.type is Type.BOOLEAN:
        return set()
    if isinstance(expr, ir.Column):
        return {("column", f"{expr.table}.{expr.name}")}
    if isinstance(expr, ir.Ref):
        return {("ref", expr.name)}
    if isinstance(expr, ir.Case):
        found = carried(expr.default)
        for _, value in expr.branches:
            found |= carried(value)
        return found
    if isinstance(expr, ir.Call):
        found: set[tuple[str, str]] = set()
        for arg in expr.args:
            found |= carried(arg)
        return found
    return set()  # literals, ranks, bins, tiers, holdouts, model outputs: no input value


def _personal_value(expr: ir.Expr | None, columns: set[str], names: set[str]) -> bool:
    if expr is None:
        return False
    inputs = carried(expr)
    return bool(inputs) and all(name in columns if kind == "column" else name in names for kind, name in inputs)


def personal_columns(tables: Iterable[ir.Table]) -> set[str]:
    return {f"{table.name}.{column}" for table in tables for column in table.personal}


def personal_names(steps: Sequence[ir.Derived], aggregates: Iterable[ir.Aggregate], columns: set[str]) -> set[str]:
    """Names of the aggregations and derived steps whose value is personal (`steps` in
    dependency order; `columns`: "table.column" of every personal column)."""
    names = {a.column for a in aggregates if a.fn in _VALUE_KEEPING and _personal_value(a.arg, columns, set())}
    for step in steps:
        if step.role != "segment" and _personal_value(step.expr, columns, names):
            names.add(step.name)
    return names


def _expr_columns(expr: ir.Expr) -> set[str]:
    found = {f"{expr.table}.{expr.name}"} if isinstance(expr, ir.Column) and expr.personal else set()
    for child in ir_walk.children(expr):
        found |= _expr_columns(child)
    return found


def mark_plan(plan: ir.Plan) -> ir.Plan:
    """The plan with `personal` set on its aggregations and derived steps."""
    tables = (plan.customers, *plan.events, *plan.enrichments)
    columns = personal_columns(tables)
    aggregates = [a for events in plan.events for a in events.aggregates]
    names = personal_names(plan.derived, aggregates, columns)
    if not names:
        return plan
    events = tuple(replace(t, aggregates=tuple(replace(a, personal=a.column in names) for a in t.aggregates))
                   for t in plan.events)
    derived = tuple(replace(d, personal=d.name in names) for d in plan.derived)
    return replace(plan, events=events, derived=derived)


@dataclass(frozen=True)
class Disclosure:
    """What reports may show. `hidden`: output names (derived steps, customer columns) whose
    values are personal; `columns`: table -> its personal columns; `shown`: True when the user
    asked for personal data (`--include-personal-data`), so nothing is hidden."""

    hidden: frozenset[str] = frozenset()
    columns: tuple[tuple[str, frozenset[str]], ...] = ()
    key: str | None = None  # the customer key, when it is itself personal (an e-mail address)
    shown: bool = False

    @classmethod
    def for_plan(cls, plan: ir.Plan, include_personal: bool = False) -> "Disclosure":
        tables = (plan.customers, *plan.events, *plan.enrichments)
        columns = tuple((t.name, frozenset(t.personal)) for t in tables)
        hidden = {d.name for d in plan.derived if d.personal} | set(plan.customers.personal)
        key = plan.customers.key if plan.customers.key in plan.customers.personal else None
        if key is not None:  # event tables' keys hold the same identifier
            columns = tuple((name, cols | ({t.key} if t.name != "customers" else set()))
                            for (name, cols), t in zip(columns, tables))
        return cls(frozenset(hidden), columns, key, include_personal)

    def hides(self, name: str) -> bool:
        return not self.shown and name in self.hidden

    def hides_column(self, table: str, column: str | None) -> bool:
        if self.shown or column is None:
            return False
        return any(name == table and column in cols for name, cols in self.columns)

    def value(self, name: str, value: object) -> object:
        return MASK if self.hides(name) and value is not None else value

    def column_value(self, table: str, column: str | None, value: object) -> object:
        return MASK if self.hides_column(table, column) and value is not None else value

    def column_text(self, table: str, column: str | None, text: str | None) -> str | None:
        """A message about a personal column, with every quoted value but the column's name
        replaced (`use one spelling (e.g. `Léa`)` quotes a value)."""
        if text is None or not self.hides_column(table, column):
            return text
        return _QUOTED.sub(lambda m: m.group(0) if m.group(1) == column else f"`{MASK}`", text)

    @property
    def key_hidden(self) -> bool:
        return not self.shown and self.key is not None

    def keys(self, keys: Sequence[object]) -> tuple[object, ...]:
        """Sampled customer keys as a report may show them."""
        return tuple(MASK for _ in keys) if self.key_hidden else tuple(keys)

    def visible(self, names: Iterable[str]) -> list[str]:
        return [n for n in names if not self.hides(n)]

    def hidden_among(self, names: Iterable[str]) -> list[str]:
        return [n for n in names if self.hides(n)]

    def frame(self, frame: "pl.DataFrame") -> "pl.DataFrame":
        """The frame without hidden columns; a personal key's values masked (rows stay apart)."""
        import polars as pl

        kept = frame.select([c for c in frame.columns if not self.hides(c) or c == self.key])
        if self.key_hidden and self.key in kept.columns:
            kept = kept.with_columns(pl.lit(MASK).alias(self.key))
        return kept

    def note(self, names: Sequence[str]) -> str | None:
        """One line for a report that left values out, naming the option that shows them."""
        if not names:
            return None
        return f"personal data hidden ({', '.join(names)}); pass {INCLUDE_OPTION} to show it"
