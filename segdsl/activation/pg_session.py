"""One PostgreSQL transaction for a write, through psycopg (COPY, explicit transactions, SQLSTATE
classes), with every failure turned into a diagnostic that names the connection and never its
password: failures to connect are classified like the reader's (`segdsl.sources.driver`), and
failures while writing say that nothing was written, which is true because the transaction is
rolled back (by us, or by the server when the connection is gone)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.sources.connections import Connection
from segdsl.sources.driver import connect_failure

NOTHING_WRITTEN = "nothing was written (the transaction was rolled back)"


def psycopg_module() -> Any:
    from segdsl.extras import require_module

    return require_module("psycopg", "postgres", "writing to PostgreSQL")


def write_failure(connection: Connection, error: BaseException, what: str) -> DiagnosticError:
    """E343 for a failure during a write, by its SQLSTATE class: a read-only user or server, a
    missing privilege, a lost connection, anything else."""
    psycopg = psycopg_module()
    errors = psycopg.errors
    reason = connection.redact(str(error)).strip().splitlines()
    reason_text = reason[0] if reason else type(error).__name__
    if isinstance(error, errors.ReadOnlySqlTransaction):
        message, hint = f"is read-only: {reason_text}", "use a user and a server that may write (not a read-only replica)"
    elif isinstance(error, errors.InsufficientPrivilege):
        message, hint = f"may not write: {reason_text}", "grant the user CREATE on the schema, and SELECT, INSERT, UPDATE, DELETE on the table"
    elif isinstance(error, psycopg.OperationalError):
        message, hint = f"the connection was lost during {what}: {reason_text}", "run the command again: a re-run writes what is missing"
    else:
        message, hint = f"{what} failed: {reason_text}", "check the table and the user's privileges"
    return DiagnosticError([Diagnostic("E343", f"{connection.display}: {message}; {NOTHING_WRITTEN}", hints=(hint,))])


@contextmanager
def transaction(connection: Connection, what: str) -> Iterator[Any]:
    """A psycopg connection inside ONE transaction: committed when the block ends normally, rolled
    back on any exception; driver errors become diagnostics (E386/E387 to connect, E343 after)."""
    psycopg = psycopg_module()
    try:
        handle = psycopg.connect(connection.uri(), connect_timeout=connection.connect_timeout, autocommit=False)
    except psycopg.Error as error:
        raise connect_failure(connection, error) from None
    try:
        try:
            with handle.transaction():
                handle.execute("SET LOCAL TIME ZONE 'UTC'")
                yield handle
        except psycopg.Error as error:
            raise write_failure(connection, error, what) from None
    finally:
        handle.close()
