"""Running the Polars plan with its input checks in the same pass.

The checks (empty customer table, duplicate keys, unreadable files: `segdsl.datacheck`) and the
plan are collected together with `pl.collect_all`, so they run in parallel instead of as a
separate pass first. Their results are read before the output is returned, or before the file
written by `sink_checked` is moved into place: a bad input still ends in a diagnostic with no
output. When the collection itself fails, the checks run alone to name the table at fault.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from segdsl import ir
from segdsl.datacheck import check_results, planned_checks, validate_inputs
from segdsl.diagnostics import Diagnostic, DiagnosticError


def evaluation_error(error: Exception) -> Diagnostic:
    text = str(error).strip().splitlines()
    return Diagnostic(
        "E308", f"evaluation failed: {text[0] if text else type(error).__name__}",
        hints=("check that the data files match the declared tables (column types, key types)",),
    )


def _run(plan: ir.Plan, query: pl.LazyFrame) -> pl.DataFrame:
    checks, problems = planned_checks(plan)
    if problems:
        raise DiagnosticError(problems)
    try:
        result, *stats = pl.collect_all([query, *(c.stats for c in checks)])
    except (pl.exceptions.PolarsError, OSError) as error:
        validate_inputs(plan)  # raises with the table that cannot be read, if one cannot
        raise DiagnosticError([evaluation_error(error)]) from None
    problems = check_results(checks, stats)
    if problems:
        raise DiagnosticError(problems)
    return result


def collect_checked(plan: ir.Plan, lazy: pl.LazyFrame) -> pl.DataFrame:
    return _run(plan, lazy)


_SINKS = {
    "parquet": pl.LazyFrame.sink_parquet,
    "csv": pl.LazyFrame.sink_csv,
    "ndjson": pl.LazyFrame.sink_ndjson,
}


def sink_checked(plan: ir.Plan, lazy: pl.LazyFrame, out: Path) -> int:
    """Stream the result into `out` (atomically: a temporary file renamed when every check
    passed) and return its row count."""
    from segdsl.atomic import write_atomic
    from segdsl.io import output_format

    sink = _SINKS[output_format(out)]
    rows = 0

    def write(temporary: Path) -> None:  # write_atomic removes the temporary file on any failure
        nonlocal rows
        _run(plan, sink(lazy, temporary, lazy=True))
        rows = _row_count(temporary, output_format(out))

    write_atomic(out, write)
    return rows


def _row_count(path: Path, fmt: str) -> int:
    if fmt == "parquet":
        return pl.scan_parquet(path).select(pl.len()).collect().item()  # from the footer
    if fmt == "csv":
        return pl.scan_csv(path).select(pl.len()).collect().item()
    return pl.scan_ndjson(path).select(pl.len()).collect().item()
