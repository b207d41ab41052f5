"""Native Polars scoring must equal scikit-learn's own outputs, for every kind and the fallback."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import DiagnosticError
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from tests.models.conftest import FEATURES, scoring_frame

CLASSIFIERS = {
    "logistic_regression": {"C": 0.5},
    "decision_tree": {"max_depth": 6},
    "random_forest": {"n_estimators": 15, "max_depth": 5},
    "gradient_boosting": {"n_estimators": 30, "max_depth": 3},
}


def fit(kind: str, frame: pl.DataFrame, params: dict, label: str | None = "churned") -> Pipeline:
    numeric, categorical = feature_kinds(frame.schema, FEATURES)
    pipeline = build_pipeline(kind, numeric, categorical, params, seed=7)
    x = prepare(frame, numeric, categorical)
    return pipeline.fit(x, None if label is None else frame[label].to_numpy())


def native(pipeline: Pipeline, frame: pl.DataFrame, output: str) -> pl.Series:
    expr = compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output)
    return frame.lazy().select(expr.alias("out")).collect()["out"]


def sklearn_input(pipeline: Pipeline, frame: pl.DataFrame) -> pl.DataFrame:
    numeric, categorical = feature_kinds(frame.schema, FEATURES)
    return prepare(frame, numeric, categorical)


@pytest.mark.parametrize("kind", sorted(CLASSIFIERS))
def test_classifier_scores_and_predictions_match_sklearn(kind: str, training_frame: pl.DataFrame) -> None:
    pipeline = fit(kind, training_frame, CLASSIFIERS[kind])
    frame = scoring_frame(training_frame)
    x = sklearn_input(pipeline, frame)
    assert is_native(pipeline, "score") and is_native(pipeline, "predict")

    score = native(pipeline, frame, "score")
    assert score.dtype == pl.Float64 and score.null_count() == 0
    np.testing.assert_allclose(score.to_numpy(), pipeline.predict_proba(x)[:, 1], rtol=0, atol=1e-9)

    predicted = native(pipeline, frame, "predict")
    assert predicted.dtype == pl.Boolean
    assert predicted.to_list() == pipeline.predict(x).tolist()


def test_kmeans_clusters_match_sklearn(training_frame: pl.DataFrame) -> None:
    pipeline = fit("kmeans", training_frame, {"k": 4}, label=None)
    frame = scoring_frame(training_frame)
    assert is_native(pipeline, "cluster")
    clusters = native(pipeline, frame, "cluster")
    assert clusters.dtype == pl.Int64
    assert clusters.to_list() == pipeline.predict(sklearn_input(pipeline, frame)).tolist()
    assert clusters.n_unique() == 4


def test_unseen_category_encodes_as_all_zeros(training_frame: pl.DataFrame) -> None:
    pipeline = fit("logistic_regression", training_frame, {})
    frame = pl.DataFrame({"recency": [10.0, 10.0], "frequency": [1.0, 1.0], "monetary": [5.0, 5.0],
                          "vip": [False, False], "country": ["JP", "Atlantis"]})
    score = native(pipeline, frame, "score")
    assert score[0] == score[1]
    np.testing.assert_allclose(score.to_numpy(), pipeline.predict_proba(sklearn_input(pipeline, frame))[:, 1],
                               rtol=0, atol=1e-9)


def test_ties_in_kmeans_go_to_the_lowest_cluster(training_frame: pl.DataFrame) -> None:
    pipeline = fit("kmeans", training_frame, {"k": 2}, label=None)
    model = pipeline[-1]
    model.cluster_centers_ = np.vstack([model.cluster_centers_[0], model.cluster_centers_[0]])
    clusters = native(pipeline, training_frame, "cluster")
    assert clusters.unique().to_list() == [0]


def test_oversized_forest_falls_back_with_identical_results(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 5})
    inputs = {f: pl.col(f) for f in FEATURES}
    assert not is_native(pipeline, "score", max_nodes=10)
    frame = scoring_frame(training_frame)
    expr = compile_model(pipeline, inputs, "score", max_nodes=10)
    score = frame.lazy().select(expr.alias("s")).collect()["s"]
    np.testing.assert_allclose(score.to_numpy(), pipeline.predict_proba(sklearn_input(pipeline, frame))[:, 1],
                               rtol=0, atol=1e-12)


def test_unknown_estimator_falls_back_for_score_and_predict(training_frame: pl.DataFrame) -> None:
    reference = fit("logistic_regression", training_frame, {})
    pipeline = Pipeline([("features", reference[0]), ("model", GaussianNB())])
    x = sklearn_input(pipeline, training_frame)
    pipeline.fit(x, training_frame["churned"].to_numpy())
    assert not is_native(pipeline, "score")
    frame = scoring_frame(training_frame)
    x = sklearn_input(pipeline, frame)
    score = native(pipeline, frame, "score")
    assert score.dtype == pl.Float64
    np.testing.assert_allclose(score.to_numpy(), pipeline.predict_proba(x)[:, 1], rtol=0, atol=1e-12)
    assert native(pipeline, frame, "predict").to_list() == pipeline.predict(x).tolist()


def test_fallback_handles_empty_input(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 3})
    expr = compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, "score", max_nodes=1)
    out = training_frame.head(0).lazy().select(expr.alias("s")).collect()
    assert out.schema["s"] == pl.Float64 and out.height == 0


@pytest.mark.parametrize(("kind", "output"), [("kmeans", "score"), ("logistic_regression", "cluster")])
def test_wrong_output_for_kind_is_a_diagnostic(kind: str, output: str, training_frame: pl.DataFrame) -> None:
    pipeline = fit(kind, training_frame, {"k": 3} if kind == "kmeans" else {},
                   label=None if kind == "kmeans" else "churned")
    with pytest.raises(DiagnosticError) as error:
        compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output)
    assert error.value.diagnostics[0].code == "E405"
