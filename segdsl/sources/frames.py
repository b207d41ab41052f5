"""A declared table as a Polars LazyFrame, whatever its source: a file is scanned lazily (Polars
pushes the selection and the filter into the scan); a connection's table is read through the
ADBC reader with the same columns and window pushed into its SQL."""

from __future__ import annotations

import polars as pl

from segdsl.io import scan
from segdsl.ir import DatabaseTable, TableSource
from segdsl.sources.query import TimeWindow


def table_frame(source: TableSource, columns: tuple[str, ...], window: TimeWindow | None = None) -> pl.LazyFrame:
    """The table's `columns`; for a database table only rows in `window` are sent (the caller
    still applies its own filter: the window is an optimisation, never the semantics)."""
    if isinstance(source, DatabaseTable):
        from segdsl.sources.reader import scan_table

        return scan_table(source, columns, window)
    return scan(source).select(columns)
