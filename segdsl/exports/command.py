"""`segdsl export FILE [NAME]`: run one or every export the definition declares.

Exit codes (README "Exit codes"): 0 every export written; 1 an export failed (nothing half
written: the others still ran) or the definition has errors; 2 usage (no export of that name,
a file that cannot be read, a missing extra).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.cli import AsOfOption, EngineOption


def export_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    name: Annotated[Optional[str], typer.Argument(help="The export to run; default: every export of the file.")] = None,
    as_of: AsOfOption = None,
    engine: EngineOption = None,
) -> None:
    """Send segment members to the declared destinations (files, CRM imports, ad-platform lists, PostgreSQL): only rows whose consent rule holds, only the declared columns, written atomically; prints the counts exported and dropped."""
    from segdsl import cli
    from segdsl.diagnostics import DiagnosticError, available, suggest
    from segdsl.exports.run import run_exports

    definition = cli.load_definition(path)
    declared = [e.name for e in definition.ir.exports]
    if not declared:
        cli.stderr().print(f"error: {path} declares no export (see README \"Exports\")")
        raise typer.Exit(cli.EXIT_USAGE)
    if name is not None and name not in declared:
        guess = suggest(name, declared)
        cli.stderr().print(f"error: no export `{name}`" + (f"; did you mean `{guess[0]}`?" if guess else "") + f" ({available(declared)})")
        raise typer.Exit(cli.EXIT_USAGE)
    try:
        when = definition.resolve_as_of(as_of)
        with cli.engine_for(engine, path):
            results, problems = run_exports(definition, (name,) if name else (), when)
    except DiagnosticError as error:
        raise cli.fail(error.diagnostics) from None
    console = cli.stderr()
    for result in results:
        console.print(f"{result.name}: {result.exported:,} exported to {result.destination} "
                      f"({result.members:,} members; {result.dropped_consent:,} dropped for consent; "
                      f"{result.dropped_identifier:,} dropped for a missing identifier)", markup=False)
    _record_history(definition, results, when, console)
    if problems:
        raise cli.fail(problems)


def _record_history(definition, results, as_of, console) -> None:  # noqa: ANN001 - api/Rich objects
    """Each written export's audience goes to the membership history as `export:NAME`, scoped to
    that name alone (an export that became empty closes its members' rows, and the segments'
    own snapshots are left alone). A history that cannot be written is an error after the
    files were written: exit 1, the files stay."""
    import polars as pl

    from segdsl import cli
    from segdsl.activation.history import record_snapshot
    from segdsl.diagnostics import DiagnosticError

    key = definition.key
    for result in results:
        name = f"export:{result.name}"
        memberships = result.frame.select(pl.col(key).cast(pl.String).alias("customer_key"),
                                          pl.lit(name).alias("segment"))
        try:
            summary = record_snapshot(definition.path.parent, as_of, memberships, segments={name})
        except DiagnosticError as error:
            raise cli.fail(error.diagnostics) from None
        console.print(f"{name}: history as of {summary.as_of.isoformat()} in the {summary.store} "
                      f"({summary.entered:,} entered, {summary.exited:,} exited)", markup=False)
