"""Shaping Polars data for scikit-learn, shared by training and the fallback scorer.

Both must present features identically (numbers as Float64, text as String) or a model would
be scored on differently-typed inputs than it was trained on.
"""

from __future__ import annotations

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError

_TEXT = (pl.String, pl.Categorical, pl.Enum)


def feature_kinds(schema: pl.Schema, features: list[str]) -> tuple[list[str], list[str]]:
    """Split features into (numeric, categorical); booleans count as numeric 0/1."""
    numeric: list[str] = []
    categorical: list[str] = []
    for name in features:
        dtype = schema[name]
        if dtype.is_numeric() or dtype == pl.Boolean:
            numeric.append(name)
        elif isinstance(dtype, _TEXT):
            categorical.append(name)
        else:
            raise DiagnosticError([Diagnostic("E403", f"feature `{name}` has type {dtype}; models take numbers, text "
                                              "or booleans", hints=("convert it in a trait first",))])
    return numeric, categorical


def feature_exprs(inputs: dict[str, pl.Expr], numeric: list[str], categorical: list[str]) -> list[pl.Expr]:
    """The inputs cast to the types the pipeline was trained on, named by feature."""
    return ([inputs[name].cast(pl.Float64).alias(name) for name in numeric]
            + [inputs[name].cast(pl.String).alias(name) for name in categorical])


def prepare(frame: pl.DataFrame, numeric: list[str], categorical: list[str]) -> pl.DataFrame:
    """Only the features, in pipeline order and types; nulls stay nulls (the imputers handle them)."""
    return frame.select(feature_exprs({c: pl.col(c) for c in frame.columns}, numeric, categorical))
