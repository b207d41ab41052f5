"""Regression and multi-class models: native Polars scoring equals scikit-learn's own
predict / predict_proba (values to 1e-9 relative, classes identical), and the fallback too."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import DiagnosticError
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from tests.models.conftest import FEATURES, scoring_frame

REGRESSORS = {
    "ridge_regression": {"alpha": 2.0},
    "decision_tree_regression": {"max_depth": 6},
    "random_forest_regression": {"n_estimators": 12, "max_depth": 5},
    "gradient_boosting_regression": {"n_estimators": 40, "max_depth": 3},
}
CLASSIFIERS = {
    "logistic_regression": {"C": 0.5},
    "decision_tree": {"max_depth": 6},
    "random_forest": {"n_estimators": 12, "max_depth": 5},
    "gradient_boosting": {"n_estimators": 25, "max_depth": 3},
}


def with_labels(frame: pl.DataFrame) -> pl.DataFrame:
    """A revenue-like number and a channel that both depend on the features (and noise)."""
    rng = np.random.default_rng(11)
    n = frame.height
    monetary = frame["monetary"].fill_nan(None).fill_null(80.0).to_numpy()
    frequency = frame["frequency"].fill_null(3.0).to_numpy()
    revenue = np.maximum(0.0, 1.5 * monetary + 20 * frequency + rng.normal(0, 40, n))
    channel = np.where(frame["country"].fill_null("").to_numpy() == "FR", "store", "web")
    channel = np.where(rng.random(n) < 0.3, rng.choice(["app", "store", "web"], n), channel)
    channel = np.where(frequency > 6, "app", channel)
    return frame.with_columns(pl.Series("revenue", revenue), pl.Series("channel", channel))


@pytest.fixture(scope="module")
def labelled(training_frame: pl.DataFrame) -> pl.DataFrame:
    return with_labels(training_frame)


def fit(kind: str, frame: pl.DataFrame, params: dict, label: str) -> Pipeline:
    numeric, categorical = feature_kinds(frame.schema, FEATURES)
    pipeline = build_pipeline(kind, numeric, categorical, params, seed=7)
    return pipeline.fit(prepare(frame, numeric, categorical), frame[label].to_numpy())


def scored(pipeline: Pipeline, frame: pl.DataFrame, output: str, **options) -> pl.Series:
    expr = compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output, **options)
    return frame.lazy().select(expr.alias("out")).collect()["out"]


def x_of(frame: pl.DataFrame) -> pl.DataFrame:
    return prepare(frame, *feature_kinds(frame.schema, FEATURES))


@pytest.mark.parametrize("kind", sorted(REGRESSORS))
@pytest.mark.parametrize("max_nodes", [4_000, 1], ids=["native", "fallback"])
def test_regression_predictions_match_sklearn(kind: str, max_nodes: int, labelled: pl.DataFrame) -> None:
    pipeline = fit(kind, labelled, REGRESSORS[kind], "revenue")
    assert is_native(pipeline, "predict", max_nodes=max_nodes) == (max_nodes > 1 or kind == "ridge_regression")
    frame = scoring_frame(labelled.drop("revenue", "channel"))  # + unseen category, missing, NaN, extremes
    got = scored(pipeline, frame, "predict", max_nodes=max_nodes)
    assert got.dtype == pl.Float64 and got.null_count() == 0
    np.testing.assert_allclose(got.to_numpy(), pipeline.predict(x_of(frame)), rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("kind", sorted(CLASSIFIERS))
@pytest.mark.parametrize("max_nodes", [4_000, 1], ids=["native", "fallback"])
def test_multiclass_probabilities_and_classes_match_sklearn(kind: str, max_nodes: int, labelled: pl.DataFrame) -> None:
    pipeline = fit(kind, labelled, CLASSIFIERS[kind], "channel")
    assert list(pipeline[-1].classes_) == ["app", "store", "web"]
    frame = scoring_frame(labelled.drop("revenue", "channel"))
    x = x_of(frame)
    proba = pipeline.predict_proba(x)
    for j, cls in enumerate(["app", "store", "web"]):
        got = scored(pipeline, frame, "score", target=cls, max_nodes=max_nodes)
        assert got.dtype == pl.Float64
        np.testing.assert_allclose(got.to_numpy(), proba[:, j], rtol=0, atol=1e-9)
    predicted = scored(pipeline, frame, "predict", max_nodes=max_nodes)
    assert predicted.dtype == pl.String
    assert predicted.to_list() == pipeline.predict(x).tolist()
    assert predicted.n_unique() >= 2


@pytest.mark.parametrize("kind", sorted(CLASSIFIERS))
def test_two_text_classes_are_not_a_boolean(kind: str, labelled: pl.DataFrame) -> None:
    frame = labelled.with_columns(pl.when(pl.col("channel") == "web").then(pl.lit("web"))
                                  .otherwise(pl.lit("store")).alias("channel"))
    pipeline = fit(kind, frame, CLASSIFIERS[kind], "channel")
    x = x_of(frame)
    predicted = scored(pipeline, frame, "predict")
    assert predicted.dtype == pl.String and predicted.to_list() == pipeline.predict(x).tolist()
    for j, cls in enumerate(["store", "web"]):
        np.testing.assert_allclose(scored(pipeline, frame, "score", target=cls).to_numpy(),
                                   pipeline.predict_proba(x)[:, j], rtol=0, atol=1e-9)


def test_ties_between_classes_go_to_the_first_class() -> None:
    """A forest whose averaged probabilities tie: NumPy's argmax (scikit-learn) takes the first class."""
    frame = pl.DataFrame({"recency": [1.0, 1.0, 2.0, 2.0] * 5, "frequency": [1.0] * 20, "monetary": [1.0] * 20,
                          "vip": [False] * 20, "country": ["FR"] * 20,
                          "channel": ["web", "app", "store", "store"] * 5})
    pipeline = fit("decision_tree", frame, {"max_depth": 2}, "channel")
    predicted = scored(pipeline, frame, "predict")
    assert predicted.to_list() == pipeline.predict(x_of(frame)).tolist()
    assert predicted[0] == "app"  # "app" and "web" tie at 1/2 on recency 1


def test_unknown_class_and_missing_class_are_diagnostics(labelled: pl.DataFrame) -> None:
    pipeline = fit("logistic_regression", labelled, {}, "channel")
    with pytest.raises(DiagnosticError) as error:
        scored(pipeline, labelled, "score", target="wbe")
    diagnostic = error.value.diagnostics[0]
    assert diagnostic.code == "E406" and diagnostic.note == "did you mean `web`?"
    with pytest.raises(DiagnosticError) as error:
        scored(pipeline, labelled, "score")
    assert error.value.diagnostics[0].code == "E407"
    regression = fit("ridge_regression", labelled, {}, "revenue")
    with pytest.raises(DiagnosticError) as error:
        scored(regression, labelled, "score")
    assert error.value.diagnostics[0].code == "E405"
