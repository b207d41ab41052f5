"""Table schemas from a database's catalogue (information_schema), in the schema-file vocabulary.

The checker compares definitions with these exactly as with a file's metadata, so a missing
column or a column of another type is the same diagnostic whether the table is a Parquet file
or a PostgreSQL table.
"""

from __future__ import annotations

from typing import Any

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.schema import Column, TableSchema
from segdsl.sources.connections import Connection
from segdsl.sources.driver import catalogue_cache, fetch_arrow

# information_schema.columns.data_type -> schema-file type
PG_TYPES: dict[str, str] = {
    "smallint": "integer", "integer": "integer", "bigint": "integer",
    "numeric": "float", "real": "float", "double precision": "float",
    "text": "string", "character varying": "string", "character": "string", "name": "string",
    "boolean": "boolean",
    "date": "date",
    "timestamp without time zone": "datetime", "timestamp with time zone": "datetime",
}

_COLUMNS_QUERY = (
    "SELECT column_name, data_type FROM information_schema.columns "
    "WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position"
)


def split_table_name(qualified: str) -> tuple[str, str]:
    """`shop.orders` -> (schema, table); a bare `orders` is in `public`. Each part is an exact
    name (as PostgreSQL stores it: unquoted names are lower-case there)."""
    parts = qualified.split(".")
    if len(parts) == 1:
        return "public", parts[0]
    return parts[-2], parts[-1]


def table_columns(connection: Connection, handle: Any, qualified: str) -> dict[str, str]:
    """Column name -> PostgreSQL data_type; E388 when the table does not exist. Asked once per
    table within `shared_connections` (one evaluation)."""
    cache = catalogue_cache()
    if cache is not None and (connection.uri(), qualified) in cache:
        return dict(cache[connection.uri(), qualified])
    schema, table = split_table_name(qualified)
    result = fetch_arrow(connection, handle, _COLUMNS_QUERY, f'reading the catalogue for "{qualified}"', (schema, table))
    columns = dict(zip(result.column("column_name").to_pylist(), result.column("data_type").to_pylist()))
    if not columns:
        raise DiagnosticError([Diagnostic(
            "E388", f'{connection.display}: no table "{qualified}" (or no permission to see it)',
            hints=(f"check the schema and table name; a bare name means public.{table}",
                   "the user of the connection needs SELECT on the table"),
        )])
    if cache is not None:
        cache[connection.uri(), qualified] = dict(columns)
    return columns


def catalogue_schema(connection: Connection, handle: Any, qualified: str) -> TableSchema:
    columns = table_columns(connection, handle, qualified)
    return TableSchema(qualified, {name: Column(name, PG_TYPES.get(kind, "other")) for name, kind in columns.items()})
