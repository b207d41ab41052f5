"""Compiling a fitted scikit-learn pipeline into one Polars expression.

Scoring then runs inside the same lazy plan as the rest of a definition: no Python per batch, no
conversion to NumPy, and the optimizer sees the whole query. Each estimator mirrors scikit-learn's
arithmetic: tree decisions bit for bit (see `trees`), ensemble sums in scikit-learn's order,
linear terms and k-means distances by the same formulas (scaling and the summation order of a dot
product may differ in the last bit, ~1e-16). So probabilities match `predict_proba` to ~1e-15
and labels and clusters are identical. Anything else falls back to `map_batches` over
scikit-learn itself.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Literal

import numpy as np
import polars as pl
from sklearn.base import is_classifier, is_clusterer
from sklearn.cluster import KMeans
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.tree import DecisionTreeClassifier

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.fallback import fallback, typed_inputs
from segdsl.models.preprocess import Column, NotNative, preprocess
from segdsl.models.trees import tree_expr

Output = Literal["score", "predict", "cluster"]
# when/then evaluates every branch for every row, so a tree ensemble costs rows × nodes. Measured on
# 1M rows (2 cores): 2.9k nodes run in 0.6x scikit-learn's time (conversion included), 5.1k in 1.4x
# (the streaming engine breaks even near 10k). Beyond this, scikit-learn per batch (the fallback)
# is faster; unbounded random forests always land there.
MAX_TREE_NODES = 4_000


def compile_model(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, *,
                  max_nodes: int = MAX_TREE_NODES) -> pl.Expr:
    """The expression computing `output` from the raw feature expressions, named `output`.

    "score" is P(positive class) as Float64, "predict" whether the predicted class is the positive
    one (Boolean), "cluster" the k-means cluster (Int64). Raises DiagnosticError E403 when
    `inputs` lacks a feature the model was trained on, E405 when the model cannot give `output`.
    """
    return compile_model_natively_if_possible(pipeline, inputs, output, max_nodes=max_nodes)[0]


def compile_model_natively_if_possible(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, *,
                                       max_nodes: int = MAX_TREE_NODES) -> tuple[pl.Expr, bool]:
    """`compile_model`'s expression, and whether it is native (False: a `map_batches` fallback)."""
    check_output(pipeline, output)
    _check_inputs(pipeline, inputs)
    try:
        return _native(pipeline, inputs, output, max_nodes).alias(output), True
    except NotNative:
        return fallback(pipeline, inputs, output).alias(output), False


def is_native(pipeline: Pipeline, output: Output, *, max_nodes: int = MAX_TREE_NODES) -> bool:
    """Whether `compile_model` gives a pure Polars expression (no Python callback), for `explain`."""
    names = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    try:
        _native(pipeline, {name: pl.col(name) for name in names}, output, max_nodes)
    except NotNative:
        return False
    return True


def check_output(pipeline: Pipeline, output: str) -> None:
    """E405 unless the model can produce `output` (a classifier for score/predict, k-means for cluster)."""
    estimator = pipeline[-1] if isinstance(pipeline, Pipeline) else pipeline
    if output not in ("score", "predict", "cluster"):
        raise ValueError(f"unknown model output {output!r}")
    if (output == "cluster" and is_clusterer(estimator)) or (output != "cluster" and is_classifier(estimator)):
        if output == "cluster" or len(getattr(estimator, "classes_", ())) == 2:
            return
    wants = "a clustering model (kmeans)" if output == "cluster" else "a yes/no classifier"
    raise DiagnosticError([Diagnostic("E405", f"`{output}(...)` needs {wants}, but the model is "
                                      f"{type(estimator).__name__}",
                                      hints=("use cluster() with kmeans, score() and predict() with classifiers",))])


def _check_inputs(pipeline: Pipeline, inputs: dict[str, pl.Expr]) -> None:
    trained = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    missing = [name for name in trained if name not in inputs]
    if missing:
        raise DiagnosticError([Diagnostic(
            "E403", f"the model was trained on {', '.join(f'`{n}`' for n in trained)}; no value given for "
            f"{', '.join(f'`{n}`' for n in missing)}", hints=("declare the same features the model was trained on, "
                                                             "or re-train it",))])


# ---- estimators --------------------------------------------------------------------------------


def _native(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: Output, max_nodes: int) -> pl.Expr:
    if not isinstance(pipeline, Pipeline) or len(pipeline) != 2 or not isinstance(pipeline[0], ColumnTransformer):
        raise NotNative
    names = [str(n) for n in pipeline.feature_names_in_]
    model = pipeline[-1]
    x = preprocess(pipeline[0], typed_inputs(pipeline, inputs), names)
    if len(x) != model.n_features_in_:
        raise NotNative
    if type(model) is KMeans and output == "cluster":
        return _kmeans(model, x)
    if type(model) is LogisticRegression:
        return _logistic(model, x, output)
    if type(model) is DecisionTreeClassifier:
        return _decision_tree(model, x, output, max_nodes)
    if type(model) is RandomForestClassifier:
        return _forest(model, x, output, max_nodes)
    if type(model) is GradientBoostingClassifier:
        return _boosting(model, x, output, max_nodes)
    raise NotNative


def _sum(terms: list[pl.Expr]) -> pl.Expr:
    """Left-to-right sum: the order scikit-learn accumulates in, so rounding matches."""
    return functools.reduce(operator.add, terms)


def _sigmoid(z: pl.Expr) -> pl.Expr:
    return 1.0 / (1.0 + (-z).exp())


def _dot_products(x: list[Column], rows: list[list[float]]) -> list[pl.Expr]:
    """sum_j(row[j] * x_j) for each weight row, sharing work between rows.

    Numeric columns are multiplied in; each one-hot feature becomes ONE lookup of its category
    giving a struct of every row's weight (unknown or missing categories: all zeros), instead of
    one indicator per category per row. The lookup is the same expression for every row, so the
    optimizer computes it once.
    """
    lookups: dict[int, tuple[pl.Expr, dict[str, list[float]]]] = {}
    for j, column in enumerate(x):
        if column.block is not None:
            lookups.setdefault(column.block, (column.source, {}))[1][column.category] = [row[j] for row in rows]
    fields = [f"w{i}" for i in range(len(rows))]
    structs = []
    for source, by_category in lookups.values():
        weights = pl.Series([dict(zip(fields, values)) for values in by_category.values()])
        zeros = pl.lit(dict.fromkeys(fields, 0.0), dtype=weights.dtype)
        structs.append(source.replace_strict(pl.Series(list(by_category)), weights, default=zeros))
    return [_sum([column.value * row[j] for j, column in enumerate(x) if column.block is None]
                 + [lookup.struct.field(field).fill_null(0.0) for lookup in structs])
            for row, field in zip(rows, fields)]


def _logistic(model: LogisticRegression, x: list[Column], output: Output) -> pl.Expr:
    z = _dot_products(x, [[float(w) for w in model.coef_[0]]])[0] + float(model.intercept_[0])
    return z > 0 if output == "predict" else _sigmoid(z)


def _check_size(trees: list[object], max_nodes: int) -> None:
    if sum(t.node_count for t in trees) > max_nodes:
        raise NotNative


def _decision_tree(model: DecisionTreeClassifier, x: list[Column], output: Output, max_nodes: int) -> pl.Expr:
    tree = model.tree_
    _check_size([tree], max_nodes)
    if output == "predict":  # argmax of the raw leaf values; ties go to the first (negative) class
        return tree_expr(tree, x, lambda node: bool(tree.value[node, 0, 1] > tree.value[node, 0, 0]))
    return tree_expr(tree, x, _probability(tree, 1))


def _probability(tree: object, cls: int) -> Callable[[int], float]:
    """Leaf probability of class `cls`, normalised exactly as DecisionTreeClassifier.predict_proba."""
    def leaf(node: int) -> float:
        total = tree.value[node, 0, :].sum()
        return float(tree.value[node, 0, cls] / (total if total != 0 else 1.0))
    return leaf


def _forest(model: RandomForestClassifier, x: list[Column], output: Output, max_nodes: int) -> pl.Expr:
    trees = [e.tree_ for e in model.estimators_]
    n = float(len(trees))
    classes = (0, 1) if output == "predict" else (1,)
    _check_size(trees * len(classes), max_nodes)
    mean = [_sum([tree_expr(t, x, _probability(t, c)) for t in trees]) / n for c in classes]
    # predict is the argmax of the two averaged probabilities: ties go to the negative class.
    return mean[1] > mean[0] if output == "predict" else mean[0]


def _boosting(model: GradientBoostingClassifier, x: list[Column], output: Output, max_nodes: int) -> pl.Expr:
    if model.estimators_.shape[1] != 1 or model.loss != "log_loss":
        raise NotNative
    trees = [e.tree_ for e in model.estimators_[:, 0]]
    _check_size(trees, max_nodes)
    try:
        # The initial raw prediction (clipped log-odds of the training prior) is computed only by
        # this private helper; ask it rather than re-derive it, and fall back if it ever moves.
        init = float(model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0, 0])
    except (AttributeError, TypeError, ValueError, IndexError):
        raise NotNative from None
    rate = float(model.learning_rate)
    raw = _sum([pl.lit(init)] + [tree_expr(t, x, lambda node, t=t: rate * float(t.value[node, 0, 0])) for t in trees])
    return raw >= 0 if output == "predict" else _sigmoid(raw)


def _kmeans(model: KMeans, x: list[Column]) -> pl.Expr:
    """Nearest centre as scikit-learn computes it: argmin of ||c||² - 2 x·c (||x||² is common to all c)."""
    centres = model.cluster_centers_
    dots = _dot_products(x, [[float(v) for v in centre] for centre in centres])
    distances = [float((centre * centre).sum()) - 2.0 * dot for centre, dot in zip(centres, dots)]
    # arg_min takes the first minimum, so ties go to the lowest index as in scikit-learn. Each
    # distance appears once, which lets the optimizer share the lookups and scaled inputs they
    # have in common (min_horizontal + comparisons would reference each twice and block that).
    return pl.concat_arr(distances).arr.arg_min().cast(pl.Int64)
