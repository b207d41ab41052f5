"""Training regression and multi-class models: metrics computed independently, the label's type
choosing the task, out-of-time figures, and sidecars that never crash `validate`."""

from __future__ import annotations

import json
import math

import numpy as np
import polars as pl
import pytest
from sklearn.metrics import mean_absolute_error, r2_score

from segdsl.diagnostics import DiagnosticError
from segdsl.models.metrics_value import capture, decile_table, regression_metrics
from segdsl.models.sidecar import trained_classes
from segdsl.models.staleness import stale_name_warnings
from segdsl.models.train import train
from tests.models.conftest import FEATURES
from tests.models.test_models_value_native import with_labels


def test_capture_and_deciles_by_hand() -> None:
    actual = np.array([0.0, 10.0, 0.0, 50.0, 40.0, 0.0, 0.0, 0.0, 0.0, 100.0])  # total 200
    predicted = np.array([1.0, 9.0, 2.0, 8.0, 3.0, 0.5, 0.2, 0.1, 0.3, 7.0])
    # Top 10% = 1 row: the highest prediction is row 1 (10 of 200); top 20%: rows 1 and 3 (60).
    assert capture(actual, predicted, 0.10) == pytest.approx(10 / 200)
    assert capture(actual, predicted, 0.20) == pytest.approx(60 / 200)
    table = decile_table(actual, predicted)
    assert [row["actual"] for row in table] == [10.0, 50.0, 100.0, 40.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert [row["predicted"] for row in table][:3] == [9.0, 8.0, 7.0]
    assert sum(row["actual_share"] for row in table) == pytest.approx(1.0)
    assert capture(np.zeros(3), np.ones(3), 0.1) is None


def test_regression_metrics_equal_scikit_learn() -> None:
    rng = np.random.default_rng(1)
    actual, predicted = rng.gamma(2, 50, 500), rng.gamma(2, 50, 500)
    metrics = regression_metrics(actual, predicted)
    assert metrics["mae"] == pytest.approx(mean_absolute_error(actual, predicted))
    assert metrics["rmse"] == pytest.approx(math.sqrt(np.mean((actual - predicted) ** 2)))
    assert metrics["r2"] == pytest.approx(r2_score(actual, predicted))


@pytest.fixture(scope="module")
def labelled(training_frame: pl.DataFrame) -> pl.DataFrame:
    return with_labels(training_frame)


def test_text_label_trains_a_multiclass_model(labelled: pl.DataFrame) -> None:
    result = train("random_forest", labelled, FEATURES, "channel", {"n_estimators": 10, "max_depth": 4})
    assert result.task == "multiclass" and result.classes == ("app", "store", "web")
    metrics = result.metrics
    assert metrics["rows"] == metrics["holdout_rows"] == 150 and metrics["train_rows"] == 450
    assert [row["class"] for row in metrics["per_class"]] == ["app", "store", "web"]
    assert sum(row["rows"] for row in metrics["per_class"]) == 150
    assert metrics["accuracy"] > metrics["baseline_accuracy"]
    assert result.metadata()["classes"] == ["app", "store", "web"]
    assert json.loads(json.dumps(result.metadata(), allow_nan=False)) == result.metadata()


def test_numeric_label_trains_a_regression_and_a_boolean_one_a_classifier(labelled: pl.DataFrame) -> None:
    assert train("ridge_regression", labelled, FEATURES, "revenue", {}).task == "regression"
    assert train("logistic_regression", labelled, FEATURES, "churned", {}).task == "binary"
    with pytest.raises(DiagnosticError) as error:
        train("gradient_boosting_regression", labelled, FEATURES, "churned", {})
    assert error.value.diagnostics[0].code == "E404"


def test_missing_labels_are_left_out(labelled: pl.DataFrame) -> None:
    holes = labelled.with_columns(pl.when(pl.int_range(pl.len()) % 4 == 0).then(None).otherwise(pl.col("channel"))
                                  .alias("channel"))
    result = train("logistic_regression", holes, FEATURES, "channel", {})
    assert result.metrics["train_rows"] + result.metrics["holdout_rows"] == 450


def test_out_of_time_fits_on_the_earlier_frame_and_measures_on_the_later(labelled: pl.DataFrame) -> None:
    from segdsl.models.estimators import build_pipeline
    from segdsl.models.frames import canonical_order, feature_kinds, prepare

    earlier, later = labelled[:300], labelled[300:]
    result = train("gradient_boosting_regression", later, FEATURES, "revenue", {"n_estimators": 20}, earlier=earlier)
    oot = result.metrics["out_of_time"]
    numeric, categorical = feature_kinds(labelled.schema, FEATURES)
    rows = canonical_order(prepare(earlier, numeric, categorical).with_columns(earlier["revenue"]))
    pipeline = build_pipeline("gradient_boosting_regression", numeric, categorical, {"n_estimators": 20}, seed=7)
    pipeline.fit(rows.select(numeric + categorical), rows["revenue"].to_numpy())
    predicted = pipeline.predict(prepare(later, numeric, categorical))
    assert oot["train_rows"] == 300 and oot["rows"] == 300
    assert oot["mae"] == pytest.approx(mean_absolute_error(later["revenue"].to_numpy(), predicted), rel=1e-9)
    channel = train("logistic_regression", later, FEATURES, "channel", {}, earlier=earlier).metrics["out_of_time"]
    assert 0 < channel["log_loss"] and channel["rows"] == 300


def test_an_unusable_earlier_period_is_reported_not_raised(labelled: pl.DataFrame) -> None:
    earlier = labelled[:10]
    result = train("ridge_regression", labelled, FEATURES, "revenue", {}, earlier=earlier)
    assert "too few rows" in result.metrics["out_of_time"]["skipped"]


@pytest.mark.parametrize("content", [
    '{"features": [], "classes": "web"}', '{"features": [], "classes": [1, 2]}', "[1, 2]", "{", '"x"',
    '{"features": []' + ', "a": [' * 50 + "]" * 50 + "}",
])
def test_malformed_sidecars_give_no_classes(tmp_path, content: str) -> None:
    model = tmp_path / "m.skops"
    (tmp_path / "m.skops.json").write_text(content, encoding="utf-8")
    assert trained_classes(model) is None


@pytest.mark.parametrize("record", [None, "x", {"moved": "x"}, {"moved": [1, {"cluster": "0", "name": "a"}, {}]}])
def test_malformed_cluster_name_records_are_quiet(record) -> None:
    assert stale_name_warnings("personas", {0: "a"}, record) == []
