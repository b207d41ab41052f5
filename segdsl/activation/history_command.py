"""`segdsl history SEGMENT`: a segment's (or a segmentation's labels') sizes at each recorded
snapshot, with entries and exits, and with --customer that customer's stays."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.diagnostics import DiagnosticError

ProjectOption = Annotated[Path, typer.Option("--project", help="The project folder (default: the one holding the current folder: the nearest segdsl.toml or pyproject.toml with [tool.segdsl]).")]


def history_command(
    segment: Annotated[str, typer.Argument(help="A segment, a label (`lifecycle=active`) or a segmentation (all its labels).")],
    customer: Annotated[Optional[str], typer.Option("--customer", help="Also show this customer's entries and exits.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format: text, json or markdown.")] = "text",
    project: ProjectOption = Path("."),
) -> None:
    """Sizes over time from the membership history: per snapshot date the members, entered and exited."""
    import sys

    from segdsl.activation.queries import customer_moves, segment_sizes
    from segdsl.activation.render import FORMATS, history_document
    from segdsl.cli import EXIT_USAGE, fail, stderr

    if fmt not in FORMATS:
        stderr().print(f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        sizes = segment_sizes(project, segment)
        moves = customer_moves(project, customer, segment) if customer is not None else None
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    sys.stdout.write(history_document(segment, sizes, moves, customer, fmt))
