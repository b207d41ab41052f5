"""Compiling a fitted scikit-learn pipeline into one Polars expression.

Scoring then runs inside the same lazy plan as the rest of a definition: no Python per batch,
no conversion to NumPy, and the optimizer sees the whole query. Each step mirrors the exact
floating-point operations scikit-learn performs (e.g. trees compare float32 inputs), so native
results equal `predict_proba` to ~1e-12. Anything not understood falls back to `map_batches`.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable

import numpy as np
import polars as pl
from sklearn.base import is_classifier, is_clusterer
from sklearn.cluster import KMeans
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.frames import feature_exprs

# Beyond this many tree nodes in total the nested when/then plan gets slow to optimise and the
# fallback (vectorised scikit-learn per batch) wins; default random forests usually land here.
MAX_TREE_NODES = 20_000
OUTPUT_DTYPES: dict[str, pl.DataType] = {"score": pl.Float64(), "predict": pl.Boolean(), "cluster": pl.Int64()}


class NotNative(Exception):
    """Internal: this pipeline (or output) has no native translation; use the fallback."""


def compile_model(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: str, *,
                  max_nodes: int = MAX_TREE_NODES) -> pl.Expr:
    """The expression computing `output` ("score", "predict" or "cluster") from the inputs.

    Raises DiagnosticError E405 when the model cannot produce that output at all.
    """
    check_output(pipeline, output)
    try:
        return _native(pipeline, inputs, output, max_nodes)
    except NotNative:
        return fallback(pipeline, inputs, output)


def is_native(pipeline: Pipeline, output: str, *, max_nodes: int = MAX_TREE_NODES) -> bool:
    """Whether `compile_model` would produce a pure Polars expression (no Python callback)."""
    inputs = {name: pl.col(name) for name in _feature_names(pipeline)}
    try:
        _native(pipeline, inputs, output, max_nodes)
    except NotNative:
        return False
    return True


def check_output(pipeline: Pipeline, output: str) -> None:
    estimator = pipeline[-1] if isinstance(pipeline, Pipeline) else pipeline
    if output == "cluster" and is_clusterer(estimator):
        return
    if output in ("score", "predict") and is_classifier(estimator):
        return
    wants = "a clustering model (kmeans)" if output == "cluster" else "a classifier"
    raise DiagnosticError([Diagnostic("E405", f"`{output}(...)` needs {wants}, but the model is "
                                      f"{type(estimator).__name__}",
                                      hints=("use cluster() with kmeans, score()/predict() with classifiers",))])


# ---- preprocessing -----------------------------------------------------------------------------


def _feature_names(pipeline: Pipeline) -> list[str]:
    names = getattr(pipeline, "feature_names_in_", None)
    if names is None:
        raise NotNative
    return [str(n) for n in names]


def _column_kinds(pipeline: Pipeline) -> tuple[list[str], list[str]] | None:
    """(numeric, categorical) feature names from our standard layout, None for other layouts."""
    first = pipeline[0] if isinstance(pipeline, Pipeline) else None
    if not isinstance(first, ColumnTransformer):
        return None
    kinds: dict[str, list[str]] = {"numeric": [], "categorical": []}
    for name, _, columns in first.transformers_:
        if name in kinds:
            kinds[name].extend(columns)
    return kinds["numeric"], kinds["categorical"]


def _imputer(step: SimpleImputer, columns: list[pl.Expr]) -> list[pl.Expr]:
    if step.add_indicator or len(step.statistics_) != len(columns):
        raise NotNative
    out = []
    for column, fill in zip(columns, step.statistics_):
        if isinstance(fill, float) and np.isnan(fill):
            raise NotNative  # all-missing in training: scikit-learn drops the column
        if isinstance(fill, str):
            out.append(column.fill_null(pl.lit(fill)))
        else:
            out.append(pl.when(column.is_null() | column.is_nan()).then(pl.lit(float(fill))).otherwise(column))
    return out


def _scaler(step: StandardScaler, columns: list[pl.Expr]) -> list[pl.Expr]:
    out = []
    for j, column in enumerate(columns):
        if step.mean_ is not None:
            column = column - float(step.mean_[j])
        if step.scale_ is not None:
            column = column / float(step.scale_[j])
        out.append(column)
    return out


def _onehot(step: OneHotEncoder, columns: list[pl.Expr]) -> list[pl.Expr]:
    # Unknown categories match no indicator, so they encode as all zeros (handle_unknown="ignore").
    if step.drop_idx_ is not None or getattr(step, "infrequent_categories_", None) is not None \
            or step.handle_unknown not in ("ignore", "infrequent_if_exist"):
        raise NotNative
    out = []
    for column, categories in zip(columns, step.categories_):
        for category in categories:
            if not isinstance(category, str):
                raise NotNative
            out.append((column == pl.lit(category)).fill_null(False).cast(pl.Float64))
    return out


_STEPS: dict[type, Callable[[object, list[pl.Expr]], list[pl.Expr]]] = {
    SimpleImputer: _imputer, StandardScaler: _scaler, OneHotEncoder: _onehot,
}


def _transform(transformer: object, columns: list[pl.Expr]) -> list[pl.Expr]:
    if transformer == "passthrough":
        return columns
    steps = [s for _, s in transformer.steps] if isinstance(transformer, Pipeline) else [transformer]
    for step in steps:
        if step == "passthrough" or step is None:
            continue
        compile_step = _STEPS.get(type(step))
        if compile_step is None:
            raise NotNative
        columns = compile_step(step, columns)
    return columns


def _preprocess(ct: ColumnTransformer, inputs: dict[str, pl.Expr], numeric: list[str],
                categorical: list[str]) -> list[pl.Expr]:
    typed = dict(zip(numeric + categorical, feature_exprs(inputs, numeric, categorical)))
    out: list[pl.Expr] = []
    for name, transformer, columns in ct.transformers_:
        if transformer == "drop" or len(columns) == 0:
            continue
        if name not in ("numeric", "categorical") or any(not isinstance(c, str) for c in columns):
            raise NotNative
        out.extend(_transform(transformer, [typed[c] for c in columns]))
    return out


# ---- estimators --------------------------------------------------------------------------------


def _sum(terms: list[pl.Expr]) -> pl.Expr:
    """Left-to-right sum, the order scikit-learn accumulates in, so rounding matches."""
    return functools.reduce(operator.add, terms)


def _sigmoid(z: pl.Expr) -> pl.Expr:
    return 1.0 / (1.0 + (-z).exp())


def _tree(tree: object, x: list[pl.Expr], leaf: Callable[[int], object], node: int = 0) -> pl.Expr:
    """Nested when/then; the input is rounded to float32 because scikit-learn trees compare float32."""
    left, right = tree.children_left[node], tree.children_right[node]
    if left == -1:
        return pl.lit(leaf(node))
    condition = x[tree.feature[node]].cast(pl.Float32).cast(pl.Float64) <= float(tree.threshold[node])
    return pl.when(condition).then(_tree(tree, x, leaf, left)).otherwise(_tree(tree, x, leaf, right))


def _proba(tree: object, cls: int) -> Callable[[int], float]:
    """Leaf probability of class `cls`, normalised exactly as DecisionTreeClassifier.predict_proba."""
    def leaf(node: int) -> float:
        value = tree.value[node, 0, :]
        total = value.sum()
        return float(value[cls] / (total if total != 0 else 1.0))
    return leaf


def _check_size(trees: list[object], max_nodes: int) -> None:
    if sum(t.node_count for t in trees) > max_nodes:
        raise NotNative


def _logistic(model: LogisticRegression, x: list[pl.Expr], output: str) -> pl.Expr:
    coef = model.coef_[0]
    z = _sum([x[j] * float(coef[j]) for j in range(len(x))]) + float(model.intercept_[0])
    return z > 0 if output == "predict" else _sigmoid(z)


def _decision_tree(model: DecisionTreeClassifier, x: list[pl.Expr], output: str, max_nodes: int) -> pl.Expr:
    _check_size([model.tree_], max_nodes)
    p0, p1 = _proba(model.tree_, 0), _proba(model.tree_, 1)
    if output == "predict":
        return _tree(model.tree_, x, lambda node: bool(p1(node) > p0(node)))
    return _tree(model.tree_, x, p1)


def _forest(model: RandomForestClassifier, x: list[pl.Expr], output: str, max_nodes: int) -> pl.Expr:
    trees = [e.tree_ for e in model.estimators_]
    n = float(len(trees))
    if output == "predict":
        _check_size(trees * 2, max_nodes)
        # predict is argmax over the two averaged class probabilities (ties -> negative class).
        mean = [_sum([_tree(t, x, _proba(t, cls)) for t in trees]) / n for cls in (0, 1)]
        return mean[1] > mean[0]
    _check_size(trees, max_nodes)
    return _sum([_tree(t, x, _proba(t, 1)) for t in trees]) / n


def _boosting(model: GradientBoostingClassifier, x: list[pl.Expr], output: str, max_nodes: int) -> pl.Expr:
    trees = [e.tree_ for e in model.estimators_[:, 0]]
    _check_size(trees, max_nodes)
    # The initial raw prediction depends only on the training prior; this private helper is the
    # one place scikit-learn computes it (clipped log-odds), so ask it rather than re-derive it.
    init = float(model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0, 0])
    rate = model.learning_rate
    raw = _sum([pl.lit(init)] + [_tree(t, x, lambda node, t=t: float(rate * t.value[node, 0, 0])) for t in trees])
    return raw >= 0 if output == "predict" else _sigmoid(raw)


def _kmeans(model: KMeans, x: list[pl.Expr]) -> pl.Expr:
    distances = [_sum([(x[j] - float(c[j])) ** 2 for j in range(len(x))]) for c in model.cluster_centers_]
    nearest = pl.min_horizontal(distances)
    # The first cluster at the minimum distance wins, so ties go to the lowest index as in scikit-learn.
    chain = pl.when(distances[0] == nearest).then(pl.lit(0, pl.Int64))
    for k, distance in enumerate(distances[1:], start=1):
        chain = chain.when(distance == nearest).then(pl.lit(k, pl.Int64))
    return chain.otherwise(pl.lit(None, pl.Int64))


def _native(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: str, max_nodes: int) -> pl.Expr:
    kinds = _column_kinds(pipeline)
    if kinds is None or len(pipeline) != 2:
        raise NotNative
    model = pipeline[-1]
    x = _preprocess(pipeline[0], inputs, *kinds)
    if len(x) != model.n_features_in_:
        raise NotNative
    if isinstance(model, KMeans) and output == "cluster":
        return _kmeans(model, x)
    if len(getattr(model, "classes_", ())) != 2:
        raise NotNative
    if type(model) is LogisticRegression:
        return _logistic(model, x, output)
    if type(model) is DecisionTreeClassifier:
        return _decision_tree(model, x, output, max_nodes)
    if type(model) is RandomForestClassifier:
        return _forest(model, x, output, max_nodes)
    if type(model) is GradientBoostingClassifier and model.estimators_.shape[1] == 1:
        return _boosting(model, x, output, max_nodes)
    raise NotNative


# ---- fallback ----------------------------------------------------------------------------------


def fallback(pipeline: Pipeline, inputs: dict[str, pl.Expr], output: str) -> pl.Expr:
    """Score per batch with scikit-learn itself; still lazy, but a Python call per batch."""
    names = list(getattr(pipeline, "feature_names_in_", inputs))
    kinds = _column_kinds(pipeline)
    if kinds is not None and set(kinds[0] + kinds[1]) == set(names):
        columns = dict(zip(kinds[0] + kinds[1], feature_exprs(inputs, *kinds)))
        exprs = [columns[n] for n in names]
    else:
        exprs = [inputs[n].alias(n) for n in names]
    dtype = OUTPUT_DTYPES[output]
    estimator = pipeline[-1] if isinstance(pipeline, Pipeline) else pipeline

    def run(batch: pl.Series) -> pl.Series:
        frame = batch.struct.unnest()
        if frame.height == 0:
            return pl.Series(batch.name, [], dtype=dtype)
        if output == "score":
            values = pipeline.predict_proba(frame)[:, -1]
        elif output == "predict":
            values = pipeline.predict(frame) == estimator.classes_[-1]
        else:
            values = pipeline.predict(frame)
        return pl.Series(batch.name, np.asarray(values)).cast(dtype)

    return pl.struct(exprs).map_batches(run, return_dtype=dtype, is_elementwise=True)
