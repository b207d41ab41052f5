"""A fingerprint of everything a model's training depends on in its definition file.

Saved in the sidecar at training time and recomputed by `segdsl validate`: a model is stale when
its kind, params, features, label or the traits and aggregations behind them changed since it was
trained. Unlike file times this survives `git clone` and ignores edits that change nothing (layout,
comments, other segments). Lifted aggregations are expanded to what they compute, because their
column names are numbered in file order.
"""

from __future__ import annotations

import hashlib
from functools import cache

from segdsl import ir


def declaration_fingerprint(plan: ir.Plan, model: ir.Model) -> str:
    derived = {d.name: d.expr for d in plan.derived}
    aggregates = {a.column: a for table in plan.events for a in table.aggregates}

    @cache
    def expand_ref(name: str) -> str:
        if name in aggregates:
            a = aggregates[name]
            return f"{a.fn}({a.table}, {canonical(a.arg)}, where={canonical(a.where)}, {canonical(a.window)})"
        if name in derived:
            return f"{name}=({canonical(derived[name])})"
        return f"column {name}"

    def canonical(value: object) -> str:
        if isinstance(value, ir.Ref):
            return expand_ref(value.name)
        if isinstance(value, tuple):
            return "(" + ", ".join(canonical(v) for v in value) + ")"
        if hasattr(value, "__dataclass_fields__"):
            names = [f for f in value.__dataclass_fields__
                     if not (isinstance(value, ir.Window) and f == "parts" and not value.parts)]  # as before `parts` existed
            fields = ", ".join(canonical(getattr(value, f)) for f in names)
            return f"{type(value).__name__}({fields})"
        return repr(value)

    parts = [
        model.kind, canonical(model.params), str(model.train_as_of), canonical(model.label),
        *(expand_ref(feature) for feature in model.features),
    ]
    if plan.customers.since is not None:  # who exists at `train as of` decides the training rows
        parts.append(f"since {plan.customers.since}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
