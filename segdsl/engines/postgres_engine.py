"""PostgreSQL: the one statement runs in the database. Tables already in the database are read
where they are (named connections, branch `sources`); a data file is first loaded into a
temporary table of the session with COPY (read by Polars, so every engine sees the same types),
and dropped after the query.

The connection URL comes from the environment (SEGDSL_POSTGRES_URL), never from a definition,
and is never printed: messages name only the host, port and database.
"""

from __future__ import annotations

import os
from itertools import count

import polars as pl
from sqlglot import exp

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.engines.pg_copy import column_definitions, copy_frame
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
        self.psycopg = require_module("psycopg", "postgres")
        url = url or os.environ.get(URL_VARIABLE)
        if not url:
            raise DiagnosticError([Diagnostic("E252", "the postgres engine has no server to connect to",
                                              hints=(f"set {URL_VARIABLE}=postgresql://USER@HOST:PORT/DB (a password goes in ~/.pgpass or PGPASSWORD)",))])
        try:
            self.connection = self.psycopg.connect(url, autocommit=True, connect_timeout=10)
        except self.psycopg.Error:
            raise DiagnosticError([Diagnostic("E252", f"cannot connect to PostgreSQL at {describe(url)}",
                                              hints=("check that the server runs and accepts this user", f"the URL comes from {URL_VARIABLE}"))]) from None
        self.connection.execute("SET TIME ZONE 'UTC'")
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
        info = self.connection.info
        here = (info.host in (parts.hostname, "localhost" if parts.hostname == "127.0.0.1" else parts.hostname)
                and int(info.port) == (parts.port or 5432) and info.dbname == parts.path.lstrip("/"))
        if not here:
            return super().database_relation(table, columns)
        schema, name = split_table_name(source.table)
        return exp.table_(name, db=schema, quoted=True)

    def frame_relation(self, name: str, frame: pl.DataFrame) -> exp.Expression:
        """A temporary table loaded with COPY (CSV: an empty unquoted field is NULL)."""
        sql = self.psycopg.sql
        table = f"__segdsl_{next(self._names)}"
        columns = column_definitions(sql, frame)
        self.connection.execute(sql.SQL("CREATE TEMPORARY TABLE {} ({})").format(sql.Identifier(table), columns))
        self._loaded.append(table)
        with self.connection.cursor() as cursor:
            copy_frame(cursor, sql, sql.Identifier(table), frame)
        self.connection.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table)))
        return exp.to_table(table, quoted=True)

    def run(self, sql: str) -> pl.DataFrame:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql.encode())
                names = [d.name for d in cursor.description]
                rows = cursor.fetchall()
        finally:
            self._drop_loaded()
        data = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        return pl.DataFrame(data, strict=False)

    def explain_sql(self, sql: str) -> str:
        try:
            rows = self.connection.execute(("EXPLAIN " + sql).encode()).fetchall()
        finally:
            self._drop_loaded()
        return "\n".join(row[0] for row in rows)

    def _drop_loaded(self) -> None:
        sql = self.psycopg.sql
        for table in self._loaded:
            self.connection.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(table)))
        self._loaded.clear()

    def close(self) -> None:
        self.connection.close()


