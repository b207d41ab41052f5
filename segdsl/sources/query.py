"""The one query the reader sends per table, built as a sqlglot tree (never by pasting strings),
so every identifier and literal is quoted correctly: only the needed columns, and the widest
time window of the plan as a WHERE on the time column, so the database filters the rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from segdsl.sources.catalogue import split_table_name


@dataclass(frozen=True)
class TimeWindow:
    """Rows whose time column lies in (lower, upper] in days, as the plan's scan filter."""

    column: str
    kind: str  # date | datetime
    lower: dt.date | None  # exclusive; None: no lower bound
    upper: dt.date  # inclusive


def _bound(day: dt.date, kind: str, next_day: bool) -> str:
    """Untyped literals: PostgreSQL reads them in the column's own type (sessions run in UTC)."""
    if kind == "datetime":
        return (day + dt.timedelta(days=1) if next_day else day).isoformat() + " 00:00:00"
    return day.isoformat()


def select_query(qualified: str, columns: tuple[str, ...], floats: frozenset[str] = frozenset(),
                 window: TimeWindow | None = None) -> str:
    """SELECT the columns (NUMERIC etc. cast to double precision, as the plan reads floats)
    FROM schema.table [WHERE time in window], in PostgreSQL's dialect."""
    from sqlglot import exp

    schema, table = split_table_name(qualified)
    projections = []
    for name in columns:
        column = exp.column(name, quoted=True)
        if name in floats:
            column = exp.alias_(exp.cast(column, exp.DataType.build("double")), name, quoted=True)
        projections.append(column)
    query = exp.select(*projections).from_(exp.table_(table, db=schema, quoted=True))
    if window is not None:
        time = exp.column(window.column, quoted=True)
        if window.kind == "datetime":  # date(t) <= upper <=> t < upper + 1 day; date(t) > lower <=> t >= lower + 1 day
            condition = time < exp.Literal.string(_bound(window.upper, "datetime", True))
            if window.lower is not None:
                condition = condition.and_(time >= exp.Literal.string(_bound(window.lower, "datetime", True)))
        else:
            condition = time <= exp.Literal.string(_bound(window.upper, "date", False))
            if window.lower is not None:
                condition = condition.and_(time > exp.Literal.string(_bound(window.lower, "date", False)))
        query = query.where(condition)
    return query.sql(dialect="postgres")
