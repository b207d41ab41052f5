"""Training a model on a Polars frame and measuring it honestly.

- Rows are put in a canonical order first (sorted by all their values), so the split, the fitted
  model and the data fingerprint depend only on which rows there are, not on the order the query
  plan happened to produce them in.
- The label decides the task: true/false (or 0/1) trains a binary classifier, text a
  multi-class one (classifier kinds), a number a regression (regression kinds). Rows with a
  missing label are left out. See `supervised` for the hold-out and out-of-time protocol.
- K-means has no hold-out; the declared k is fitted on all rows and judged by silhouette
  (sampled, seeded). `k_values` compares other k for the report only: the saved model is always
  the declared one, so names given to its clusters keep labelling the clusters they were read from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import polars as pl
from sklearn.pipeline import Pipeline

from segdsl.models import MODEL_KINDS, REGRESSION_KINDS
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import canonical_order, feature_kinds, fingerprint, prepare
from segdsl.models.metrics import classifier_metrics, silhouette
from segdsl.models.params import translate_params
from segdsl.models.supervised import (BINARY, MULTICLASS, REGRESSION, Task, fail, fit, fit_and_measure,
                                      out_of_time)
from segdsl.diagnostics import DiagnosticError

__all__ = ["TrainResult", "classifier_metrics", "train"]

MIN_ROWS = 20
MIN_CLASS_ROWS = 4  # per class of a binary label, so both sides of the stratified split see each class
DEFAULT_K = 8  # scikit-learn's default, when the declaration gives no k
_TEXT = (pl.String, pl.Categorical, pl.Enum)


@dataclass(frozen=True)
class TrainResult:
    kind: str
    pipeline: Pipeline
    metrics: dict[str, object]
    features: list[dict[str, str]]  # name, type ("numeric" | "categorical"), dtype
    label: str | None
    params: dict[str, object]
    seed: int
    data: dict[str, object]  # fingerprint: rows and hash
    task: str = "clustering"  # binary | multiclass | regression | clustering
    classes: tuple[str, ...] = ()  # multi-class: the classes seen at training, sorted

    def metadata(self, label_description: str | None = None, train_as_of: dt.date | None = None) -> dict[str, object]:
        """The sidecar contents (save_model adds versions and the creation time)."""
        meta = {
            "kind": self.kind, "task": self.task, "features": self.features, "label": label_description or self.label,
            "train_as_of": train_as_of.isoformat() if train_as_of else None, "params": self.params,
            "seed": self.seed, "data": self.data, "metrics": self.metrics,
        }
        if self.classes:
            meta["classes"] = list(self.classes)
        return meta


def train(kind: str, frame: pl.DataFrame, features: list[str], label: str | None, params: dict[str, object],
          seed: int = 7, test_size: float = 0.25, k_values: list[int] | None = None,
          earlier: pl.DataFrame | None = None) -> TrainResult:
    """Fit `kind` on `frame`; raises DiagnosticError E404 (data, label, params) or E403 (feature types).

    `label` names the label column of `frame` (ignored for k-means): true/false or 0/1 for a
    binary classifier, text for a multi-class one, a number for a regression. `earlier` (same
    columns, one horizon earlier) adds the out-of-time figures under metrics["out_of_time"].
    `k_values` (k-means only) adds a comparison of several k to the metrics.
    """
    if kind not in MODEL_KINDS:
        raise fail(f"unknown model kind `{kind}`", f"use one of {', '.join(MODEL_KINDS)}")
    translate_params(kind, params)  # unknown params are refused before any data is touched
    features = list(features)
    _check_features(frame, features)
    numeric, categorical = feature_kinds(frame.schema, features)
    described = [{"name": n, "type": "numeric" if n in numeric else "categorical", "dtype": str(frame.schema[n])}
                 for n in features]
    if kind == "kmeans":
        rows = canonical_order(prepare(frame, numeric, categorical))
        pipeline, metrics = _train_kmeans(rows, numeric, categorical, params, seed, k_values)
        return TrainResult(kind, pipeline, metrics, described, None, {**params, "k": metrics["k"]}, seed,
                           fingerprint(rows))
    task = _task(kind, frame, label)
    rows, y = _labelled(task, frame, label, numeric, categorical)
    if task.name == MULTICLASS:
        task = Task(MULTICLASS, tuple(sorted(set(y.tolist()))))
    x = rows.select(numeric + categorical)
    pipeline, metrics = fit_and_measure(task, kind, x, y, numeric, categorical, params, seed, test_size)
    if earlier is not None:
        try:
            _check_features(earlier, features)
            early_rows, early_y = _labelled(task, earlier, label, numeric, categorical)
            metrics["out_of_time"] = out_of_time(task, kind, (early_rows.select(numeric + categorical), early_y),
                                                 (x, y), numeric, categorical, params, seed)
        except DiagnosticError as error:
            metrics["out_of_time"] = {"skipped": error.diagnostics[0].message}
    return TrainResult(kind, pipeline, metrics, described, label, dict(params), seed, fingerprint(rows),
                       task.name, task.classes if task.name == MULTICLASS else ())


# ---- checks ------------------------------------------------------------------------------------


def _check_features(frame: pl.DataFrame, features: list[str]) -> None:
    missing = [f for f in features if f not in frame.columns]
    if missing:
        raise fail(f"training data has no column(s) {', '.join(missing)}", f"available: {', '.join(frame.columns)}")
    for name in features:
        values = frame[name].drop_nulls()
        if values.dtype.is_float():
            values = values.drop_nans()
            if values.is_infinite().any():
                raise fail(f"feature `{name}` has infinite values", "cap it, or transform it in a trait first")
        if values.is_empty():
            raise fail(f"feature `{name}` has no values in the training data", "drop it from `features`")


def _task(kind: str, frame: pl.DataFrame, label: str | None) -> Task:
    """The task the label's type asks for, or E404 when the kind cannot learn it."""
    if label is None or label not in frame.columns:
        raise fail("a supervised model needs a label column" if label is None else f"label column `{label}` not found",
                   "declare `label ...` on the model")
    dtype = frame.schema[label]
    if kind in REGRESSION_KINDS:
        if dtype == pl.Boolean or not dtype.is_numeric():
            raise fail(f"{kind} predicts a number, but the label is {dtype}",
                       "write a numeric label, e.g. `label sum(orders.amount) over 365 days`, or use a classifier kind")
        return Task(REGRESSION)
    if isinstance(dtype, _TEXT):
        return Task(MULTICLASS)
    if dtype == pl.Boolean or dtype.is_numeric():
        return Task(BINARY)
    raise fail(f"label `{label}` has type {dtype}; a classifier takes true/false or text labels",
               "write the label as a condition or a text value")


def _labelled(task: Task, frame: pl.DataFrame, label: str, numeric: list[str],
              categorical: list[str]) -> tuple[pl.DataFrame, np.ndarray]:
    """Rows with a label (features prepared, canonical order) and the label values as NumPy."""
    column = pl.col(label)
    if task.name == REGRESSION:
        frame = frame.with_columns(column.cast(pl.Float64).fill_nan(None))
        if frame[label].is_infinite().any():
            raise fail(f"label `{label}` has infinite values", "cap it in the label expression")
    frame = frame.filter(column.is_not_null())
    if task.name == BINARY:
        _check_binary(frame[label], label)
        frame = frame.with_columns(column.cast(pl.Boolean))
    elif task.name == MULTICLASS:
        frame = frame.with_columns(column.cast(pl.String))
        counts = frame[label].value_counts()
        if frame.height < MIN_ROWS or counts.height < 2:
            raise fail(f"too few rows to train: {frame.height} labelled rows, {counts.height} class(es)",
                       f"need at least {MIN_ROWS} rows and two classes")
    elif frame.height < MIN_ROWS:
        raise fail(f"too few rows to train: {frame.height} labelled rows", f"need at least {MIN_ROWS}")
    rows = canonical_order(prepare(frame, numeric, categorical).with_columns(frame[label]))
    values = rows[label].to_numpy()
    return rows, values.astype(object) if task.name == MULTICLASS else values


def _check_binary(column: pl.Series, label: str) -> None:
    if not set(column.unique().to_list()) <= {0, 1}:
        raise fail(f"label `{label}` must be true/false (or 0/1); found {column.n_unique()} distinct values",
                   "write the label as a condition, e.g. `label count(orders) over 90 days == 0`, "
                   "or use a regression kind for a number")
    positives = int(column.cast(pl.Boolean).sum())
    if positives in (0, len(column)):
        raise fail(f"label `{label}` is always {positives > 0}: there is nothing to learn",
                   "check the label's condition and the training as-of date")
    if len(column) < MIN_ROWS or min(positives, len(column) - positives) < MIN_CLASS_ROWS:
        raise fail(f"too few rows to train: {len(column)} rows, {positives} positive",
                   f"need at least {MIN_ROWS} rows and {MIN_CLASS_ROWS} of each label value")


# ---- k-means ---------------------------------------------------------------------------------


def _train_kmeans(x: pl.DataFrame, numeric: list[str], categorical: list[str], params: dict[str, object],
                  seed: int, k_values: list[int] | None) -> tuple[Pipeline, dict[str, object]]:
    declared = params.get("k", DEFAULT_K)
    candidates = [declared, *(k_values or [])]
    bad = [k for k in candidates if not isinstance(k, int) or isinstance(k, bool) or k < 2]
    if bad:
        raise fail(f"k must be a whole number of at least 2, got {bad[0]!r}", "e.g. `params(k=4)`")
    candidates = sorted(set(candidates))
    distinct = x.n_unique()
    if max(candidates) > distinct:
        raise fail(f"too few rows for k={max(candidates)}: {x.height} rows, {distinct} distinct",
                   "lower k or add customers")
    caught: list[str] = []
    fitted: dict[int, Pipeline] = {}
    table = []
    transformed = None
    for k in candidates:
        pipeline = fit(build_pipeline("kmeans", numeric, categorical, {**params, "k": k}, seed), x, None, caught)
        if transformed is None:  # the preprocessing does not depend on k
            transformed = pipeline[0].transform(x)
        fitted[k] = pipeline
        table.append({"k": k, "inertia": float(pipeline[-1].inertia_),
                      "silhouette": silhouette(transformed, pipeline[-1].labels_, seed)})
    pipeline = fitted[declared]
    sizes = np.bincount(pipeline[-1].labels_, minlength=declared).tolist()
    metrics: dict[str, object] = {**next(row for row in table if row["k"] == declared), "cluster_sizes": sizes}
    if k_values:
        # max() keeps the first of equal values and candidates ascend: ties go to the smaller k.
        best = max(table, key=lambda row: -np.inf if row["silhouette"] is None else row["silhouette"])
        metrics["k_comparison"] = table
        metrics["best_k"] = best["k"]
    if caught:
        metrics["warnings"] = caught
    return pipeline, metrics
