"""One real PostgreSQL server for the tests of database tables (started once per run, stopped
at the end), a role with a password, and helpers to declare a connection beside a definition."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import pytest

from tests import pgserver
from tests.services import require

APP_PASSWORD = "Sup3r-s3cret-PW-%&@"  # must never appear in any output
PASSWORD_ENV = "SEGDSL_TEST_PG_PASSWORD"


@dataclass
class Pg:
    server: pgserver.PgServer
    user: str = "app"
    database: str = "shop"

    @property
    def url(self) -> str:
        return self.server.url(self.user, self.database)

    def connection_toml(self, name: str = "warehouse", url: str | None = None) -> str:
        return f'[connections.{name}]\nurl = "{url or self.url}"\npassword_env = "{PASSWORD_ENV}"\nconnect_timeout = 3\n'

    def sql(self, statement: str) -> str:
        return self.server.psql(statement, self.database)


@pytest.fixture(scope="session")
def pg():
    require(pgserver.binaries() is not None, "PostgreSQL server (initdb, pg_ctl)", "apt-get install postgresql")
    require(importlib.util.find_spec("adbc_driver_postgresql") is not None, "ADBC PostgreSQL driver",
            'pip install "segdsl[postgres]"')
    server = pgserver.start_server()
    try:
        escaped = APP_PASSWORD.replace("'", "''")
        server.psql(f"CREATE ROLE app LOGIN PASSWORD '{escaped}'")
        server.psql("CREATE DATABASE shop OWNER app")
        server.psql("CREATE SCHEMA crm AUTHORIZATION app; CREATE SCHEMA shop AUTHORIZATION app", "shop")
        yield Pg(server)
    finally:
        pgserver.remove(server)


@pytest.fixture
def pg_env(monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, APP_PASSWORD)
    return PASSWORD_ENV
