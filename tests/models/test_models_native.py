"""Native Polars scoring must equal scikit-learn's own outputs, for every kind and the fallback."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import DiagnosticError
from segdsl.models.estimators import build_pipeline
from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from segdsl.models.trees import largest_passing
from tests.models.conftest import FEATURES, customers, scoring_frame

CLASSIFIERS = {
    "logistic_regression": {"C": 0.5},
    "decision_tree": {"max_depth": 6},
    "random_forest": {"n_estimators": 15, "max_depth": 5},
    "gradient_boosting": {"n_estimators": 30, "max_depth": 3},
}


def fit(kind: str, frame: pl.DataFrame, params: dict, label: str | None = "churned") -> Pipeline:
    numeric, categorical = feature_kinds(frame.schema, FEATURES)
    pipeline = build_pipeline(kind, numeric, categorical, params, seed=7)
    return pipeline.fit(prepare(frame, numeric, categorical), None if label is None else frame[label].to_numpy())


def native(pipeline: Pipeline, frame: pl.DataFrame, output: str, inputs: dict[str, pl.Expr] | None = None,
           **options: int) -> pl.Series:
    expr = compile_model(pipeline, inputs or {f: pl.col(f) for f in FEATURES}, output, **options)
    return frame.lazy().select(expr.alias("out")).collect()["out"]


def sklearn_input(frame: pl.DataFrame) -> pl.DataFrame:
    return prepare(frame, *feature_kinds(frame.schema, FEATURES))


def assert_same(pipeline: Pipeline, frame: pl.DataFrame, output: str, **options: int) -> None:
    """Native output equals scikit-learn's: probabilities to 1e-9, labels and clusters exactly."""
    got = native(pipeline, frame, output, **options)
    x = sklearn_input(frame)
    if output == "score":
        assert got.dtype == pl.Float64 and got.null_count() == 0
        np.testing.assert_allclose(got.to_numpy(), pipeline.predict_proba(x)[:, 1], rtol=0, atol=1e-9)
    else:
        assert got.dtype == (pl.Boolean if output == "predict" else pl.Int64)
        assert got.to_list() == pipeline.predict(x).tolist()


@pytest.mark.parametrize("kind", sorted(CLASSIFIERS))
def test_classifier_scores_and_predictions_match_sklearn(kind: str, training_frame: pl.DataFrame) -> None:
    pipeline = fit(kind, training_frame, CLASSIFIERS[kind])
    assert is_native(pipeline, "score") and is_native(pipeline, "predict")
    frame = scoring_frame(training_frame)  # + unseen categories, all-missing rows, NaN, extremes
    assert_same(pipeline, frame, "score")
    assert_same(pipeline, frame, "predict")


def test_kmeans_clusters_match_sklearn(training_frame: pl.DataFrame) -> None:
    pipeline = fit("kmeans", training_frame, {"k": 4}, label=None)
    assert is_native(pipeline, "cluster")
    assert_same(pipeline, scoring_frame(training_frame), "cluster")
    assert native(pipeline, training_frame, "cluster").n_unique() == 4


@pytest.mark.parametrize(("kind", "output"), [(k, "score") for k in CLASSIFIERS] + [("kmeans", "cluster")])
def test_agreement_on_many_fresh_rows(kind: str, output: str, training_frame: pl.DataFrame) -> None:
    """Rare near-ties (rounding in sums, distances, thresholds) would show up on enough rows."""
    pipeline = fit(kind, training_frame, CLASSIFIERS.get(kind, {"k": 6}), label=None if kind == "kmeans" else "churned")
    fresh = customers(60_000, seed=99)
    assert_same(pipeline, fresh, output)
    if output == "score":
        assert_same(pipeline, fresh, "predict")


@pytest.mark.parametrize("kind", ["decision_tree", "gradient_boosting"])
def test_inputs_exactly_at_split_thresholds(kind: str, training_frame: pl.DataFrame) -> None:
    """Trees compare float32 inputs with float64 thresholds: rows sitting on (or one ulp around)
    every threshold must go the same way as in scikit-learn."""
    pipeline = fit(kind, training_frame, CLASSIFIERS[kind])
    scaler = pipeline[0].named_transformers_["numeric"]["scale"]
    trees = [pipeline[-1].tree_] if kind == "decision_tree" else [e.tree_ for e in pipeline[-1].estimators_[:, 0]]
    base = training_frame.row(0, named=True)
    rows = []
    for tree in trees:
        for feature, threshold in zip(tree.feature, tree.threshold):
            if feature < 0 or feature >= len(scaler.scale_):
                continue  # leaf, or a split on a one-hot column
            raw = threshold * scaler.scale_[feature] + scaler.mean_[feature]
            for value in (raw, *np.nextafter(raw, [np.inf, -np.inf]),
                          float(np.float32(threshold)) * scaler.scale_[feature] + scaler.mean_[feature]):
                rows.append({**base, FEATURES[feature]: float(value)})
    frame = pl.DataFrame(rows, schema=training_frame.schema)
    assert frame.height > 20
    got = native(pipeline, frame, "score").to_numpy()
    np.testing.assert_array_equal(got, pipeline.predict_proba(sklearn_input(frame))[:, 1])


def test_trees_split_on_categories(training_frame: pl.DataFrame) -> None:
    frame = training_frame.with_columns(
        churned=(pl.col("country").is_in(["DE", "US"]) ^ (pl.col("recency") > 200)).fill_null(False))
    pipeline = fit("decision_tree", frame, {"max_depth": 3})
    n_numeric = len(pipeline[0].named_transformers_["numeric"]["scale"].scale_)
    assert (pipeline[-1].tree_.feature >= n_numeric).any()  # a split on a one-hot indicator
    assert_same(pipeline, scoring_frame(frame), "score")
    assert_same(pipeline, scoring_frame(frame), "predict")


def test_forest_probability_ties_predict_the_negative_class(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 2})  # pure leaves: 0.5 ties are common
    x = sklearn_input(training_frame)
    assert (pipeline.predict_proba(x)[:, 1] == 0.5).any()
    assert_same(pipeline, training_frame, "predict")


def test_inputs_may_be_any_expressions_of_any_compatible_type(training_frame: pl.DataFrame) -> None:
    pipeline = fit("gradient_boosting", training_frame, CLASSIFIERS["gradient_boosting"])
    renamed = training_frame.select(
        pl.col("recency").alias("r"), pl.col("frequency").cast(pl.Int32).alias("f"), pl.col("monetary") * 1.0,
        pl.col("vip").alias("v"), pl.col("country").cast(pl.Categorical).alias("c"))
    inputs = {"recency": pl.col("r"), "frequency": pl.col("f"), "monetary": pl.col("monetary"),
              "vip": pl.col("v"), "country": pl.col("c")}
    np.testing.assert_array_equal(native(pipeline, renamed, "score", inputs).to_numpy(),
                                  native(pipeline, training_frame, "score").to_numpy())


def test_unseen_category_encodes_as_all_zeros(training_frame: pl.DataFrame) -> None:
    pipeline = fit("logistic_regression", training_frame, {})
    frame = pl.DataFrame({"recency": [10.0, 10.0], "frequency": [1.0, 1.0], "monetary": [5.0, 5.0],
                          "vip": [False, False], "country": ["JP", "Atlantis"]})
    score = native(pipeline, frame, "score")
    assert score[0] == score[1]
    assert_same(pipeline, frame, "score")


def test_ties_in_kmeans_go_to_the_lowest_cluster(training_frame: pl.DataFrame) -> None:
    pipeline = fit("kmeans", training_frame, {"k": 3}, label=None)
    model = pipeline[-1]
    centres = model.cluster_centers_
    model.cluster_centers_ = np.vstack([centres[1], centres[0], centres[0]])
    clusters = native(pipeline, training_frame, "cluster")
    assert set(clusters.unique().to_list()) == {0, 1}  # never 2: it ties with 1
    assert_same(pipeline, training_frame, "cluster")


def test_missing_input_is_e403(training_frame: pl.DataFrame) -> None:
    pipeline = fit("logistic_regression", training_frame, {})
    with pytest.raises(DiagnosticError) as error:
        compile_model(pipeline, {f: pl.col(f) for f in FEATURES[:-1]}, "score")
    diagnostic = error.value.diagnostics[0]
    assert diagnostic.code == "E403" and "`country`" in diagnostic.message


def test_oversized_forest_falls_back_with_identical_results(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 5})
    assert is_native(pipeline, "score") and not is_native(pipeline, "score", max_nodes=10)
    frame = scoring_frame(training_frame)
    assert_same(pipeline, frame, "score", max_nodes=10)
    assert_same(pipeline, frame, "predict", max_nodes=10)


def test_unknown_estimator_falls_back_for_score_and_predict(training_frame: pl.DataFrame) -> None:
    reference = fit("logistic_regression", training_frame, {})
    pipeline = Pipeline([("features", reference[0]), ("model", GaussianNB())])
    pipeline.fit(sklearn_input(training_frame), training_frame["churned"].to_numpy())
    assert not is_native(pipeline, "score")
    frame = scoring_frame(training_frame)
    assert_same(pipeline, frame, "score")
    assert_same(pipeline, frame, "predict")


def test_fallback_streams_in_batches_and_handles_empty_input(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 3})
    expr = compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, "score", max_nodes=1)
    out = training_frame.head(0).lazy().select(expr).collect()
    assert out.schema["score"] == pl.Float64 and out.height == 0
    frame = scoring_frame(training_frame)
    streamed = frame.lazy().select(expr).collect(engine="streaming")["score"]
    np.testing.assert_allclose(streamed.to_numpy(), pipeline.predict_proba(sklearn_input(frame))[:, 1], rtol=0, atol=1e-12)


@pytest.mark.parametrize(("kind", "output"), [("kmeans", "score"), ("logistic_regression", "cluster")])
def test_wrong_output_for_kind_is_a_diagnostic(kind: str, output: str, training_frame: pl.DataFrame) -> None:
    pipeline = fit(kind, training_frame, {"k": 3} if kind == "kmeans" else {},
                   label=None if kind == "kmeans" else "churned")
    with pytest.raises(DiagnosticError) as error:
        compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output)
    assert error.value.diagnostics[0].code == "E405"


finite = st.floats(allow_nan=False, allow_infinity=False)


@given(st.lists(finite, min_size=1, max_size=8), finite, st.floats(min_value=1e-6, max_value=1e6))
def test_split_limits_are_the_exact_boundary(thresholds: list[float], mean: float, scale: float) -> None:
    """The limit passes scikit-learn's test float32((r - mean) / scale) <= t; the next float64 does not."""
    def forward(values: np.ndarray) -> np.ndarray:
        return (values - mean) / scale

    def passes(values: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore", invalid="ignore"):
            return forward(values).astype(np.float32).astype(np.float64) <= np.asarray(thresholds)

    limits = largest_passing(forward, np.asarray(thresholds))
    assert passes(limits).all()
    with np.errstate(over="ignore"):
        above = np.nextafter(limits, np.inf)
    assert not passes(above).any()


def test_default_random_forest_is_too_big_and_falls_back(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {})  # 100 unbounded trees
    assert not is_native(pipeline, "score")
    assert_same(pipeline, scoring_frame(training_frame), "score")
