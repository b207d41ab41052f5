"""The language's value types and their mapping from Polars dtypes.

The checker reasons with a handful of types a marketer can read in an error message; the
Polars dtype is kept beside it where compilation needs the detail (date vs datetime).
"""

from __future__ import annotations

from enum import Enum


class Type(str, Enum):
    NUMBER = "number"
    BOOLEAN = "boolean"
    STRING = "string"
    DATE = "date"
    DURATION = "duration"
    LIST = "list"
    OTHER = "other"  # a column type the language cannot compute with (nested, binary, ...)
    UNKNOWN = "unknown"  # after an error: accepted everywhere so one mistake reports once

    def __str__(self) -> str:
        return self.value


ORDERED_TYPES = frozenset({Type.NUMBER, Type.DATE, Type.STRING})  # what <, <=, min, max accept

# Schema-file vocabulary (what `segdsl schema` writes) -> language type.
SCHEMA_TYPES: dict[str, Type] = {
    "integer": Type.NUMBER,
    "float": Type.NUMBER,
    "boolean": Type.BOOLEAN,
    "string": Type.STRING,
    "date": Type.DATE,
    "datetime": Type.DATE,
    "duration": Type.DURATION,
    "other": Type.OTHER,
}


def schema_type_name(dtype: object) -> str:
    """A Polars dtype's name in the schema-file vocabulary."""
    import polars as pl

    if dtype.is_integer():  # type: ignore[attr-defined]
        return "integer"
    if dtype.is_float() or dtype.is_decimal():  # type: ignore[attr-defined]
        return "float"
    if dtype == pl.Boolean:
        return "boolean"
    if dtype in (pl.String, pl.Categorical) or isinstance(dtype, (pl.Categorical, pl.Enum)):
        return "string"
    if dtype == pl.Date:
        return "date"
    if isinstance(dtype, pl.Datetime):
        return "datetime"
    if isinstance(dtype, pl.Duration):
        return "duration"
    return "other"
