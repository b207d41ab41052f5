"""Training: metrics computed from real predictions, and diagnostics instead of tracebacks."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import polars as pl
import pytest
from sklearn.metrics import roc_auc_score

from segdsl.diagnostics import DiagnosticError
from segdsl.models.frames import feature_kinds, fingerprint, prepare
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


def test_comparing_k_reports_but_never_replaces_the_declared_model(training_frame: pl.DataFrame) -> None:
    features = ["recency", "frequency", "monetary"]
    result = train("kmeans", training_frame, features, None, {"k": 4}, k_values=[2, 3, 5])
    table = result.metrics["k_comparison"]
    assert [row["k"] for row in table] == [2, 3, 4, 5]
    assert result.params["k"] == result.metrics["k"] == result.pipeline[-1].n_clusters == 4
    best = max(table, key=lambda row: row["silhouette"])
    assert result.metrics["best_k"] == best["k"]
    assert result.metrics["silhouette"] == next(row["silhouette"] for row in table if row["k"] == 4)
    alone = train("kmeans", training_frame, features, None, {"k": 4})
    assert "k_comparison" not in alone.metrics
    np.testing.assert_array_equal(alone.pipeline[-1].cluster_centers_, result.pipeline[-1].cluster_centers_)
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


@pytest.mark.parametrize("kind", ["logistic_regression", "random_forest", "kmeans"])
def test_row_order_does_not_change_the_model(kind: str, training_frame: pl.DataFrame) -> None:
    label = None if kind == "kmeans" else "churned"
    params = {"k": 3} if kind == "kmeans" else {}
    first = train(kind, training_frame, FEATURES, label, params)
    second = train(kind, training_frame.sample(fraction=1.0, shuffle=True, seed=5), FEATURES, label, params)
    assert first.data == second.data and first.metrics == second.metrics
    x = prepare(training_frame, *feature_kinds(training_frame.schema, FEATURES))
    score = (lambda p: p.predict(x)) if kind == "kmeans" else (lambda p: p.predict_proba(x))
    np.testing.assert_array_equal(score(first.pipeline), score(second.pipeline))


def test_fingerprint_changes_with_any_value(training_frame: pl.DataFrame) -> None:
    base = fingerprint(training_frame)
    assert fingerprint(training_frame.reverse()) == base
    changed = training_frame.with_columns(pl.when(pl.int_range(pl.len()) == 7).then(pl.lit("ZZ"))
                                          .otherwise(pl.col("country")).alias("country"))
    assert fingerprint(changed) != base and fingerprint(changed)["rows"] == base["rows"]
    # a missing value is not a value: null and NaN differ from 0
    assert fingerprint(training_frame.with_columns(pl.col("monetary").fill_nan(0.0))) != base


def test_rows_without_a_label_are_left_out(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(
        pl.when(pl.int_range(pl.len()) % 10 == 0).then(None).otherwise(pl.col("churned")).alias("churned"))
    result = train("logistic_regression", frame, FEATURES, "churned", {})
    assert result.data["rows"] == frame.height - frame.height // 10
    assert result.metrics["holdout_rows"] + result.metrics["train_rows"] == result.data["rows"]


def test_infinite_feature(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(pl.col("monetary").replace(float("nan"), float("inf")))
    with pytest.raises(DiagnosticError) as error:
        train("logistic_regression", frame, FEATURES, "churned", {})
    assert code_of(error) == "E404" and "infinite" in error.value.diagnostics[0].message


def test_fewer_distinct_rows_than_k(training_frame: pl.DataFrame) -> None:
    frame = pl.DataFrame({"recency": [1.0, 2.0] * 50})
    with pytest.raises(DiagnosticError) as error:
        train("kmeans", frame, ["recency"], None, {"k": 3})
    assert code_of(error) == "E404" and "2 distinct" in error.value.diagnostics[0].message


@pytest.mark.parametrize("k", [1, 2.5, "4"])
def test_k_must_be_a_whole_number_of_at_least_two(k: object, training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("kmeans", training_frame, ["recency"], None, {"k": k})
    assert code_of(error) == "E404"


def test_unknown_kind_and_misspelt_param(training_frame: pl.DataFrame) -> None:
    with pytest.raises(DiagnosticError) as error:
        train("svm", training_frame, FEATURES, "churned", {})
    assert code_of(error) == "E404" and "logistic_regression" in error.value.diagnostics[0].hints[0]
    with pytest.raises(DiagnosticError) as error:
        train("gradient_boosting", training_frame, FEATURES, "churned", {"n_estimator": 10})
    assert "did you mean `n_estimators`?" in error.value.diagnostics[0].hints


def test_text_label_for_a_regression_and_date_feature(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(pl.col("country").alias("label"), pl.lit(dt.date(2026, 1, 1)).alias("day"))
    with pytest.raises(DiagnosticError) as error:
        train("ridge_regression", frame, FEATURES, "label", {})
    assert code_of(error) == "E404" and "predicts a number" in error.value.diagnostics[0].message
    with pytest.raises(DiagnosticError) as error:
        train("decision_tree", frame, [*FEATURES, "day"], "churned", {})
    assert code_of(error) == "E403"


def test_convergence_warnings_are_kept_for_the_user(training_frame: pl.DataFrame) -> None:
    result = train("logistic_regression", training_frame, FEATURES, "churned", {"max_iter": 1})
    assert any("converge" in w for w in result.metrics["warnings"])


def test_metadata_is_json_ready(training_frame: pl.DataFrame) -> None:
    result = train("kmeans", training_frame, FEATURES, None, {"k": 3}, k_values=[3, 2])
    metadata = result.metadata(train_as_of=dt.date(2026, 8, 3))
    assert json.loads(json.dumps(metadata, allow_nan=False)) == metadata
    assert metadata["train_as_of"] == "2026-08-03" and metadata["params"]["k"] == 3
    assert [row["k"] for row in metadata["metrics"]["k_comparison"]] == [2, 3]
