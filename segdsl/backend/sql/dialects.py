"""What differs between SQL dialects beyond what sqlglot transpiles for us.

Everything else in the SQL backend builds one dialect-free sqlglot tree; this module is the only
place that asks "which dialect?", for the few functions whose meaning sqlglot does not carry over
exactly (ISO weekday numbers) and for string ordering (PostgreSQL compares text by the database's
collation; segdsl's order is by code point, as in Polars, so PostgreSQL gets `COLLATE "C"`).
"""

from __future__ import annotations

from sqlglot import exp

# `segdsl compile --dialect` names -> sqlglot dialect names
DIALECTS: dict[str, str] = {
    "duckdb": "duckdb",
    "postgres": "postgres",
    "spark": "spark",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "trino": "trino",
}

# the largest finite double: a float outside [-MAX, MAX] (or NaN, which every SQL engine we run
# sorts above all numbers, or compares false) is read as missing
MAX_DOUBLE = "1.7976931348623157e308"


def finite(value: exp.Expression, dialect: str) -> exp.Expression:
    """True for a finite float, false for NaN and ±infinity (missing stays missing).

    DuckDB folds `x <= MAX_DOUBLE` to true (forgetting NaN), so it gets its own `isfinite`;
    PostgreSQL and Spark treat NaN as equal to itself, so comparing with the special values is exact.
    """
    if dialect == "duckdb":
        return exp.Anonymous(this="ISFINITE", expressions=[value])
    if dialect in ("postgres", "spark"):
        specials = [exp.cast(exp.Literal.string(text), exp.DataType.build("DOUBLE")) for text in ("NaN", "Infinity", "-Infinity")]
        return exp.Not(this=exp.In(this=value, expressions=specials))
    return exp.and_(exp.GTE(this=value.copy(), expression=exp.Neg(this=exp.Literal.number(MAX_DOUBLE))),
                    exp.LTE(this=value.copy(), expression=exp.Literal.number(MAX_DOUBLE)))


def iso_weekday(date: exp.Expression, dialect: str) -> exp.Expression:
    """1 = Monday ... 7 = Sunday."""
    if dialect == "postgres":
        return exp.Extract(this=exp.Var(this="ISODOW"), expression=date)
    if dialect == "spark":
        return exp.Add(this=exp.Anonymous(this="WEEKDAY", expressions=[date]), expression=exp.Literal.number(1))
    if dialect == "duckdb":
        return exp.Anonymous(this="ISODOW", expressions=[date])
    return exp.DayOfWeekIso(this=date)


def days(a: exp.Expression, b: exp.Expression, dialect: str) -> exp.Expression:
    """Whole days from date a to date b (both SQL DATEs: the backend casts every date-typed
    value to DATE). PostgreSQL subtracts dates to an integer directly; sqlglot's portable form
    there goes through timestamps, an interval's epoch and a division, row by row."""
    if dialect == "postgres":
        return exp.cast(exp.Sub(this=exp.Paren(this=b), expression=exp.Paren(this=a)), exp.DataType.build("BIGINT"))
    return exp.DateDiff(this=b, expression=a, unit=exp.Var(this="DAY"))


def text_order(value: exp.Expression, dialect: str) -> exp.Expression:
    """A text value compared or sorted by code point."""
    if dialect == "postgres":
        return exp.Collate(this=value, expression=exp.Identifier(this="C", quoted=True))
    return value
