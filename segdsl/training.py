"""Training the models a definition declares, by backtesting.

Features are computed as of the model's `train as of` date; the label is computed as of the
file's `as of` (or `--as-of`). So `label count(orders) over 90 days == 0` with `train as of`
90 days before `as of` means "did not order in the 90 days after the features were taken" —
nothing from after the training date leaks into the features.

Out-of-time validation repeats this one horizon (`as of` − `train as of`) earlier: a model is
fitted on features as of `train as of` − horizon with the label as of `train as of`, then
scored on the training frame (features as of `train as of`) and compared with its label (what
happened by `as of`). Each frame holds the customers who existed at its feature date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from segdsl import ir, ir_walk
from segdsl.backend.polars_plan import build_lazyframe
from segdsl.datacheck import validate_inputs
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.fingerprint import declaration_fingerprint

LABEL_COLUMN = "__label"


def steps_for(plan: ir.Plan, names: set[str]) -> tuple[ir.Derived, ...]:
    """The derived steps `names` depend on (in plan order), through aggregations that read
    customer-level values too, and nothing else: training must not evaluate segments that use
    the very model being trained."""
    needed = ir_walk.dependencies(plan, names)
    return tuple(d for d in plan.derived if d.name in needed)


def training_frame(plan: ir.Plan, model: ir.Model, as_of: dt.date, feature_as_of: dt.date | None = None) -> pl.DataFrame:
    """One row per customer: the key, the model's features (as of `feature_as_of`, by default the
    model's `train as of`) and, for supervised models, `__label` (as of `as_of`)."""
    validate_inputs(plan)
    key = plan.customers.key
    feature_as_of = feature_as_of or model.train_as_of or as_of
    if feature_as_of > as_of:
        raise DiagnosticError([Diagnostic(
            "E404", f"model `{model.name}` trains as of {feature_as_of}, after the label date {as_of}",
            hints=("`train as of` must be before `as of` so the label looks at what happened next",),
        )])
    features = list(model.features)
    feature_plan = replace(plan, derived=steps_for(plan, set(features)))
    label_plan = None
    if model.label is not None:
        label_step = ir.Derived(LABEL_COLUMN, "trait", model.label)
        label_plan = replace(plan, derived=steps_for(plan, ir_walk.references(model.label)) + (label_step,))
    from segdsl.engines.choice import current_engine

    if current_engine() != "polars":  # features (and label) computed by the chosen engine
        from segdsl.engines import get_engine

        engine = get_engine(current_engine())
        table = engine.evaluate(feature_plan, feature_as_of, keep=tuple(features)).select([key, *features])
        if label_plan is not None:
            labels = engine.evaluate(label_plan, as_of, keep=(LABEL_COLUMN,)).select([key, LABEL_COLUMN])
            table = table.join(labels, on=key, how="left", maintain_order="left")
        return table.sort(key)
    frame = build_lazyframe(feature_plan, feature_as_of, keep=tuple(features)).select([key, *features])
    if label_plan is not None:
        labels = build_lazyframe(label_plan, as_of, keep=(LABEL_COLUMN,)).select([key, LABEL_COLUMN])
        frame = frame.join(labels, on=key, how="left", maintain_order="left")
    return frame.collect()


@dataclass(frozen=True)
class Trained:
    result: object  # the library's TrainResult (pipeline, metrics)
    warnings: tuple[Diagnostic, ...] = ()  # W130: cluster names that no longer fit


def earlier_frame(plan: ir.Plan, model: ir.Model, as_of: dt.date) -> pl.DataFrame | None:
    """The out-of-time training frame, one horizon before the model's; None without a horizon."""
    if model.label is None or model.train_as_of is None or model.train_as_of >= as_of:
        return None
    horizon = as_of - model.train_as_of
    try:
        return training_frame(plan, model, model.train_as_of, model.train_as_of - horizon)
    except (DiagnosticError, OverflowError):
        return None


def train_model(plan: ir.Plan, model: ir.Model, as_of: dt.date, seed: int, k_values: list[int] | None) -> Trained:
    """Fit and save one model; returns the library's TrainResult (with metrics) and warnings."""
    from segdsl.extras import require_extra

    require_extra("models", f"training model `{model.name}`")
    from segdsl.models.store import save_model
    from segdsl.models.train import train

    frame = training_frame(plan, model, as_of)
    label = LABEL_COLUMN if model.label is not None else None
    result = train(model.kind, frame, list(model.features), label, dict(model.params), seed=seed, k_values=k_values,
                   earlier=earlier_frame(plan, model, as_of))
    train_as_of = model.train_as_of or as_of
    metadata = result.metadata(label_description=f"label as of {as_of}" if label else None, train_as_of=train_as_of)
    metadata["label_as_of"] = as_of.isoformat() if label else None
    if "out_of_time" in result.metrics and model.train_as_of is not None:
        horizon = as_of - model.train_as_of
        result.metrics["out_of_time"]["dates"] = {
            "features_as_of": (model.train_as_of - horizon).isoformat(), "label_as_of": model.train_as_of.isoformat(),
            "scored_as_of": model.train_as_of.isoformat(), "compared_as_of": as_of.isoformat()}
    metadata["declaration"] = declaration_fingerprint(plan, model)
    warnings: list[Diagnostic] = []
    if model.kind == "kmeans":
        warnings = _record_clusters(model, result.pipeline, metadata)
    save_model(Path(model.path), result.pipeline, metadata)
    return Trained(result, tuple(warnings))


def _record_clusters(model: ir.Model, pipeline: object, metadata: dict[str, object]) -> list[Diagnostic]:
    """Centres of the new clusters, and the names tied to the clusters they were read from."""
    from segdsl.models.cluster_names import centres, name_record
    from segdsl.models.staleness import stale_name_warnings
    from segdsl.models.sidecar import read_sidecar, sidecar_path

    metadata["clusters"] = centres(pipeline)
    if not model.cluster_names:
        return []
    previous = None
    if sidecar_path(Path(model.path)).is_file():
        try:
            previous = read_sidecar(Path(model.path))
        except (DiagnosticError, RecursionError, ValueError):
            previous = None
    record = name_record(dict(model.cluster_names), metadata["clusters"], previous)
    metadata["cluster_names"] = record
    return stale_name_warnings(model.name, dict(model.cluster_names), record, file=str(model.path))
