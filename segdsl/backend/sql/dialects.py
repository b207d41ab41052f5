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


def iso_weekday(date: exp.Expression, dialect: str) -> exp.Expression:
    """1 = Monday ... 7 = Sunday."""
    if dialect == "postgres":
        return exp.Extract(this=exp.Var(this="ISODOW"), expression=date)
    if dialect == "spark":
        return exp.Add(this=exp.Anonymous(this="WEEKDAY", expressions=[date]), expression=exp.Literal.number(1))
    if dialect == "duckdb":
        return exp.Anonymous(this="ISODOW", expressions=[date])
    return exp.DayOfWeekIso(this=date)


def text_order(value: exp.Expression, dialect: str) -> exp.Expression:
    """A text value compared or sorted by code point."""
    if dialect == "postgres":
        return exp.Collate(this=value, expression=exp.Identifier(this="C", quoted=True))
    return value
