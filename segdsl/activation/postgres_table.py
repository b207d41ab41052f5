"""A segment's current membership written to a PostgreSQL table, so tools that read the database
(CRM syncs, e-mailing, dashboards) see exactly who is in it now.

`upsert_membership` is ONE transaction: an advisory lock on the table's name serialises segdsl's
runs (a second run waits, then diffs against the first one's result), the table is locked against
other writers (SHARE ROW EXCLUSIVE: readers go on and see the previous membership until the
commit), the new membership is COPYed into a temporary table, and three set-based statements
make the table equal to it: DELETE the keys that left, UPDATE the rows whose values changed
(`IS DISTINCT FROM`, so an unchanged row is never rewritten), INSERT the keys that are new.
A killed run, a dropped connection or any error leaves the table as it was; a re-run with the
same membership writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.sources.connections import Connection


@dataclass(frozen=True)
class WriteSummary:
    """What one write changed, in rows of the destination table."""

    inserted: int
    updated: int
    deleted: int
    unchanged: int

    @property
    def written(self) -> int:
        return self.inserted + self.updated + self.deleted


def _invalid(connection: Connection, table: str, message: str, hint: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E345", f'{connection.display}, table "{table}": {message}; nothing was written',
                                       hints=(hint,))])


def check_frame(connection: Connection, table: str, frame: pl.DataFrame, key: str) -> None:
    """The membership must have the key, one row per key, no missing key, and plain column types."""
    from segdsl.types import schema_type_name

    if key not in frame.columns:
        raise _invalid(connection, table, f"the membership has no key column `{key}`",
                       f"columns: {', '.join(frame.columns) or '(none)'}")
    if frame[key].null_count():
        raise _invalid(connection, table, f"{frame[key].null_count()} rows have no `{key}`", "every member needs a key")
    duplicates = frame.height - frame[key].n_unique()
    if duplicates:
        raise _invalid(connection, table, f"{duplicates} keys appear more than once", "write one row per customer")
    odd = [f"{c} ({t})" for c, t in frame.schema.items() if schema_type_name(t) in ("other", "duration")]
    if odd:
        raise _invalid(connection, table, f"columns of a type PostgreSQL tables here cannot hold: {', '.join(odd)}",
                       "send text, numbers, booleans, dates or timestamps")


def _existing_columns(cursor: Any, schema: str, name: str) -> dict[str, str]:
    cursor.execute("SELECT column_name, data_type FROM information_schema.columns "
                   "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position", (schema, name))
    return dict(cursor.fetchall())


def _key_is_unique(cursor: Any, schema: str, name: str, key: str) -> bool:
    cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0] "
        "WHERE n.nspname = %s AND c.relname = %s AND i.indisunique AND i.indnkeyatts = 1 AND a.attname = %s)",
        (schema, name, key))
    return bool(cursor.fetchone()[0])


def schema_mismatch(existing: dict[str, str], frame: pl.DataFrame) -> list[str]:
    """Why an existing table cannot hold the membership: missing, extra and other-typed columns."""
    from segdsl.sources.catalogue import PG_TYPES
    from segdsl.types import schema_type_name

    problems = [f"missing column `{c}`" for c in frame.columns if c not in existing]
    problems += [f"unexpected column `{c}` ({t})" for c, t in existing.items() if c not in frame.columns]
    for column, dtype in frame.schema.items():
        if column in existing and PG_TYPES.get(existing[column], "other") != schema_type_name(dtype):
            problems.append(f"column `{column}` is {existing[column]}, the membership has {schema_type_name(dtype)}")
    return problems


def upsert_membership(connection: Connection, table: str, frame: pl.DataFrame, key: str) -> WriteSummary:
    """Make `table` (`name` or `schema.name`) hold exactly the rows of `frame`, keyed by `key`."""
    from segdsl.activation.pg_session import psycopg_module, transaction
    from segdsl.activation.registry import register_destination
    from segdsl.engines.pg_copy import column_definitions, copy_frame
    from segdsl.sources.catalogue import split_table_name

    check_frame(connection, table, frame, key)
    sql = psycopg_module().sql
    schema, name = split_table_name(table)
    # recorded before the write, so `segdsl forget` reaches the table even if this run dies after it
    register_destination(connection, f"{schema}.{name}", key)
    target, staging = sql.Identifier(schema, name), sql.Identifier("segdsl_staging")
    columns = [sql.Identifier(c) for c in frame.columns]
    column_list = sql.SQL(", ").join(columns)
    key_id = sql.Identifier(key)
    with transaction(connection, f'the write of "{table}"') as handle, handle.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"segdsl.membership:{schema}.{name}",))
        existing = _existing_columns(cursor, schema, name)
        if not existing:
            cursor.execute(sql.SQL("CREATE TABLE {} ({}, PRIMARY KEY ({}))").format(target, column_definitions(sql, frame), key_id))
        else:
            problems = schema_mismatch(existing, frame)
            if not problems and not _key_is_unique(cursor, schema, name, key):
                problems.append(f"key column `{key}` has no primary key or unique constraint of its own")
            if problems:
                raise DiagnosticError([Diagnostic(
                    "E342", f'{connection.display}, table "{table}" has an unexpected schema: {"; ".join(problems)}; nothing was written',
                    hints=("segdsl creates the table when it is missing: drop or rename this one, or write to another table",),
                )])
        cursor.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(target))
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} (LIKE {}) ON COMMIT DROP").format(staging, target))
        copy_frame(cursor, sql, staging, frame)
        cursor.execute(sql.SQL("ANALYZE {}").format(staging))
        matches = sql.SQL("s.{k} = t.{k}").format(k=key_id)
        cursor.execute(sql.SQL("DELETE FROM {} t WHERE NOT EXISTS (SELECT 1 FROM {} s WHERE {})").format(target, staging, matches))
        deleted = cursor.rowcount
        others = [c for c in frame.columns if c != key]
        updated = 0
        if others:
            assignments = sql.SQL(", ").join(sql.SQL("{c} = s.{c}").format(c=sql.Identifier(c)) for c in others)
            old = sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(c)) for c in others)
            new = sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(c)) for c in others)
            cursor.execute(sql.SQL("UPDATE {} t SET {} FROM {} s WHERE {} AND ROW({}) IS DISTINCT FROM ROW({})").format(
                target, assignments, staging, matches, old, new))
            updated = cursor.rowcount
        cursor.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} s WHERE NOT EXISTS (SELECT 1 FROM {} t WHERE {})").format(
            target, column_list, column_list, staging, target, matches))
        inserted = cursor.rowcount
    return WriteSummary(inserted, updated, deleted, frame.height - inserted - updated)
