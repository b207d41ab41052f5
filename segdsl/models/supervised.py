"""Fitting and measuring supervised models: binary, multi-class and regression.

Every task follows the same protocol, so their figures read alike:
- a random hold-out (stratified for classes when every class has two rows or more): fit on 75%,
  measure on 25%, then REFIT ON ALL ROWS with the same settings and seed; the hold-out figures
  are a slightly pessimistic estimate of the saved model;
- an optional out-of-time check: a model fitted on an EARLIER frame (features one horizon
  before the training date, label over the following horizon) is measured on the training frame
  itself (features as of the training date, label over the horizon after it). It shows whether
  the model carries over to a later period, which a random split of one period cannot show.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import polars as pl
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.estimators import build_pipeline
from segdsl.models.metrics import classifier_metrics
from segdsl.models.metrics_value import multiclass_metrics, regression_metrics

BINARY, MULTICLASS, REGRESSION = "binary", "multiclass", "regression"


@dataclass(frozen=True)
class Task:
    """What is learnt: the task, and for classifiers the classes (sorted, as scikit-learn orders them)."""

    name: str
    classes: tuple[str, ...] = ()


def fail(message: str, *hints: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E404", message, hints=hints)])


def fit(pipeline: Pipeline, x: pl.DataFrame, y: np.ndarray | None, caught: list[str]) -> Pipeline:
    """Fit, turning scikit-learn's refusals into E404 and collecting its warnings (once each)."""
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        try:
            pipeline.fit(x, y)
        except ValueError as error:  # includes scikit-learn's InvalidParameterError
            raise fail(f"training failed: {error}") from None
    caught.extend(sorted({str(r.message) for r in records} - set(caught)))
    return pipeline


def predictions(task: Task, pipeline: Pipeline, x: pl.DataFrame) -> np.ndarray:
    """Binary: P(true); regression: the value; multi-class: P(class) per column of `task.classes`.

    A model fitted on fewer classes (a rare class missing from its sample) gives 0 for the others.
    """
    if task.name == REGRESSION:
        return np.asarray(pipeline.predict(x), dtype=np.float64)
    proba = pipeline.predict_proba(x)
    if task.name == BINARY:
        return proba[:, list(pipeline[-1].classes_).index(True)] if True in pipeline[-1].classes_ else np.zeros(len(x))
    aligned = np.zeros((len(x), len(task.classes)))
    for j, cls in enumerate(pipeline[-1].classes_):
        aligned[:, task.classes.index(str(cls))] = proba[:, j]
    return aligned


def measure(task: Task, y: np.ndarray, predicted: np.ndarray) -> dict[str, object]:
    if task.name == BINARY:
        return classifier_metrics(y, predicted)
    if task.name == REGRESSION:
        return regression_metrics(y, predicted)
    return multiclass_metrics(y, predicted, list(task.classes))


def fit_and_measure(task: Task, kind: str, x: pl.DataFrame, y: np.ndarray, numeric: list[str],
                    categorical: list[str], params: dict[str, object], seed: int,
                    test_size: float) -> tuple[Pipeline, dict[str, object]]:
    """The final model (fitted on all rows) and its hold-out metrics."""
    stratify = None
    if task.name != REGRESSION:
        _, counts = np.unique(y, return_counts=True)
        stratify = y if counts.min() >= 2 else None
    try:
        train_rows, test_rows = train_test_split(np.arange(len(y)), test_size=test_size, stratify=stratify,
                                                 random_state=seed)
    except ValueError as error:
        raise fail(f"cannot split the data for evaluation: {error}") from None
    caught: list[str] = []
    if task.name != REGRESSION and len(np.unique(y[train_rows])) < 2:
        raise fail("the training part of the split holds a single class", "add customers or check the label")
    held_out = fit(build_pipeline(kind, numeric, categorical, params, seed), x[train_rows], y[train_rows], caught)
    metrics = measure(task, y[test_rows], predictions(task, held_out, x[test_rows]))
    metrics["holdout_rows"] = len(test_rows)
    metrics["train_rows"] = len(train_rows)
    final = fit(build_pipeline(kind, numeric, categorical, params, seed), x, y, caught)
    if caught:
        metrics["warnings"] = caught
    return final, metrics


def out_of_time(task: Task, kind: str, earlier: tuple[pl.DataFrame, np.ndarray], later: tuple[pl.DataFrame, np.ndarray],
                numeric: list[str], categorical: list[str], params: dict[str, object], seed: int) -> dict[str, object]:
    """Fit on the earlier period (all its rows), measure on the later one."""
    (x_early, y_early), (x_late, y_late) = earlier, later
    pipeline = fit(build_pipeline(kind, numeric, categorical, params, seed), x_early, y_early, [])
    if task.name == MULTICLASS:  # classes only seen in one of the periods count too
        task = Task(MULTICLASS, tuple(sorted(set(task.classes) | {str(c) for c in pipeline[-1].classes_})))
    metrics = measure(task, y_late, predictions(task, pipeline, x_late))
    metrics["train_rows"] = len(y_early)
    return metrics
