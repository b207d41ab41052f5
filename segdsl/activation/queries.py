"""Reading the membership history: a segment's sizes over time and one customer's moves.

A name matches a segment, or every label of a segmentation (`lifecycle` matches
`lifecycle=active`, `lifecycle=lost`, ...)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from segdsl.activation.config import project_settings

_MATCH = "(segment = CAST(? AS TEXT) OR left(segment, length(CAST(? AS TEXT)) + 1) = CAST(? AS TEXT) || '=')"
SIZES_SCHEMA = {"as_of": pl.Date, "segment": pl.String, "members": pl.Int64, "entered": pl.Int64, "exited": pl.Int64}
MOVES_SCHEMA = {"segment": pl.String, "entered_at": pl.Date, "exited_at": pl.Date}


def _read(start: Path, statement: str, parameters: tuple, schema: dict) -> pl.DataFrame:
    from segdsl.activation.store import open_store

    with open_store(project_settings(start), create=False) as store:
        if store is None:  # no snapshot was ever recorded here
            return pl.DataFrame(schema=schema)
        found = store.frame(statement, parameters)
    return found.cast(schema) if found.height else pl.DataFrame(schema=schema)  # type: ignore[arg-type]


def segment_sizes(start: Path, segment: str) -> pl.DataFrame:
    """as_of, segment, members, entered, exited: one row per recorded snapshot of the segment."""
    return _read(start, f"SELECT as_of, segment, members, entered, exited FROM segdsl_snapshots WHERE {_MATCH} "
                 "ORDER BY as_of, segment", (segment,) * 3, SIZES_SCHEMA)


def customer_moves(start: Path, key: str, segment: str | None = None) -> pl.DataFrame:
    """segment, entered_at, exited_at: the customer's stays (in `segment`, or in every segment)."""
    where, parameters = "customer_key = ?", (key,)
    if segment is not None:
        where, parameters = f"{where} AND {_MATCH}", (key, segment, segment, segment)
    return _read(start, f"SELECT segment, entered_at, exited_at FROM segdsl_history WHERE {where} "
                 "ORDER BY entered_at, segment", parameters, MOVES_SCHEMA)
