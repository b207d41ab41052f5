"""DuckDB: reads the same Parquet, CSV and NDJSON files itself (read_parquet, read_csv,
read_ndjson: no extension needed), in process, with Arrow between DuckDB and Polars.

Larger than memory: DuckDB spills its joins, aggregations and sorts to `temp_directory` once
`memory_limit` is reached. Both come from `[tool.segdsl.duckdb]` (or the environment variables
SEGDSL_DUCKDB_MEMORY_LIMIT / SEGDSL_DUCKDB_TEMP_DIRECTORY), see README "Engines".
"""

from __future__ import annotations

import os
from itertools import count

import polars as pl
from sqlglot import exp

from segdsl import ir
from segdsl.engines.sql_engine import SqlEngine
from segdsl.extras import require_module
from segdsl.schema import data_format

_READERS = {"parquet": "read_parquet", "csv": "read_csv", "ndjson": "read_ndjson"}


class DuckDBEngine(SqlEngine):
    name = "duckdb"
    dialect = "duckdb"

    def __init__(self, memory_limit: str | None = None, temp_directory: str | None = None, threads: int | None = None):
        duckdb = require_module("duckdb", "duckdb")
        config: dict[str, str] = {}
        memory_limit = memory_limit or os.environ.get("SEGDSL_DUCKDB_MEMORY_LIMIT")
        temp_directory = temp_directory or os.environ.get("SEGDSL_DUCKDB_TEMP_DIRECTORY")
        if memory_limit:
            config["memory_limit"] = memory_limit
            config["preserve_insertion_order"] = "false"  # lets DuckDB stream and spill (row order is never promised)
        if temp_directory:
            config["temp_directory"] = temp_directory
        if threads:
            config["threads"] = str(threads)
        self.connection = duckdb.connect(config=config)
        self.connection.execute("SET TimeZone = 'UTC'") if _has_icu(self.connection) else None
        self._names = count()

    def file_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        reader = _READERS[data_format(table.path) or "parquet"]
        return exp.Table(this=exp.Anonymous(this=reader, expressions=[exp.Literal.string(str(table.path))]))

    def frame_relation(self, name: str, frame: pl.DataFrame) -> exp.Expression:
        view = f"__segdsl_frame_{next(self._names)}"
        self.connection.register(view, frame.to_arrow())
        return exp.to_table(view, quoted=True)

    def run(self, sql: str) -> pl.DataFrame:
        return pl.from_arrow(self.connection.sql(sql).to_arrow_table())  # type: ignore[return-value]

    def explain_sql(self, sql: str) -> str:
        rows = self.connection.execute("EXPLAIN " + sql).fetchall()
        return "\n".join(str(row[-1]) for row in rows)

    def close(self) -> None:
        self.connection.close()


def _has_icu(connection) -> bool:  # noqa: ANN001
    """Time zones need DuckDB's ICU extension (built into most wheels); without it DuckDB is UTC."""
    try:
        return bool(connection.execute("SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'icu' AND loaded").fetchone()[0])
    except Exception:  # noqa: BLE001
        return False
