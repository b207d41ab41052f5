"""Walks over the checked plan (`segdsl.ir`): sub-expressions, the names an expression reads,
and the dependency order of derived steps and aggregations. Kept apart from the node types so
`ir.py` stays the data model; every backend and the checker use these same walks."""

from __future__ import annotations

from segdsl.ir import Aggregate, Column, EventTable, Expr, ModelOutput, Plan, Ref


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


def customer_inputs(aggregate: Aggregate) -> tuple[tuple[Column, ...], tuple[str, ...]]:
    """The customer-level values an aggregation reads per event (see Aggregate): the customer
    and enrichment columns, and the names of derived steps, each once, in a stable order."""
    columns: dict[Column, None] = {}
    refs: dict[str, None] = {}

    def visit(node: Expr) -> None:
        if isinstance(node, Column) and node.table != aggregate.table:
            columns[node] = None
        elif isinstance(node, Ref):
            refs[node.name] = None
        for child in children(node):
            visit(child)

    for part in (aggregate.arg, aggregate.where):
        if part is not None:
            visit(part)
    return tuple(columns), tuple(refs)


def aggregates_by_column(plan: Plan) -> dict[str, Aggregate]:
    return {a.column: a for events in plan.events for a in events.aggregates}


def dependencies(plan: Plan, names: set[str]) -> set[str]:
    """`names` and every derived step and aggregation they read, through aggregations' inputs."""
    steps = {d.name: d for d in plan.derived}
    aggregates = aggregates_by_column(plan)
    found: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name in found:
            continue
        found.add(name)
        if name in steps:
            stack.extend(references(steps[name].expr))
        elif name in aggregates:
            stack.extend(customer_inputs(aggregates[name])[1])
    return found


def used_aggregates(plan: Plan, events: EventTable) -> tuple[Aggregate, ...]:
    """The table's aggregations some derived step reads, directly or through another aggregation
    (a model's label is only for training)."""
    used = dependencies(plan, {step.name for step in plan.derived})
    return tuple(a for a in events.aggregates if a.column in used)


def aggregate_layers(plan: Plan) -> dict[str, int]:
    """The layer of each aggregation: 0 when it reads only event columns (and customer columns);
    otherwise one more than the deepest aggregation behind the derived steps it reads. A
    backend may group each table's aggregations of one layer into one query."""
    steps = {d.name: d for d in plan.derived}
    aggregates = aggregates_by_column(plan)
    depth: dict[str, int] = {}

    def deepest_behind(name: str, seen: frozenset[str]) -> int:
        """-1 when no aggregation is behind `name`."""
        if name in aggregates:
            return layer(name, seen)
        if name in steps and name not in seen:
            return max((deepest_behind(r, seen | {name}) for r in references(steps[name].expr)), default=-1)
        return -1

    def layer(column: str, seen: frozenset[str] = frozenset()) -> int:
        if column not in depth:
            refs = customer_inputs(aggregates[column])[1]
            depth[column] = 1 + max((deepest_behind(r, seen | {column}) for r in refs), default=-1)
        return depth[column]

    for column in aggregates:
        layer(column)
    return depth
