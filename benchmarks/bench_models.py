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
import resource
import statistics
import time
from collections.abc import Callable

import numpy as np
import polars as pl

from sklearn import __version__ as sklearn_version

from benchmarks.results import write_section
from segdsl.models.frames import feature_kinds, prepare
from segdsl.models.native import compile_model, is_native
from segdsl.models.train import train

FEATURES = ["recency", "frequency", "monetary", "vip", "country"]
# (kind, output, params, label column, class of a multi-class score)
MODELS = [
    ("logistic_regression", "score", {}, "churned", None),
    ("gradient_boosting", "score", {"n_estimators": 50, "max_depth": 3}, "churned", None),
    ("random_forest", "score", {"n_estimators": 30, "max_depth": 6}, "churned", None),
    ("kmeans", "cluster", {"k": 5}, None, None),
    ("ridge_regression", "predict", {}, "revenue", None),
    ("decision_tree_regression", "predict", {"max_depth": 8}, "revenue", None),
    ("gradient_boosting_regression", "predict", {"n_estimators": 50, "max_depth": 3}, "revenue", None),
    ("random_forest_regression", "predict", {"n_estimators": 30, "max_depth": 6}, "revenue", None),
    ("logistic_regression", "predict", {}, "channel", None),
    ("logistic_regression", "score", {}, "channel", "web"),
    ("gradient_boosting", "predict", {"n_estimators": 30, "max_depth": 3}, "channel", None),
    ("gradient_boosting", "score", {"n_estimators": 30, "max_depth": 3}, "channel", "web"),
    ("random_forest", "predict", {"n_estimators": 10, "max_depth": 6}, "channel", None),
    ("random_forest", "score", {"n_estimators": 10, "max_depth": 6}, "channel", "web"),
]


def customers(rows: int, seed: int = 1) -> pl.DataFrame:
    rng = np.random.default_rng(seed)
    recency = rng.exponential(60, rows).round(0)
    frequency = rng.poisson(4, rows).astype(float)
    monetary = rng.gamma(2.0, 50.0, rows)
    country = rng.choice(["FR", "DE", "US", "BE", "IT"], rows)
    churned = rng.random(rows) < 1 / (1 + np.exp(-0.02 * recency + 0.3 * frequency + 0.004 * monetary - 1.0))
    revenue = np.maximum(0.0, 1.5 * monetary + 20 * frequency - 0.5 * recency + rng.normal(0, 40, rows))
    channel = np.where(country == "FR", "store", np.where(frequency > 5, "app", "web"))
    channel = np.where(rng.random(rows) < 0.3, rng.choice(["app", "store", "web"], rows), channel)
    recency[rng.random(rows) < 0.05] = np.nan
    return pl.DataFrame({"recency": recency, "frequency": frequency, "monetary": monetary,
                         "vip": rng.random(rows) < 0.2, "country": country, "churned": churned,
                         "revenue": revenue, "channel": channel})


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
        f"Polars {pl.__version__}, scikit-learn {sklearn_version}. scikit-learn's time includes the conversion of the "
        "Polars frame to NumPy. Binary models learn `churned`, regressions `revenue`, multi-class models `channel` "
        "(app, store, web); `score` of a multi-class model is P(web). Recorded on a machine shared with other "
        "engineers' jobs: ratios are more telling than absolute times.",
        "",
        "| model | label | output | native | Polars (s) | Polars streaming (s) | scikit-learn (s) | speed-up | difference |",
        "|---|---|---|---|---:|---:|---:|---:|---:|",
    ]
    speed_ups = []
    for kind, output, params, label, target in MODELS:
        pipeline = train(kind, sample, FEATURES, label, params).pipeline
        lazy = frame.lazy().select(compile_model(pipeline, {f: pl.col(f) for f in FEATURES}, output, target=target))
        native_s, native = median_seconds(lambda: lazy.collect()[output].to_numpy(), args.repeats)
        streaming_s, _ = median_seconds(lambda: lazy.collect(engine="streaming")[output].to_numpy(), args.repeats)
        column = list(pipeline[-1].classes_).index(target if target is not None else True) if output == "score" else None

        def reference() -> np.ndarray:
            x = prepare(frame, numeric, categorical)
            return pipeline.predict_proba(x)[:, column] if output == "score" else pipeline.predict(x)

        sklearn_s, expected = median_seconds(reference, args.repeats)
        numeric_output = output == "score" or label == "revenue"
        difference = (f"max {np.max(np.abs(native - expected) / np.maximum(1.0, np.abs(expected))):.1e}"
                      if numeric_output else f"{int(np.sum(native != expected.astype(native.dtype)))} rows")
        speed_ups.append(sklearn_s / native_s)
        lines.append(f"| {kind} | {label or '-'} | {output} | {'yes' if is_native(pipeline, output, target=target) else 'no'} | "
                     f"{native_s:.3f} | {streaming_s:.3f} | {sklearn_s:.3f} | {sklearn_s / native_s:.1f}x | {difference} |")
    met = all(ratio >= 1 for ratio in speed_ups)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines[4:4] = [f"Target (native scoring at least as fast as scikit-learn, every model): **{'met' if met else 'NOT met'}**. "
                  f"Peak memory of the whole run (data, models, both sides): {peak:,.0f} MiB.", ""]
    lines += ["", "Difference: numbers and probabilities as the largest difference relative to max(1, |value|); "
              "classes, labels and clusters as the number of rows that differ."]
    report = "\n".join(lines)
    print(report)
    if args.rows >= 1_000_000:  # small smoke runs do not overwrite the recorded results
        write_section("models", report)


if __name__ == "__main__":
    main()
