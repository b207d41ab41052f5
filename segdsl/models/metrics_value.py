"""Quality measures for regression and multi-class models, as JSON-ready values for the sidecar.

Regression (e.g. revenue over the next 12 months) is judged as a data scientist would (MAE,
RMSE, R²) and as a marketer uses it: ranking customers by predicted value, how much of the
actual future revenue do the top 10% and 20% bring (capture), and a decile table of predicted
against actual. Multi-class is judged by accuracy against the naive "always the most common
class" baseline, log loss, and precision/recall per class.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn.metrics import log_loss, mean_absolute_error, mean_squared_error, r2_score

DECILES = 10


def _top_order(predicted: np.ndarray) -> np.ndarray:
    """Rows by predicted value, highest first; a stable sort, so ties keep the (canonical) row order."""
    return np.argsort(-predicted, kind="stable")


def capture(actual: np.ndarray, predicted: np.ndarray, share: float) -> float | None:
    """Share of the actual total brought by the top `share` of rows by prediction (None if the total is not positive)."""
    total = float(actual.sum())
    if total <= 0:
        return None
    top = max(1, math.ceil(len(actual) * share))
    return float(actual[_top_order(predicted)[:top]].sum()) / total


def decile_table(actual: np.ndarray, predicted: np.ndarray) -> list[dict[str, object]]:
    """Decile 1 = the 10% with the highest prediction: rows, mean predicted, mean actual, share of the actual total."""
    order = _top_order(predicted)
    total = float(actual.sum())
    rows = []
    for decile, chunk in enumerate(np.array_split(order, DECILES), start=1):
        if chunk.size == 0:
            continue
        rows.append({"decile": decile, "rows": int(chunk.size), "predicted": float(predicted[chunk].mean()),
                     "actual": float(actual[chunk].mean()),
                     "actual_share": float(actual[chunk].sum()) / total if total > 0 else None})
    return rows


def regression_metrics(actual: np.ndarray, predicted: np.ndarray) -> dict[str, object]:
    actual = np.asarray(actual, dtype=np.float64)
    predicted = np.asarray(predicted, dtype=np.float64)
    return {
        "rows": len(actual), "mae": float(mean_absolute_error(actual, predicted)),
        "rmse": float(math.sqrt(mean_squared_error(actual, predicted))),
        "r2": float(r2_score(actual, predicted)) if len(actual) > 1 else None,
        "actual_mean": float(actual.mean()), "predicted_mean": float(predicted.mean()),
        "capture_top_10": capture(actual, predicted, 0.10), "capture_top_20": capture(actual, predicted, 0.20),
        "deciles": decile_table(actual, predicted),
    }


def multiclass_metrics(actual: np.ndarray, probabilities: np.ndarray, classes: list[str]) -> dict[str, object]:
    """`probabilities[:, j]` is P(classes[j]); the prediction is the most likely class (first on ties)."""
    actual = np.asarray(actual, dtype=object)
    predicted = np.asarray(classes, dtype=object)[np.argmax(probabilities, axis=1)]
    counts = {c: int((actual == c).sum()) for c in classes}
    majority = max(classes, key=lambda c: counts[c])
    per_class = []
    for c in classes:
        chosen = predicted == c
        hit = chosen & (actual == c)
        per_class.append({"class": c, "rows": counts[c], "share": counts[c] / len(actual),
                          "predicted_rows": int(chosen.sum()),
                          "precision": float(hit.sum() / chosen.sum()) if chosen.any() else None,
                          "recall": float(hit.sum() / counts[c]) if counts[c] else None})
    return {
        "rows": len(actual), "accuracy": float((predicted == actual).mean()),
        "baseline_accuracy": counts[majority] / len(actual), "baseline_class": majority,
        "log_loss": float(log_loss(actual, probabilities, labels=classes)), "per_class": per_class,
    }
