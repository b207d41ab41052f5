"""Describing clusters so marketers can name them: size, share and how each differs from everyone."""

from __future__ import annotations

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError, available


def cluster_profile(frame: pl.DataFrame | pl.LazyFrame, cluster_col: str, features: list[str]) -> pl.DataFrame:
    """One row per cluster: size, share, mean of each numeric feature and its index vs the population.

    Index is 100 × cluster mean / population mean (100 = typical), the convention marketers read;
    it is null where the population mean is 0. Non-numeric features are skipped. Raises
    DiagnosticError E403 for a column the frame does not have.
    """
    lazy = frame.lazy()
    schema = lazy.collect_schema()
    unknown = [c for c in (cluster_col, *features) if c not in schema]
    if unknown:
        raise DiagnosticError([Diagnostic("E403", f"no column {', '.join(f'`{c}`' for c in unknown)} to profile",
                                          hints=(f"columns {available(schema.names())}",))])
    numeric = [f for f in features if schema[f].is_numeric() or schema[f] == pl.Boolean]
    means = [pl.col(f).cast(pl.Float64).fill_nan(None).mean().alias(f"{f}_mean") for f in numeric]
    population = lazy.select(means).collect()
    index = [
        (100 * pl.col(f"{f}_mean") / population[f"{f}_mean"][0]).alias(f"{f}_index")
        if population[f"{f}_mean"][0] not in (0, None) else pl.lit(None, pl.Float64).alias(f"{f}_index")
        for f in numeric
    ]
    return (lazy.group_by(cluster_col)
            .agg(pl.len().alias("size"), *means)
            .with_columns((pl.col("size") / pl.col("size").sum()).alias("share"), *index)
            .select(cluster_col, "size", "share", *[c for f in numeric for c in (f"{f}_mean", f"{f}_index")])
            .sort(cluster_col)
            .collect())
