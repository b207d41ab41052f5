"""Checking aggregations over event tables and their time windows (part of ExpressionChecker)."""

from __future__ import annotations

from dataclasses import dataclass

from segdsl import ast, ir
from segdsl.check.namespace import TableInfo
from segdsl.check.wording import article
from segdsl.diagnostics import available
from segdsl.types import ORDERED_TYPES, Type



@dataclass(frozen=True)
class EventScope:
    """Inside an aggregation: bare names are the event table's columns."""

    table: TableInfo


class AggregateChecks:
    """Mixed into ExpressionChecker: uses its `check`, `expect`, `error`, `ns` and `lift_aggregate`."""

    def _aggregate(self, node: ast.Call, scope) -> ir.Expr:
        if scope is not None:
            return self.error("E205", "aggregations cannot be nested", node.span)
        if len(node.args) != 1:
            return self.error("E109", f"`{node.name}` aggregates one event value: `{node.name}(orders.amount)`", node.span)
        table = self._event_table_of(node)
        if table is None:
            return ir.UNKNOWN_VALUE
        event_scope = EventScope(table)
        arg_node = node.args[0]
        arg: ir.Expr | None
        if isinstance(arg_node, ast.Name) and arg_node.parts == (table.name,):
            if node.name != "count":
                return self.error("E109", f"`{node.name}` needs a column: `{node.name}({table.name}.{_example_column(table)})`", arg_node.span)
            arg = None
        else:
            arg = self.check(arg_node, event_scope)
        where = self.expect(node.where, Type.BOOLEAN, "a `where` filter", event_scope) if node.where is not None else None
        window = self._window(node, table)
        if window is None:
            return self._range_instead_of_window(node)
        result_type = self._aggregate_type(node.name, arg, arg_node)
        if result_type is Type.UNKNOWN:
            return ir.UNKNOWN_VALUE
        aggregate = ir.Aggregate("", table.name, node.name, arg, where, window, result_type)
        return self.lift_aggregate(aggregate)

    def _aggregate_type(self, name: str, arg: ir.Expr | None, arg_node: ast.Expr) -> Type:
        if arg is None or name in ("count", "count_distinct"):
            return Type.NUMBER
        if arg.type is Type.UNKNOWN:
            return Type.UNKNOWN
        if name in ("sum", "avg") and arg.type is not Type.NUMBER:
            self.error("E201", f"`{name}` needs numbers, but this is {article(arg.type)}", arg_node.span)
            return Type.UNKNOWN
        if name in ("min", "max") and arg.type not in ORDERED_TYPES:
            self.error("E201", f"`{name}` needs numbers, dates or text, but this is {article(arg.type)}", arg_node.span)
            return Type.UNKNOWN
        return arg.type

    def _event_table_of(self, node: ast.Call) -> TableInfo | None:
        names = [n for n in _names_in(node.args[0])] + ([n for n in _names_in(node.where)] if node.where else [])
        tables = {n.parts[0] for n in names if n.parts[0] in self.ns.events}
        if len(tables) == 1:
            return self.ns.events[tables.pop()]
        if len(tables) > 1:
            self.error("E205", f"one aggregation can only use one event table, not {', '.join(sorted(tables))}", node.span)
            return None
        events = list(self.ns.events)
        if not events:
            self.error("E101", f"`{node.name}` aggregates events, but no event table is declared", node.span,
                       hints=('declare one: `events orders from "data/orders.parquet" key customer_id time order_date`',))
        else:
            self.error("E205", f"`{node.name}` needs an event table: write `{node.name}({events[0]}.column)`", node.args[0].span,
                       hints=(f"event tables {available(events)}",))
        return None

    def _window(self, node: ast.Call, table: TableInfo) -> ir.Window | None:
        """The aggregation's window, or None when `between` turns out to be a range test."""
        window = node.window
        if window is None:
            return ir.Window("all")
        if window.kind == "next" and not self.ahead_allowed:
            self.error("E141", "`in next` looks after the as-of date; only a measure (kpi) may do that", window.span,
                       hints=("segments and traits only see events up to `as of`, so backtests never leak the future",
                              "measure outcomes in a kpi: `kpi churn = rate of count(orders) in next 90 days == 0`"))
            return ir.Window("all")
        if window.kind in ("over", "more_than_ago", "next"):
            duration = window.args[0]
            kind = {"over": "last", "more_than_ago": "more_than_ago", "next": "next"}[window.kind]
            return ir.Window(kind, duration.amount, duration.unit)
        dates = []
        for arg in window.args:
            if isinstance(arg, ast.Date):
                dates.append(arg.value)
            elif window.kind == "between":
                return None
            else:
                self.error("E204", f"a `{window.kind}` window needs a date such as 2026-01-31", arg.span)
                return ir.Window("all")
        if window.kind == "between":
            start, end = dates
            if start > end:
                self.error("E204", "the window starts after it ends", window.span, hints=(f"write `between {end} and {start}`",))
            return ir.Window("between", start=start, end=end)
        return ir.Window(window.kind, start=dates[0] if window.kind == "after" else None,
                         end=dates[0] if window.kind == "before" else None)

    def _range_instead_of_window(self, node: ast.Call) -> ir.Expr:
        """`count(orders) between 3 and 5` compares the count; only dates make a window."""
        low, high = node.window.args
        if any(isinstance(a, ast.Date) for a in (low, high)):
            return self.error("E204", "a `between` window needs two dates", node.window.span)
        plain = ast.Call(node.span, node.name, node.name_span, node.args, node.where)
        return self._Between(ast.Between(node.span, plain, low, high), None)


def _names_in(node: ast.Expr | None):
    """All names inside an expression (to find which event table an aggregation reads)."""
    if node is None:
        return
    if isinstance(node, ast.Name):
        yield node
        return
    for value in vars(node).values():
        children = value if isinstance(value, tuple) else (value,)
        for child in children:
            if isinstance(child, ast.Expr):
                yield from _names_in(child)


def _example_column(table: TableInfo) -> str:
    return next((c for c in table.column_names if c not in (table.key, table.time)), "amount")
