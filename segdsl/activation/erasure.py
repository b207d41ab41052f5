"""Erasure (GDPR art. 17) and retention: removing customers, or stays older than the retention
period, from every place segdsl keeps membership state.

The places: the embedded history store (`.segdsl/history.duckdb`), the PostgreSQL history store
when one is configured, and every PostgreSQL table `upsert_membership` wrote (the registry in the
stores). Nothing else segdsl keeps holds customer keys: the parser cache holds the grammar, model
files hold fitted coefficients, the enrichment cache holds public company web pages by domain.
Files a user asked for (`eval --out`, exports) are theirs to delete: README says so.

Deleted rows must also leave the disk: the embedded file is rewritten (DuckDB keeps deleted
values in freed blocks), and PostgreSQL tables get a VACUUM when the user may run one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from segdsl.activation.config import HistorySettings, project_settings
from segdsl.activation.registry import Destination, destinations
from segdsl.diagnostics import Diagnostic, DiagnosticError


@dataclass(frozen=True)
class Removal:
    where: str  # a store's description, or a connection's display
    table: str
    rows: int
    note: str = ""


@dataclass
class ErasureReport:
    removals: list[Removal] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.removals)


def _stores(settings: HistorySettings):  # noqa: ANN202 - yields (open_store context, is_embedded)
    from segdsl.activation.store import embedded_store, postgres_store

    yield embedded_store(settings, create=False), True
    if settings.connection is not None:
        yield postgres_store(settings), False


def _vacuum(connection, table: str) -> str:  # noqa: ANN001 - a Connection
    """VACUUM a table (outside any transaction); a note when the user may not."""
    from psycopg import sql

    from segdsl.activation.pg_session import psycopg_module
    from segdsl.sources.catalogue import split_table_name

    psycopg = psycopg_module()
    warnings: list[object] = []  # a user who may not vacuum gets a WARNING, not an error
    try:
        with psycopg.connect(connection.uri(), connect_timeout=connection.connect_timeout, autocommit=True) as handle:
            handle.add_notice_handler(warnings.append)
            handle.execute(sql.SQL("VACUUM {}").format(sql.Identifier(*split_table_name(table))))
    except psycopg.Error:
        warnings.append("failed")
    return "not vacuumed (dead rows stay on disk until autovacuum)" if warnings else "vacuumed"


def _erase_destination(destination: Destination, keys: list[str]) -> Removal:
    from psycopg import sql

    from segdsl.activation.pg_session import transaction
    from segdsl.sources.catalogue import split_table_name
    from segdsl.sources.connections import find_connection

    connection = find_connection(destination.connection, destination.declared_in)
    schema, name = split_table_name(destination.table)
    with transaction(connection, f'the erasure in "{destination.table}"') as handle, handle.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"segdsl.membership:{schema}.{name}",))
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (sql.Identifier(schema, name).as_string(handle),))
        if not cursor.fetchone()[0]:
            return Removal(connection.display, destination.table, 0, "table no longer exists")
        cursor.execute(sql.SQL("DELETE FROM {} WHERE {}::text = ANY(%s)").format(
            sql.Identifier(schema, name), sql.Identifier(destination.key)), (keys,))
        rows = cursor.rowcount
    return Removal(connection.display, destination.table, rows, _vacuum(connection, destination.table) if rows else "")


def _history_removals(settings: HistorySettings, statement: str, frame: pl.DataFrame | None,
                      parameters: tuple, report: ErasureReport) -> list[Destination]:
    """Run a DELETE on segdsl_history in every store; the destinations the stores know."""
    from segdsl.activation.store import compact_embedded

    found: list[Destination] = []
    for context, embedded in _stores(settings):
        try:
            with context as store:
                if store is None:
                    continue
                if frame is not None:
                    store.load("segdsl_forget", frame)
                rows = store.execute(statement, parameters)
                found += destinations(store)
                where = store.description
            note = ""
            if rows and embedded:
                compact_embedded(settings)
                note = "file rewritten"
            elif rows:
                from segdsl.sources.connections import find_connection

                note = _vacuum(find_connection(settings.connection, settings.root), "segdsl_history")
            report.removals.append(Removal(where, "segdsl_history", rows, note))
        except DiagnosticError as error:
            report.problems += error.diagnostics
    return found


def forget(start: Path, keys: Sequence[str]) -> ErasureReport:
    """Remove every row of these customers from the history stores and the destination tables."""
    settings = project_settings(start)
    report = ErasureReport()
    wanted = sorted({str(k) for k in keys})
    frame = pl.DataFrame({"customer_key": wanted}, schema={"customer_key": pl.String})
    found = _history_removals(settings, "DELETE FROM segdsl_history WHERE customer_key IN "
                              "(SELECT customer_key FROM segdsl_forget)", frame, (), report)
    for destination in sorted(set(found), key=lambda d: (d.connection, d.table)):
        try:
            report.removals.append(_erase_destination(destination, wanted))
        except DiagnosticError as error:
            report.problems += [Diagnostic("E346", f'table "{destination.table}" of connection `{destination.connection}`: '
                                           f"customers not removed: {d.message}", hints=d.hints) for d in error.diagnostics]
    return report


def expire_history(start: Path, as_of: dt.date) -> ErasureReport:
    """Apply `retention_months` now: drop stays whose exit is older than that before `as_of`."""
    from segdsl.activation.history import EXPIRE, retention_cutoff

    settings = project_settings(start)
    if settings.retention_months is None:
        raise DiagnosticError([Diagnostic("E340", "no retention period is configured",
                                          hints=("set retention_months in [tool.segdsl.history] of pyproject.toml "
                                                 "(or [history] of segdsl.toml)",))])
    report = ErasureReport()
    _history_removals(settings, EXPIRE, None, (retention_cutoff(as_of, settings.retention_months),), report)
    return report
