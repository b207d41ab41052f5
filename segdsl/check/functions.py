"""The built-in functions: their names, kinds and type signatures, in one table.

Kept apart from the checker so the README's function reference and the checker cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from segdsl.types import Type

N, S, D, B = Type.NUMBER, Type.STRING, Type.DATE, Type.BOOLEAN


@dataclass(frozen=True)
class Scalar:
    params: tuple[Type | str, ...]  # a Type, or "T" for 'same type as the other T arguments'
    result: Type | str
    doc: str
    variadic: bool = False  # the last parameter repeats (at least once)
    optional: int = 0  # how many trailing parameters may be left out


SCALARS: dict[str, Scalar] = {
    "abs": Scalar((N,), N, "absolute value"),
    "round": Scalar((N, N), N, "round to N decimals (default 0)", optional=1),
    "log": Scalar((N,), N, "natural logarithm (missing for values <= 0)"),
    "sqrt": Scalar((N,), N, "square root"),
    "lower": Scalar((S,), S, "lower-case text"),
    "upper": Scalar((S,), S, "upper-case text"),
    "trim": Scalar((S,), S, "text without surrounding spaces"),
    "length": Scalar((S,), N, "number of characters"),
    "coalesce": Scalar(("T", "T"), "T", "the first value that is not missing", variadic=True),
    "default": Scalar(("T", "T"), "T", "the value, or a default when it is missing"),
    "min": Scalar(("T", "T"), "T", "the smallest of two or more values", variadic=True),
    "max": Scalar(("T", "T"), "T", "the largest of two or more values", variadic=True),
    "days_since": Scalar((D,), N, "whole days from a date to `as of`"),
    "days_between": Scalar((D, D), N, "whole days from the first date to the second"),
    "year": Scalar((D,), N, "calendar year"),
    "month": Scalar((D,), N, "month 1-12"),
    "day": Scalar((D,), N, "day of the month"),
    "weekday": Scalar((D,), N, "ISO weekday, 1 = Monday"),
}

AGGREGATES: dict[str, str] = {
    "count": "number of events (or of non-missing values); 0 when none",
    "sum": "total of a value; 0 when none",
    "avg": "mean of a value; missing when none",
    "min": "smallest value; missing when none",
    "max": "largest value; missing when none",
    "first": "value of the earliest event; missing when none",
    "last": "value of the latest event; missing when none",
    "count_distinct": "number of distinct non-missing values; 0 when none",
    "most_frequent": "the most frequent value (ties: the smallest); missing when none",
}

RANKS: dict[str, str] = {
    "quintile": "score 1-5 by rank among all customers (5 = highest; `descending` reverses)",
    "ntile": "score 1-n by rank among all customers",
    "bins": "1 + number of edges the value reaches: bins(x, [10, 100]) is 1, 2 or 3",
}
MODEL_OUTPUTS: dict[str, str] = {
    "score": "probability of true (score(churn)) or of one class (score(channel, \"web\"))",
    "predict": "predicted label: true/false, the most likely class, or the regression's number",
    "cluster": "cluster number (0-based)",
}
SEGMENTATION_FUNCTIONS: dict[str, str] = {
    "cross": "one label per combination of two or more segmentations' labels",
}

ALL_FUNCTIONS = sorted(set(SCALARS) | set(AGGREGATES) | set(RANKS) | set(MODEL_OUTPUTS) | set(SEGMENTATION_FUNCTIONS))
