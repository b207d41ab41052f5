"""Reading tables lazily by format, and writing data frames atomically (see `segdsl.atomic`)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from segdsl.atomic import write_atomic
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.schema import data_format

OUTPUT_FORMATS = ("parquet", "csv", "ndjson")
_SAMPLE_ROWS = 1000


def ndjson_temporal_columns(path: Path) -> dict[str, pl.DataType]:
    """JSON has no date type: text columns whose sampled values all parse as ISO dates or
    datetimes are read as such (as CSV's `try_parse_dates` does)."""
    sample = pl.read_ndjson(path, n_rows=_SAMPLE_ROWS)
    found: dict[str, pl.DataType] = {}
    for name, dtype in sample.schema.items():
        if dtype != pl.String:
            continue
        values = sample[name].drop_nulls()
        if values.is_empty():
            continue
        for target, parse in ((pl.Date(), values.str.to_date), (pl.Datetime("us"), values.str.to_datetime)):
            try:
                parse(strict=True)
            except pl.exceptions.PolarsError:
                continue
            found[name] = target
            break
    return found


def scan(path: Path) -> pl.LazyFrame:
    """A data file as a LazyFrame in which NaN and +-infinity in float columns are missing
    (README "Semantics": the same on every engine, so every aggregation sees them as missing)."""
    return _finite(_scan(path))


def _finite(lazy: pl.LazyFrame) -> pl.LazyFrame:
    floats = [name for name, dtype in lazy.collect_schema().items() if dtype.is_float()]
    if not floats:
        return lazy
    return lazy.with_columns(pl.when(pl.col(name).is_finite()).then(pl.col(name)).alias(name) for name in floats)


def _scan(path: Path) -> pl.LazyFrame:
    fmt = data_format(path)
    if fmt == "parquet":
        return pl.scan_parquet(path)
    if fmt == "csv":
        return pl.scan_csv(path, try_parse_dates=True)
    if fmt == "ndjson":
        return pl.scan_ndjson(path, schema_overrides=ndjson_temporal_columns(path))
    raise DiagnosticError([Diagnostic("E307", f"unsupported data file type `{path.suffix}`", file=str(path),
                                      hints=("use a .parquet, .csv or .ndjson file",))])


def output_format(path: Path) -> str:
    fmt = data_format(path)
    if fmt is None:
        raise DiagnosticError([Diagnostic("E307", f"cannot write `{path.name}`: unknown output format", file=str(path),
                                          hints=("name the output .parquet, .csv or .ndjson",))])
    return fmt


def write_frame(frame: pl.DataFrame, path: Path) -> None:
    fmt = output_format(path)
    writers = {
        "parquet": lambda tmp: frame.write_parquet(tmp),
        "csv": lambda tmp: frame.write_csv(tmp),
        "ndjson": lambda tmp: frame.write_ndjson(tmp),
    }
    write_atomic(path, writers[fmt])
