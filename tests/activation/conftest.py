"""Activation tests run against the session's throw-away PostgreSQL server (`pg_server` in
tests/conftest.py, trust authentication): each test gets a database of its own, a project
folder declaring a connection to it, and a psycopg session to look at the tables directly."""

from __future__ import annotations

import importlib.util
import uuid
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest

from tests.services import require

PASSWORD = "Activation-Secret-9!"  # the superuser needs none on loopback, other roles log in with it; never in a message


@dataclass
class Db:
    url: str
    name: str
    project: Path

    def connection(self, user: str = "postgres", name: str = "dest"):
        from segdsl.sources.connections import Connection

        url = self.url.replace("postgres@", f"{user}@", 1)
        return Connection(name, self.project / "segdsl.toml", url, password=PASSWORD, connect_timeout=5)

    def session(self, autocommit: bool = True):
        import psycopg

        return psycopg.connect(self.url, autocommit=autocommit)

    def rows(self, table: str, key: str = "customer_id") -> pl.DataFrame:
        """The table's rows sorted by key, read with plain SQL (not through segdsl)."""
        with self.session() as session, session.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {table} ORDER BY {key}")
            names = [d.name for d in cursor.description]
            return pl.DataFrame(cursor.fetchall(), schema=names, orient="row")

    def versions(self, table: str, key: str = "customer_id") -> list[tuple]:
        """(key, xmin) of every row: a row PostgreSQL rewrote gets a new xmin."""
        with self.session() as session:
            return session.execute(f"SELECT {key}::text, xmin::text FROM {table} ORDER BY 1").fetchall()


@pytest.fixture
def db(pg_server, tmp_path: Path) -> Db:
    require(importlib.util.find_spec("psycopg") is not None, "psycopg", 'pip install "segdsl[postgres]"')
    require(importlib.util.find_spec("duckdb") is not None, "DuckDB", 'pip install "segdsl[duckdb]"')
    import psycopg

    name = f"act_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = pg_server.url.rsplit("/", 1)[0] + f"/{name}"
    project = tmp_path / "project"
    project.mkdir()
    (project / "segdsl.toml").write_text(f'[connections.dest]\nurl = "{url}"\n', encoding="utf-8")
    return Db(url, name, project)
