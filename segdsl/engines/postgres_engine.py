"""PostgreSQL: the one statement runs in the database. Tables already in the database are read
where they are (named connections, branch `sources`); a data file is first loaded into a
temporary table of the session with binary COPY (read by Polars, so every engine sees the same
types), and dropped after the query.

The session is an ADBC connection (libpq underneath): the result comes back as Arrow columns
(binary COPY, no Python object per value), several times cheaper than rows through psycopg for a
result of millions of customers, and the temporary tables are loaded the same way.

The connection URL comes from the environment (SEGDSL_POSTGRES_URL), never from a definition,
and is never printed: messages name only the host, port and database.
"""

from __future__ import annotations

import os
from itertools import count
from typing import Any

import polars as pl
from sqlglot import exp

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.engines.pg_copy import pg_frame, pg_type
from segdsl.engines.sql_engine import SqlEngine
from segdsl.extras import require_module

URL_VARIABLE = "SEGDSL_POSTGRES_URL"


def describe(url: str) -> str:
    """host:port/dbname of a connection URL, for messages (never the user or password)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001
        return "the configured server"
    return f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"


class PostgresEngine(SqlEngine):
    name = "postgres"
    dialect = "postgres"

    def __init__(self, url: str | None = None):
        self.psycopg = require_module("psycopg", "postgres")  # only to read connection strings
        dbapi = require_module("adbc_driver_postgresql.dbapi", "postgres")
        url = url or os.environ.get(URL_VARIABLE)
        if not url:
            raise DiagnosticError([Diagnostic("E252", "the postgres engine has no server to connect to",
                                              hints=(f"set {URL_VARIABLE}=postgresql://USER@HOST:PORT/DB (a password goes in ~/.pgpass or PGPASSWORD)",))])
        failed = DiagnosticError([Diagnostic("E252", f"cannot connect to PostgreSQL at {describe(url)}",
                                             hints=("check that the server runs and accepts this user", f"the URL comes from {URL_VARIABLE}"))])
        try:
            conninfo = self.psycopg.conninfo.make_conninfo(url, connect_timeout=10)
        except Exception:  # noqa: BLE001 - a malformed URL is a connection failure
            raise failed from None
        try:
            self.connection: Any = dbapi.connect(conninfo, autocommit=True)
        except Exception:  # noqa: BLE001 - the driver's words may hold the URL
            raise failed from None
        with self.connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.execute("SELECT current_database(), current_setting('port')")
            dbname, port = cursor.fetchone()
        self._where = (self.psycopg.conninfo.conninfo_to_dict(conninfo).get("host") or "localhost", int(port), dbname)
        self._names = count()
        self._loaded: list[str] = []

    def file_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        from segdsl.io import scan

        return self.frame_relation(table.name, scan(table.path).select(columns).collect())

    def database_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        """A connection's table in this engine's own database is read where it is; any other
        is read through the ADBC reader and loaded like a file."""
        from urllib.parse import urlsplit

        from segdsl.sources.catalogue import split_table_name
        from segdsl.sources.reader import resolve

        source = table.path
        assert isinstance(source, ir.DatabaseTable)
        parts = urlsplit(resolve(source).url)
        host, port, dbname = self._where
        same_host = {host, parts.hostname} <= {"localhost", "127.0.0.1"} or host == parts.hostname
        here = same_host and port == (parts.port or 5432) and dbname == parts.path.lstrip("/")
        if not here:
            return super().database_relation(table, columns)
        schema, name = split_table_name(source.table)
        return exp.table_(name, db=schema, quoted=True)

    def frame_relation(self, name: str, frame: pl.DataFrame) -> exp.Expression:
        """A temporary table with the columns `pg_type` names, loaded with binary COPY (ADBC
        ingest): values arrive exactly as Polars holds them."""
        table = f"__segdsl_{next(self._names)}"
        columns = ", ".join(f"{_quoted(c)} {pg_type(t)}" for c, t in frame.schema.items())
        with self.connection.cursor() as cursor:
            cursor.execute(f"CREATE TEMPORARY TABLE {_quoted(table)} ({columns})")
            self._loaded.append(table)
            if frame.height:
                cursor.adbc_ingest(table, pg_frame(frame).to_arrow(), mode="append", temporary=True)
            cursor.execute(f"ANALYZE {_quoted(table)}")
        return exp.to_table(table, quoted=True)

    def run(self, sql: str) -> pl.DataFrame:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql)
                table = cursor.fetch_arrow_table()
        except Exception as error:  # noqa: BLE001 - the caller makes it E253
            raise RuntimeError(server_words(error)) from None
        finally:
            self._drop_loaded()
        return arrow_frame(table)

    def explain_sql(self, sql: str) -> str:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("EXPLAIN " + sql)
                rows = cursor.fetchall()
        finally:
            self._drop_loaded()
        return "\n".join(row[0] for row in rows)

    def _drop_loaded(self) -> None:
        with self.connection.cursor() as cursor:
            for table in self._loaded:
                cursor.execute(f"DROP TABLE IF EXISTS {_quoted(table)}")
        self._loaded.clear()

    def close(self) -> None:
        self.connection.close()


def server_words(error: BaseException) -> str:
    """The server's own message from a driver error: ADBC prefixes it with its status and
    what it was doing ("INVALID_DATA: [libpq] Failed to execute query: could not begin COPY:
    ERROR:  division by zero" -> "division by zero")."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return text.split("ERROR:", 1)[1].strip() if "ERROR:" in text else text


def _quoted(name: str) -> str:
    """A PostgreSQL identifier, quoted (sqlglot doubles any quote inside it)."""
    return exp.to_identifier(name, quoted=True).sql(dialect="postgres")


def arrow_frame(table: Any) -> pl.DataFrame:
    """The driver's Arrow result as Polars. Types Arrow has no name for arrive as PostgreSQL's
    text form in an opaque extension type: NUMERIC (from SUM or AVG over integers) becomes a
    float, as the Polars engine computes it; any other stays text."""
    import pyarrow as pa

    columns, numeric = [], []
    for field, column in zip(table.schema, table.columns):
        if isinstance(field.type, pa.BaseExtensionType):
            column = pa.chunked_array([chunk.storage for chunk in column.chunks], type=field.type.storage_type)
            if (field.metadata or {}).get(b"POSTGRESQL:type") == b"numeric":
                numeric.append(field.name)
        columns.append(column)
    frame = pl.from_arrow(pa.table(columns, names=table.schema.names))
    assert isinstance(frame, pl.DataFrame)
    return frame.with_columns(pl.col(numeric).cast(pl.Float64)) if numeric else frame
