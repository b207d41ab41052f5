"""Training a model on a Polars frame and measuring it honestly.

- Rows are put in a canonical order first (sorted by all their values), so the split, the fitted
  model and the data fingerprint depend only on which rows there are, not on the order the query
  plan happened to produce them in.
- Classifiers are measured on a stratified hold-out (AUC, top-decile precision and lift,
  calibration), then REFIT ON ALL ROWS with the same settings and seed: the saved model uses every
  labelled customer, and the hold-out numbers are a slightly pessimistic estimate of it (it saw
  25% less data). Rows with a missing label are left out.
- K-means has no hold-out; each k is fitted on all rows and judged by silhouette (sampled, seeded);
  with several k the best silhouette wins, ties to the smaller k.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

import numpy as np
import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models import CLASSIFIER_KINDS, MODEL_KINDS
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import canonical_order, feature_kinds, fingerprint, prepare
from segdsl.models.metrics import classifier_metrics, silhouette
from segdsl.models.params import translate_params

__all__ = ["TrainResult", "classifier_metrics", "train"]

MIN_ROWS = 20
MIN_CLASS_ROWS = 4  # per class, so both sides of the stratified split see each class
DEFAULT_K = 8  # scikit-learn's default, when the declaration gives no k


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

    def metadata(self, label_description: str | None = None, train_as_of: dt.date | None = None) -> dict[str, object]:
        """The sidecar contents (save_model adds versions and the creation time)."""
        return {
            "kind": self.kind, "features": self.features, "label": label_description or self.label,
            "train_as_of": train_as_of.isoformat() if train_as_of else None, "params": self.params,
            "seed": self.seed, "data": self.data, "metrics": self.metrics,
        }


def train(kind: str, frame: pl.DataFrame, features: list[str], label: str | None, params: dict[str, object],
          seed: int = 7, test_size: float = 0.25, k_values: list[int] | None = None) -> TrainResult:
    """Fit `kind` on `frame`; raises DiagnosticError E404 (data, label, params) or E403 (feature types).

    `label` names a true/false (or 0/1) column of `frame` for classifiers and is ignored for
    k-means; `k_values` (k-means only) compares several k and keeps the best silhouette.
    """
    if kind not in MODEL_KINDS:
        raise _fail(f"unknown model kind `{kind}`", f"use one of {', '.join(MODEL_KINDS)}")
    translate_params(kind, params)  # unknown params are refused before any data is touched
    features = list(features)
    _check_features(frame, features)
    numeric, categorical = feature_kinds(frame.schema, features)
    described = [{"name": n, "type": "numeric" if n in numeric else "categorical", "dtype": str(frame.schema[n])}
                 for n in features]
    if kind in CLASSIFIER_KINDS:
        if label is not None and label in frame.columns:
            frame = frame.filter(pl.col(label).is_not_null())
        _check_label(frame, label)
        rows = canonical_order(prepare(frame, numeric, categorical).with_columns(frame[label].cast(pl.Boolean)))
        pipeline, metrics = _train_classifier(kind, rows, rows[label].to_numpy(), numeric, categorical, params,
                                              seed, test_size)
    else:
        label = None
        rows = canonical_order(prepare(frame, numeric, categorical))
        pipeline, metrics = _train_kmeans(rows, numeric, categorical, params, seed, k_values)
        params = {**params, "k": metrics["k"]}
    return TrainResult(kind, pipeline, metrics, described, label, dict(params), seed, fingerprint(rows))


# ---- checks ------------------------------------------------------------------------------------


def _fail(message: str, *hints: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E404", message, hints=hints)])


def _check_features(frame: pl.DataFrame, features: list[str]) -> None:
    missing = [f for f in features if f not in frame.columns]
    if missing:
        raise _fail(f"training data has no column(s) {', '.join(missing)}", f"available: {', '.join(frame.columns)}")
    for name in features:
        values = frame[name].drop_nulls()
        if values.dtype.is_float():
            values = values.drop_nans()
            if values.is_infinite().any():
                raise _fail(f"feature `{name}` has infinite values", "cap it, or transform it in a trait first")
        if values.is_empty():
            raise _fail(f"feature `{name}` has no values in the training data", "drop it from `features`")


def _check_label(frame: pl.DataFrame, label: str | None) -> None:
    if label is None or label not in frame.columns:
        raise _fail("a classifier needs a label column" if label is None else f"label column `{label}` not found",
                    "declare `label ...` on the model")
    column = frame[label]
    if not (column.dtype == pl.Boolean or column.dtype.is_numeric()) or not set(column.unique().to_list()) <= {0, 1}:
        raise _fail(f"label `{label}` must be true/false (or 0/1); found {column.n_unique()} distinct values",
                    "write the label as a condition, e.g. `label count(orders) over 90 days == 0`")
    positives = int(column.cast(pl.Boolean).sum())
    if positives in (0, len(column)):
        raise _fail(f"label `{label}` is always {positives > 0}: there is nothing to learn",
                    "check the label's condition and the training as-of date")
    if len(column) < MIN_ROWS or min(positives, len(column) - positives) < MIN_CLASS_ROWS:
        raise _fail(f"too few rows to train: {len(column)} rows, {positives} positive",
                    f"need at least {MIN_ROWS} rows and {MIN_CLASS_ROWS} of each label value")


# ---- fitting -----------------------------------------------------------------------------------


def _fit(pipeline: Pipeline, x: pl.DataFrame, y: np.ndarray | None, caught: list[str]) -> Pipeline:
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        try:
            pipeline.fit(x, y)
        except ValueError as error:  # includes scikit-learn's InvalidParameterError
            raise _fail(f"training failed: {error}") from None
    caught.extend(sorted({str(r.message) for r in records} - set(caught)))
    return pipeline


def _train_classifier(kind: str, rows: pl.DataFrame, y: np.ndarray, numeric: list[str], categorical: list[str],
                      params: dict[str, object], seed: int, test_size: float) -> tuple[Pipeline, dict[str, object]]:
    x = rows.select(numeric + categorical)
    try:
        train_rows, test_rows = train_test_split(np.arange(len(y)), test_size=test_size, stratify=y,
                                                 random_state=seed)
    except ValueError as error:
        raise _fail(f"cannot split the data for evaluation: {error}") from None
    caught: list[str] = []
    held_out = _fit(build_pipeline(kind, numeric, categorical, params, seed), x[train_rows], y[train_rows], caught)
    metrics = classifier_metrics(y[test_rows], held_out.predict_proba(x[test_rows])[:, 1])
    metrics["train_rows"] = len(train_rows)
    final = _fit(build_pipeline(kind, numeric, categorical, params, seed), x, y, caught)
    if caught:
        metrics["warnings"] = caught
    return final, metrics


def _train_kmeans(x: pl.DataFrame, numeric: list[str], categorical: list[str], params: dict[str, object],
                  seed: int, k_values: list[int] | None) -> tuple[Pipeline, dict[str, object]]:
    candidates = list(k_values) if k_values else [params.get("k", DEFAULT_K)]
    bad = [k for k in candidates if not isinstance(k, int) or isinstance(k, bool) or k < 2]
    if bad:
        raise _fail(f"k must be a whole number of at least 2, got {bad[0]!r}", "e.g. `params(k=4)`")
    candidates = sorted(set(candidates))
    distinct = x.n_unique()
    if max(candidates) > distinct:
        raise _fail(f"too few rows for k={max(candidates)}: {x.height} rows, {distinct} distinct",
                    "lower k or add customers")
    caught: list[str] = []
    fitted: dict[int, Pipeline] = {}
    table = []
    transformed = None
    for k in candidates:
        pipeline = _fit(build_pipeline("kmeans", numeric, categorical, {**params, "k": k}, seed), x, None, caught)
        if transformed is None:  # the preprocessing does not depend on k
            transformed = pipeline[0].transform(x)
        fitted[k] = pipeline
        table.append({"k": k, "inertia": float(pipeline[-1].inertia_),
                      "silhouette": silhouette(transformed, pipeline[-1].labels_, seed)})
    # max() keeps the first of equal values and candidates ascend: ties go to the smaller k.
    best = max(table, key=lambda row: -np.inf if row["silhouette"] is None else row["silhouette"])
    pipeline = fitted[best["k"]]
    sizes = np.bincount(pipeline[-1].labels_, minlength=best["k"]).tolist()
    metrics: dict[str, object] = {**best, "cluster_sizes": sizes}
    if len(table) > 1:
        metrics["k_comparison"] = table
    if caught:
        metrics["warnings"] = caught
    return pipeline, metrics
