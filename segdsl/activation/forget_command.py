"""`segdsl forget KEY...`: erase customers from every membership state segdsl keeps (GDPR art.
17), or with --expired, apply the retention period now."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.activation.history_command import ProjectOption
from segdsl.diagnostics import DiagnosticError


def forget_command(
    keys: Annotated[Optional[list[str]], typer.Argument(help="Customer keys to erase.")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    expired: Annotated[bool, typer.Option("--expired", help="Instead of customers, drop history whose exit is older than retention_months ([tool.segdsl.history]).")] = False,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="With --expired: count the retention period back from this date (default: today).")] = None,
    project: ProjectOption = Path("."),
) -> None:
    """Remove customers from the history stores and from the PostgreSQL tables segdsl wrote, and report what was removed where. Exit 1 when some place could not be cleaned."""
    import sys

    from segdsl.activation.erasure import expire_history, forget
    from segdsl.activation.render import erasure_text
    from segdsl.api import parse_as_of, today_utc
    from segdsl.cli import EXIT_PROBLEMS, EXIT_USAGE, fail, report, stderr

    if bool(keys) == expired:
        stderr().print("error: give customer keys, or --expired (not both)")
        raise typer.Exit(EXIT_USAGE)
    if keys and not yes:
        if not sys.stdin.isatty():
            stderr().print("error: forget erases data for good; confirm with --yes")
            raise typer.Exit(EXIT_USAGE)
        typer.confirm(f"Erase {len(keys)} customers from the history and the tables segdsl wrote?", abort=True)
    try:
        date = parse_as_of(as_of) or today_utc()
        result = forget(project, keys) if keys else expire_history(project, date)
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    what = f"erased {len(set(keys))} customers" if keys else f"history older than the retention period before {date.isoformat()}"
    sys.stdout.write(erasure_text(result, what))
    if result.problems:
        report(result.problems)
        raise typer.Exit(EXIT_PROBLEMS)
