"""Which schema the checker uses for a database table: the live catalogue when the connection
is reachable, else the table's entry in a schema file (so CI validates offline); the choice is
recorded, and `validate` says which one it used.
"""

from __future__ import annotations

from dataclasses import dataclass

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.ir import DatabaseTable
from segdsl.schema import TableSchema


@dataclass(frozen=True)
class SchemaChoice:
    schema: TableSchema
    origin: str  # for `validate`'s report: "database catalogue" or why a schema file was used
    problems: tuple[Diagnostic, ...] = ()  # e.g. a schema file that disagrees with the catalogue


def database_schema(source: DatabaseTable, fallback: TableSchema | None) -> SchemaChoice:
    from segdsl.sources.connections import MissingSecret, find_connection

    try:
        connection = find_connection(source.connection, source.base)
    except MissingSecret as error:
        if fallback is None:
            raise
        return SchemaChoice(fallback, f"schema file ({error.diagnostics[0].message.split(': ', 1)[-1]})")
    offline = _offline_reason(connection, source)
    if isinstance(offline, TableSchema):
        return SchemaChoice(offline, "database catalogue", tuple(_drift(connection.display, source, fallback, offline)))
    if fallback is None:
        raise DiagnosticError([
            Diagnostic(d.code, d.message, hints=d.hints + (
                f'to validate offline, add a schema entry with "source": "{source.table}" to segdsl.schema.json '
                "or a --schema file",)) for d in offline.diagnostics
        ])
    return SchemaChoice(fallback, f"schema file ({connection.display} unreachable)")


def _offline_reason(connection, source: DatabaseTable) -> TableSchema | DiagnosticError:
    """The catalogue's schema, or the error that means `validate` must fall back to a file:
    an unreachable server or a missing driver. A refused login or a missing table is an error."""
    from segdsl.sources.catalogue import catalogue_schema
    from segdsl.sources.driver import Unreachable, open_connection

    try:
        with open_connection(connection) as handle:
            return catalogue_schema(connection, handle, source.table)
    except Unreachable as error:
        return error
    except DiagnosticError as error:
        if all(d.code == "E901" for d in error.diagnostics):
            return error
        raise


def _drift(display: str, source: DatabaseTable, written: TableSchema | None, live: TableSchema) -> list[Diagnostic]:
    """A schema file kept for offline CI that disagrees with the database: CI would check
    definitions against a table that no longer exists in that shape."""
    if written is None:
        return []
    problems = []
    for name, column in written.columns.items():
        actual = live.columns.get(name)
        if actual is not None and actual.kind != column.kind:
            problems.append(Diagnostic(
                "E391", f'{display}: column `{name}` of "{source.table}" is {actual.kind} in the database '
                        f"but {column.kind} in the schema file",
                hints=("regenerate the schema file from the database, or fix the column's type in the database",),
            ))
    return problems
