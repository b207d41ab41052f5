"""Cluster profiles computed by hand on a tiny frame."""

from __future__ import annotations

import polars as pl
import pytest

from segdsl.diagnostics import DiagnosticError
from segdsl.models.profile import cluster_profile
from tests.models.conftest import customers


def test_profile_sizes_shares_means_and_index() -> None:
    frame = pl.DataFrame({"cluster": [0, 0, 1, 1, 1, 2], "spend": [10.0, 30.0, 5.0, None, float("nan"), 60.0],
                          "zero": [0, 0, 0, 0, 0, 0], "country": ["FR"] * 6})
    profile = cluster_profile(frame, "cluster", ["spend", "zero", "country"])
    assert profile.columns == ["cluster", "size", "share", "spend_mean", "spend_index", "zero_mean", "zero_index"]
    assert profile["size"].to_list() == [2, 3, 1]
    assert profile["share"].to_list() == pytest.approx([2 / 6, 3 / 6, 1 / 6])
    population = (10 + 30 + 5 + 60) / 4  # nulls and NaN are missing, not zero
    assert profile["spend_mean"].to_list() == pytest.approx([20.0, 5.0, 60.0])
    assert profile["spend_index"].to_list() == pytest.approx([100 * m / population for m in (20.0, 5.0, 60.0)])
    assert profile["zero_index"].null_count() == 3


def test_profile_of_real_clusters_sums_to_everyone() -> None:
    frame = customers(400).with_columns((pl.col("frequency").fill_null(0) > 4).cast(pl.Int64).alias("cluster"))
    profile = cluster_profile(frame.lazy(), "cluster", ["recency", "frequency", "vip"])
    assert profile["size"].sum() == 400 and profile["share"].sum() == pytest.approx(1.0)
    busy = profile.filter(pl.col("cluster") == 1)
    assert busy["frequency_index"].item() > 100 > profile.filter(pl.col("cluster") == 0)["frequency_index"].item()


def test_unknown_column_is_a_diagnostic() -> None:
    with pytest.raises(DiagnosticError) as error:
        cluster_profile(pl.DataFrame({"cluster": [0], "spend": [1.0]}), "cluster", ["spedn"])
    assert error.value.diagnostics[0].code == "E403" and "`spedn`" in error.value.diagnostics[0].message
