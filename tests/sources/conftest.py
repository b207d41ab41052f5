"""The tests of database tables use the run's PostgreSQL server (the `pg_server` fixture of
tests/conftest.py, tests/pg_server.py): a role with a password and a database of its own on it,
and helpers to declare a connection beside a definition."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import pytest

from tests.pg_server import PgServer
from tests.services import require

APP_PASSWORD = "Sup3r-s3cret-PW-%&@"  # must never appear in any output
PASSWORD_ENV = "SEGDSL_TEST_PG_PASSWORD"


@dataclass
class Pg:
    server: PgServer
    user: str = "app"
    database: str = "shop"

    @property
    def url(self) -> str:
        return self.server.url_for(self.user, self.database)

    def connection_toml(self, name: str = "warehouse", url: str | None = None) -> str:
        return f'[connections.{name}]\nurl = "{url or self.url}"\npassword_env = "{PASSWORD_ENV}"\nconnect_timeout = 3\n'

    def sql(self, statement: str) -> str:
        return self.server.psql(statement, self.database)


@pytest.fixture(scope="session")
def pg(pg_server):
    require(importlib.util.find_spec("adbc_driver_postgresql") is not None, "ADBC PostgreSQL driver",
            'pip install "segdsl[postgres]"')
    escaped = APP_PASSWORD.replace("'", "''")
    pg_server.psql(f"CREATE ROLE app LOGIN PASSWORD '{escaped}'")
    pg_server.psql("CREATE DATABASE shop OWNER app")
    pg_server.psql("CREATE SCHEMA crm AUTHORIZATION app; CREATE SCHEMA shop AUTHORIZATION app", "shop")
    return Pg(pg_server)


@pytest.fixture
def pg_env(monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, APP_PASSWORD)
    return PASSWORD_ENV
