"""Checking aggregations over event tables and their time windows (part of ExpressionChecker)."""

from __future__ import annotations

from dataclasses import dataclass

from segdsl import ast, ir
from segdsl.backend.windows import never_contains_a_day
from segdsl.check.namespace import TableInfo
from segdsl.check.wording import article
from segdsl.diagnostics import available
from segdsl.source import Span
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
        if _range_test(node) is not None:
            return self._range_instead_of_window(node)
        window = self._windows(node)
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

    def _windows(self, node: ast.Call) -> ir.Window:
        """The aggregation's window: `all`, one window, or the intersection of all written ones."""
        windows = [self._window(window) for window in node.windows]
        if not windows:
            return ir.Window("all")
        if len(windows) == 1:
            return windows[0]
        # sorted: the order they are written in does not change the meaning (nor the aggregation)
        combined = ir.Window("intersection", parts=tuple(sorted(set(windows), key=repr)))
        if never_contains_a_day(combined):
            first, last = node.windows[0], node.windows[-1]
            span = Span(first.span.source, first.span.start, last.span.end)
            call = Span(node.span.source, node.span.start, first.span.start).text().strip()
            either = " + ".join(f"{call} {w.span.text()}" for w in node.windows)
            self.error("E207", "these windows have no day in common, whatever the `as of` date",
                       span, note="together they mean the days every window contains: none",
                       hints=("several windows on one aggregation mean their intersection: the days all of them contain",
                              f"to count events in any of them, add aggregations: `{either}`",
                              "or keep only the window you meant"))
        return combined

    def _window(self, window: ast.Window) -> ir.Window:
        if window.kind in ("over", "more_than_ago"):
            duration = window.args[0]
            return ir.Window("last" if window.kind == "over" else "more_than_ago", duration.amount, duration.unit)
        dates = []
        for arg in window.args:
            if isinstance(arg, ast.Date):
                dates.append(arg.value)
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
        """`count(orders) over 90 days between 3 and 5` compares the count: a `between` without
        dates, written last, is a range test on the aggregation with its other windows."""
        index = _range_test(node)
        test = node.windows[index]
        low, high = test.args
        if index != len(node.windows) - 1 or any(isinstance(a, ast.Date) for a in (low, high)):
            return self.error("E204", "a `between` window needs two dates", test.span,
                              hints=("to test the value of the aggregation, put `between 3 and 5` last",))
        plain = ast.Call(node.span, node.name, node.name_span, node.args, node.where, node.windows[:index])
        return self._Between(ast.Between(node.span, plain, low, high), None)


def _range_test(node: ast.Call) -> int | None:
    """The index of a `between` suffix that is not a window (its bounds are not both dates)."""
    for index, window in enumerate(node.windows):
        if window.kind == "between" and not all(isinstance(a, ast.Date) for a in window.args):
            return index
    return None


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
