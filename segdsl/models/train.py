"""Training a model on a Polars frame and measuring it honestly.

Classifiers are measured on a stratified hold-out (AUC, top-decile precision and lift,
calibration), then REFIT ON ALL ROWS: the saved model uses every labelled customer, and the
hold-out numbers are a slightly pessimistic estimate of it (it saw 25% less data). K-means has no
hold-out; it is judged by silhouette on the rows it clusters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import warnings
from dataclasses import dataclass

import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score, silhouette_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models import CLASSIFIER_KINDS
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import feature_kinds, prepare

MIN_ROWS = 20
MIN_CLASS_ROWS = 4  # per class, so both sides of the stratified split see each class
CALIBRATION_BINS = 10
SILHOUETTE_SAMPLE = 10_000


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


def _fail(message: str, *hints: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E404", message, hints=hints)])


def fingerprint(frame: pl.DataFrame) -> dict[str, object]:
    """Rows and a content hash, to tell later whether a model was trained on the same data.

    Polars row hashes are stable for one Polars version, which the sidecar records too.
    """
    digest = hashlib.sha256(frame.hash_rows(seed=0).to_numpy().tobytes())
    digest.update(",".join(f"{n}:{t}" for n, t in frame.schema.items()).encode())
    return {"rows": frame.height, "hash": digest.hexdigest()[:32]}


def _check_features(frame: pl.DataFrame, features: list[str]) -> None:
    missing = [f for f in features if f not in frame.columns]
    if missing:
        raise _fail(f"training data has no column(s) {', '.join(missing)}", f"available: {', '.join(frame.columns)}")
    for name in features:
        column = frame[name]
        values = column.drop_nulls()
        if column.dtype.is_float():
            values = values.drop_nans()
        if values.is_empty():
            raise _fail(f"feature `{name}` has no values in the training data", "drop it from `features`")


def _labels(frame: pl.DataFrame, label: str | None) -> np.ndarray:
    if label is None or label not in frame.columns:
        raise _fail("a classifier needs a label column" if label is None else f"label column `{label}` not found",
                    "declare `label ...` on the model")
    column = frame[label]
    if not (column.dtype == pl.Boolean or column.dtype.is_numeric()) or not set(column.unique().to_list()) <= {0, 1}:
        raise _fail(f"label `{label}` must be true/false (or 0/1); found {column.n_unique()} distinct values",
                    "write the label as a condition, e.g. `label count(orders) over 90 days == 0`")
    y = column.cast(pl.Boolean).to_numpy()
    positives = int(y.sum())
    if positives in (0, len(y)):
        raise _fail(f"label `{label}` is always {positives > 0}: there is nothing to learn",
                    "check the label's condition and the training as-of date")
    if len(y) < MIN_ROWS or min(positives, len(y) - positives) < MIN_CLASS_ROWS:
        raise _fail(f"too few rows to train: {len(y)} rows, {positives} positive",
                    f"need at least {MIN_ROWS} rows and {MIN_CLASS_ROWS} of each label value")
    return y


def _fit(pipeline: Pipeline, x: pl.DataFrame, y: np.ndarray | None, caught: list[str]) -> Pipeline:
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        try:
            pipeline.fit(x, y)
        except ValueError as error:  # includes scikit-learn's InvalidParameterError
            raise _fail(f"training failed: {error}") from None
    caught.extend(sorted({str(r.message) for r in records} - set(caught)))
    return pipeline


def classifier_metrics(y: np.ndarray, score: np.ndarray) -> dict[str, object]:
    """Hold-out AUC, top-decile precision/lift and a calibration table."""
    base_rate = float(y.mean())
    top = max(1, math.ceil(len(y) / 10))
    order = np.argsort(-score, kind="stable")[:top]
    precision = float(y[order].mean())
    bins = np.minimum((score * CALIBRATION_BINS).astype(int), CALIBRATION_BINS - 1)
    calibration = [
        {"bin": f"{b / CALIBRATION_BINS:.1f}-{(b + 1) / CALIBRATION_BINS:.1f}", "rows": int((bins == b).sum()),
         "predicted": float(score[bins == b].mean()), "observed": float(y[bins == b].mean())}
        for b in range(CALIBRATION_BINS) if (bins == b).any()
    ]
    return {"roc_auc": float(roc_auc_score(y, score)), "base_rate": base_rate, "holdout_rows": len(y),
            "top_decile": {"rows": top, "precision": precision, "lift": precision / base_rate},
            "calibration": calibration}


def _train_classifier(kind: str, x: pl.DataFrame, y: np.ndarray, numeric: list[str], categorical: list[str],
                      params: dict[str, object], seed: int, test_size: float) -> tuple[Pipeline, dict[str, object]]:
    rows = np.arange(len(y))
    try:
        train_rows, test_rows = train_test_split(rows, test_size=test_size, stratify=y, random_state=seed)
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
    candidates = list(k_values) if k_values else [int(params.get("k", 8))]
    too_many = [k for k in candidates if k > x.height]
    if too_many or x.height < 2:
        raise _fail(f"fewer rows ({x.height}) than clusters (k={max(candidates)})", "lower k or add customers")
    caught: list[str] = []
    fitted: dict[int, Pipeline] = {}
    table = []
    for k in candidates:
        pipeline = _fit(build_pipeline("kmeans", numeric, categorical, {**params, "k": k}, seed), x, None, caught)
        labels = pipeline[-1].labels_
        silhouette = None
        if 2 <= len(set(labels.tolist())) < x.height:
            silhouette = float(silhouette_score(pipeline[0].transform(x), labels,
                                                sample_size=min(x.height, SILHOUETTE_SAMPLE), random_state=seed))
        fitted[k] = pipeline
        table.append({"k": k, "inertia": float(pipeline[-1].inertia_), "silhouette": silhouette})
    best = max(table, key=lambda row: -math.inf if row["silhouette"] is None else row["silhouette"])
    pipeline = fitted[best["k"]]
    sizes = np.bincount(pipeline[-1].labels_, minlength=best["k"]).tolist()
    metrics: dict[str, object] = {**best, "cluster_sizes": sizes}
    if len(table) > 1:
        metrics["k_comparison"] = table
    if caught:
        metrics["warnings"] = caught
    return pipeline, metrics


def train(kind: str, frame: pl.DataFrame, features: list[str], label: str | None, params: dict[str, object],
          seed: int = 7, test_size: float = 0.25, k_values: list[int] | None = None) -> TrainResult:
    """Fit `kind` on `frame`; raises DiagnosticError (E404, or E403 for unusable feature types)."""
    features = list(features)
    _check_features(frame, features)
    numeric, categorical = feature_kinds(frame.schema, features)
    if kind in CLASSIFIER_KINDS:
        if label is not None and label in frame.columns:
            frame = frame.filter(pl.col(label).is_not_null())
        y = _labels(frame, label)
        x = prepare(frame, numeric, categorical)
        pipeline, metrics = _train_classifier(kind, x, y, numeric, categorical, params, seed, test_size)
    elif kind == "kmeans":
        x = prepare(frame, numeric, categorical)
        pipeline, metrics = _train_kmeans(x, numeric, categorical, params, seed, k_values)
        if k_values:
            params = {**params, "k": metrics["k"]}
    else:
        raise _fail(f"unknown model kind `{kind}`")
    described = [{"name": n, "type": "numeric" if n in numeric else "categorical", "dtype": str(frame.schema[n])}
                 for n in features]
    used = frame.select(features + ([label] if kind in CLASSIFIER_KINDS else []))
    return TrainResult(kind, pipeline, metrics, described, label if kind in CLASSIFIER_KINDS else None,
                       dict(params), seed, fingerprint(used))
