"""`segdsl report FILE --out report.html`: one self-contained HTML page that opens offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.diagnostics import DiagnosticError


def report_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write (atomically).")] = Path("report.html"),
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="As of this date (YYYY-MM-DD).")] = None,
    history: Annotated[str, typer.Option("--history", help="History span for the lines, e.g. `12 months`; `none` for no history.")] = "12 months",
    audit: Annotated[Optional[Path], typer.Option("--audit", help="Add the summary of `segdsl audit FILE --format json` saved in this file.")] = None,
    trust_pickle: Annotated[bool, typer.Option("--trust-pickle", help="Allow loading pickle/joblib model files.")] = False,
) -> None:
    """Charts of segment sizes, measures, overlap, labels, history, goals, experiments and cluster profiles, each with its numbers in a table; scripts and styles inlined (no network)."""
    from segdsl.atomic import write_atomic
    from segdsl.cli import EXIT_USAGE, fail, load_definition, stderr
    from segdsl.extras import require_module
    from segdsl.insight.history import parse_span
    from segdsl.report.build import build_page
    from segdsl.report.html import render_page

    span = None if history == "none" else parse_span(history)
    if history != "none" and span is None:
        stderr().print(f"error: --history takes a count and a unit such as `12 months` (or `none`), not {history!r}")
        raise typer.Exit(EXIT_USAGE)
    definition = load_definition(path)
    try:
        offline = require_module("plotly.offline", "report")
        page = build_page(definition, definition.resolve_as_of(as_of), span, trust_pickle, audit)
        document = render_page(page, offline.get_plotlyjs())
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    write_atomic(out, lambda temporary: temporary.write_text(document, encoding="utf-8"))
    stderr().print(f"wrote {out} ({len(page.charts)} charts)")
