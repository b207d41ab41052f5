"""Training the models a definition declares, by backtesting.

Features are computed as of the model's `train as of` date; the label is computed as of the
file's `as of` (or `--as-of`). So `label count(orders) over 90 days == 0` with `train as of`
90 days before `as of` means "did not order in the 90 days after the features were taken" —
nothing from after the training date leaks into the features.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import polars as pl

from segdsl import ir
from segdsl.backend.polars_plan import build_lazyframe
from segdsl.datacheck import validate_inputs
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.fingerprint import declaration_fingerprint

LABEL_COLUMN = "__label"


def steps_for(plan: ir.Plan, names: set[str]) -> tuple[ir.Derived, ...]:
    """The derived steps `names` depend on (in plan order), through aggregations that read
    customer-level values too, and nothing else: training must not evaluate segments that use
    the very model being trained."""
    needed = ir.dependencies(plan, names)
    return tuple(d for d in plan.derived if d.name in needed)


def training_frame(plan: ir.Plan, model: ir.Model, as_of: dt.date) -> pl.DataFrame:
    """One row per customer: the key, the model's features and (for classifiers) `__label`."""
    validate_inputs(plan)
    key = plan.customers.key
    feature_as_of = model.train_as_of or as_of
    if feature_as_of > as_of:
        raise DiagnosticError([Diagnostic(
            "E404", f"model `{model.name}` trains as of {feature_as_of}, after the label date {as_of}",
            hints=("`train as of` must be before `as of` so the label looks at what happened next",),
        )])
    features = list(model.features)
    feature_plan = replace(plan, derived=steps_for(plan, set(features)))
    frame = build_lazyframe(feature_plan, feature_as_of, keep=tuple(features)).select([key, *features])
    if model.label is not None:
        label_step = ir.Derived(LABEL_COLUMN, "trait", model.label)
        label_plan = replace(plan, derived=steps_for(plan, ir.references(model.label)) + (label_step,))
        labels = build_lazyframe(label_plan, as_of, keep=(LABEL_COLUMN,)).select([key, LABEL_COLUMN])
        frame = frame.join(labels, on=key, how="left", maintain_order="left")
    return frame.collect()


def train_model(plan: ir.Plan, model: ir.Model, as_of: dt.date, seed: int, k_values: list[int] | None):
    """Fit and save one model; returns the library's TrainResult (with metrics)."""
    from segdsl.extras import require_extra

    require_extra("models", f"training model `{model.name}`")
    from segdsl.models.store import save_model
    from segdsl.models.train import train

    frame = training_frame(plan, model, as_of)
    label = LABEL_COLUMN if model.label is not None else None
    result = train(model.kind, frame, list(model.features), label, dict(model.params), seed=seed, k_values=k_values)
    metadata = result.metadata(label_description=f"label as of {as_of}" if label else None,
                               train_as_of=model.train_as_of or as_of)
    metadata["declaration"] = declaration_fingerprint(plan, model)
    save_model(Path(model.path), result.pipeline, metadata)
    return result
