"""Models compiled to SQL (sqlglot) must equal scikit-learn's own outputs when DuckDB runs them,
for every kind segdsl trains; what cannot compile says why."""

from __future__ import annotations

import duckdb
import numpy as np
import polars as pl
import pytest
from sqlglot import exp

from segdsl.models.sql import NotCompilable, compile_model_sql
from tests.models.conftest import FEATURES, scoring_frame
from tests.models.test_models_native import CLASSIFIERS, fit, sklearn_input


def run_sql(pipeline, frame: pl.DataFrame, output: str) -> pl.Series:
    expression = compile_model_sql(pipeline, {f: exp.column(f, quoted=True) for f in FEATURES}, output,
                                   booleans=frozenset(n for n, t in frame.schema.items() if t == pl.Boolean))
    frame = frame.with_columns(pl.col(pl.Float64).fill_nan(None))  # every engine reads NaN as missing
    sql = exp.select(exp.alias_(expression, "out", quoted=True)).from_("features").sql(dialect="duckdb")
    with duckdb.connect() as connection:
        connection.register("features", frame.select(FEATURES).to_arrow())
        return connection.sql(sql).pl()["out"]


def assert_same(pipeline, frame: pl.DataFrame, output: str) -> None:
    got = run_sql(pipeline, frame, output)
    x = sklearn_input(frame)
    if output == "score":
        assert got.null_count() == 0
        np.testing.assert_allclose(got.to_numpy(), pipeline.predict_proba(x)[:, 1], rtol=0, atol=1e-9)
    else:
        assert got.to_list() == pipeline.predict(x).tolist()


@pytest.mark.parametrize("kind", sorted(CLASSIFIERS))
@pytest.mark.parametrize("output", ["score", "predict"])
def test_classifiers_in_duckdb_match_sklearn(kind: str, output: str, training_frame: pl.DataFrame) -> None:
    pipeline = fit(kind, training_frame, CLASSIFIERS[kind])
    assert_same(pipeline, scoring_frame(training_frame), output)  # fresh rows: missing values, unseen categories


def test_kmeans_clusters_in_duckdb_match_sklearn(training_frame: pl.DataFrame) -> None:
    pipeline = fit("kmeans", training_frame, {"k": 5}, label=None)
    assert_same(pipeline, scoring_frame(training_frame), "cluster")


def test_a_model_too_large_for_sql_says_why(training_frame: pl.DataFrame) -> None:
    pipeline = fit("random_forest", training_frame, {"n_estimators": 200})  # unbounded depth: many nodes
    with pytest.raises(NotCompilable, match="tree nodes"):
        compile_model_sql(pipeline, {f: exp.column(f) for f in FEATURES}, "score")
