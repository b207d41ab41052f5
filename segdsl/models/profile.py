"""Describing clusters so marketers can name them: size, share and how each differs from everyone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import polars as pl

from segdsl import ir
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
    numeric = numeric_features(schema, features)
    means = [_mean(f).alias(f"{f}_mean") for f in numeric]
    population = population_means(lazy, numeric)
    index = [
        (100 * pl.col(f"{f}_mean") / population[f]).alias(f"{f}_index")
        if population[f] not in (0, None) else pl.lit(None, pl.Float64).alias(f"{f}_index")
        for f in numeric
    ]
    return (lazy.group_by(cluster_col)
            .agg(pl.len().alias("size"), *means)
            .with_columns((pl.col("size") / pl.col("size").sum()).alias("share"), *index)
            .select(cluster_col, "size", "share", *[c for f in numeric for c in (f"{f}_mean", f"{f}_index")])
            .sort(cluster_col)
            .collect())


def numeric_features(schema: pl.Schema, features: list[str]) -> list[str]:
    return [f for f in features if schema[f].is_numeric() or schema[f] == pl.Boolean]


def population_means(frame: pl.DataFrame | pl.LazyFrame, numeric: list[str]) -> dict[str, float | None]:
    """Everyone's mean of each feature: the 100 of the index."""
    return frame.lazy().select(_mean(f) for f in numeric).collect().row(0, named=True) if numeric else {}


def _mean(feature: str) -> pl.Expr:
    return pl.col(feature).cast(pl.Float64).fill_nan(None).mean()


@dataclass(frozen=True)
class ModelProfile:
    model: ir.Model
    profile: pl.DataFrame  # cluster_profile's frame plus a `name` column (declared cluster names)
    population: dict[str, float | None]  # everyone's mean per numeric feature


def model_cluster_profiles(plan: ir.Plan, as_of: dt.date, trust_pickle: bool = False) -> list[ModelProfile]:
    """A profile for every k-means model the plan clusters with, over the plan's customers as of
    `as_of`; one extra query computing each model's cluster number next to its features."""
    from segdsl.backend.polars_plan import build_lazyframe
    from segdsl.models.scoring import model_scorer

    clustering = {node.model: node for d in plan.derived for node in ir.model_outputs(d.expr) if node.output == "cluster"}
    if not clustering:
        return []
    models = [m for m in plan.models if m.name in clustering]
    columns = {m.name: f"__cluster_{m.name}" for m in models}
    steps = tuple(ir.Derived(columns[m.name], "trait", clustering[m.name]) for m in models)
    features = tuple(dict.fromkeys(f for m in models for f in m.features))
    lazy = build_lazyframe(replace(plan, derived=plan.derived + steps), as_of,
                           model_output=model_scorer(plan, trust_pickle=trust_pickle), keep=(*columns.values(), *features))
    try:
        frame = lazy.collect()
    except pl.exceptions.PolarsError as error:
        raise DiagnosticError([Diagnostic("E308", f"cluster profile failed: {str(error).splitlines()[0]}")]) from None
    profiles = []
    for model in models:
        profile = cluster_profile(frame, columns[model.name], list(model.features))
        names = dict(model.cluster_names)
        named = profile.rename({columns[model.name]: "cluster"}).with_columns(
            pl.col("cluster").replace_strict(names, default=None, return_dtype=pl.String).alias("name"))
        population = population_means(frame, numeric_features(frame.schema, list(model.features)))
        profiles.append(ModelProfile(model, named, population))
    return profiles
