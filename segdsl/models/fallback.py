"""Scoring through scikit-learn itself, for pipelines the native compiler does not understand.

Still lazy and streamable (`map_batches` over a struct of the inputs, elementwise, with an explicit
return dtype), but each batch costs a Python call and a conversion to NumPy.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from segdsl.models.frames import CATEGORICAL
from segdsl.models.preprocess import input_roles
from segdsl.models.tasks import model_task


def typed_inputs(pipeline: Any, inputs: dict[str, pl.Expr]) -> dict[str, pl.Expr]:
    """Each feature's expression cast to its training type (text String, the rest Float64), named by feature.

    Pipelines not built by segdsl get their inputs unchanged.
    """
    roles = input_roles(pipeline)
    names = [str(n) for n in getattr(pipeline, "feature_names_in_", inputs)]
    if roles is None:
        return {name: inputs[name].alias(name) for name in names}
    return {name: inputs[name].cast(pl.String if roles[name] == CATEGORICAL else pl.Float64).alias(name)
            for name in names}


def output_dtype(pipeline: Any, output: str) -> pl.DataType:
    """What `output` gives: probabilities Float64, clusters Int64, predictions by task."""
    if output == "score":
        return pl.Float64()
    if output == "cluster":
        return pl.Int64()
    return {"binary": pl.Boolean(), "regression": pl.Float64()}.get(model_task(pipeline), pl.String())


def fallback(pipeline: Any, inputs: dict[str, pl.Expr], output: str, target: object = None) -> pl.Expr:
    """`output` computed per batch by the pipeline's predict_proba / predict; `target` is the
    class whose probability `score` gives (as `native.check_output` returns it)."""
    dtype = output_dtype(pipeline, output)
    estimator = pipeline[-1] if hasattr(pipeline, "steps") else pipeline
    column = list(estimator.classes_).index(target) if output == "score" else None

    def run(batch: pl.Series) -> pl.Series:
        frame = batch.struct.unnest()
        if frame.height == 0:
            return pl.Series(batch.name, [], dtype=dtype)
        if output == "score":
            values = pipeline.predict_proba(frame)[:, column]
        else:
            values = pipeline.predict(frame)
        if dtype == pl.String:
            values = [str(v) for v in values]
        return pl.Series(batch.name, np.asarray(values)).cast(dtype)

    return pl.struct(list(typed_inputs(pipeline, inputs).values())).map_batches(run, return_dtype=dtype,
                                                                                is_elementwise=True)
