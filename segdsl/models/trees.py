"""A fitted scikit-learn tree as nested `pl.when/then/otherwise`.

scikit-learn trees test `float32(x) <= threshold`, x being the scaled value. Scaling is monotone,
so each split is the same as `raw <= limit` on the raw imputed value, where `limit` is the largest
float64 whose scaled float32 passes the test. Limits are found by bisection over the float64
values, evaluating scikit-learn's own NumPy arithmetic (`Column.forward`), so decisions are
identical to scikit-learn's down to inputs sitting exactly on a threshold, and each split costs
one comparison on a column the optimizer computes once. Splits on one-hot columns become text
tests (`country != "FR"`). Subtrees whose leaves all agree collapse into that value, which keeps
`predict` expressions small.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import polars as pl

from segdsl.models.preprocess import Column, NotNative

Leaf = float | bool | str
_SIGN = np.uint64(2**63)


def tree_expr(tree: object, x: list[Column], leaf: Callable[[int], Leaf]) -> pl.Expr:
    """The expression giving `leaf(node)` of the leaf each row falls into."""
    limits = _raw_limits(tree, x)
    result = _node(tree, x, leaf, limits, 0)
    return result if isinstance(result, pl.Expr) else pl.lit(result)


def _node(tree: object, x: list[Column], leaf: Callable[[int], Leaf], limits: np.ndarray, node: int) -> pl.Expr | Leaf:
    left, right = int(tree.children_left[node]), int(tree.children_right[node])
    if left == -1:
        return leaf(node)
    low, high = _node(tree, x, leaf, limits, left), _node(tree, x, leaf, limits, right)
    if not isinstance(low, pl.Expr) and not isinstance(high, pl.Expr) and low == high:
        return low
    column = x[int(tree.feature[node])]
    if column.source is not None:  # a one-hot indicator, 0 or 1
        threshold = float(tree.threshold[node])
        condition = pl.lit(threshold >= 1.0) if threshold >= 1.0 or threshold < 0.0 else \
            (column.source != pl.lit(column.category)).fill_null(True)
    else:
        condition = column.raw <= float(limits[node])
    return pl.when(condition).then(_lit(low)).otherwise(_lit(high))


def _lit(value: pl.Expr | Leaf) -> pl.Expr:
    """Leaves as literals: a bare string in then/otherwise would be read as a column name."""
    return value if isinstance(value, pl.Expr) else pl.lit(value)


def _raw_limits(tree: object, x: list[Column]) -> np.ndarray:
    """For each split on a numeric column, the largest raw value that goes left (NaN elsewhere)."""
    limits = np.full(tree.node_count, np.nan)
    splits = tree.children_left != -1
    for j in np.unique(tree.feature[splits]):
        column = x[int(j)]
        if column.source is not None:
            continue
        if column.forward is None:
            raise NotNative  # a numeric input without imputation: missing values would need routing
        nodes = np.flatnonzero(splits & (tree.feature == j))
        limits[nodes] = largest_passing(column.forward, tree.threshold[nodes])
    return limits


def largest_passing(forward: Callable[[np.ndarray], np.ndarray], thresholds: np.ndarray) -> np.ndarray:
    """Per threshold t, the largest float64 r with float32(forward(r)) <= t; forward is non-decreasing.

    Bisection over float64 values in order (their bit patterns mapped to ordered integers): -inf
    always passes (forward(-inf) = -inf), +inf never does for a finite t.
    """
    thresholds = np.asarray(thresholds, dtype=np.float64)
    low = np.full(thresholds.shape, _ordered(np.array(-np.inf))[()])
    high = np.full(thresholds.shape, _ordered(np.array(np.inf))[()])
    with np.errstate(over="ignore", invalid="ignore"):
        while np.any(high - low > 1):
            middle = low + (high - low) // 2
            passes = forward(_from_ordered(middle)).astype(np.float32).astype(np.float64) <= thresholds
            low = np.where(passes, middle, low)
            high = np.where(passes, high, middle)
    return _from_ordered(low)


def _ordered(values: np.ndarray) -> np.ndarray:
    """float64 -> uint64 keys in the same order (flip the sign bit of positives, all bits of negatives)."""
    bits = np.asarray(values, dtype=np.float64).view(np.uint64)
    return np.where(bits & _SIGN, ~bits, bits | _SIGN)


def _from_ordered(keys: np.ndarray) -> np.ndarray:
    return np.where(keys & _SIGN, keys ^ _SIGN, ~keys).astype(np.uint64).view(np.float64)
