"""Shaping Polars data for scikit-learn, shared by training, the native compiler and the fallback.

Every path must present features identically (numbers and booleans as Float64, text as String)
or a model would be scored on differently typed inputs than it was trained on. Polars only, so
the language side may import it without pulling in scikit-learn.
"""

from __future__ import annotations

import hashlib

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError

NUMERIC = "numeric"
CATEGORICAL = "categorical"
_TEXT = (pl.String, pl.Categorical, pl.Enum)


def feature_kinds(schema: pl.Schema, features: list[str]) -> tuple[list[str], list[str]]:
    """Split features into (numeric, categorical); booleans count as numeric 0/1. E403 for other types."""
    numeric: list[str] = []
    categorical: list[str] = []
    for name in features:
        dtype = schema[name]
        if dtype.is_numeric() or dtype == pl.Boolean:
            numeric.append(name)
        elif isinstance(dtype, _TEXT):
            categorical.append(name)
        else:
            raise DiagnosticError([Diagnostic(
                "E403", f"feature `{name}` has type {dtype}; models take numbers, text or booleans",
                hints=("convert it in a trait first, e.g. days_since(...)",))])
    return numeric, categorical


def feature_exprs(inputs: dict[str, pl.Expr], numeric: list[str], categorical: list[str]) -> list[pl.Expr]:
    """The inputs cast to the types the pipeline was trained on, named by feature."""
    return ([inputs[name].cast(pl.Float64).alias(name) for name in numeric]
            + [inputs[name].cast(pl.String).alias(name) for name in categorical])


def prepare(frame: pl.DataFrame, numeric: list[str], categorical: list[str]) -> pl.DataFrame:
    """Only the features, in pipeline order and types; nulls stay nulls (the imputers handle them)."""
    return frame.select(feature_exprs({c: pl.col(c) for c in frame.columns}, numeric, categorical))


def canonical_order(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows sorted by all their values: query plans do not promise a row order, and a model's
    split, fit and fingerprint must depend only on which rows there are."""
    return frame.sort(frame.columns, nulls_last=True, maintain_order=True)


def fingerprint(frame: pl.DataFrame) -> dict[str, object]:
    """Row count and a hash of the values that is independent of row order and Polars version.

    Each column is hashed from its name, dtype, null mask and plain values (NaN counted as
    missing), never from an engine-specific row hash or file layout.
    """
    digest = hashlib.sha256()
    ordered = canonical_order(frame)
    for name in ordered.columns:
        column = ordered[name]
        digest.update(f"{name}:{column.dtype};".encode())
        if column.dtype.is_float():
            column = column.fill_nan(None)
        digest.update(column.is_null().to_numpy().tobytes())
        if column.dtype.is_numeric() or column.dtype == pl.Boolean:
            digest.update(column.cast(pl.Float64).fill_null(0.0).to_numpy().tobytes())
        else:
            text = column.cast(pl.String).fill_null("")
            digest.update(text.str.len_bytes().to_numpy().tobytes())
            digest.update(text.str.join("").item().encode())
    return {"rows": frame.height, "hash": digest.hexdigest()[:32]}
