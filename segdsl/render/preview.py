"""Rich tables for `segdsl preview`: segment sizes with bars, label distributions, samples."""

from __future__ import annotations

import datetime as dt

import polars as pl
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

BAR_WIDTH = 24


def _bar(share: float) -> str:
    filled = share * BAR_WIDTH
    whole = int(filled)
    return "█" * whole + ("▌" if filled - whole >= 0.5 else "")


def segment_sizes(frame: pl.DataFrame, segments: list[str]) -> Table:
    total = frame.height
    table = Table(title=f"Segments ({total:,} customers)", title_justify="left")
    table.add_column("segment")
    table.add_column("members", justify="right")
    table.add_column("share", justify="right")
    table.add_column("", no_wrap=True)
    counts = frame.select(pl.col(s).sum() for s in segments).row(0) if segments else ()
    for name, count in zip(segments, counts):
        share = count / total if total else 0.0
        table.add_row(name, f"{count:,}", f"{share:.1%}", _bar(share))
    return table


def label_distribution(frame: pl.DataFrame, segmentation: str) -> Table:
    total = frame.height
    counts = (
        frame.group_by(segmentation).len().sort(["len", segmentation], descending=[True, False], nulls_last=True).rows()
    )
    table = Table(title=f"Segmentation {segmentation}", title_justify="left")
    table.add_column("label")
    table.add_column("customers", justify="right")
    table.add_column("share", justify="right")
    table.add_column("", no_wrap=True)
    for label, count in counts:
        share = count / total if total else 0.0
        table.add_row("(no label)" if label is None else str(label), f"{count:,}", f"{share:.1%}", _bar(share))
    return table


def cluster_profile_table(model_name: str, profile: pl.DataFrame, population: dict[str, float | None]) -> Table:
    """One column per cluster, one row per numeric feature: the cluster's mean and, in brackets,
    its index (100 × cluster mean / everyone's mean): what marketers read to name personas."""
    features = [c.removesuffix("_mean") for c in profile.columns if c.endswith("_mean")]
    table = Table(title=f"Clusters of {model_name}: mean (index, 100 = all customers)", title_justify="left")
    table.add_column("feature")
    table.add_column("all", justify="right")
    rows = list(profile.iter_rows(named=True))
    for row in rows:
        heading = str(row["cluster"]) + ("" if row["name"] is None else f" {row['name']}")
        table.add_column(heading, justify="right")
    table.add_row("customers", f"{sum(r['size'] for r in rows):,}", *(f"{r['size']:,} ({r['share']:.0%})" for r in rows))
    for feature in features:
        cells = [_mean_and_index(r[f"{feature}_mean"], r[f"{feature}_index"]) for r in rows]
        table.add_row(feature, _mean_and_index(population.get(feature), None), *cells)
    return table


def _mean_and_index(mean: float | None, index: float | None) -> str:
    if mean is None:
        return ""
    text = f"{mean:,.0f}" if abs(mean) >= 100 else f"{mean:.1f}"
    return text + ("" if index is None else f" ({index:.0f})")


def sample_members(frame: pl.DataFrame, key: str, segment: str, limit: int) -> Table:
    members = frame.filter(pl.col(segment)).sort(key, nulls_last=True).head(limit)  # by key: never by file order
    table = Table(title=f"Sample of {segment} (first {min(limit, members.height)})", title_justify="left")
    columns = [c for c in members.columns if c not in _boolean_columns(members) or c == key]
    for column in columns:
        table.add_column(column)
    for row in members.select(columns).iter_rows():
        table.add_row(*(str(v) if name == key and v is not None else human(v) for name, v in zip(columns, row)))
    return table


def human(value: object) -> str:
    """Numbers rounded for people: thousands separated, at most two decimals (none from 10,000)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        text = f"{value:,.0f}" if abs(value) >= 10_000 else f"{value:,.2f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def fit(table: Table, console: Console) -> RenderableType:
    """The table as is when it fits the console's width; else one block per row, one line per
    column ("name  value"), wrapped rather than cut: a pipe or a narrow terminal never shows a
    column squeezed to `…`."""
    natural = console.measure(table, options=console.options.update_width(1_000_000)).maximum
    if natural <= console.width:
        return table
    headers = [str(column.header) for column in table.columns]
    cells = [list(column.cells) for column in table.columns]
    blocks: list[RenderableType] = [Text(str(table.title or ""), style="italic")] if table.title else []
    for index in range(table.row_count):
        blocks.append(Text(f"─ {headers[0]} {cells[0][index]}".rstrip(), style="bold", overflow="fold"))
        record = Table.grid(padding=(0, 2))
        record.add_column(overflow="fold")
        record.add_column(overflow="fold")
        for header, column in zip(headers[1:], cells[1:]):
            record.add_row(f"  {header or ' '}", column[index])
        blocks.append(record)
    return Group(*blocks)


def _boolean_columns(frame: pl.DataFrame) -> set[str]:
    return {name for name, dtype in frame.schema.items() if dtype == pl.Boolean}
