"""Compiling a fitted scikit-learn pipeline into one Polars expression.

Scoring then runs inside the same lazy plan as the rest of a definition: no Python per batch, no
conversion to NumPy, and the optimizer sees the whole query. Each estimator mirrors scikit-learn's
arithmetic: tree decisions bit for bit (see `trees`), ensemble sums in scikit-learn's order
(`native_trees`), linear terms and k-means distances by the same formulas (`native_linear`;
scaling and the summation order of a dot product may differ in the last bit, ~1e-16). So
probabilities and regression values match scikit-learn to ~1e-15 (relative) and labels, classes
and clusters are identical. Anything else falls back to `map_batches` over scikit-learn itself.

Outputs: "score" is the probability of one class (the positive one of a true/false model, or the
named `target` class of a multi-class model); "predict" is the predicted label (Boolean, the class
as text, or the regression's number); "cluster" is the k-means cluster.
"""

from __future__ import annotations

from typing import Literal

import polars as pl
from sklearn.cluster import KMeans
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier,
                              RandomForestRegressor)
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from segdsl.diagnostics import Diagnostic, DiagnosticError, suggest
from segdsl.models import native_linear, native_trees
from segdsl.models.fallback import fallback, typed_inputs
from segdsl.models.preprocess import NotNative, preprocess
from segdsl.models.tasks import model_task

Output = Literal["score", "predict", "cluster"]
# when/then evaluates every branch for every row, so a tree ensemble costs rows × nodes (× classes
# for multi-class probabilities). Measured on 1M rows (2 cores): 2.9k nodes run in 0.6x
# scikit-learn's time (conversion included), 5.1k in 1.4x (the streaming engine breaks even near
# 10k). Beyond this, scikit-learn per batch (the fallback) is faster; unbounded random forests
# always land there.
MAX_TREE_NODES = 4_000


def compile_model(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, *, target: str | None = None,
                  max_nodes: int = MAX_TREE_NODES) -> pl.Expr:
    """The expression computing `output` from the raw feature expressions, named `output`.

    Raises DiagnosticError E403 when `inputs` lacks a feature the model was trained on, E405 when
    the model cannot give `output`, E406 for a `target` class the model never saw.
    """
    return compile_model_natively_if_possible(pipeline, inputs, output, target=target, max_nodes=max_nodes)[0]


def compile_model_natively_if_possible(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, *,
                                       target: str | None = None,
                                       max_nodes: int = MAX_TREE_NODES) -> tuple[pl.Expr, bool]:
    """`compile_model`'s expression, and whether it is native (False: a `map_batches` fallback)."""
    target = check_output(pipeline, output, target)
    _check_inputs(pipeline, inputs)
    try:
        return _native(pipeline, inputs, output, target, max_nodes).alias(output), True
    except NotNative:
        return fallback(pipeline, inputs, output, target).alias(output), False


def is_native(pipeline: Pipeline, output: Output, *, target: str | None = None,
              max_nodes: int = MAX_TREE_NODES) -> bool:
    """Whether `compile_model` gives a pure Polars expression (no Python callback), for `explain`."""
    target = check_output(pipeline, output, target)
    names = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    try:
        _native(pipeline, {name: pl.col(name) for name in names}, output, target, max_nodes)
    except NotNative:
        return False
    return True


def check_output(pipeline: Pipeline, output: str, target: str | None = None) -> object:
    """The class whose probability `score` gives (None for other outputs); E405 unless the model can
    produce `output`, E406 for a class it never saw."""
    estimator = pipeline[-1] if isinstance(pipeline, Pipeline) else pipeline
    if output not in ("score", "predict", "cluster"):
        raise ValueError(f"unknown model output {output!r}")
    task = model_task(estimator)
    fits = {"cluster": task == "clustering", "predict": task != "clustering",
            "score": task in ("binary", "multiclass")}[output]
    if not fits:
        wants = {"cluster": "a clustering model (kmeans)", "predict": "a classifier or a regression",
                 "score": "a classifier"}[output]
        raise DiagnosticError([Diagnostic("E405", f"`{output}(...)` needs {wants}, but the model is "
                                          f"{type(estimator).__name__}",
                                          hints=("use cluster() with kmeans, score() with classifiers, predict() "
                                                 "with classifiers and regressions",))])
    if output != "score":
        return None
    classes = [str(c) for c in estimator.classes_]
    if task == "binary":
        if target is not None:
            raise DiagnosticError([Diagnostic("E407", f"a true/false model has no class `{target}`",
                                              hints=("write score(model) for the probability of true",))])
        return list(estimator.classes_)[1]
    if target is None:
        raise DiagnosticError([Diagnostic("E407", "a multi-class model needs the class: score(model, \"web\")",
                                          hints=(f"classes: {', '.join(classes)}",))])
    if target not in classes:
        guess = suggest(target, classes)
        raise DiagnosticError([Diagnostic("E406", f"the model never saw the class `{target}`",
                                          note=f"did you mean `{guess[0]}`?" if guess else None,
                                          hints=(f"classes seen at training: {', '.join(classes)}",))])
    return list(estimator.classes_)[classes.index(target)]


def _check_inputs(pipeline: Pipeline, inputs: dict[str, pl.Expr]) -> None:
    trained = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    missing = [name for name in trained if name not in inputs]
    if missing:
        raise DiagnosticError([Diagnostic(
            "E403", f"the model was trained on {', '.join(f'`{n}`' for n in trained)}; no value given for "
            f"{', '.join(f'`{n}`' for n in missing)}", hints=("declare the same features the model was trained on, "
                                                             "or re-train it",))])


def _native(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, target: object, max_nodes: int) -> pl.Expr:
    if not isinstance(pipeline, Pipeline) or len(pipeline) != 2 or not isinstance(pipeline[0], ColumnTransformer):
        raise NotNative
    names = [str(n) for n in pipeline.feature_names_in_]
    model = pipeline[-1]
    x = preprocess(pipeline[0], typed_inputs(pipeline, inputs), names)
    if len(x) != model.n_features_in_:
        raise NotNative
    kind = type(model)
    if kind is KMeans and output == "cluster":
        return native_linear.kmeans(model, x)
    if kind is LogisticRegression:
        return native_linear.logistic(model, x, output, target)
    if kind is Ridge:
        return native_linear.ridge(model, x)
    if kind in (DecisionTreeClassifier, DecisionTreeRegressor):
        return native_trees.decision_tree(model, x, output, target, max_nodes)
    if kind in (RandomForestClassifier, RandomForestRegressor):
        return native_trees.forest(model, x, output, target, max_nodes)
    if kind in (GradientBoostingClassifier, GradientBoostingRegressor):
        return native_trees.boosting(model, x, output, target, max_nodes)
    raise NotNative
