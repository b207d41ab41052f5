"""Training: metrics computed from real predictions, and diagnostics instead of tracebacks."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from sklearn.metrics import roc_auc_score

from segdsl.diagnostics import DiagnosticError
from segdsl.models.train import classifier_metrics, train
from tests.models.conftest import FEATURES


def code_of(error: pytest.ExceptionInfo[DiagnosticError]) -> str:
    return error.value.diagnostics[0].code


@pytest.mark.parametrize("kind", ["logistic_regression", "decision_tree", "random_forest", "gradient_boosting"])
def test_classifiers_report_holdout_metrics(kind: str, training_frame: pl.DataFrame) -> None:
    result = train(kind, training_frame, FEATURES, "churned", {"max_depth": 4} if kind != "logistic_regression" else {})
    metrics = result.metrics
    assert 0.6 < metrics["roc_auc"] <= 1.0  # the synthetic label is learnable
    assert metrics["holdout_rows"] == 150 and metrics["train_rows"] == 450
    assert metrics["top_decile"]["rows"] == 15 and metrics["top_decile"]["lift"] > 1.0
    assert sum(row["rows"] for row in metrics["calibration"]) == 150
    # refit on all rows: the final model has seen every row
    assert result.pipeline[-1].n_features_in_ == 9  # 4 numeric + 5 one-hot (4 countries + missing)
    assert result.data["rows"] == training_frame.height


def test_classifier_metrics_against_hand_computed_values() -> None:
    y = np.array([1, 0, 1, 0, 0, 0, 0, 0, 0, 1] * 2, dtype=bool)
    score = np.arange(20)[::-1] / 20 + 0.01  # 0.96, 0.91, ..., 0.01
    metrics = classifier_metrics(y, score)
    assert metrics["roc_auc"] == pytest.approx(roc_auc_score(y, score))
    assert metrics["top_decile"] == {"rows": 2, "precision": 0.5, "lift": pytest.approx(0.5 / 0.3)}
    first = metrics["calibration"][0]
    assert first["bin"] == "0.0-0.1" and first["rows"] == 2 and first["observed"] == 0.5


def test_kmeans_compares_k_and_keeps_the_best_silhouette(training_frame: pl.DataFrame) -> None:
    result = train("kmeans", training_frame, ["recency", "frequency", "monetary"], None, {}, k_values=[2, 3, 5])
    table = result.metrics["k_comparison"]
    assert [row["k"] for row in table] == [2, 3, 5]
    assert result.metrics["silhouette"] == max(row["silhouette"] for row in table)
    assert result.params["k"] == result.metrics["k"] == result.pipeline[-1].n_clusters
    assert sum(result.metrics["cluster_sizes"]) == training_frame.height
    inertias = [row["inertia"] for row in table]
    assert inertias == sorted(inertias, reverse=True)


def test_constant_label(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(pl.lit(True).alias("churned"))
    with pytest.raises(DiagnosticError) as error:
        train("logistic_regression", frame, FEATURES, "churned", {})
    assert code_of(error) == "E404" and "always True" in error.value.diagnostics[0].message


def test_non_binary_label(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns((pl.int_range(pl.len()) % 3).alias("churned"))
    with pytest.raises(DiagnosticError) as error:
        train("decision_tree", frame, FEATURES, "churned", {})
    assert code_of(error) == "E404"


def test_too_few_rows(training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("random_forest", training_frame.head(8), FEATURES, "churned", {})
    assert code_of(error) == "E404" and "too few rows" in error.value.diagnostics[0].message


def test_fewer_rows_than_k(training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("kmeans", training_frame.head(3), ["recency"], None, {"k": 4})
    assert code_of(error) == "E404"


def test_all_missing_feature(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(pl.lit(float("nan")).alias("monetary"))
    with pytest.raises(DiagnosticError) as error:
        train("gradient_boosting", frame, FEATURES, "churned", {})
    assert code_of(error) == "E404" and "`monetary`" in error.value.diagnostics[0].message


def test_unknown_param_lists_allowed_ones(training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("logistic_regression", training_frame, FEATURES, "churned", {"depth": 3})
    assert code_of(error) == "E404"
    assert "C" in error.value.diagnostics[0].hints[0]


def test_invalid_param_value_is_a_training_error(training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("logistic_regression", training_frame, FEATURES, "churned", {"C": -1.0})
    assert code_of(error) == "E404"
