"""Loading data files into a connection's database (ADBC bulk ingest: PostgreSQL COPY), so the
bundled examples can run against a real server: `segdsl load-example-db`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.sources.catalogue import split_table_name
from segdsl.sources.connections import Connection
from segdsl.sources.driver import open_connection, query_failure


def load_tables(connection: Connection, tables: Mapping[str, Path]) -> dict[str, int]:
    """Replace each qualified table (`schema.table`) with a data file's rows; returns row counts.
    The schema is created when missing. Column types follow the file's (Arrow) types."""
    import pyarrow.parquet as pq
    import polars as pl
    from sqlglot import exp

    from segdsl.io import scan

    loaded: dict[str, int] = {}
    with open_connection(connection) as handle:
        for qualified, path in tables.items():
            if not path.is_file():
                raise DiagnosticError([Diagnostic("E301", f"data file not found: {path}", file=str(path),
                                                  hints=("generate the example data first: `segdsl demo` or `python -m segdsl.datagen`",))])
            schema, table = split_table_name(qualified)
            data = pq.read_table(path) if path.suffix == ".parquet" else scan(path).collect().to_arrow()
            create = exp.Create(this=exp.to_identifier(schema, quoted=True), kind="SCHEMA", exists=True)
            try:
                with handle.cursor() as cursor:
                    cursor.execute(create.sql(dialect="postgres"))
                    count = cursor.adbc_ingest(table, data, mode="replace", db_schema_name=schema)
                    # planner statistics for the fresh table (the identifier is quoted by sqlglot)
                    cursor.execute("ANALYZE " + exp.table_(table, db=schema, quoted=True).sql(dialect="postgres"))
            except Exception as error:  # noqa: BLE001
                raise query_failure(connection, error, f'loading "{qualified}"') from None
            loaded[qualified] = count if count >= 0 else pl.scan_parquet(path).select(pl.len()).collect().item()
    return loaded
