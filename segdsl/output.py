"""Output shapes for `eval`: wide (a column per segment) or long (a row per membership)."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl


def long_format(frame: pl.DataFrame, key: str, segments: Sequence[str], segmentations: Sequence[str]) -> pl.DataFrame:
    """(key, segment) rows for every membership; segmentation labels appear as `name=label`."""
    parts = [
        frame.filter(pl.col(segment)).select(key, pl.lit(segment).alias("segment"))
        for segment in segments
    ]
    parts += [
        frame.filter(pl.col(name).is_not_null()).select(key, (pl.lit(f"{name}=") + pl.col(name)).alias("segment"))
        for name in segmentations
    ]
    if not parts:
        return pl.DataFrame(schema={key: frame.schema[key], "segment": pl.String})
    return pl.concat(parts)
