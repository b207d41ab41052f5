"""Checks on the data itself before evaluation: corrupt or ragged files, empty tables, missing or
duplicate keys, dates outside the plausible calendar.

The checker only sees schemas; these problems need the rows. Each table costs one query over
the columns the plan reads (plus one over the raw lines of a CSV file), so a bad file is reported
with its file, row and value instead of failing somewhere inside the plan or, worse, giving
wrong answers. NaN and infinities need no check: `segdsl.io.scan` reads them as missing.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.io import scan
from segdsl.schema import data_format

# Dates outside this range are sentinels ("0001-01-01" for unknown, "9999-12-31" for never) or
# typos, never real customer events: README "Data checks".
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2999, 12, 31)
_ROW = "__segdsl_row"


def validate_inputs(plan: ir.Plan) -> None:
    problems: list[Diagnostic] = []
    problems += _check_table(plan.customers, plan.customers.key, unique=True, code="E304")
    for events in plan.events:
        problems += _check_table(events, events.key, unique=False, code="E304")
    for enrichment in plan.enrichments:
        problems += _check_table(enrichment, "domain", unique=True, code="E502", normalise=True)
    if problems:
        raise DiagnosticError(problems)


def unreadable_data(table: ir.Table, error: Exception) -> Diagnostic:
    """A declared data file that cannot be read: a problem in the data (exit 1), unlike a file
    named on the command line (exit 2); README "Exit codes"."""
    text = str(error).strip()
    first_line = text.splitlines()[0] if text else type(error).__name__
    return Diagnostic(
        "E312", f"cannot read {table.path} (table `{table.name}`): {first_line}", file=str(table.path),
        hints=("check that the file is complete, UTF-8 if it is text, in the format its extension says, "
               "and that its columns have the types the other tables expect",),
    )


def _check_table(table: ir.Table, key: str, *, unique: bool, code: str, normalise: bool = False) -> list[Diagnostic]:
    try:
        problems = _ragged_rows(table) if data_format(table.path) == "csv" else []
        if problems:
            return problems
        return _check_rows(table, key, unique=unique, code=code, normalise=normalise)
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as error:
        return [unreadable_data(table, error)]


def _check_rows(table: ir.Table, key: str, *, unique: bool, code: str, normalise: bool) -> list[Diagnostic]:
    column = pl.col(key)
    if normalise:
        from segdsl.domains import normalise_domains

        column = column.map_batches(normalise_domains, return_dtype=pl.String)
    lazy = scan(table.path)
    schema = lazy.collect_schema()
    dates = [c for c in table.columns if c in schema and schema[c] in (pl.Date, pl.Datetime) or
             (c in schema and isinstance(schema[c], pl.Datetime))]
    source = lazy.with_row_index(_ROW, offset=1).select(_ROW, column.alias(key), *dates)
    stats = [pl.len().alias("rows")]
    if unique:
        stats += [pl.col(key).n_unique().alias("distinct"), pl.col(key).count().alias("present")]
    stats += [((pl.col(d).dt.date() < EARLIEST) | (pl.col(d).dt.date() > LATEST)).sum().alias(d) for d in dates]
    row = source.select(stats).collect().row(0, named=True)
    rows = row["rows"]
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the file, or the export that produced it",))]
    problems: list[Diagnostic] = []
    if unique and row["present"] < rows:  # a customer without a key can be nobody's row
        missing = rows - row["present"]
        first = source.filter(pl.col(key).is_null()).select(pl.col(_ROW).first()).collect().item()
        problems.append(Diagnostic(
            "E309", f"{table.name}: {missing:,} row{'s have' if missing != 1 else ' has'} no `{key}` (first: row {first} of {table.path})",
            file=str(table.path), hints=(f"every row of {table.path.name} needs a key; drop or fix those rows",),
        ))
    if unique:
        duplicates = row["present"] - (row["distinct"] - (row["present"] < rows))  # n_unique counts missing once
        if duplicates:
            example = source.filter(pl.col(key).is_duplicated() & pl.col(key).is_not_null()).select(pl.col(key).first()).collect().item()
            what = "domain" if normalise else f"key `{key}`"
            problems.append(Diagnostic(
                code, f"{table.name}: {duplicates} row{'s repeat' if duplicates != 1 else ' repeats'} a {what} (e.g. {example!r})",
                file=str(table.path), hints=(f"each {what} must appear once in {table.path.name}; deduplicate it first",)))
    for name in dates:
        if row[name]:
            outside = (pl.col(name).dt.date() < EARLIEST) | (pl.col(name).dt.date() > LATEST)
            first_row, value = source.filter(outside).select(_ROW, name).head(1).collect().row(0)
            problems.append(Diagnostic(
                "E311", f"{table.name}: {row[name]:,} value{'s' if row[name] != 1 else ''} of `{name}` outside "
                        f"{EARLIEST} to {LATEST} (first: row {first_row} of {table.path}, {value})",
                file=str(table.path),
                hints=("dates such as 0001-01-01 or 9999-12-31 usually stand for 'unknown' or 'never': "
                       "store a missing value instead",),
            ))
    return problems


def _ragged_rows(table: ir.Table) -> list[Diagnostic]:
    """CSV rows with more or fewer fields than the header (Polars would fail on some columns
    and silently fill others with missing values). Fields are counted outside double quotes,
    line by line; a quoted field spanning lines is not supported (README "Data checks")."""
    lines = pl.scan_csv(table.path, has_header=False, separator="\x1f", quote_char=None,
                        new_columns=["line"], schema_overrides={"line": pl.String}, infer_schema=False)
    fields = (pl.col("line").str.replace_all(r'"(?:[^"]|"")*"', "").str.count_matches(",") + 1)
    counted = lines.with_row_index("line_number", offset=1).with_columns(fields.alias("fields"))
    counted = counted.filter(pl.col("line").str.strip_chars().str.len_chars() > 0)
    header = counted.select(pl.col("fields").first()).collect().item()
    if header is None:
        return []
    bad = counted.filter((pl.col("fields") != header) & (pl.col("line_number") > 1))
    found = bad.select(pl.len().alias("n"), pl.col("line_number").first().alias("at"),
                       pl.col("fields").first().alias("fields"), pl.col("line").first().alias("line")).collect().row(0, named=True)
    if not found["n"]:
        return []
    more = "more" if found["fields"] > header else "fewer"
    return [Diagnostic(
        "E310", f"{table.name}: {found['n']:,} line{'s have' if found['n'] != 1 else ' has'} a different number of fields "
                f"than the header's {header} (first: line {found['at']} of {table.path} has {found['fields']}, {more}: "
                f"{found['line'][:80]!r})",
        file=str(table.path), hints=("a value with a comma must be quoted (\"a, b\"); check the export that produced the file",),
    )]
