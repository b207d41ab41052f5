"""Checks on the data itself before evaluation: empty tables, duplicate keys, corrupt files.

The checker only sees schemas; these problems need the rows. Each is one cheap query over key
columns, so a bad file is reported with a hint instead of failing somewhere inside the plan.
"""

from __future__ import annotations

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.sources.frames import table_frame
from segdsl.schema import unreadable


def validate_inputs(plan: ir.Plan) -> None:
    problems: list[Diagnostic] = []
    problems += _check_table(plan.customers, plan.customers.key, unique=True, code="E304")
    for events in plan.events:
        problems += _check_table(events, events.key, unique=False, code="E304")
    for enrichment in plan.enrichments:
        problems += _check_table(enrichment, "domain", unique=True, code="E502", normalise=True)
    if problems:
        raise DiagnosticError(problems)


def _database_key_counts(table: ir.Table, key: str, unique: bool, normalise: bool) -> tuple[int, int] | None:
    """(rows, duplicates) counted by the database; None when the rows must come to Python (an
    enrichment's domains are normalised first). Event tables are proven readable by their read."""
    from segdsl.sources.reader import key_counts

    if not unique or normalise:
        return None if normalise else (1, 0)
    rows, distinct, present = key_counts(table.path, key)
    return rows, present - distinct


def _check_table(table: ir.Table, key: str, *, unique: bool, code: str, normalise: bool = False) -> list[Diagnostic]:
    if isinstance(table.path, ir.DatabaseTable):
        counted = _database_key_counts(table, key, unique, normalise)
        if counted is not None:
            return _problems(table, key, counted[0], counted[1], None, code, normalise)
    column = pl.col(key)
    if normalise:
        from segdsl.domains import normalise_domains

        column = column.map_batches(normalise_domains, return_dtype=pl.String)
    try:
        source = table_frame(table.path, (key,)).select(column.alias(key))
        if unique:
            rows, distinct, present = source.select(
                rows=pl.len(), distinct=pl.col(key).n_unique(), present=pl.col(key).count()
            ).collect().row(0)
            duplicates = present - (distinct - (present < rows))  # n_unique counts missing once
        else:  # event tables: only prove the file is readable (a Parquet row count is metadata)
            rows, duplicates = source.select(pl.len()).collect().item(), 0
        example = None
        if duplicates:  # only then pay for finding one, to name it in the message
            example = source.filter(pl.col(key).is_duplicated() & pl.col(key).is_not_null()).select(pl.col(key).first()).collect().item()
    except (pl.exceptions.PolarsError, OSError) as error:
        return [unreadable(table.path, error)]
    return _problems(table, key, rows, duplicates, example, code, normalise)


def _problems(table: ir.Table, key: str, rows: int, duplicates: int, example: object, code: str, normalise: bool) -> list[Diagnostic]:
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the file, or the export that produced it",))]
    if duplicates:
        what = "domain" if normalise else f"key `{key}`"
        return [Diagnostic(code, f"{table.name}: {duplicates} row{'s repeat' if duplicates != 1 else ' repeats'} a {what}" + (f" (e.g. {example!r})" if example is not None else ""), file=str(table.path),
                           hints=(f"each {what} must appear once in {table.path.name}; deduplicate it first",))]
    return []
