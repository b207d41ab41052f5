"""Reading a connection's table into Polars through ADBC (Arrow end to end, no row objects):
one query per table with only the needed columns and the plan's time window in its WHERE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.ir import DatabaseTable
from segdsl.sources.catalogue import PG_TYPES, table_columns
from segdsl.sources.connections import Connection, find_connection
from segdsl.sources.driver import fetch_arrow, open_connection
from segdsl.sources.query import TimeWindow, select_query

if TYPE_CHECKING:
    import polars as pl

# The last query each table was read with (for `explain` and for tests that check pushdown).
LAST_QUERIES: dict[DatabaseTable, str] = {}
_CATALOGUE: dict[DatabaseTable, dict[str, str]] = {}  # one catalogue look-up per table and process

# PostgreSQL type -> the Polars type the reader returns (after its own normalisation)
_POLARS_TYPES = {
    "smallint": "Int16", "integer": "Int32", "bigint": "Int64",
    "real": "Float32", "double precision": "Float64", "numeric": "Float64",
    "text": "String", "character varying": "String", "character": "String", "name": "String",
    "boolean": "Boolean", "date": "Date",
    "timestamp without time zone": "Datetime", "timestamp with time zone": "Datetime",
}


def resolve(source: DatabaseTable) -> Connection:
    return find_connection(source.connection, source.base)


def catalogue_columns(source: DatabaseTable) -> dict[str, str]:
    """Column -> PostgreSQL type, looked up once per process."""
    if source not in _CATALOGUE:
        connection = resolve(source)
        with open_connection(connection) as handle:
            _CATALOGUE[source] = table_columns(connection, handle, source.table)
    return _CATALOGUE[source]


def scan_table(source: DatabaseTable, columns: tuple[str, ...], window: TimeWindow | None = None) -> pl.LazyFrame:
    """A lazy scan of the table: its schema comes from the catalogue, its rows are read only
    when the query runs, and only the columns Polars asks for (projection pushdown) within
    `columns`. So building or explaining a plan, or asking its output schema, reads no rows."""
    import polars as pl
    from polars.io.plugins import register_io_source

    kinds = catalogue_columns(source)
    if any(kinds.get(c) not in _POLARS_TYPES for c in columns):  # a type we cannot name ahead: read now
        return read_table(source, columns, window).lazy()
    schema = {c: _polars_type(kinds[c]) for c in columns}

    def rows(with_columns: list[str] | None, predicate: pl.Expr | None, n_rows: int | None, batch_size: int | None):
        wanted = tuple(c for c in columns if with_columns is None or c in with_columns) or columns[:1]
        frame = read_table(source, wanted, window).cast({c: schema[c] for c in wanted})
        if predicate is not None:
            frame = frame.filter(predicate)
        if n_rows is not None:
            frame = frame.head(n_rows)
        yield frame.select(with_columns) if with_columns is not None else frame

    return register_io_source(rows, schema=schema, explain_name=f"database table {source}")


def _polars_type(kind: str) -> pl.DataType:
    import polars as pl

    name = _POLARS_TYPES[kind]
    return pl.Datetime("us") if name == "Datetime" else getattr(pl, name)()


def read_table(source: DatabaseTable, columns: tuple[str, ...], window: TimeWindow | None = None) -> pl.DataFrame:
    """The table's needed columns (and, for event tables, only rows in the time window)."""
    import polars as pl

    connection = resolve(source)
    with open_connection(connection) as handle:
        kinds = table_columns(connection, handle, source.table)
        _CATALOGUE[source] = kinds
        missing = [c for c in columns if c not in kinds]
        if missing:
            raise DiagnosticError([Diagnostic(
                "E388", f'{connection.display}: table "{source.table}" has no column {", ".join(f"`{c}`" for c in missing)}',
                hints=("the table changed since the definition was checked; run `segdsl validate` again",),
            )])
        floats = frozenset(c for c in columns if kinds[c] == "numeric")  # exact decimals: read as floats
        query = select_query(source.table, columns, floats, window)
        LAST_QUERIES[source] = query
        table = fetch_arrow(connection, handle, query, f'reading "{source.table}"')
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame.with_columns(_normalised(frame))


def _normalised(frame: pl.DataFrame) -> list[pl.Expr]:
    """What the file readers give: NaN and infinities as missing, UTC datetimes without a zone."""
    import polars as pl

    fixes = []
    for name, dtype in frame.schema.items():
        if dtype.is_float():
            column = pl.col(name)
            fixes.append(pl.when(column.is_finite()).then(column).otherwise(None).alias(name))
        elif isinstance(dtype, pl.Datetime) and dtype.time_zone is not None:
            fixes.append(pl.col(name).dt.convert_time_zone("UTC").dt.replace_time_zone(None).alias(name))
    return fixes


def key_counts(source: DatabaseTable, key: str) -> tuple[int, int, int]:
    """(rows, distinct non-missing keys, non-missing keys), counted by the database."""
    from sqlglot import exp

    from segdsl.sources.catalogue import split_table_name

    schema, table = split_table_name(source.table)
    column = exp.column(key, quoted=True)
    query = exp.select(
        exp.Count(this=exp.Star()), exp.Count(this=exp.Distinct(expressions=[column])), exp.Count(this=column)
    ).from_(exp.table_(table, db=schema, quoted=True)).sql(dialect="postgres")
    connection = resolve(source)
    with open_connection(connection) as handle:
        table_columns(connection, handle, source.table)
        result = fetch_arrow(connection, handle, query, f'counting the keys of "{source.table}"')
    return tuple(int(result.column(i)[0].as_py()) for i in range(3))  # type: ignore[return-value]


def column_kinds(source: DatabaseTable) -> dict[str, str]:
    """The table's columns in the schema-file vocabulary, from the catalogue (no rows read)."""
    connection = resolve(source)
    with open_connection(connection) as handle:
        return {name: PG_TYPES.get(kind, "other") for name, kind in table_columns(connection, handle, source.table).items()}
