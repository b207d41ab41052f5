"""A fitted scikit-learn pipeline as ONE sqlglot expression, for the SQL engines.

The same pipelines `segdsl.models.native` compiles to Polars: a ColumnTransformer (median /
constant SimpleImputer, StandardScaler, OneHotEncoder ignoring unknown categories) feeding a
logistic regression, a decision tree, a random forest, gradient boosting (binary log-loss) or
k-means. Each step repeats scikit-learn's float64 arithmetic in SQL (DOUBLE PRECISION true
division); trees compare the value rounded to float32 (`CAST(... AS REAL)`) with the threshold,
as scikit-learn's trees do. Anything else raises `NotCompilable` with the reason, which the
engines report at check time (E250) naming the model and the engine.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlglot import exp

MAX_TREE_NODES = 4_000  # as the Polars compiler: a CASE per node, evaluated for every row


class NotCompilable(Exception):
    """The pipeline has no SQL translation; the message says why."""


@dataclass(frozen=True)
class _Column:
    value: exp.Expression  # DOUBLE
    source: exp.Expression | None = None  # for a one-hot indicator: the text column it tests
    category: str | None = None


def _double(value: float) -> exp.Expression:
    if value != value or value in (float("inf"), float("-inf")):
        raise NotCompilable("a fitted parameter is not finite")
    literal = exp.Literal.number(repr(float(value)))
    return exp.cast(literal, exp.DataType.build("DOUBLE"))


def _paren(node: exp.Expression) -> exp.Expression:
    return exp.Paren(this=node)


def compile_model_sql(pipeline: Any, inputs: dict[str, exp.Expression], output: str,
                      booleans: frozenset[str] = frozenset()) -> exp.Expression:
    """`output` (score: P(positive) DOUBLE; predict: BOOLEAN; cluster: BIGINT) from the raw features.

    `booleans`: features that are BOOLEAN in the query (read as 1.0 / 0.0, as in training; not
    every dialect casts a boolean to a float). Missing values are NULL (engines read NaN as NULL)."""
    from sklearn.cluster import KMeans
    from sklearn.compose import ColumnTransformer
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.tree import DecisionTreeClassifier

    if not isinstance(pipeline, Pipeline) or len(pipeline) != 2 or not isinstance(pipeline[0], ColumnTransformer):
        raise NotCompilable("only segdsl's pipelines (column transformer + one estimator) compile to SQL")
    names = [str(n) for n in pipeline.feature_names_in_]
    missing = [n for n in names if n not in inputs]
    if missing:
        raise NotCompilable(f"no value for the feature(s) {', '.join(missing)}")
    typed = {name: _as_number(value) if name in booleans else value for name, value in inputs.items()}
    x = _preprocess(pipeline[0], typed, names)
    model = pipeline[-1]
    if len(x) != model.n_features_in_:
        raise NotCompilable("the preprocessing gives another number of columns than the model takes")
    if type(model) is KMeans and output == "cluster":
        return _kmeans(model, x)
    if output not in ("score", "predict") or len(getattr(model, "classes_", ())) != 2:
        raise NotCompilable(f"`{output}` of a {type(model).__name__}")
    if type(model) is LogisticRegression:
        z = _add([_dot(x, [float(w) for w in model.coef_[0]]), _double(model.intercept_[0])])
        return exp.GT(this=_paren(z), expression=_double(0.0)) if output == "predict" else _sigmoid(z)
    if type(model) is DecisionTreeClassifier:
        _size([model.tree_])
        if output == "predict":
            return _tree(model.tree_, x, lambda t, n: exp.true() if t.value[n, 0, 1] > t.value[n, 0, 0] else exp.false())
        return _tree(model.tree_, x, _probability(1))
    if type(model) is RandomForestClassifier:
        trees = [e.tree_ for e in model.estimators_]
        _size(trees * (2 if output == "predict" else 1))
        n = _double(float(len(trees)))
        mean = [exp.Div(this=_paren(_add([_tree(t, x, _probability(c)) for t in trees])), expression=n) for c in (0, 1)]
        return exp.GT(this=mean[1], expression=mean[0]) if output == "predict" else mean[1]
    if type(model) is GradientBoostingClassifier:
        return _boosting(model, x, output)
    raise NotCompilable(f"{type(model).__name__} has no SQL translation")


# ---- preprocessing -----------------------------------------------------------------------------


def _as_number(value: exp.Expression) -> exp.Expression:
    return exp.Case(ifs=[exp.If(this=value.copy(), true=_double(1.0)),
                         exp.If(this=exp.Not(this=_paren(value.copy())), true=_double(0.0))])


def _preprocess(ct: Any, inputs: dict[str, exp.Expression], names: list[str]) -> list[_Column]:
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    out: list[_Column] = []
    for _, transformer, columns in ct.transformers_:
        selected = [columns] if isinstance(columns, str) else [names[c] if isinstance(c, int) else str(c) for c in columns]
        if transformer == "drop" or not selected:
            continue
        steps = transformer.steps if isinstance(transformer, Pipeline) else [("", transformer)]
        text = any(isinstance(step, OneHotEncoder) for _, step in steps)
        kind = exp.DataType.build("TEXT" if text else "DOUBLE")
        current = [_Column(exp.cast(inputs[c].copy(), kind)) for c in selected]
        for _, step in steps:
            if step in ("passthrough", None):
                continue
            if isinstance(step, SimpleImputer) and not step.add_indicator and len(step.statistics_) == len(current):
                current = [_Column(exp.Coalesce(this=c.value, expressions=[
                    exp.Literal.string(fill) if isinstance(fill, str) else _double(float(fill))]))
                    for c, fill in zip(current, step.statistics_)]
            elif isinstance(step, StandardScaler):
                current = [_Column(exp.Div(this=_paren(exp.Sub(this=c.value, expression=_double(0.0 if step.mean_ is None else step.mean_[j]))),
                                           expression=_double(1.0 if step.scale_ is None else step.scale_[j])))
                           for j, c in enumerate(current)]
            elif isinstance(step, OneHotEncoder) and step.drop_idx_ is None and step.handle_unknown in ("ignore", "infrequent_if_exist") \
                    and getattr(step, "infrequent_categories_", None) is None:
                encoded = []
                for c, categories in zip(current, step.categories_):
                    for category in categories:
                        if not isinstance(category, str):
                            raise NotCompilable("a one-hot category that is not text")
                        test = exp.EQ(this=c.value.copy(), expression=exp.Literal.string(category))
                        value = exp.Case(ifs=[exp.If(this=test, true=_double(1.0))], default=_double(0.0))
                        encoded.append(_Column(value, c.value, category))
                current = encoded
            else:
                raise NotCompilable(f"the preprocessing step {type(step).__name__} has no SQL translation")
        out.extend(current)
    return out


# ---- estimators --------------------------------------------------------------------------------


def _add(terms: list[exp.Expression]) -> exp.Expression:
    """Left-to-right sum, the order scikit-learn accumulates in."""
    return functools.reduce(lambda a, b: exp.Add(this=a, expression=b), terms)


def _dot(x: list[_Column], weights: list[float]) -> exp.Expression:
    """sum_j(w_j * x_j); a one-hot block becomes one CASE on its text column."""
    terms: list[exp.Expression] = []
    blocks: dict[int, tuple[exp.Expression, list[tuple[str, float]]]] = {}
    for column, weight in zip(x, weights):
        if column.source is None:
            terms.append(exp.Mul(this=_paren(column.value.copy()), expression=_double(weight)))
        else:
            blocks.setdefault(id(column.source), (column.source, []))[1].append((column.category or "", weight))
    for source, pairs in blocks.values():
        ifs = [exp.If(this=exp.EQ(this=source.copy(), expression=exp.Literal.string(c)), true=_double(w)) for c, w in pairs]
        terms.append(exp.Case(ifs=ifs, default=_double(0.0)))
    return _add(terms) if terms else _double(0.0)


def _sigmoid(z: exp.Expression) -> exp.Expression:
    denominator = exp.Add(this=_double(1.0), expression=exp.Exp(this=exp.Neg(this=_paren(z))))
    return exp.Div(this=_double(1.0), expression=_paren(denominator))


def _size(trees: list[Any]) -> None:
    nodes = sum(t.node_count for t in trees)
    if nodes > MAX_TREE_NODES:
        raise NotCompilable(f"{nodes:,} tree nodes (at most {MAX_TREE_NODES:,} compile to SQL)")


def _probability(cls: int):
    def leaf(tree: Any, node: int) -> exp.Expression:
        total = tree.value[node, 0, :].sum()
        return _double(float(tree.value[node, 0, cls] / (total if total != 0 else 1.0)))
    return leaf


def _tree(tree: Any, x: list[_Column], leaf) -> exp.Expression:
    def node(n: int) -> exp.Expression:
        left, right = int(tree.children_left[n]), int(tree.children_right[n])
        if left == -1:
            return leaf(tree, n)
        column = x[int(tree.feature[n])]
        value32 = exp.cast(column.value.copy(), exp.DataType.build("FLOAT"))  # float32, as the tree sees X
        condition: exp.Expression = exp.LTE(this=value32, expression=_double(float(tree.threshold[n])))
        missing_left = getattr(tree, "missing_go_to_left", None)
        if missing_left is not None and bool(missing_left[n]):
            condition = exp.Or(this=condition, expression=exp.Is(this=column.value.copy(), expression=exp.Null()))
        return exp.Case(ifs=[exp.If(this=condition, true=node(left))], default=node(right))
    return node(0)


def _boosting(model: Any, x: list[_Column], output: str) -> exp.Expression:
    import numpy as np

    if model.estimators_.shape[1] != 1 or model.loss != "log_loss":
        raise NotCompilable("gradient boosting other than binary log-loss")
    trees = [e.tree_ for e in model.estimators_[:, 0]]
    _size(trees)
    try:
        init = float(model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0, 0])
    except (AttributeError, TypeError, ValueError, IndexError):
        raise NotCompilable("this scikit-learn version hides the boosting's initial prediction") from None
    rate = float(model.learning_rate)
    raw = _add([_double(init)] + [_tree(t, x, lambda tree, n: _double(rate * float(tree.value[n, 0, 0]))) for t in trees])
    return exp.GTE(this=_paren(raw), expression=_double(0.0)) if output == "predict" else _sigmoid(raw)


def _kmeans(model: Any, x: list[_Column]) -> exp.Expression:
    """Nearest centre: argmin of ||c||² - 2 x·c; ties go to the lowest index, as in scikit-learn."""
    centres = model.cluster_centers_
    distances = [exp.Sub(this=_double(float((c * c).sum())), expression=exp.Mul(this=_double(2.0), expression=_paren(_dot(x, [float(v) for v in c]))))
                 for c in centres]
    ifs = []
    for i in range(len(distances) - 1):
        tests = [exp.LTE(this=_paren(distances[i].copy()), expression=_paren(distances[j].copy())) for j in range(i + 1, len(distances))]
        ifs.append(exp.If(this=functools.reduce(lambda a, b: exp.And(this=a, expression=b), tests), true=exp.Literal.number(i)))
    default = exp.Literal.number(len(distances) - 1)
    return exp.cast(exp.Case(ifs=ifs, default=default) if ifs else default, exp.DataType.build("BIGINT"))
