"""Describing clusters so marketers can name them: size, share and how each differs from everyone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import polars as pl

from segdsl import ir, ir_walk
from segdsl.diagnostics import Diagnostic, DiagnosticError, available

if TYPE_CHECKING:
    from segdsl.api import Definition


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


@dataclass(frozen=True)
class ClusterProfiling:
    """What one evaluation must also compute to profile every k-means model a definition uses:
    each model's cluster number (an extra step) next to its features (kept columns)."""

    models: tuple[ir.Model, ...]
    steps: tuple[ir.Derived, ...]  # `__cluster_<model>`, one per model

    @property
    def keep(self) -> tuple[str, ...]:
        features = dict.fromkeys(f for m in self.models for f in m.features)
        return (*(step.name for step in self.steps), *features)

    def extend(self, definition: Definition) -> Definition:
        """The definition with the cluster-number steps added (its outputs are unchanged)."""
        return replace(definition, ir=replace(definition.ir, derived=definition.ir.derived + self.steps))

    def profiles(self, frame: pl.DataFrame) -> list[ModelProfile]:
        """A profile per model from a frame evaluated with `extend(...)` and `keep`."""
        profiles = []
        for model, step in zip(self.models, self.steps):
            profile = cluster_profile(frame, step.name, list(model.features))
            named = profile.rename({step.name: "cluster"}).with_columns(
                pl.col("cluster").replace_strict(dict(model.cluster_names), default=None, return_dtype=pl.String)
                .alias("name"))
            population = population_means(frame, numeric_features(frame.schema, list(model.features)))
            profiles.append(ModelProfile(model, named, population))
        return profiles


def cluster_profiling(plan: ir.Plan) -> ClusterProfiling | None:
    """None when no output of the plan clusters with a model."""
    clustering = {node.model: node for d in plan.derived for node in ir_walk.model_outputs(d.expr) if node.output == "cluster"}
    models = tuple(m for m in plan.models if m.name in clustering)
    if not models:
        return None
    return ClusterProfiling(models, tuple(ir.Derived(f"__cluster_{m.name}", "trait", clustering[m.name]) for m in models))
