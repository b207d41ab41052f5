"""Loading a Polars frame into a PostgreSQL table with COPY, shared by the PostgreSQL engine (a
data file becomes a temporary table: binary COPY through ADBC) and activation (a membership is
staged before it is merged into a destination table: CSV COPY through psycopg). One place
decides how Polars types map to PostgreSQL (`pg_type`, `pg_frame`) and how values travel in CSV
(an empty unquoted field is NULL, an empty text is quoted), so both paths agree on every value."""

from __future__ import annotations

import io
from typing import Any

import polars as pl


def pg_type(dtype: pl.DataType) -> str:
    """The PostgreSQL column type a Polars column is stored as."""
    if dtype.is_integer():
        return "BIGINT"
    if dtype.is_float() or dtype.is_decimal():
        return "DOUBLE PRECISION"
    if dtype == pl.Boolean:
        return "BOOLEAN"
    if dtype == pl.Date:
        return "DATE"
    if isinstance(dtype, pl.Datetime):
        return "TIMESTAMPTZ" if dtype.time_zone else "TIMESTAMP"
    return "TEXT"


def pg_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with each column in the Polars type whose Arrow form binary COPY writes as the
    column's `pg_type` (BIGINT <- Int64, TIMESTAMPTZ <- UTC microseconds, TEXT <- String...):
    ADBC's ingest sends Arrow values as they are, so they must match the table's columns."""
    casts: list[pl.Expr] = []
    for name, dtype in frame.schema.items():
        column = pl.col(name)
        kind = pg_type(dtype)
        if kind == "BIGINT":
            casts.append(column.cast(pl.Int64))
        elif kind == "DOUBLE PRECISION":
            casts.append(column.cast(pl.Float64))
        elif kind == "TIMESTAMPTZ":
            casts.append(column.dt.convert_time_zone("UTC").cast(pl.Datetime("us", "UTC")))
        elif kind == "TIMESTAMP":
            casts.append(column.cast(pl.Datetime("us")))
        elif kind == "TEXT":
            casts.append(column.cast(pl.String))
        else:  # BOOLEAN, DATE: already the type
            casts.append(column)
    return frame.select(casts)


def column_definitions(sql: Any, frame: pl.DataFrame) -> Any:
    """`"a" BIGINT, "b" TEXT, ...` for CREATE TABLE, identifiers quoted by psycopg."""
    return sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(pg_type(t)))
                              for c, t in frame.schema.items())


def copy_frame(cursor: Any, sql: Any, table: Any, frame: pl.DataFrame) -> None:
    """COPY `frame` into `table` (a psycopg Composable naming an existing table with the frame's
    columns in order). One CSV buffer written by Polars: no per-row Python."""
    buffer = io.BytesIO()
    frame.write_csv(buffer, include_header=False, quote_style="non_numeric", datetime_format="%Y-%m-%d %H:%M:%S%.f")
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in frame.columns)
    with cursor.copy(sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(table, columns)) as copy:
        copy.write(buffer.getvalue())
