"""Native Polars model scoring vs scikit-learn on the same rows.

    python -m benchmarks.bench_models --rows 2000000 [--repeats 5]

Models are trained on a 20,000-row sample; scoring is timed on all rows. The native side is the
compiled expression collected with Polars' default engine and with the streaming engine. The
scikit-learn side includes shaping the Polars frame and scikit-learn's own conversion to NumPy,
as a user would pay for it. One untimed warm-up run each, then the median of `--repeats` runs,
written as a Markdown table (with how far the outputs differ) to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable

import numpy as np
import polars as pl

from benchmarks.results import write_section
from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from segdsl.models.train import train

FEATURES = ["recency", "frequency", "monetary", "vip", "country"]
MODELS = [
    ("logistic_regression", "score", {}),
    ("gradient_boosting", "score", {"n_estimators": 50, "max_depth": 3}),
    ("random_forest", "score", {"n_estimators": 30, "max_depth": 6}),
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


def median_seconds(run: Callable[[], np.ndarray], repeats: int) -> tuple[float, np.ndarray]:
    result = run()  # warm-up, untimed
    times = []
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
    lines = [
        "## Model scoring: native Polars expressions vs scikit-learn",
        "",
        f"`python -m benchmarks.bench_models --rows {args.rows} --repeats {args.repeats}`: {args.rows:,} rows, "
        f"median of {args.repeats} runs; {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Polars {pl.__version__}. scikit-learn's time includes the conversion of the Polars frame to NumPy.",
        "",
        "| model | output | native | Polars (s) | Polars streaming (s) | scikit-learn (s) | speed-up | difference |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    speed_ups = []
    for kind, output, params in MODELS:
        pipeline = train(kind, sample, FEATURES, None if kind == "kmeans" else "churned", params).pipeline
        lazy = frame.lazy().select(compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output))
        native_s, native = median_seconds(lambda: lazy.collect()[output].to_numpy(), args.repeats)
        streaming_s, _ = median_seconds(lambda: lazy.collect(engine="streaming")[output].to_numpy(), args.repeats)

        def reference() -> np.ndarray:
            x = prepare(frame, numeric, categorical)
            return pipeline.predict_proba(x)[:, 1] if output == "score" else pipeline.predict(x)

        sklearn_s, expected = median_seconds(reference, args.repeats)
        difference = (f"max {np.max(np.abs(native - expected)):.1e}" if output == "score"
                      else f"{int(np.sum(native != expected))} rows")
        speed_ups.append(sklearn_s / native_s)
        lines.append(f"| {kind} | {output} | {'yes' if is_native(pipeline, output) else 'no'} | {native_s:.3f} | "
                     f"{streaming_s:.3f} | {sklearn_s:.3f} | {sklearn_s / native_s:.1f}x | {difference} |")
    met = all(ratio >= 1 for ratio in speed_ups)
    lines[4:4] = [f"Target (native scoring at least as fast as scikit-learn, every model): **{'met' if met else 'NOT met'}**.", ""]
    report = "\n".join(lines)
    print(report)
    if args.rows >= 1_000_000:  # small smoke runs do not overwrite the recorded results
        write_section("models", report)


if __name__ == "__main__":
    main()
