"""The history and erasure commands' output as text, Markdown or JSON. Formatting only."""

from __future__ import annotations

import polars as pl

from segdsl.activation.erasure import ErasureReport

FORMATS = ("text", "json", "markdown")


def history_document(segment: str, sizes: pl.DataFrame, moves: pl.DataFrame | None, customer: str | None,
                     fmt: str) -> str:
    from segdsl.insight.render import dump_json, json_rows, markdown_table

    if fmt == "json":
        document: dict = {"segment": segment, "snapshots": json_rows(sizes)}
        if moves is not None:
            document["customer"] = {"key": customer, "moves": json_rows(moves)}
        return dump_json(document)
    sections = [(f"{segment}: sizes over time", sizes)]
    if moves is not None:
        sections.append((f"customer {customer} in {segment}", moves))
    if fmt == "markdown":
        return "\n".join(markdown_table(frame, title) for title, frame in sections)
    from io import StringIO

    from rich.console import Console

    from segdsl.insight.render import rich_table

    buffer = StringIO()
    console = Console(file=buffer, width=100, no_color=True, highlight=False)
    for title, frame in sections:
        if frame.height:
            console.print(rich_table(frame, title))
        else:
            console.print(f"{title}: nothing recorded")
    return buffer.getvalue()


def erasure_text(report: ErasureReport, what: str) -> str:
    lines = [f"{what}:"] if report.removals else []
    for removal in report.removals:
        note = f" ({removal.note})" if removal.note else ""
        lines.append(f"  {removal.where}, table {removal.table}: {removal.rows} rows removed{note}")
    if not report.removals and not report.problems:
        lines.append("no history store or destination table exists here: nothing to remove")
    return "\n".join(lines) + "\n"
