"""The history store: the embedded DuckDB file `.segdsl/history.duckdb` by default, or a
PostgreSQL connection's database when `[tool.segdsl.history] connection` names one.

Both hold the same three tables and run the same SQL (history.py, erasure.py); a `Store` is one
open transaction on either, with the few operations they differ in: running a statement and
getting its row count, reading rows, and loading a Polars frame into a temporary table (DuckDB
reads it through Arrow; PostgreSQL gets it by COPY). Why DuckDB rather than SQLite: README
"Membership history and erasure" (measured: 4x faster diffs, a file 11x smaller).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import polars as pl

from segdsl.activation.config import HistorySettings
from segdsl.diagnostics import Diagnostic, DiagnosticError

TABLES = (
    "CREATE TABLE IF NOT EXISTS segdsl_history (customer_key TEXT NOT NULL, segment TEXT NOT NULL, "
    "entered_at DATE NOT NULL, exited_at DATE)",
    "CREATE TABLE IF NOT EXISTS segdsl_snapshots (segment TEXT NOT NULL, as_of DATE NOT NULL, "
    "members BIGINT NOT NULL, entered BIGINT NOT NULL, exited BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS segdsl_destinations (connection TEXT NOT NULL, declared_in TEXT NOT NULL, "
    "table_name TEXT NOT NULL, key_column TEXT NOT NULL)",
)
# PostgreSQL only: DuckDB joins by hashing and its indexes would slow the bulk writes down.
# One index on the key: the diff's writes find their few rows by (customer_key, segment) (a
# customer has a handful of stays per segment), erasure and `history --customer` by its prefix.
# One index rather than a partial one on open rows plus one on customers: every insert, exit and
# re-entry maintains one index instead of two, and exited_at, which exits change, is in none.
# The diff itself reads the table by hash joins and needs no index.
PG_INDEXES = ("CREATE INDEX IF NOT EXISTS segdsl_history_key ON segdsl_history (customer_key, segment)",)
PG_INDEX_NAMES = ("segdsl_history_key",)
# Per transaction (SET LOCAL): a 2M-row hash join fits in memory instead of spilling in batches,
# an index build sorts in memory, and the few rows a diff writes are found through the key index
# rather than by a scan of the whole table (the default random_page_cost prices every index probe
# as a disk seek; the table's pages are in memory right after the diff read them). temp_buffers
# must be set before the session's first temporary table, so it is a session setting, on the
# connection opened for this one transaction.
PG_SETTINGS = ("SET temp_buffers = '256MB'", "SET LOCAL work_mem = '256MB'", "SET LOCAL maintenance_work_mem = '512MB'",
               "SET LOCAL random_page_cost = 1.1")
LOCK_WAIT_SECONDS = 60.0


@dataclass
class Store:
    """One open transaction on a history store. SQL uses `?` for parameters on both."""

    description: str
    kind: str  # "embedded" | "postgres"
    handle: Any

    def execute(self, statement: str, parameters: Sequence[object] = ()) -> int:
        """Run a statement; the number of rows it changed (0 for DDL)."""
        if self.kind == "embedded":
            rows = self.handle.execute(statement, list(parameters)).fetchall()
            return int(rows[0][0]) if rows and isinstance(rows[0][0], int) else 0
        with self.handle.cursor() as cursor:
            cursor.execute(statement.replace("?", "%s"), tuple(parameters) or None)
            return max(cursor.rowcount, 0)

    def frame(self, statement: str, parameters: Sequence[object] = ()) -> pl.DataFrame:
        if self.kind == "embedded":
            result = pl.from_arrow(self.handle.sql(statement, params=list(parameters) or None).to_arrow_table())
            assert isinstance(result, pl.DataFrame)
            return result
        with self.handle.cursor() as cursor:
            cursor.execute(statement.replace("?", "%s"), tuple(parameters) or None)
            names = [d.name for d in cursor.description]
            rows = cursor.fetchall()
        return pl.DataFrame(rows, schema=names, orient="row") if rows else pl.DataFrame(schema=names)

    def load(self, name: str, frame: pl.DataFrame) -> None:
        """`frame` as the temporary table `name`, gone when the store closes."""
        if self.kind == "embedded":
            self.handle.register("segdsl_frame", frame.to_arrow())
            try:
                self.handle.execute(f'CREATE OR REPLACE TEMPORARY TABLE "{name}" AS SELECT * FROM segdsl_frame')
            finally:
                self.handle.unregister("segdsl_frame")
            return
        from psycopg import sql

        from segdsl.engines.pg_copy import column_definitions, copy_frame

        with self.handle.cursor() as cursor:
            cursor.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(name)))
            cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} ({}) ON COMMIT DROP").format(
                sql.Identifier(name), column_definitions(sql, frame)))
            copy_frame(cursor, sql, sql.Identifier(name), frame)
            cursor.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(name)))

    def derive(self, name: str, select: str, parameters: Sequence[object] = ()) -> None:
        """The rows of `select` as the temporary table `name` (gone when the store closes).
        PostgreSQL gets its statistics at once, so the statements that join it are planned
        for its real size (autovacuum never sees temporary tables)."""
        if self.kind == "embedded":
            self.execute(f'CREATE OR REPLACE TEMPORARY TABLE "{name}" AS {select}', parameters)
        else:
            self.execute(f'DROP TABLE IF EXISTS "{name}"')
            self.execute(f'CREATE TEMPORARY TABLE "{name}" ON COMMIT DROP AS {select}', parameters)
            self.execute(f'ANALYZE "{name}"')

    def bulk_insert_begins(self) -> bool:
        """Before inserting many rows into segdsl_history: on PostgreSQL, when the table is empty
        (the first snapshot), its indexes are dropped and built again once it is filled, at the
        end of the transaction; sorting 2M keys once is several times faster than 2M index
        insertions. Locks the empty table until the commit. Whether the indexes were dropped."""
        if self.kind == "embedded" or self.frame("SELECT EXISTS (SELECT 1 FROM segdsl_history) AS any")["any"][0]:
            return False
        for index in PG_INDEX_NAMES:
            self.execute(f"DROP INDEX IF EXISTS {index}")
        return True

    def analyze(self, table: str) -> None:
        """Fresh planner statistics for a table this transaction changed a lot (PostgreSQL)."""
        if self.kind == "postgres":
            self.execute(f'ANALYZE "{table}"')


def _store_failure(settings: HistorySettings, error: BaseException) -> DiagnosticError:
    return DiagnosticError([Diagnostic(
        "E344", f"the history store {settings.embedded_path} cannot be used: {str(error).splitlines()[0]}",
        file=str(settings.embedded_path),
        hints=("another segdsl command may hold it for longer than a minute; otherwise move the damaged file away (it is rebuilt by the next snapshot, without the past)",),
    )])


def _connect_embedded(settings: HistorySettings, duckdb: Any) -> Any:
    """Open the DuckDB file, waiting while another process holds it (DuckDB allows one writer
    process at a time: concurrent segdsl commands take turns)."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(settings.embedded_path))
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise _store_failure(settings, error) from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
        except duckdb.Error as error:
            raise _store_failure(settings, error) from None


@contextmanager
def store_lock(settings: HistorySettings) -> Iterator[None]:
    """An exclusive lock on `.segdsl/history.lock` for the whole use of the embedded store, so
    segdsl commands take turns (and a compaction never races a snapshot). POSIX only; elsewhere
    DuckDB's own file lock still keeps a second writer out."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(settings.embedded_path.with_name("history.lock"), "a+b") as lock:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise _store_failure(settings, TimeoutError("another segdsl command holds it")) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _duckdb() -> Any:
    from segdsl.extras import require_module

    return require_module("duckdb", "duckdb", "the membership history (.segdsl/history.duckdb)")


@contextmanager
def embedded_store(settings: HistorySettings, *, create: bool) -> Iterator[Store | None]:
    """The DuckDB file in one transaction (None when it does not exist and `create` is false)."""
    duckdb = _duckdb()
    path = settings.embedded_path
    if not path.is_file():
        if not create:
            yield None
            return
        path.parent.mkdir(parents=True, exist_ok=True)
    with store_lock(settings):
        with _embedded_transaction(settings, duckdb) as store:
            yield store


def compact_embedded(settings: HistorySettings) -> None:
    """Rewrite the DuckDB file into a fresh one and swap it in: DuckDB keeps deleted values in
    freed blocks of the file, so an erasure is complete only once they are gone from the disk."""
    duckdb = _duckdb()
    path = settings.embedded_path
    fresh = path.with_name(f".{path.name}.compact")
    with store_lock(settings):
        fresh.unlink(missing_ok=True)
        handle = _connect_embedded(settings, duckdb)
        try:
            source = handle.execute("SELECT current_database()").fetchone()[0]
            handle.execute("ATTACH '" + str(fresh).replace("'", "''") + "' AS segdsl_fresh")
            handle.execute(f'COPY FROM DATABASE "{source}" TO segdsl_fresh')
            handle.execute("DETACH segdsl_fresh")
        except duckdb.Error as error:
            fresh.unlink(missing_ok=True)
            raise _store_failure(settings, error) from None
        finally:
            handle.close()
        os.replace(fresh, path)


@contextmanager
def _embedded_transaction(settings: HistorySettings, duckdb: Any) -> Iterator[Store]:
    path = settings.embedded_path
    handle = _connect_embedded(settings, duckdb)
    try:
        handle.begin()
        store = Store(f"embedded store {path}", "embedded", handle)
        for statement in TABLES:
            store.execute(statement)
        try:
            yield store
        except BaseException:
            handle.rollback()
            raise
        try:
            handle.commit()
        except duckdb.Error as error:
            raise _store_failure(settings, error) from None
    except duckdb.Error as error:
        raise _store_failure(settings, error) from None
    finally:
        handle.close()


@contextmanager
def postgres_store(settings: HistorySettings) -> Iterator[Store]:
    """The configured connection's database in one transaction, serialised with other segdsl
    runs by an advisory lock (so two snapshots never diff against the same old state)."""
    from segdsl.activation.pg_session import transaction
    from segdsl.sources.connections import find_connection

    assert settings.connection is not None
    connection = find_connection(settings.connection, settings.root)
    with transaction(connection, "the history update") as handle:
        handle.execute("SELECT pg_advisory_xact_lock(hashtextextended('segdsl.history', 0))")
        store = Store(f"PostgreSQL store of {connection.display}", "postgres", handle)
        for statement in (*PG_SETTINGS, *TABLES, *PG_INDEXES):
            store.execute(statement)
        yield store
        for statement in PG_INDEXES:  # built again after a first bulk load (bulk_insert_begins)
            store.execute(statement)


@contextmanager
def open_store(settings: HistorySettings, *, create: bool = True) -> Iterator[Store | None]:
    """The project's history store: PostgreSQL when configured, else the embedded file."""
    if settings.connection is not None:
        with postgres_store(settings) as store:
            yield store
    else:
        with embedded_store(settings, create=create) as store:
            yield store
