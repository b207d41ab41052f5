"""What a fitted estimator predicts, read from the estimator itself (shared by the native
compiler and the fallback, so both agree on each output's type)."""

from __future__ import annotations

from sklearn.base import is_clusterer, is_regressor
from sklearn.pipeline import Pipeline


def is_binary(classes: list[object]) -> bool:
    """True/false (or 0/1) classes, predicted as a Boolean; any other classes are text."""
    return len(classes) == 2 and not any(isinstance(c, str) for c in classes) and set(classes) <= {0, 1}


def model_task(pipeline: object) -> str:
    """binary | multiclass | regression | clustering."""
    estimator = pipeline[-1] if isinstance(pipeline, Pipeline) else pipeline
    if is_clusterer(estimator):
        return "clustering"
    if is_regressor(estimator):
        return "regression"
    return "binary" if is_binary(list(getattr(estimator, "classes_", ()))) else "multiclass"
