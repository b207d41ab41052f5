"""Linear models and k-means as Polars expressions: dot products over the preprocessed columns.

Each formula is scikit-learn's: `X @ coef.T + intercept` for logistic and ridge regression, the
logistic sigmoid for two classes and `exp(d - max) / sum(exp(d - max))` (scikit-learn's softmax)
for more, `||c||² - 2 x·c` for the nearest k-means centre. The summation order of a dot product
may differ from BLAS in the last bit (~1e-16 relative).
"""

from __future__ import annotations

import functools
import operator

import numpy as np
import polars as pl
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression, Ridge

from segdsl.models.preprocess import Column, NotNative
from segdsl.models.tasks import is_binary

def add(terms: list[pl.Expr]) -> pl.Expr:
    """Left-to-right sum: the order scikit-learn accumulates in, so rounding matches."""
    return functools.reduce(operator.add, terms)


def sigmoid(z: pl.Expr) -> pl.Expr:
    return 1.0 / (1.0 + (-z).exp())


def softmax(raw: list[pl.Expr], index: int) -> pl.Expr:
    """P(class `index`) from raw scores, as scikit-learn's (and SciPy's) softmax: shift by the max,
    exponentiate, divide by the sum. Each raw score appears several times, which is cheap for
    linear decisions only: tree ensembles do not use it (see `native_trees.boosting`)."""
    top = pl.max_horizontal(raw)
    exps = [(r - top).exp() for r in raw]
    return exps[index] / add(exps)


def argmax(values: list[pl.Expr], labels: list[object]) -> pl.Expr:
    """labels[j] of the largest value; the first on ties (as NumPy's argmax)."""
    index = pl.concat_arr(values).arr.arg_max()
    if is_binary(labels):
        return index == 1
    return index.replace_strict(list(range(len(labels))), [str(label) for label in labels], return_dtype=pl.String)


def dot_products(x: list[Column], rows: list[list[float]]) -> list[pl.Expr]:
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
    return [add([column.value * row[j] for j, column in enumerate(x) if column.block is None]
                + [lookup.struct.field(field).fill_null(0.0) for lookup in structs])
            for row, field in zip(rows, fields)]


def logistic(model: LogisticRegression, x: list[Column], output: str, target: object) -> pl.Expr:
    classes = list(model.classes_)
    decisions = [d + float(b) for d, b in zip(dot_products(x, [[float(w) for w in row] for row in model.coef_]),
                                              model.intercept_)]
    if len(classes) == 2:  # one decision function: P(classes[1]) = sigmoid(z)
        z = decisions[0]
        if output == "predict":
            return z > 0 if is_binary(classes) else \
                pl.when(z > 0).then(pl.lit(str(classes[1]))).otherwise(pl.lit(str(classes[0])))
        p = sigmoid(z)
        return p if target == classes[1] else 1.0 - p
    if output == "predict":
        return argmax(decisions, classes)
    return softmax(decisions, classes.index(target))


def ridge(model: Ridge, x: list[Column]) -> pl.Expr:
    coef = np.asarray(model.coef_, dtype=np.float64)
    if coef.ndim != 1:
        raise NotNative  # several targets at once
    return dot_products(x, [[float(w) for w in coef]])[0] + float(model.intercept_)


def kmeans(model: KMeans, x: list[Column]) -> pl.Expr:
    """Nearest centre as scikit-learn computes it: argmin of ||c||² - 2 x·c (||x||² is common to all c)."""
    centres = model.cluster_centers_
    dots = dot_products(x, [[float(v) for v in centre] for centre in centres])
    distances = [float((centre * centre).sum()) - 2.0 * dot for centre, dot in zip(centres, dots)]
    # arg_min takes the first minimum, so ties go to the lowest index as in scikit-learn. Each
    # distance appears once, which lets the optimizer share the lookups and scaled inputs they
    # have in common (min_horizontal + comparisons would reference each twice and block that).
    return pl.concat_arr(distances).arr.arg_min().cast(pl.Int64)
