"""Native Polars model scoring vs scikit-learn on the same rows.

    python -m benchmarks.bench_models --rows 2000000

Models are trained on a 20,000-row sample; scoring is timed on all rows. The scikit-learn side
includes shaping the Polars frame and scikit-learn's own conversion to NumPy, as a user would
pay for it. Prints medians of several runs as a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
import polars as pl

from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from segdsl.models.train import train

FEATURES = ["recency", "frequency", "monetary", "vip", "country"]
MODELS = [
    ("logistic_regression", "score", {}),
    ("gradient_boosting", "score", {"n_estimators": 50, "max_depth": 3}),
    ("kmeans", "cluster", {"k": 5}),
]


def customers(rows: int, seed: int = 1) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    recency = rng.exponential(60, rows).round(0)
    frequency = rng.poisson(4, rows).astype(float)
    monetary = rng.gamma(2.0, 50.0, rows)
    country = rng.choice(["FR", "DE", "US", "BE", "IT"], rows)
    churned = rng.random(rows) < 1 / (1 + np.exp(-0.02 * recency + 0.3 * frequency + 0.004 * monetary - 1.0))
    recency[rng.random(rows) < 0.05] = np.nan
    return pl.DataFrame({"recency": recency, "frequency": frequency, "monetary": monetary,
                         "vip": rng.random(rows) < 0.2, "country": country, "churned": churned})


def median_seconds(run: Callable[[], object], repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    frame = customers(args.rows)
    numeric, categorical = feature_kinds(frame.schema, FEATURES)
    sample = frame.sample(min(20_000, args.rows), seed=2)
    print(f"{args.rows:,} rows, median of {args.repeats} runs\n")
    print("| model | output | native | Polars (s) | scikit-learn (s) | speed-up | max abs diff |")
    print("|---|---|---|---:|---:|---:|---:|")
    for kind, output, params in MODELS:
        result = train(kind, sample, FEATURES, None if kind == "kmeans" else "churned", params)
        pipeline = result.pipeline
        expr = compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output)
        native_s, native = median_seconds(lambda: frame.lazy().select(expr.alias("out")).collect()["out"],
                                          args.repeats)
        if output == "score":
            reference_run = lambda: pipeline.predict_proba(prepare(frame, numeric, categorical))[:, 1]  # noqa: E731
        else:
            reference_run = lambda: pipeline.predict(prepare(frame, numeric, categorical))  # noqa: E731
        sklearn_s, reference = median_seconds(reference_run, args.repeats)
        diff = float(np.max(np.abs(native.to_numpy().astype(float) - np.asarray(reference, dtype=float))))
        print(f"| {kind} | {output} | {is_native(pipeline, output)} | {native_s:.3f} | {sklearn_s:.3f} | "
              f"{sklearn_s / native_s:.1f}x | {diff:.1e} |")


if __name__ == "__main__":
    main()
