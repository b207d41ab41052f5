"""The readable half of `segdsl explain`: what is scanned, aggregated, and over which days."""

from __future__ import annotations

import datetime as dt

from rich.tree import Tree

from segdsl import ir, ir_walk
from segdsl.backend.windows import bounds


def plan_summary(definition, as_of: dt.date, scoring: dict[str, str] | None = None) -> Tree:
    """`scoring`: model name -> how it is scored (see ModelScorer.methods)."""
    plan = definition.ir
    tree = Tree(f"plan for {definition.path} as of {as_of}")
    customers = tree.add(f"scan customers {plan.customers.path.name}: {', '.join(plan.customers.columns)}")
    if plan.customers.since is not None:
        customers.add(f"keep customers who exist as of {as_of}: `{plan.customers.since}` missing or on/before {as_of}")
    layers = ir_walk.aggregate_layers(plan)
    for layer in sorted(set(layers.values())):
        for events in plan.events:
            aggregates = [a for a in ir_walk.used_aggregates(plan, events) if layers[a.column] == layer]
            if aggregates:
                _aggregations(customers, events, aggregates, layer, as_of)
    for enrichment in plan.enrichments:
        customers.add(f"join {enrichment.name} ({enrichment.path.name}) on normalised domain of `{enrichment.on}`")
    scoring = scoring or {}
    for model in plan.models:
        how = f"scored by {scoring[model.name]}" if model.name in scoring else "not used by any output"
        customers.add(f"model {model.name}: {model.kind} from {model.path.name}, features {', '.join(model.features)}; {how}")
    outputs = tree.add("outputs")
    for step in plan.derived:
        if step.role != "trait" or step.kept:
            role = "trait (kept)" if step.role == "trait" else step.role
            outputs.add(f"{role} {step.name}" + (f" — {step.description}" if step.description else ""))
    return tree


def _aggregations(customers: Tree, events: ir.EventTable, aggregates: list[ir.Aggregate], layer: int, as_of: dt.date) -> None:
    after = f" (layer {layer + 1}: after the values it reads)" if layer else ""
    branch = customers.add(
        f"join {events.name} ({events.path.name}) on {events.key}: one group_by, {len(aggregates)} aggregation(s){after}"
    )
    for aggregate in aggregates:
        lower, upper = bounds(aggregate.window, as_of)
        if lower is not None and lower >= upper:
            days = f"no day as of {as_of}"
        else:
            days = "days " + (f"({lower}, {upper}]" if lower else f"(…, {upper}]")
        if aggregate.window.kind == "intersection":
            days += f" (intersection of {len(aggregate.window.parts)} windows)"
        what = "rows" if aggregate.arg is None else _describe(aggregate.arg)
        where = " where …" if aggregate.where is not None else ""
        columns, refs = ir_walk.customer_inputs(aggregate)
        inputs = [c.name if c.table == "customers" else f"{c.table}.{c.name}" for c in columns] + list(refs)
        reads = f"; per event reads the customer's {', '.join(inputs)}" if inputs else ""
        branch.add(f"{aggregate.column} = {aggregate.fn}({what}{where}) over {days}{reads}")


def _describe(expr) -> str:
    name = getattr(expr, "name", None)
    return name if isinstance(name, str) else type(expr).__name__.lower()
