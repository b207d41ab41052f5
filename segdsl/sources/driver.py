"""Opening a connection and turning every driver failure into a diagnostic that names the
connection, never its password or URL with credentials.

The driver is ADBC's PostgreSQL driver (libpq underneath, results as Arrow); README
"Databases" says why it was chosen over connectorx.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.sources.connections import Connection

# Kinds of failure, by what libpq / the server says (SQLSTATE where there is one).
_UNREACHABLE = ("connection refused", "could not translate host name", "timeout expired", "no such file or directory",
                "could not connect", "network is unreachable", "no route to host", "name or service not known",
                "server closed the connection")
_LOGIN = ("password authentication failed", "no password supplied", "authentication failed", "pg_hba.conf",
          "fe_sendauth")
_NO_DATABASE = ("database \"",)


class Unreachable(DiagnosticError):
    """The server could not be reached at all: `validate` may fall back to a schema file."""


def _message(connection: Connection, error: BaseException) -> str:
    text = connection.redact(str(error)).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # ADBC prefixes messages with the status and "[libpq]": keep the server's words only.
    first = lines[0] if lines else type(error).__name__
    for prefix in ("IO: ", "INVALID_STATE: ", "INVALID_ARGUMENT: ", "UNAUTHENTICATED: ", "NOT_FOUND: "):
        first = first.removeprefix(prefix)
    first = first.removeprefix("[libpq] ").removeprefix("Failed to connect: ")
    return first.split("FATAL:", 1)[-1].strip() if "FATAL:" in first else first


def connect_failure(connection: Connection, error: BaseException) -> DiagnosticError:
    """Classify a failure to open a connection."""
    reason = _message(connection, error)
    lowered = str(error).lower()
    if any(marker in lowered for marker in _LOGIN) or ('role "' in lowered and "does not exist" in lowered):
        return DiagnosticError([Diagnostic(
            "E387", f"{connection.display}: login refused: {reason}",
            hints=("check the user in the url and the password in the environment variable named by password_env",),
        )])
    if any(marker in lowered for marker in _NO_DATABASE) and "does not exist" in lowered:
        return DiagnosticError([Diagnostic(
            "E386", f"{connection.display}: {reason}",
            hints=("check the database name at the end of the url",),
        )])
    if any(marker in lowered for marker in _UNREACHABLE):
        return Unreachable([Diagnostic(
            "E386", f"{connection.display} is unreachable: {reason}",
            hints=("check the host and port in the url, and that the server is running",),
        )])
    return DiagnosticError([Diagnostic(
        "E386", f"{connection.display}: cannot connect: {reason}",
        hints=("check the url of the connection",),
    )])


def query_failure(connection: Connection, error: BaseException, what: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic(
        "E389", f"{connection.display}: {what} failed: {_message(connection, error)}",
        hints=("check that the table and its columns match what `segdsl validate` saw",),
    )])


def _driver() -> Any:
    from segdsl.extras import require_module

    return require_module("adbc_driver_postgresql.dbapi", "postgres")


@dataclass
class _Shared:
    """What one evaluation shares: an open handle per connection, and the catalogue look-ups
    made through them (the table cannot be expected to change within one evaluation)."""

    handles: dict[str, Any] = field(default_factory=dict)
    catalogue: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


# Per thread and task (a ContextVar): a Polars IO callback running on another thread opens
# its own connection, so a handle is never used by two threads at once.
_SHARED: ContextVar[_Shared | None] = ContextVar("segdsl_shared_connections", default=None)


@contextmanager
def shared_connections() -> Iterator[None]:
    """Within this block, `open_connection` opens each connection once and keeps it open
    (closed at the end), and `catalogue_cache` remembers catalogue look-ups. An engine's
    evaluation checks, describes and reads the same tables several times: without this, each
    step would log in again (a SCRAM login costs tens of milliseconds) and ask the catalogue
    again. Nested blocks share the outermost one."""
    if _SHARED.get() is not None:
        yield
        return
    shared = _Shared()
    token = _SHARED.set(shared)
    try:
        yield
    finally:
        _SHARED.reset(token)
        for handle in shared.handles.values():
            try:
                handle.close()
            except Exception:  # noqa: BLE001 - closing must never mask the real outcome
                pass


def catalogue_cache() -> dict[tuple[str, str], dict[str, str]] | None:
    """(connection, table) -> columns, remembered within `shared_connections` (else None)."""
    shared = _SHARED.get()
    return shared.catalogue if shared is not None else None


@contextmanager
def open_connection(connection: Connection) -> Iterator[Any]:
    """An ADBC DB-API connection in UTC (so untyped timestamp literals mean UTC days); within
    `shared_connections`, the one already open for this connection."""
    shared = _SHARED.get()
    if shared is not None:
        key = connection.uri()
        if key not in shared.handles:
            shared.handles[key] = _connect(connection)
        yield shared.handles[key]
        return
    handle = _connect(connection)
    try:
        yield handle
    finally:
        handle.close()


def _connect(connection: Connection) -> Any:
    dbapi = _driver()
    uri = connection.uri()
    separator = "&" if "?" in uri else "?"
    if "connect_timeout=" not in uri:
        uri = f"{uri}{separator}connect_timeout={connection.connect_timeout}"
    try:
        handle = dbapi.connect(uri, autocommit=True)
    except Exception as error:  # noqa: BLE001 - every driver failure becomes a diagnostic
        raise connect_failure(connection, error) from None
    try:
        with handle.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
    except BaseException:
        handle.close()
        raise
    return handle


def fetch_arrow(connection: Connection, handle: Any, query: str, what: str, parameters: tuple = ()) -> Any:
    """Run one query and return its result as an Arrow table."""
    try:
        with handle.cursor() as cursor:
            cursor.execute(query, parameters or None)
            return cursor.fetch_arrow_table()
    except DiagnosticError:
        raise
    except Exception as error:  # noqa: BLE001
        raise query_failure(connection, error, what) from None
