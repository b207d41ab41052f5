"""Checks on the data itself before evaluation: empty tables, duplicate keys, corrupt files.

The checker only sees schemas; these problems need the rows. Each is one cheap query over key
columns, so a bad file is reported with a hint instead of failing somewhere inside the plan.
"""

from __future__ import annotations

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.io import scan
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


def _check_table(table: ir.Table, key: str, *, unique: bool, code: str, normalise: bool = False) -> list[Diagnostic]:
    column = pl.col(key)
    if normalise:
        from segdsl.domains import normalise_domains

        column = column.map_batches(normalise_domains, return_dtype=pl.String)
    try:
        source = scan(table.path).select(column.alias(key))
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
    if rows == 0 and table.name == "customers":
        return [Diagnostic("E303", f"the customer table {table.path} has no rows", file=str(table.path),
                           hints=("check the file, or the export that produced it",))]
    if duplicates:
        what = "domain" if normalise else f"key `{key}`"
        return [Diagnostic(code, f"{table.name}: {duplicates} row{'s repeat' if duplicates != 1 else ' repeats'} a {what} (e.g. {example!r})", file=str(table.path),
                           hints=(f"each {what} must appear once in {table.path.name}; deduplicate it first",))]
    return []
