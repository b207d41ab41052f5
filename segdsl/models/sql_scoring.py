"""Models in the SQL engines: each `score/predict/cluster` of a plan compiled by
`segdsl.models.sql` into the one statement. Each model file is loaded at most once (as
`ModelScorer` does for Polars); a model that cannot be compiled is reported before anything
runs, as E250 naming the model and the engine."""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from segdsl import ir, ir_walk
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.types import Type


class SqlModelScorer:
    def __init__(self, plan: ir.Plan, trust_pickle: bool = False):
        self._models = {m.name: m for m in plan.models}
        self._trust_pickle = trust_pickle
        self._loaded: dict[str, Any] = {}

    def pipeline(self, name: str) -> Any:
        from segdsl.models.scoring import _checked
        from segdsl.models.store import load_model

        if name not in self._loaded:
            model = self._models[name]
            self._loaded[name] = _checked(model, load_model(model.path, trust_pickle=self._trust_pickle)).pipeline
        return self._loaded[name]

    def __call__(self, node: ir.ModelOutput, features: list[exp.Expression]) -> exp.Expression:
        from segdsl.models.sql import compile_model_sql

        model = self._models[node.model]
        booleans = frozenset(name for name, f in zip(model.features, node.features) if f.type is Type.BOOLEAN)
        return compile_model_sql(self.pipeline(node.model), dict(zip(model.features, features)), node.output, booleans)

    def problems(self, plan: ir.Plan, engine: str) -> list[Diagnostic]:
        """E250 for each model used in the plan that has no SQL form (E401-E405 from loading pass through)."""
        from segdsl.models.sql import NotCompilable

        found: list[Diagnostic] = []
        outputs = {(o.model, o.output): o for step in plan.derived for o in ir_walk.model_outputs(step.expr)}
        for (name, output), node in outputs.items():
            try:
                self(node, [exp.column(f"f{i}", quoted=True) for i in range(len(node.features))])
            except NotCompilable as error:
                kind = self._models[name].kind
                found.append(Diagnostic("E250", f"model `{name}` ({kind}) cannot be compiled for the {engine} engine: {error}",
                                        hints=("evaluate this definition with `--engine polars`, or train a smaller model",)))
            except DiagnosticError as error:
                found.extend(error.diagnostics)
        return found
