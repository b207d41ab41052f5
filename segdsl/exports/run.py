"""Running exports: one evaluation for all of them, then per export ONE lazy query (members,
consent, identifiers, normalised and hashed values) and one atomic write.

A row is exported when the customer is a member, the consent rule holds (a missing answer
counts as no) and, for destinations that match people on an identifier (CRMs on the e-mail,
ad platforms on e-mail or phone), that identifier is usable. Counts of each are reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from segdsl import ir, ir_walk
from segdsl.backend.polars_expr import ExprContext, compile_expr
from segdsl.backend.polars_plan import customer_column_name
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.exports.formats import EMAIL, FORMATS, Format
from segdsl.sources.frames import table_frame

MEMBER, CONSENT, IDENTIFIED = "__export.member", "__export.consent", "__export.identified"


@dataclass(frozen=True)
class ExportResult:
    name: str
    destination: str  # as shown: a path, or `postgres "schema.table"`
    members: int
    dropped_consent: int
    dropped_identifier: int
    exported: int
    frame: pl.DataFrame  # what was written (for the history snapshot: with the key)


def needed_steps(plan: ir.Plan, exports: tuple[ir.Export, ...]) -> tuple[str, ...]:
    """Derived steps the exports read that an evaluation does not output by default."""
    names: set[str] = set()
    for export in exports:
        names.add(export.members.segment)
        for expr in (export.consent, export.region, *(c.value for c in export.columns)):
            if expr is not None:
                names |= ir_walk.references(expr)
    outputs = set(plan.outputs())
    return tuple(sorted(n for n in names if n not in outputs))


def customer_columns(exports: tuple[ir.Export, ...]) -> tuple[str, ...]:
    found: set[str] = set()

    def visit(node: ir.Expr) -> None:
        if isinstance(node, ir.Column) and node.table == "customers":
            found.add(node.name)
        for child in ir_walk.children(node):
            visit(child)

    for export in exports:
        for expr in (export.consent, export.region, *(c.value for c in export.columns)):
            if expr is not None:
                visit(expr)
    return tuple(sorted(found))


def with_customer_columns(evaluated: pl.DataFrame, plan: ir.Plan, columns: tuple[str, ...]) -> pl.LazyFrame:
    """The evaluation (existing customers only) with the raw customer columns the exports send."""
    frame = evaluated.lazy()
    wanted = tuple(c for c in columns if c not in evaluated.columns)
    if not wanted:
        return frame
    key = plan.customers.key
    raw = table_frame(plan.customers.path, (key, *wanted))
    return frame.join(raw, on=key, how="left", maintain_order="left")


def export_frame(export: ir.Export, frame: pl.LazyFrame, key: str, as_of: dt.date) -> pl.LazyFrame:
    """Members with the MEMBER/CONSENT/IDENTIFIED flags and the columns to write (by header)."""
    from segdsl.exports import normalise

    fmt = FORMATS[export.destination.kind]
    ctx = ExprContext(as_of, key, customer_column_name)
    target = pl.col(export.members.segment)
    member = target.fill_null(False) if export.members.label is None else (target == export.members.label).fill_null(False)
    consent = compile_expr(export.consent, ctx).fill_null(False) if export.consent is not None else pl.lit(True)
    if fmt.hashed:
        region = compile_expr(export.region, ctx) if export.region is not None else None
        frame = normalise.with_calling_codes(frame, region)
    values = [_value(column, fmt, compile_expr(column.value, ctx)).alias(column.header) for column in export.columns]
    identifiers = [column.header for column in export.columns if column.field in fmt.identifiers]
    identified = pl.any_horizontal([pl.col(h).is_not_null() for h in identifiers]) if identifiers else pl.lit(True)
    keys = [pl.col(key)] if key not in {c.header for c in export.columns} else []
    return (frame.filter(member)
            .select(*keys, consent.alias(CONSENT), *values)
            .with_columns(identified.alias(IDENTIFIED)))


def _value(column: ir.ExportColumn, fmt: Format, value: pl.Expr) -> pl.Expr:
    from segdsl.exports import normalise

    field = fmt.field_for(column.field) if column.field else None
    if fmt.hashed and field is not None:
        prepared = normalise.prepared(value, field.normalise, fmt)
        return normalise.sha256(prepared) if field.hashed else prepared
    if column.field == "email" and fmt.fields:
        return normalise.prepared(value, EMAIL, fmt)  # CRMs de-duplicate on it: trimmed, lower-case
    return value


def counted(export: ir.Export, collected: pl.DataFrame, key: str) -> tuple[pl.DataFrame, dict[str, int]]:
    """The rows to write (key kept for the history; dropped from the file unless exported) and
    the counts."""
    members = collected.height
    consenting = collected.filter(pl.col(CONSENT))
    kept = consenting.filter(pl.col(IDENTIFIED)).drop(CONSENT, IDENTIFIED)
    return kept, {"members": members, "dropped_consent": members - consenting.height,
                  "dropped_identifier": consenting.height - kept.height, "exported": kept.height}


def written_columns(export: ir.Export, key: str) -> list[str]:
    """The file's columns: exactly the declared ones (minimisation); a database table also
    gets the key, to upsert on."""
    headers = [c.header for c in export.columns]
    if export.destination.kind == "postgres" and key not in headers:
        return [key, *headers]
    return headers


def write(export: ir.Export, rows: pl.DataFrame, key: str, connection_for) -> str:  # noqa: ANN001 - Callable
    """Write the rows to the destination (atomically); returns where, as shown to the user."""
    from segdsl.atomic import write_atomic

    destination = export.destination
    data = rows.select(written_columns(export, key))
    if destination.kind == "postgres":
        from segdsl.activation.postgres_table import upsert_membership as upsert

        upsert(connection_for(destination), destination.table, data, key)
        return f'postgres {destination.connection} "{destination.table}"'
    path = Path(destination.path)
    if destination.kind == "parquet":
        write_atomic(path, lambda tmp: data.write_parquet(tmp))
    else:
        write_atomic(path, lambda tmp: data.write_csv(tmp))
    return str(path)


def run_exports(definition, names: tuple[str, ...], as_of: dt.date) -> tuple[list[ExportResult], list[Diagnostic]]:  # noqa: ANN001 - api.Definition
    """Evaluate once (on the command's engine), then build, count and write each export.
    A failing export is reported and the others still run; nothing is half written."""
    plan = definition.ir
    exports = tuple(e for e in plan.exports if not names or e.name in names)
    evaluated = definition.evaluate(as_of, keep=needed_steps(plan, exports))
    frame = with_customer_columns(evaluated, plan, customer_columns(exports)).collect().lazy()
    key = plan.customers.key
    results: list[ExportResult] = []
    problems: list[Diagnostic] = []
    for export in exports:
        try:
            collected = export_frame(export, frame, key, as_of).collect()
            rows, counts = counted(export, collected, key)
            where = write(export, rows, key, _connection)
        except DiagnosticError as error:
            problems += [_about(export, d) for d in error.diagnostics]
            continue
        except (pl.exceptions.PolarsError, OSError) as error:
            problems.append(Diagnostic("E308", f"export `{export.name}` failed: {str(error).strip().splitlines()[0]}"))
            continue
        results.append(ExportResult(export.name, where, frame=rows.select(key) if key in rows.columns else rows, **counts))
    return results, problems


def _about(export: ir.Export, diagnostic: Diagnostic) -> Diagnostic:
    from dataclasses import replace

    return replace(diagnostic, message=f"export `{export.name}`: {diagnostic.message}")


def _connection(destination: ir.Destination):  # noqa: ANN202 - a sources.connections.Connection
    """The destination's connection, declared outside definitions (credentials from the environment)."""
    from segdsl.sources.connections import find_connection

    return find_connection(destination.connection, destination.base)
