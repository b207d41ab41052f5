"""A fitted ColumnTransformer as Polars expressions, one per column of the estimator's input.

Each step repeats scikit-learn's float64 operations (fill, subtract, divide). One caveat: Polars
divides a column by a constant as a multiplication by its reciprocal, which can differ from
scikit-learn's true division in the last bit. That is harmless for sums (1e-16) but not for a
tree split sitting exactly on a threshold, so numeric columns also keep their raw imputed value
and the exact NumPy function (`forward`) that scikit-learn applies to it: trees compare the raw
value with the threshold mapped back through `forward`, which is exact. One-hot columns remember
the text and category they indicate: estimators test `country == "FR"` or look a weight up by
category instead of materialising one indicator column per category.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import polars as pl
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from segdsl.models.frames import CATEGORICAL, NUMERIC


class NotNative(Exception):
    """This pipeline (or output) has no native translation; score through the fallback."""


@dataclass(frozen=True)
class Column:
    """One input column of the estimator: a Float64 value, and for one-hot columns what it indicates."""

    value: pl.Expr
    # Numeric columns after imputation: value == forward(raw) as scikit-learn computes it.
    raw: pl.Expr | None = None
    forward: Callable[[np.ndarray], np.ndarray] | None = None
    source: pl.Expr | None = None  # the (imputed) text column this indicator tests
    category: str | None = None
    block: int | None = None  # indicators of one encoded feature share a block


def input_roles(pipeline: object) -> dict[str, str] | None:
    """Role of each raw input feature (text if it feeds a OneHotEncoder); None if not our layout."""
    if not isinstance(pipeline, Pipeline) or not isinstance(pipeline[0], ColumnTransformer):
        return None
    names = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    roles = dict.fromkeys(names, NUMERIC)
    for _, transformer, columns in pipeline[0].transformers_:
        steps = transformer.steps if isinstance(transformer, Pipeline) else [("", transformer)]
        if any(isinstance(step, OneHotEncoder) for _, step in steps):
            try:
                roles.update(dict.fromkeys(_column_names(columns, names), CATEGORICAL))
            except NotNative:  # a column selection we do not read: pass inputs through untouched
                return None
    return roles


def preprocess(ct: ColumnTransformer, typed: dict[str, pl.Expr], names: list[str]) -> list[Column]:
    """The estimator's input columns, in ColumnTransformer output order; `typed` maps feature -> expr."""
    blocks = itertools.count()
    out: list[Column] = []
    for _, transformer, columns in ct.transformers_:
        selected = _column_names(columns, names)
        if transformer == "drop" or not selected:
            continue
        current = [Column(typed[c]) for c in selected]
        steps = transformer.steps if isinstance(transformer, Pipeline) else [("", transformer)]
        for _, step in steps:
            if step in ("passthrough", None):
                continue
            compile_step = _STEPS.get(type(step))
            if compile_step is None:
                raise NotNative
            current = compile_step(step, current, blocks)
        out.extend(current)
    return out


def _column_names(columns: object, names: list[str]) -> list[str]:
    """ColumnTransformer column selections (names or positions) as names."""
    if isinstance(columns, str):
        return [columns]
    selected = list(columns) if isinstance(columns, (list, tuple, np.ndarray)) else None
    if selected is None:
        raise NotNative
    if all(isinstance(c, str) for c in selected):
        return selected
    if all(isinstance(c, (int, np.integer)) and not isinstance(c, bool) for c in selected):
        return [names[int(c)] for c in selected]
    raise NotNative


def _imputer(step: SimpleImputer, columns: list[Column], _: itertools.count) -> list[Column]:
    if step.add_indicator or len(step.statistics_) != len(columns):
        raise NotNative
    out = []
    for column, fill in zip(columns, step.statistics_):
        if isinstance(fill, str) and step.missing_values is None:
            out.append(Column(column.value.fill_null(pl.lit(fill))))
        elif isinstance(fill, (float, np.floating)) and not np.isnan(fill) and _is_nan(step.missing_values):
            # scikit-learn sees Polars nulls as NaN: both are missing.
            filled = column.value.fill_nan(float(fill)).fill_null(float(fill))
            out.append(Column(filled, raw=filled, forward=_identity))
        else:
            raise NotNative  # e.g. a column empty in training, which scikit-learn silently drops
    return out


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and np.isnan(value)


def _identity(values: np.ndarray) -> np.ndarray:
    return values


def _scaler(step: StandardScaler, columns: list[Column], _: itertools.count) -> list[Column]:
    out = []
    for j, column in enumerate(columns):
        mean = 0.0 if step.mean_ is None else float(step.mean_[j])
        scale = 1.0 if step.scale_ is None else float(step.scale_[j])
        value = (column.value - mean) / scale
        forward = None if column.forward is None else functools.partial(_scaled, column.forward, mean, scale)
        out.append(Column(value, raw=column.raw, forward=forward))
    return out


def _scaled(previous: Callable[[np.ndarray], np.ndarray], mean: float, scale: float, values: np.ndarray) -> np.ndarray:
    return (previous(values) - mean) / scale  # as StandardScaler.transform: X -= mean_; X /= scale_


def _onehot(step: OneHotEncoder, columns: list[Column], blocks: itertools.count) -> list[Column]:
    # Unknown categories match no indicator, so they encode as all zeros (handle_unknown="ignore").
    if step.drop_idx_ is not None or getattr(step, "infrequent_categories_", None) is not None \
            or step.handle_unknown not in ("ignore", "infrequent_if_exist"):
        raise NotNative
    out = []
    for column, categories in zip(columns, step.categories_):
        block = next(blocks)
        for category in categories:
            if not isinstance(category, str):
                raise NotNative
            indicator = (column.value == pl.lit(category)).fill_null(False)
            out.append(Column(indicator.cast(pl.Float64), source=column.value, category=category, block=block))
    return out


_STEPS: dict[type, Callable[[object, list[Column], itertools.count], list[Column]]] = {
    SimpleImputer: _imputer, StandardScaler: _scaler, OneHotEncoder: _onehot,
}
