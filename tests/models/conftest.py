"""Synthetic customers with numeric, boolean and text features, missing values and NaN."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

FEATURES = ["recency", "frequency", "monetary", "vip", "country"]


def customers(rows: int = 600, seed: int = 3) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    recency = rng.exponential(60, rows).round(0)
    frequency = rng.poisson(4, rows).astype(float)
    monetary = rng.gamma(2.0, 50.0, rows)
    country = rng.choice(["FR", "DE", "US", "BE"], rows, p=[0.4, 0.3, 0.2, 0.1])
    logit = -0.02 * recency + 0.3 * frequency + 0.004 * monetary + (country == "FR") * 0.8 - 1.0
    churned = rng.random(rows) < 1 / (1 + np.exp(logit))
    frame = pl.DataFrame({
        "recency": recency, "frequency": frequency, "monetary": monetary,
        "vip": rng.random(rows) < 0.2, "country": country, "churned": churned,
    })
    # Holes of both kinds: nulls in every feature and NaN in a float one.
    every = pl.int_range(pl.len())
    return frame.with_columns(
        pl.when(every % 17 == 0).then(None).otherwise(pl.col("recency")).alias("recency"),
        pl.when(every % 23 == 0).then(float("nan")).otherwise(pl.col("monetary")).alias("monetary"),
        pl.when(every % 19 == 0).then(None).otherwise(pl.col("frequency")).alias("frequency"),
        pl.when(every % 29 == 0).then(None).otherwise(pl.col("vip")).alias("vip"),
        pl.when(every % 13 == 0).then(None).otherwise(pl.col("country")).alias("country"),
    )


def scoring_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """The training rows plus rows the model never saw: unseen category, all-missing, extremes."""
    extra = pl.DataFrame({
        "recency": [5.0, None, 1e6, float("nan")], "frequency": [2.0, None, 0.0, 3.0],
        "monetary": [10.0, None, -5.0, 1e9], "vip": [True, None, False, True],
        "country": ["JP", None, "FR", "ZZ"], "churned": [False, True, False, True],
    })
    return pl.concat([frame, extra])


@pytest.fixture(scope="session")
def training_frame() -> pl.DataFrame:
    return customers()
