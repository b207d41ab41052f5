"""Checks on the data itself before evaluation: corrupt or ragged files, empty tables, missing or
duplicate keys, dates outside the plausible calendar.

The checker only sees schemas; these problems need the rows. `planned_checks` returns one lazy
query per table (its key, plus the date columns the plan reads) so that `Definition.evaluate`
runs them in the same `collect_all` as the plan: one pass, in parallel, no round trip first.
Their results are read before any output is returned or written, so a bad input is reported with
its file, row and value, and never produces output. Finding the first offending row costs a
second query, paid only when there is a problem. A database table is checked by the database
(counts); a CSV file's raw lines are counted first (ragged rows). NaN and infinities need no
check: `segdsl.io.scan` reads them as missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.personal import MASK, Disclosure
from segdsl.schema import data_format
from segdsl.sources.frames import table_frame

# Dates outside this range are sentinels ("0001-01-01" for unknown, "9999-12-31" for never) or
# typos, never real customer events: README "Data checks".
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2999, 12, 31)
_ROW = "__segdsl_row"


@dataclass(frozen=True)
class InputCheck:
    table: ir.Table
    key: str
    unique: bool
    code: str
    normalise: bool
    dates: tuple[str, ...]  # date and datetime columns the plan reads
    source: pl.LazyFrame  # the key column (normalised for an enrichment's domains) and the dates
    stats: pl.LazyFrame  # one row: rows, present, increasing, then one out-of-range count per date


def validate_inputs(plan: ir.Plan, keys_in_result: bool = False) -> None:
    """Run the checks on their own (engines other than Polars, and after a failed evaluation,
    to name the table that cannot be read). `keys_in_result`: the caller checks the customer
    keys on its result (`result_key_problems`, only where `keys_checked_in_result`), unless
    another problem stops the evaluation here: then they are counted now, so every problem
    is still reported at once."""
    keys_in_result = keys_in_result and keys_checked_in_result(plan)
    checks, problems = planned_checks(plan, keys_in_result)
    for check in checks:
        try:
            result = check.stats.collect()
        except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as error:
            problems.append(unreadable_data(check.table, error))
            continue
        problems += check_results([check], [result])
    if problems:
        if keys_in_result:
            problems = _database_problems(plan.customers, plan.customers.key, True, "E304") + problems
        raise DiagnosticError(problems)


def planned_checks(plan: ir.Plan, keys_in_result: bool = False) -> tuple[list[InputCheck], list[Diagnostic]]:
    """The lazy checks, and the problems already found (database tables are counted at once,
    CSV files' lines are counted for ragged rows). `keys_in_result`: leave out the customer
    table's key counts (see `validate_inputs`)."""
    checks: list[InputCheck] = []
    problems: list[Diagnostic] = []
    keys_in_result = keys_in_result and keys_checked_in_result(plan)
    specs = [] if keys_in_result else [(plan.customers, plan.customers.key, True, "E304", False)]
    specs += [(events, events.key, False, "E304", False) for events in plan.events]
    specs += [(enrichment, "domain", True, "E502", True) for enrichment in plan.enrichments]
    for table, key, unique, code, normalise in specs:
        if isinstance(table.path, ir.DatabaseTable):
            if not normalise:
                problems += _database_problems(table, key, unique, code)
                continue
        elif data_format(table.path) == "csv":
            try:
                ragged = _ragged_rows(table)
            except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as error:
                ragged = [unreadable_data(table, error)]
            if ragged:
                problems += ragged
                continue
        try:
            checks.append(_lazy_check(table, key, unique, code, normalise))
        except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as error:
            problems.append(unreadable_data(table, error))
    return checks, problems


def check_results(checks: list[InputCheck], results: list[pl.DataFrame]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    for check, result in zip(checks, results):
        row = result.row(0, named=True)
        problems += _problems(check, row)
    return problems


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


def _lazy_check(table: ir.Table, key: str, unique: bool, code: str, normalise: bool) -> InputCheck:
    column = pl.col(key)
    if normalise:
        from segdsl.domains import normalise_domains

        column = column.map_batches(normalise_domains, return_dtype=pl.String)
    raw = table_frame(table.path, tuple(c for c in table.columns if c != key) + (key,))
    schema = raw.collect_schema()
    dates = tuple(c for c in table.columns if c in schema and (schema[c] == pl.Date or isinstance(schema[c], pl.Datetime)))
    source = raw.select(column.alias(key), *dates)
    stats = [pl.len().alias("rows")]
    if unique:
        # Keys in strictly increasing order (the usual export, ordered by its primary key) are
        # distinct: a comparison with the previous row, far cheaper than counting distinct
        # values, which `_distinct` does only when the order does not prove it.
        key_type = pl.String if normalise else schema.get(key)
        ordered = key_type is not None and (key_type.is_numeric() or key_type.is_temporal() or key_type == pl.String)
        increasing = (pl.col(key) > pl.col(key).shift()).all() if ordered else pl.lit(False)
        stats += [pl.col(key).count().alias("present"), increasing.alias("increasing")]
    else:  # event tables: only their dates and that they are readable (a Parquet row count is metadata)
        stats += [pl.lit(0, pl.UInt32).alias("present"), pl.lit(False).alias("increasing")]
    if not isinstance(table.path, ir.DatabaseTable) and data_format(table.path) == "parquet":
        # A filter of its own per date column, on a plain scan (a subplan shared with the other
        # checks would be read whole): it skips every row group whose statistics (min, max) lie
        # inside the range, so a clean file's dates are not even read.
        counts = [pl.scan_parquet(table.path).filter(_outside(d, schema[d])).select(pl.len().alias(f"dates:{d}"))
                  for d in dates]
        return InputCheck(table, key, unique, code, normalise, dates, source,
                          pl.concat([source.select(stats), *counts], how="horizontal"))
    stats += [_outside(d).sum().alias(f"dates:{d}") for d in dates]  # other formats: one pass
    return InputCheck(table, key, unique, code, normalise, dates, source, source.select(stats))


def _outside(column: str, dtype: pl.DataType | None = None) -> pl.Expr:
    """The column's day is before EARLIEST or after LATEST. For a date, or a datetime without a
    time zone in ms or us, written on the raw column (what Parquet statistics can answer)."""
    raw = pl.col(column)
    if dtype == pl.Date:
        return (raw < EARLIEST) | (raw > LATEST)
    if isinstance(dtype, pl.Datetime) and dtype.time_zone is None and dtype.time_unit in ("ms", "us"):
        start, end = (pl.lit(dt.datetime.combine(day, dt.time()), dtype=dtype) for day in (EARLIEST, LATEST + dt.timedelta(days=1)))
        return (raw < start) | (raw >= end)
    day = raw.dt.date()
    return (day < EARLIEST) | (day > LATEST)


def _distinct(check: InputCheck, row: dict) -> int:
    """Distinct keys (a missing key counted as one value, as n_unique does). Increasing keys
    with none missing are all distinct (the comparison ignores the first row's missing
    predecessor, and would ignore missing keys too, hence the second condition)."""
    if row["increasing"] and row["present"] == row["rows"]:
        return row["rows"]
    return check.source.select(pl.col(check.key).n_unique()).collect().item()


def _first(check: InputCheck, condition: pl.Expr, *columns: str) -> tuple:
    """The 1-based row of the first offending value, and the values: a second query, only
    when the first found a problem."""
    return check.source.with_row_index(_ROW, offset=1).filter(condition).select(_ROW, *columns).head(1).collect().row(0)


def _problems(check: InputCheck, row: dict) -> list[Diagnostic]:
    table, key, rows = check.table, check.key, row["rows"]
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the file, or the export that produced it",))]
    problems: list[Diagnostic] = []
    if check.unique and row["present"] < rows:  # a customer without a key can be nobody's row
        missing = rows - row["present"]
        first, _ = _first(check, pl.col(key).is_null(), key)
        problems.append(Diagnostic(
            "E309", f"{table.name}: {missing:,} row{'s have' if missing != 1 else ' has'} no `{key}` (first: row {first} of {table.path})",
            file=str(table.path), hints=(f"every row of {table.path.name} needs a key; drop or fix those rows",),
        ))
    if check.unique:
        duplicates = row["present"] - (_distinct(check, row) - (row["present"] < rows))  # n_unique counts missing once
        if duplicates:
            _, example = _first(check, pl.col(key).is_duplicated() & pl.col(key).is_not_null(), key)
            problems.append(_duplicates(check, duplicates, _shown(table, key, example)))
    for name in check.dates:
        count = row[f"dates:{name}"]
        if count:
            first_row, value = _first(check, _outside(name), name)
            value = _shown(table, name, value)
            problems.append(Diagnostic(
                "E311", f"{table.name}: {count:,} value{'s' if count != 1 else ''} of `{name}` outside "
                        f"{EARLIEST} to {LATEST} (first: row {first_row} of {table.path}, {value})",
                file=str(table.path),
                hints=("dates such as 0001-01-01 or 9999-12-31 usually stand for 'unknown' or 'never': "
                       "store a missing value instead",),
            ))
    return problems


def _shown(table: ir.Table, column: str, value: object) -> object:
    """A sample value as a diagnostic may show it: never a personal column's (segdsl.personal)."""
    return Disclosure(columns=((table.name, frozenset(table.personal)),)).column_value(table.name, column, value)


def _duplicates(check: InputCheck, duplicates: int, example: object) -> Diagnostic:
    what = "domain" if check.normalise else f"key `{check.key}`"
    table = check.table
    return Diagnostic(check.code, f"{table.name}: {duplicates} row{'s repeat' if duplicates != 1 else ' repeats'} a {what}"
                      + (f" (e.g. {example if example == MASK else repr(example)})" if example is not None else ""), file=str(table.path),
                      hints=(f"each {what} must appear once in {_file_name(table)}; deduplicate it first",))


def _file_name(table: ir.Table) -> str:
    return getattr(table.path, "name", str(table.path))


def _database_problems(table: ir.Table, key: str, unique: bool, code: str) -> list[Diagnostic]:
    """Counted by the database; an event table is proven readable by its own read."""
    if not unique:
        return []
    from segdsl.sources.reader import key_counts

    rows, distinct, present = key_counts(table.path, key)
    return _key_problems(table, key, code, rows, distinct, present)


def keys_checked_in_result(plan: ir.Plan) -> bool:
    """Whether an SQL engine may check the customer keys on its result instead of asking the
    database first: the customer table is a database table (counting its distinct keys there
    is a scan and a sort of its own) and every one of its rows becomes exactly one result row
    (no `since`: a customer not yet existing is left out). Every join of the statement is a
    LEFT JOIN onto relations unique on their join key, so rows are neither lost nor repeated."""
    return isinstance(plan.customers.path, ir.DatabaseTable) and getattr(plan.customers, "since", None) is None


def result_key_problems(plan: ir.Plan, result: pl.DataFrame) -> list[Diagnostic]:
    """The customer key checks of `validate_inputs`, counted on an engine's result (see
    `keys_checked_in_result`): the same diagnostics (E303, E309, E304) and the same counts."""
    table, key = plan.customers, plan.customers.key
    column = result.get_column(key)
    present = result.height - column.null_count()
    return _key_problems(table, key, "E304", result.height, column.drop_nulls().n_unique(), present)


def _key_problems(table: ir.Table, key: str, code: str, rows: int, distinct: int, present: int) -> list[Diagnostic]:
    """A database table's key diagnostics from its counts (distinct and present: non-missing keys)."""
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the table, or the load that filled it",))]
    problems = []
    if present < rows:
        problems.append(Diagnostic("E309", f"{table.name}: {rows - present:,} rows have no `{key}` in {table.path}",
                                   file=str(table.path), hints=("every row needs a key; drop or fix those rows",)))
    if present - distinct:
        check = InputCheck(table, key, True, code, False, (), pl.LazyFrame(), pl.LazyFrame())
        problems.append(_duplicates(check, present - distinct, None))
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
