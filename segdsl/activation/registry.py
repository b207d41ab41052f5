"""The destination tables segdsl wrote, kept in the history store so `segdsl forget` can reach
every copy of a customer's membership. A table is registered before its first write (a run killed
after writing still left a trace) and only once (a re-run writes nothing here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from segdsl.sources.connections import Connection


@dataclass(frozen=True)
class Destination:
    connection: str
    declared_in: Path  # the folder the connection is resolved from again
    table: str  # schema.name
    key: str


def register_destination(connection: Connection, table: str, key: str) -> None:
    """Record `table` of `connection` in the store of the project the connection belongs to."""
    from segdsl.activation.config import project_settings
    from segdsl.activation.store import open_store

    folder = connection.declared_in.parent
    with open_store(project_settings(folder)) as store:
        assert store is not None
        store.execute(
            "INSERT INTO segdsl_destinations (connection, declared_in, table_name, key_column) "
            "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM segdsl_destinations "
            "WHERE connection = ? AND declared_in = ? AND table_name = ? AND key_column = ?)",
            (connection.name, str(folder), table, key) * 2)


def destinations(store) -> list[Destination]:  # noqa: ANN001 - a segdsl.activation.store.Store
    rows = store.frame("SELECT DISTINCT connection, declared_in, table_name, key_column FROM segdsl_destinations "
                       "ORDER BY connection, table_name")
    return [Destination(c, Path(d), t, k) for c, d, t, k in rows.iter_rows()]
