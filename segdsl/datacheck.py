"""Checks on the data itself before evaluation: empty tables, duplicate keys, corrupt files.

The checker only sees schemas; these problems need the rows. Each is one cheap query over key
columns. `planned_checks` returns them as lazy queries so `Definition.evaluate` runs them in the
same `collect_all` as the plan (one pass, run in parallel, no separate round trip first); their
results are read before any output is returned or written, so a bad input is still reported
with a hint and never produces output. A database table is checked by the database (counts).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.schema import unreadable
from segdsl.sources.frames import table_frame


@dataclass(frozen=True)
class InputCheck:
    table: ir.Table
    key: str
    unique: bool
    code: str
    normalise: bool
    source: pl.LazyFrame  # the key column (normalised for an enrichment's domains)
    stats: pl.LazyFrame  # one row: rows, distinct, present


def planned_checks(plan: ir.Plan) -> tuple[list[InputCheck], list[Diagnostic]]:
    """The lazy checks, and the problems already found (database tables are counted at once)."""
    checks: list[InputCheck] = []
    problems: list[Diagnostic] = []
    specs = [(plan.customers, plan.customers.key, True, "E304", False)]
    specs += [(events, events.key, False, "E304", False) for events in plan.events]
    specs += [(enrichment, "domain", True, "E502", True) for enrichment in plan.enrichments]
    for table, key, unique, code, normalise in specs:
        if isinstance(table.path, ir.DatabaseTable) and not normalise:
            problems += _database_problems(table, key, unique, code)
            continue
        checks.append(_lazy_check(table, key, unique, code, normalise))
    return checks, problems


def check_results(checks: list[InputCheck], results: list[pl.DataFrame]) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    for check, result in zip(checks, results):
        rows, distinct, present = result.row(0)
        duplicates = present - (distinct - (present < rows)) if check.unique else 0  # n_unique counts missing once
        example = None
        if duplicates:  # only then pay for finding one, to name it in the message
            key = pl.col(check.key)
            example = check.source.filter(key.is_duplicated() & key.is_not_null()).select(key.first()).collect().item()
        problems += _problems(check.table, check.key, rows, duplicates, example, check.code, check.normalise)
    return problems


def validate_inputs(plan: ir.Plan) -> None:
    """Run the checks on their own (engines other than Polars, and after a failed evaluation,
    to name the table that cannot be read)."""
    checks, problems = planned_checks(plan)
    for check in checks:
        try:
            result = check.stats.collect()
        except (pl.exceptions.PolarsError, OSError) as error:
            problems.append(unreadable(check.table.path, error))
            continue
        problems += check_results([check], [result])
    if problems:
        raise DiagnosticError(problems)


def _lazy_check(table: ir.Table, key: str, unique: bool, code: str, normalise: bool) -> InputCheck:
    column = pl.col(key)
    if normalise:
        from segdsl.domains import normalise_domains

        column = column.map_batches(normalise_domains, return_dtype=pl.String)
    source = table_frame(table.path, (key,)).select(column.alias(key))
    if unique:
        stats = source.select(rows=pl.len(), distinct=pl.col(key).n_unique(), present=pl.col(key).count())
    else:  # event tables: only prove the file is readable (a Parquet row count is metadata)
        stats = source.select(rows=pl.len(), distinct=pl.lit(0, pl.UInt32), present=pl.lit(0, pl.UInt32))
    return InputCheck(table, key, unique, code, normalise, source, stats)


def _database_problems(table: ir.Table, key: str, unique: bool, code: str) -> list[Diagnostic]:
    """Counted by the database; an event table is proven readable by its own read."""
    if not unique:
        return []
    from segdsl.sources.reader import key_counts

    rows, distinct, present = key_counts(table.path, key)
    return _problems(table, key, rows, present - distinct, None, code, False)


def _problems(table: ir.Table, key: str, rows: int, duplicates: int, example: object, code: str, normalise: bool) -> list[Diagnostic]:
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the file, or the export that produced it",))]
    if duplicates:
        what = "domain" if normalise else f"key `{key}`"
        return [Diagnostic(code, f"{table.name}: {duplicates} row{'s repeat' if duplicates != 1 else ' repeats'} a {what}"
                           + (f" (e.g. {example!r})" if example is not None else ""), file=str(table.path),
                           hints=(f"each {what} must appear once in {table.path.name}; deduplicate it first",))]
    return []
