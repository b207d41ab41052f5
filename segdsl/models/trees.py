"""A fitted scikit-learn tree as nested `pl.when/then/otherwise`.

scikit-learn trees compare float32 inputs against float64 thresholds. For a float32 x,
`x <= t` holds exactly when `x <= largest float32 not above t`, so each split becomes one float32
comparison with a float32 literal: the same decisions, without widening every input back to
float64. Splits on one-hot columns become text tests (`country != "FR"`). Subtrees whose leaves
all give the same value collapse into that value, which keeps `predict` expressions small.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import polars as pl

from segdsl.models.preprocess import Column

Leaf = float | bool


def tree_expr(tree: object, x: list[Column], leaf: Callable[[int], Leaf]) -> pl.Expr:
    """The expression giving `leaf(node)` of the leaf each row falls into."""
    result = _node(tree, x, leaf, 0)
    return result if isinstance(result, pl.Expr) else pl.lit(result)


def _node(tree: object, x: list[Column], leaf: Callable[[int], Leaf], node: int) -> pl.Expr | Leaf:
    left, right = int(tree.children_left[node]), int(tree.children_right[node])
    if left == -1:
        return leaf(node)
    low, high = _node(tree, x, leaf, left), _node(tree, x, leaf, right)
    if not isinstance(low, pl.Expr) and not isinstance(high, pl.Expr) and low == high:
        return low
    condition = _split(x[int(tree.feature[node])], float(tree.threshold[node]))
    return pl.when(condition).then(low).otherwise(high)


def _split(column: Column, threshold: float) -> pl.Expr:
    """`float32(column) <= threshold`, as scikit-learn evaluates it."""
    if column.source is not None:  # an indicator: 0 or 1
        if threshold >= 1.0 or threshold < 0.0:
            return pl.lit(threshold >= 1.0)
        return (column.source != pl.lit(column.category)).fill_null(True)
    return column.value.cast(pl.Float32) <= pl.lit(_float32_at_most(threshold), dtype=pl.Float32)


def _float32_at_most(threshold: float) -> np.float32:
    """The largest float32 that is <= threshold (float64)."""
    rounded = np.float32(threshold)
    if float(rounded) > threshold:
        rounded = np.nextafter(rounded, np.float32(-np.inf))
    return rounded
