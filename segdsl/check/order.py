"""Definitions in dependency order (each after the definitions it uses), found without recursion.

The checker checks a referenced definition on demand, recursively; lints expand a trait into its
expression. Visiting definitions in this order first means no such recursion ever follows a
chain of references (`t2 = t1 + 1`, `t3 = t2 + 1`, ... 10,000 long), so only the nesting of one
expression (bounded, see `segdsl.limits`) sets the depth of the walks."""

from __future__ import annotations

from segdsl import ast
from segdsl.check.lints_tree import expressions_of, walk
from segdsl.check.namespace import Namespace


def references(ns: Namespace, definition: ast.Definition) -> list[str]:
    """Names of the definitions one definition mentions (an over-approximation is harmless)."""
    return [name for name in _bare_names(definition) if name in ns.definitions]


def _bare_names(definition: ast.Definition) -> tuple[str, ...]:
    """The one-part names a definition reads outside aggregations, in the order of the walk.
    Kept in the node's `__dict__` as `functools.cached_property` does (nodes are immutable):
    the language server keeps unchanged statements' nodes between edits, so each statement is
    walked once, not on every keystroke (the walks were a third of checking a large file)."""
    memo = definition.__dict__
    names = memo.get("_bare_names")
    if names is None:
        names = memo["_bare_names"] = tuple(
            node.parts[0] for expression in expressions_of(definition) for node, table in walk(expression)
            if table is None and isinstance(node, ast.Name) and len(node.parts) == 1
        )
    return names


def dependency_order(ns: Namespace) -> list[str]:
    """Post-order of the reference graph, leaving out every definition on or above a cycle
    (those are checked in file order, so a cycle is reported where it always was)."""
    order: list[str] = []
    state: dict[str, str] = {}  # "open" while its dependencies are visited, then "done"
    tainted: set[str] = set()
    for root in ns.definitions:
        if root in state:
            continue
        stack: list[tuple[str, list[str]]] = [(root, references(ns, ns.definitions[root]))]
        state[root] = "open"
        while stack:
            name, pending = stack[-1]
            if pending:
                child = pending.pop()
                if state.get(child) == "open":  # a cycle: everything from child up the stack
                    names = [n for n, _ in stack]
                    tainted.update(names[names.index(child):])
                elif child not in state:
                    state[child] = "open"
                    stack.append((child, references(ns, ns.definitions[child])))
                elif child in tainted:
                    tainted.add(name)
                continue
            stack.pop()
            state[name] = "done"
            if stack and name in tainted:
                tainted.add(stack[-1][0])
            if name not in tainted:
                order.append(name)
    return order
