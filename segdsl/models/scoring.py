"""Glue between a plan and the model library: the expression for each `score/predict/cluster`.

Importing this module does not import scikit-learn (only `model_scorer` and `scoring_methods`
do, when called).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.sidecar import feature_names

if TYPE_CHECKING:
    from segdsl.models.store import LoadedModel


def model_scorer(plan: ir.Plan, trust_pickle: bool = False) -> Callable[[ir.ModelOutput], pl.Expr]:
    """A function compiling each model output; each model file is loaded at most once.

    The returned function raises DiagnosticError: E401/E402/E405 from loading, E403 when the
    model was trained on other features than the declaration lists.
    """
    from segdsl.models.native import compile_model
    from segdsl.models.store import load_model

    declared = {m.name: m for m in plan.models}
    loaded: dict[str, LoadedModel] = {}

    def scorer(node: ir.ModelOutput) -> pl.Expr:
        model = declared[node.model]
        if model.name not in loaded:
            loaded[model.name] = _checked(model, load_model(model.path, trust_pickle=trust_pickle))
        return compile_model(loaded[model.name].pipeline, {f: pl.col(f) for f in model.features}, node.output)

    return scorer


def scoring_methods(plan: ir.Plan, trust_pickle: bool = False) -> dict[str, str]:
    """For `explain`: how each used model is scored, natively or through a Python callback."""
    from segdsl.models.native import MAX_TREE_NODES, is_native
    from segdsl.models.store import load_model

    outputs = {node.model: node.output for d in plan.derived for node in ir.model_outputs(d.expr)}
    methods = {}
    for model in plan.models:
        if model.name not in outputs:
            continue
        pipeline = _checked(model, load_model(model.path, trust_pickle=trust_pickle)).pipeline
        methods[model.name] = (
            "native Polars expression" if is_native(pipeline, outputs[model.name])
            else f"map_batches (a Python call per batch: over {MAX_TREE_NODES:,} tree nodes or an estimator without a native form)"
        )
    return methods


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
