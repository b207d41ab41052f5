"""The commands with a module of their own, added to the Typer app by `segdsl.cli.full_app` only
when the command line needs them (`segdsl eval` and the other commands of `segdsl.cli` do not).
Each module imports only Typer and light helpers; heavy imports stay inside the command body."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from segdsl.diagnostics import DiagnosticError


def register_commands(app: typer.Typer) -> None:
    """In the order `segdsl --help` lists them, after validate, eval, preview and explain."""
    from segdsl.audit.command import audit_command
    from segdsl.diffing.command import diff_command
    from segdsl.engines.commands import compile_command
    from segdsl.formatting.command import fmt_command
    from segdsl.sources.command import load_example_db_command
    from segdsl.models.command import models_command
    from segdsl.models.train_command import train_command
    from segdsl.lsp.command import lsp_command
    from segdsl.testing.command import test_command

    app.command("schema")(schema_command)
    app.command("demo")(demo_command)
    app.command("fmt")(fmt_command)
    app.command("test")(test_command)
    app.command("diff")(diff_command)
    app.command("audit")(audit_command)
    app.command("compile")(compile_command)
    app.command("load-example-db")(load_example_db_command)
    app.command("train")(train_command)
    app.command("models")(models_command)
    from segdsl.insight.command import experiment_command, goals_command, kpis_command
    from segdsl.report.command import report_command

    app.command("kpis")(kpis_command)
    app.command("goals")(goals_command)
    app.command("experiment")(experiment_command)
    app.command("report")(report_command)
    app.command("lsp")(lsp_command)
    from segdsl.activation.forget_command import forget_command
    from segdsl.activation.history_command import history_command
    from segdsl.activation.snapshot_command import snapshot_command
    from segdsl.exports.command import export_command

    app.command("export")(export_command)
    app.command("snapshot")(snapshot_command)
    app.command("history")(history_command)
    app.command("forget")(forget_command)
    try:
        from segdsl_enrich.command import enrich_command
    except ImportError:
        return
    app.command("enrich")(enrich_command)


def schema_command(
    datafiles: Annotated[list[Path], typer.Argument(help="Data files (.parquet, .csv, .ndjson).")],
    categories: Annotated[bool, typer.Option("--categories/--no-categories", help="Record the values of low-cardinality text columns (reads those columns once).")] = True,
) -> None:
    """Print a schema file for `validate --schema`: column types from the files' metadata, and the
    values of low-cardinality text columns as categories (for W109 in CI)."""
    import json

    from segdsl.cli import fail
    from segdsl.schema import read_table_schema, schema_document, with_observed_categories

    try:
        tables = [read_table_schema(path) for path in datafiles]
        if categories:
            tables = [with_observed_categories(table, path) for table, path in zip(tables, datafiles)]
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    sys.stdout.write(json.dumps(schema_document(tables), indent=2) + "\n")


def demo_command(
    examples: Annotated[Path, typer.Argument(help="The example project's folder; when it holds no .seg file, the bundled example project is written there first.")] = Path("examples"),
    customers: Annotated[int, typer.Option("--customers", min=10, help="How many customers to generate.")] = 5000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the data generator.")] = 7,
) -> None:
    """Write the example project (in an empty folder), generate its data, enrich, train, validate, test, audit, evaluate and preview. Exit 1 when any step fails."""
    from segdsl.cli import stdout
    from segdsl.demo import run_demo

    raise typer.Exit(run_demo(examples, customers=customers, seed=seed, console=stdout()))
