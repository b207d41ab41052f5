"""Walking definitions' expressions with the scope their names resolve in.

Lints read the AST (they point at sub-expressions) but reason about meaning, so names are
resolved the way the checker resolves them: a bare name is a definition or a column of customers
or of an enrichment table, and inside an aggregation's arguments and `where` it is a column of
the event table.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import fields
from functools import cache

from segdsl import ast
from segdsl.check import functions as fn
from segdsl.check.namespace import Namespace
from segdsl.schema import Column

Key = Hashable


@cache
def compared_fields(cls: type) -> tuple[str, ...]:
    """A dataclass's fields that carry meaning (not spans); cached, `fields()` is slow."""
    return tuple(f.name for f in fields(cls) if f.compare)


def is_aggregate(call: ast.Call) -> bool:
    """`min(a, b)` with two or more arguments is the scalar function, as in the checker."""
    return call.name in fn.AGGREGATES and not (call.name in ("min", "max") and len(call.args) >= 2)


def _event_table(call: ast.Call) -> str | None:
    first = call.args[0] if call.args else None
    return first.parts[0] if isinstance(first, ast.Name) else None


def children(node: ast.Node, table: str | None) -> Iterator[tuple[ast.Expr, str | None]]:
    """Direct sub-expressions, each with the event table its names refer to (None: customers)."""
    if isinstance(node, ast.Call) and is_aggregate(node):
        inner = _event_table(node)
        yield from ((arg, inner) for arg in node.args)
        if node.where is not None:
            yield node.where, inner
        for window in node.windows:
            yield from ((arg, table) for arg in window.args)
        return
    for name in compared_fields(type(node)):
        value = getattr(node, name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, ast.Expr):
                yield item, table
            elif isinstance(item, ast.Window):
                yield from ((arg, table) for arg in item.args)


def walk(node: ast.Expr, table: str | None = None) -> Iterator[tuple[ast.Expr, str | None]]:
    yield node, table
    for child, child_table in children(node, table):
        yield from walk(child, child_table)


def expressions_of(definition: ast.Definition) -> list[ast.Expr]:
    """The top-level expressions a definition is made of."""
    if isinstance(definition, (ast.Let, ast.Segment, ast.ExprSegmentation)):
        return [definition.expr]
    if isinstance(definition, (ast.RuleSegmentation, ast.Score)):
        return [r.condition for r in definition.rules if r.condition is not None]
    if isinstance(definition, ast.TierSegmentation):
        return [definition.measure]
    if isinstance(definition, ast.ModelDecl):
        return list(definition.features) + ([definition.label] if definition.label is not None else [])
    return []


def in_source_order(ns: Namespace, names: set[str]) -> list[str]:
    return sorted(names, key=lambda n: (ns.definitions[n].span.source.name, ns.definitions[n].span.start))


class Names:
    """Resolves names and gives every expression a key: equal keys, same meaning (up to syntax)."""

    def __init__(self, ns: Namespace):
        self.ns = ns
        self._keys: dict[int, int] = {}
        self._interned: dict[Key, int] = {}
        self._expanding: set[str] = set()

    def resolve(self, name: ast.Name, table: str | None) -> tuple[str, ...]:
        """("definition", n), ("column", table, column) or ("name", n) when it is unknown."""
        if table is not None and not self._customer_level(name, table):
            return ("column", table, name.parts[-1])
        if len(name.parts) == 2:
            return ("column", *name.parts)
        bare = name.parts[0]
        if bare in self.ns.definitions:
            return ("definition", bare)
        customers = self.ns.customers
        if customers is not None and customers.column(bare) is not None:
            return ("column", "customers", bare)
        for enrichment in self.ns.enrichments.values():
            if enrichment.column(bare) is not None:
                return ("column", enrichment.name, bare)
        return ("name", bare)

    def _customer_level(self, name: ast.Name, table: str) -> bool:
        """Inside an aggregation over `table`, names are its columns first, as in the checker;
        otherwise a definition, a customer or enrichment column (`customers.col` is explicit)."""
        if len(name.parts) == 2:
            return name.parts[0] != table
        bare = name.parts[0]
        events = self.ns.events.get(table)
        if bare == table or events is None or events.column(bare) is not None:
            return False
        customers = self.ns.customers
        return (bare in self.ns.definitions or (customers is not None and customers.column(bare) is not None)
                or any(e.column(bare) is not None for e in self.ns.enrichments.values()))

    def column(self, resolved: tuple[str, ...]) -> Column | None:
        if resolved[0] != "column":
            return None
        _, table, column = resolved
        info = self.ns.customers if table == "customers" else self.ns.events.get(table) or self.ns.enrichments.get(table)
        return info.column(column) if info is not None else None

    def definition(self, node: ast.Expr, table: str | None) -> ast.Definition | None:
        """The definition a bare name refers to, if it is one."""
        if not isinstance(node, ast.Name):
            return None
        resolved = self.resolve(node, table)
        return self.ns.definitions[resolved[1]] if resolved[0] == "definition" else None

    def key(self, node: ast.Node, table: str | None) -> int:
        """Keys are interned as small numbers: they are hashed very often by the lints."""
        found = self._keys.get(id(node))
        if found is None:
            structure = self._key(node, table)
            if not isinstance(structure, int):  # an int: a trait, keyed as its expression
                structure = self._interned.setdefault(structure, len(self._interned))
            found = self._keys[id(node)] = structure
        return found

    def _key(self, node: ast.Node, table: str | None) -> Key:
        if isinstance(node, ast.Name):
            resolved = self.resolve(node, table)
            trait = self.ns.definitions.get(resolved[1]) if resolved[0] == "definition" else None
            if isinstance(trait, ast.Let) and trait.name not in self._expanding:
                self._expanding.add(trait.name)  # a trait is its expression: `spend` = `sum(orders.amount)`
                try:
                    return self.key(trait.expr, None)
                finally:
                    self._expanding.discard(trait.name)
            return resolved
        if isinstance(node, ast.Call) and is_aggregate(node):
            inner = _event_table(node)
            windows = sorted(((w.kind, tuple(self.key(a, table) for a in w.args)) for w in node.windows), key=repr)
            return (
                "aggregate", node.name, tuple(self.key(a, inner) for a in node.args),
                self.key(node.where, inner) if node.where is not None else None,
                tuple(windows),  # an intersection: the order of the windows does not matter
            )
        return (type(node).__name__, *(self._field_key(getattr(node, f), table) for f in compared_fields(type(node))))

    def _field_key(self, value: object, table: str | None) -> object:
        if isinstance(value, ast.Node):
            return self.key(value, table)
        if isinstance(value, tuple):
            return tuple(self._field_key(v, table) for v in value)
        return value
