"""Tree models (single trees, random forests, gradient boosting; classifiers and regressors) as
Polars expressions, summed in scikit-learn's order so that rounding matches.

- Probabilities of a classifier tree are its leaf's class weights normalised as
  `DecisionTreeClassifier.predict_proba` does; a forest averages them (sum over trees in order,
  then divided by the number of trees) and predicts the class of the largest average.
- Gradient boosting adds `learning_rate × leaf value` stage by stage to the initial raw
  prediction; two classes go through the sigmoid, more through the softmax, regression is the
  raw sum itself.
Every tree costs one `when/then` chain per output, so the number of nodes is bounded (see
`native.MAX_TREE_NODES`): beyond it, scoring falls back to scikit-learn per batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import polars as pl
from sklearn.base import is_regressor

from segdsl.models.native_linear import add, argmax, sigmoid
from segdsl.models.tasks import is_binary
from segdsl.models.preprocess import Column, NotNative
from segdsl.models.trees import tree_expr


def check_size(trees: list[object], max_nodes: int, outputs: int = 1) -> None:
    if sum(t.node_count for t in trees) * outputs > max_nodes:
        raise NotNative


def probability(tree: object, cls: int) -> Callable[[int], float]:
    """Leaf probability of class `cls`, normalised exactly as DecisionTreeClassifier.predict_proba."""
    def leaf(node: int) -> float:
        total = tree.value[node, 0, :].sum()
        return float(tree.value[node, 0, cls] / (total if total != 0 else 1.0))
    return leaf


def decision_tree(model: object, x: list[Column], output: str, target: object, max_nodes: int) -> pl.Expr:
    tree = model.tree_
    check_size([tree], max_nodes)
    if is_regressor(model):
        return tree_expr(tree, x, lambda node: float(tree.value[node, 0, 0]))
    classes = list(model.classes_)
    if output == "predict":  # argmax of the raw leaf values; ties go to the first class
        if is_binary(classes):
            return tree_expr(tree, x, lambda node: bool(tree.value[node, 0, 1] > tree.value[node, 0, 0]))
        return tree_expr(tree, x, lambda node: str(classes[int(np.argmax(tree.value[node, 0, :]))]))
    return tree_expr(tree, x, probability(tree, classes.index(target)))


def forest(model: object, x: list[Column], output: str, target: object, max_nodes: int) -> pl.Expr:
    trees = [e.tree_ for e in model.estimators_]
    n = float(len(trees))
    if is_regressor(model):
        check_size(trees, max_nodes)
        return add([tree_expr(t, x, lambda node, t=t: float(t.value[node, 0, 0])) for t in trees]) / n
    classes = list(model.classes_)
    wanted = range(len(classes)) if output == "predict" else [classes.index(target)]
    check_size(trees, max_nodes, len(wanted))
    mean = [add([tree_expr(t, x, probability(t, c)) for t in trees]) / n for c in wanted]
    # predict is the argmax of the averaged probabilities: ties go to the first class.
    return argmax(mean, classes) if output == "predict" else mean[0]


def boosting(model: object, x: list[Column], output: str, target: object, max_nodes: int) -> pl.Expr:
    stages = model.estimators_
    columns = stages.shape[1]
    check_size([e.tree_ for e in stages.ravel()], max_nodes)
    if not is_regressor(model) and model.loss != "log_loss":
        raise NotNative
    try:
        # The initial raw prediction (the training prior, or the mean for squared error) is
        # computed only by this private helper; ask it rather than re-derive it, and fall back
        # if it ever moves.
        init = model._raw_predict_init(np.zeros((1, model.n_features_in_)))[0]
    except (AttributeError, TypeError, ValueError, IndexError):
        raise NotNative from None
    rate = float(model.learning_rate)
    raw = [add([pl.lit(float(init[k]))] + [tree_expr(t, x, lambda node, t=t: rate * float(t.value[node, 0, 0]))
                                            for t in (e.tree_ for e in stages[:, k])])
           for k in range(columns)]
    if is_regressor(model):
        return raw[0]
    classes = list(model.classes_)
    if columns == 1:  # two classes: one raw score, P(classes[1]) = sigmoid(raw)
        if output == "predict":
            return raw[0] >= 0 if is_binary(classes) else \
                pl.when(raw[0] >= 0).then(pl.lit(str(classes[1]))).otherwise(pl.lit(str(classes[0])))
        p = sigmoid(raw[0])
        return p if target == classes[1] else 1.0 - p
    if output == "predict":
        return argmax(raw, classes)
    # A softmax references every raw score several times, and Polars evaluates each large tree
    # expression again for each reference: measured 0.4x scikit-learn on 2M rows, so multi-class
    # probabilities of boosting go through scikit-learn (the fallback) instead.
    raise NotNative
