"""Rich tables for `segdsl preview`: segment sizes with bars, label distributions, samples."""

from __future__ import annotations

import polars as pl
from rich.table import Table

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
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def _boolean_columns(frame: pl.DataFrame) -> set[str]:
    return {name for name, dtype in frame.schema.items() if dtype == pl.Boolean}
