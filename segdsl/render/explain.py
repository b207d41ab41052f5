"""The readable half of `segdsl explain`: what is scanned, aggregated, and over which days."""

from __future__ import annotations

import datetime as dt

from rich.tree import Tree

from segdsl import ir
from segdsl.backend.windows import bounds


def plan_summary(definition, as_of: dt.date, scoring: dict[str, str] | None = None) -> Tree:
    """`scoring`: model name -> how it is scored (see ModelScorer.methods)."""
    plan = definition.ir
    tree = Tree(f"plan for {definition.path} as of {as_of}")
    customers = tree.add(f"scan customers {plan.customers.path.name}: {', '.join(plan.customers.columns)}")
    for events in plan.events:
        aggregates = ir.used_aggregates(plan, events)
        if not aggregates:
            continue
        branch = customers.add(
            f"join {events.name} ({events.path.name}) on {events.key}: one group_by, {len(aggregates)} aggregation(s)"
        )
        for aggregate in aggregates:
            lower, upper = bounds(aggregate.window, as_of)
            days = f"({lower}, {upper}]" if lower else f"(…, {upper}]"
            what = "rows" if aggregate.arg is None else _describe(aggregate.arg)
            where = " where …" if aggregate.where is not None else ""
            branch.add(f"{aggregate.column} = {aggregate.fn}({what}{where}) over days {days}")
    for enrichment in plan.enrichments:
        customers.add(f"join {enrichment.name} ({enrichment.path.name}) on normalised domain of `{enrichment.on}`")
    scoring = scoring or {}
    for model in plan.models:
        how = f"scored by {scoring[model.name]}" if model.name in scoring else "not used by any output"
        customers.add(f"model {model.name}: {model.kind} from {model.path.name}, features {', '.join(model.features)}; {how}")
    outputs = tree.add("outputs")
    for step in plan.derived:
        if step.role != "trait":
            outputs.add(f"{step.role} {step.name}" + (f" — {step.description}" if step.description else ""))
    return tree


def _describe(expr) -> str:
    name = getattr(expr, "name", None)
    return name if isinstance(name, str) else type(expr).__name__.lower()
