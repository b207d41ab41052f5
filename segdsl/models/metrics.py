"""Quality measures a marketer can act on, as plain JSON-ready values for the model's sidecar.

Classifiers are judged on held-out rows: ROC AUC (ranking), precision and lift in the top decile
(what a campaign targeting the top 10% gets) and a calibration table (whether "70%" means 70%).
K-means is judged by silhouette.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn.metrics import roc_auc_score, silhouette_score

CALIBRATION_BINS = 10
# Silhouette costs O(n²) distances; a seeded sample keeps it fast and reproducible.
SILHOUETTE_SAMPLE = 10_000


def classifier_metrics(y: np.ndarray, score: np.ndarray) -> dict[str, object]:
    """AUC, top-decile precision and lift, and calibration; y is boolean, score is P(true)."""
    base_rate = float(y.mean())
    top = max(1, math.ceil(len(y) / 10))
    # A stable sort of the negated score: ties keep row order, so the result is reproducible.
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


def silhouette(x: np.ndarray, labels: np.ndarray, seed: int) -> float | None:
    """Mean silhouette, on a seeded sample of large data; None when undefined."""
    if not 2 <= len(np.unique(labels)) <= len(labels) - 1:
        return None
    try:
        return float(silhouette_score(x, labels, sample_size=min(len(labels), SILHOUETTE_SAMPLE), random_state=seed))
    except ValueError:  # the sample drew a single cluster (one cluster holds nearly every row)
        return None
