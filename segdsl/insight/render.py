"""Tables of outcomes as text (Rich), Markdown or JSON. Formatting only: numbers come computed."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
from rich.table import Table

PERCENT_COLUMNS = {"share", "share_of_row", "jaccard", "progress", "eta_squared", "relative_lift", "relative_low", "relative_high"}


def cell(column: str, value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if column in PERCENT_COLUMNS:
            return f"{value:.1%}"
        if column == "p_value":
            return f"{value:.4f}"
        return f"{value:,.2f}" if abs(value) >= 100 or value == int(value) else f"{value:,.4g}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def rich_table(frame: pl.DataFrame, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column, dtype in frame.schema.items():
        table.add_column(column, justify="right" if dtype.is_numeric() else "left")
    for row in frame.iter_rows(named=True):
        table.add_row(*(cell(c, v) for c, v in row.items()))
    return table


def markdown_table(frame: pl.DataFrame, title: str) -> str:
    lines = [f"### {title}", "", "| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    for row in frame.iter_rows(named=True):
        lines.append("| " + " | ".join(cell(c, v).replace("|", "\\|") for c, v in row.items()) + " |")
    return "\n".join(lines) + "\n"


def json_rows(frame: pl.DataFrame) -> list[dict]:
    return [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()} for row in frame.iter_rows(named=True)]


def dump_json(document: dict) -> str:
    return json.dumps(document, indent=2, default=str) + "\n"
