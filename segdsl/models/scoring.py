"""Glue between a plan and the model library: the expression for each `score/predict/cluster`.

Importing this module does not import scikit-learn (only calling a `ModelScorer` does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.sidecar import feature_names

if TYPE_CHECKING:
    from segdsl.models.store import LoadedModel


class ModelScorer:
    """Compiles each `score/predict/cluster` of a plan; each model file is loaded at most once,
    and how each model was compiled is kept for `explain`.

    Calling it raises DiagnosticError: E401/E402/E405 from loading, E403 when the model was
    trained on other features than the declaration lists.
    """

    def __init__(self, plan: ir.Plan, trust_pickle: bool = False):
        self._declared = {m.name: m for m in plan.models}
        self._trust_pickle = trust_pickle
        self._loaded: dict[str, LoadedModel] = {}
        self._native: dict[str, bool] = {}

    def __call__(self, node: ir.ModelOutput) -> pl.Expr:
        from segdsl.extras import require_extra

        require_extra("models", f"scoring model `{node.model}`")
        from segdsl.models.native import compile_model_natively_if_possible
        from segdsl.models.store import load_model

        model = self._declared[node.model]
        if model.name not in self._loaded:
            self._loaded[model.name] = _checked(model, load_model(model.path, trust_pickle=self._trust_pickle))
        inputs = {f: pl.col(f) for f in model.features}
        expr, native = compile_model_natively_if_possible(self._loaded[model.name].pipeline, inputs, node.output,
                                                          target=node.target)
        self._native[model.name] = native
        return expr

    def methods(self) -> dict[str, str]:
        """Model name -> how the plan scores it, for the models compiled so far."""
        from segdsl.models.native import MAX_TREE_NODES

        fallback = f"map_batches (a Python call per batch: over {MAX_TREE_NODES:,} tree nodes or an estimator without a native form)"
        return {name: "native Polars expression" if native else fallback for name, native in self._native.items()}


def _checked(model: ir.Model, loaded: LoadedModel) -> LoadedModel:
    """Refuse a model whose training features differ from the declaration (names and order)."""
    trained = feature_names(loaded.metadata)
    if trained != list(model.features):
        raise DiagnosticError([Diagnostic(
            "E403", f"model `{model.name}` was trained on features {', '.join(trained)} but declares "
            f"{', '.join(model.features)}", file=str(model.path),
            hints=("re-train the model, or declare the features it was trained on",))])
    in_pipeline = [str(n) for n in getattr(loaded.pipeline, "feature_names_in_", trained)]
    if sorted(in_pipeline) != sorted(trained):
        raise DiagnosticError([Diagnostic("E405", f"model file `{model.path.name}` does not match its metadata",
                                          file=str(model.path), hints=("re-train the model",))])
    kind = loaded.metadata.get("kind")
    if kind is not None and kind != model.kind:
        raise DiagnosticError([Diagnostic("E405", f"model `{model.name}` is declared {model.kind} but the file "
                                          f"holds a {kind} model", file=str(model.path),
                                          hints=("re-train the model, or fix `kind`",))])
    return loaded
