"""`segdsl load-example-db`: the example tables into a PostgreSQL database, for the engines and
for definitions that read tables from a connection."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

DEFAULT_SCHEMA = "segdsl_examples"


def load_example_db_command(
    connection: Annotated[str, typer.Option("--connection", help="The connection to load into (declared in segdsl.toml or pyproject.toml; the password comes from its password_env).")],
    examples: Annotated[Path, typer.Option("--examples", help="The examples folder; its data/ files are loaded.")] = Path("examples"),
    schema: Annotated[str, typer.Option("--schema", help="The database schema that receives the tables (created when missing; tables in it are replaced).")] = DEFAULT_SCHEMA,
    config: Annotated[Optional[Path], typer.Option("--config-dir", help="Where the search for the connection's declaration starts. Default: the examples folder.")] = None,
) -> None:
    """Load the example data files (examples/data/*.parquet) into SCHEMA.<file name> of a connection's database, replacing them."""
    from segdsl.cli import EXIT_USAGE, fail, stderr
    from segdsl.diagnostics import DiagnosticError
    from segdsl.sources.connections import find_connection
    from segdsl.sources.load import load_tables

    data = examples / "data"
    files = sorted(data.glob("*.parquet")) if data.is_dir() else []
    if not files:
        stderr().print(f"error: no data files in {data}; generate them first with `segdsl demo {examples}` or `python -m segdsl.datagen --out {data}`")
        raise typer.Exit(EXIT_USAGE)
    try:
        resolved = find_connection(connection, config or examples)
        loaded = load_tables(resolved, {f"{schema}.{path.stem}": path for path in files})
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    for table, rows in loaded.items():
        stderr().print(f"loaded {rows:,} rows into {table} ({resolved.display})")
