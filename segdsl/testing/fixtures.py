"""Fixture CSV text -> a DataFrame with the types the definition expects; problems are E602.

CSV has no types, so every cell is cast to the column's type in the schema the checker used
(`customer_id` is an integer because the definition was checked against an integer column):
the test then exercises the same plan as production data does. A cell that does not cast is
reported with its table, column, row and value, with a caret on the cell.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError, available, suggest
from segdsl.schema import TableSchema
from segdsl.source import SourceFile, Span
from segdsl.testing.spec import FixtureSource

DTYPES: dict[str, pl.DataType] = {
    "integer": pl.Int64(), "float": pl.Float64(), "boolean": pl.Boolean(), "string": pl.String(),
    "date": pl.Date(), "datetime": pl.Datetime("us"),
}
WHAT = {
    "integer": "a whole number", "float": "a number", "boolean": "true or false", "string": "text",
    "date": "a date (YYYY-MM-DD)", "datetime": "a date and time (YYYY-MM-DD HH:MM:SS)",
}
DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True)
class _Line:
    """One non-blank line of CSV text and where it is in the file the user edits."""

    text: str
    span: Span | None


@dataclass(frozen=True)
class TableSpec:
    """What the definition needs of a table: its schema as the checker saw it, and the
    columns the plan reads (those a fixture must give)."""

    name: str
    schema: TableSchema
    needed: tuple[str, ...]
    key: str | None = None  # unique key to check (the customer table's)


def cast_texts(values: pl.Series, kind: str) -> pl.Series:
    """Cast text to a schema kind; a value that does not cast becomes missing."""
    values = values.cast(pl.String).str.strip_chars()
    if kind == "string":
        return values
    if kind == "boolean":
        return values.str.to_lowercase().replace_strict(BOOLEANS, default=None, return_dtype=pl.Boolean)
    if kind == "date":
        return values.str.to_date("%Y-%m-%d", strict=False)
    if kind == "datetime":
        frame = pl.DataFrame({"v": values})
        parsed = [pl.col("v").str.to_datetime(f, strict=False, time_unit="us") for f in DATETIME_FORMATS]
        return frame.select(pl.coalesce(parsed)).to_series().alias(values.name)
    return values.cast(DTYPES[kind], strict=False)


def empty_frame(table: TableSpec) -> pl.DataFrame:
    """A table the test leaves out: no rows, but every column the plan reads."""
    return pl.DataFrame(schema={c: DTYPES.get(table.schema.columns[c].kind, pl.String()) for c in table.needed})


def build_frame(fixture: FixtureSource, table: TableSpec, definition: str) -> pl.DataFrame:
    lines = _lines(fixture)
    problems: list[Diagnostic] = []

    def problem(message: str, span: Span | None, **extra) -> None:
        problems.append(Diagnostic("E602", message, span or fixture.span, **extra))

    if not lines:
        problem(f"the {table.name} fixture is empty", None, hints=("give at least the header line: the column names",))
        raise DiagnosticError(problems)
    reader = csv.reader(line.text for line in lines)
    rows, row_lines = [], []  # a quoted cell may span lines: keep each row's last line
    try:
        for row in reader:
            rows.append(row)
            row_lines.append(lines[reader.line_num - 1])
    except csv.Error as error:
        problem(f"cannot read the {table.name} fixture: {error}", lines[min(reader.line_num, len(lines)) - 1].span)
        raise DiagnosticError(problems) from None
    header, data = [name.strip() for name in rows[0]], rows[1:]
    _check_header(header, row_lines[0], table, definition, problem)
    for number, row in enumerate(data, start=1):
        if len(row) != len(header):
            problem(f"{table.name} fixture, row {number}: {len(row)} values for {len(header)} columns", row_lines[number].span,
                    hints=("leave a cell empty for a missing value, but keep its comma",))
    if table.key is not None and not data:
        problem(f"the {table.name} fixture has no rows", row_lines[0].span, hints=("add a line per customer under the header",))
    if problems:
        raise DiagnosticError(problems)
    columns = {}
    for index, name in enumerate(header):
        kind = table.schema.columns[name].kind
        raw = pl.Series(name, [row[index].strip() or None for row in data], dtype=pl.String)
        columns[name] = cast_texts(raw, kind)
        bad = (raw.is_not_null() & columns[name].is_null()).arg_true()
        if len(bad):
            row = bad[0] + 1
            problem(f"{table.name}.{name}, row {row}: `{raw[row - 1]}` is not {WHAT[kind]}", _cell(row_lines[row], index),
                    hints=(f"the definition reads `{name}` as {kind}",))
    frame = pl.DataFrame(columns, schema={name: DTYPES[table.schema.columns[name].kind] for name in header})
    if table.key in frame.columns and not problems:
        problems += _duplicate_keys(frame[table.key], row_lines, table, header.index(table.key))
    if problems:
        raise DiagnosticError(problems)
    return frame


def _check_header(header: list[str], line: _Line, table: TableSpec, definition: str, problem) -> None:
    known = table.schema.columns
    for index, name in enumerate(header):
        if name not in known:
            guess = suggest(name, known)
            problem(f"the {table.name} table has no column `{name}`", _cell(line, index),
                    note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(known),))
        elif header.index(name) != index:
            problem(f"column `{name}` appears twice in the {table.name} fixture", _cell(line, index))
        elif known[name].kind not in DTYPES:
            problem(f"fixtures cannot give `{name}` (its type is {known[name].kind})", _cell(line, index),
                    hints=("leave the column out",))
    missing = [name for name in table.needed if name not in header]
    if missing:
        names = ", ".join(f"`{name}`" for name in missing)
        problem(f"the {table.name} fixture lacks {'columns' if len(missing) > 1 else 'column'} {names}, which {definition} reads",
                line.span, hints=("add them to the header line; leave cells empty for missing values",))


def _duplicate_keys(keys: pl.Series, lines: Sequence[_Line], table: TableSpec, index: int) -> list[Diagnostic]:
    seen: dict[object, int] = {}
    for row, key in enumerate(keys.to_list(), start=1):
        if key is None:
            continue
        if key in seen:
            return [Diagnostic("E602", f"{table.name} fixture, row {row}: key `{key}` is already in row {seen[key]}",
                               _cell(lines[row], index), hints=(f"each {table.key} must appear once",))]
        seen[key] = row
    return []


def _lines(fixture: FixtureSource) -> list[_Line]:
    """The lines that hold rows, stripped of the indentation that TOML strings invite; blank
    lines and lines starting with `#` (comments explaining a row) are skipped."""
    if fixture.file is not None:
        try:
            origin = SourceFile.read(fixture.file, str(fixture.file))
        except (OSError, UnicodeDecodeError) as error:
            reason = ("not UTF-8 text" if isinstance(error, UnicodeDecodeError) else
                      "no such file" if isinstance(error, FileNotFoundError) else error.strerror or str(error))
            raise DiagnosticError([Diagnostic("E602", f"cannot read the {fixture.table} fixture {fixture.file}: {reason}",
                                              fixture.span, hints=("the path is relative to the .segtest file",))]) from None
        text, start = origin.text, 0
    else:  # inline text maps to the .segtest only when its start was found and nothing was escaped
        text = fixture.inline or ""
        origin, start = (fixture.span.source, fixture.inline_start) if fixture.span else (None, None)
    lines, offset = [], 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped and not stripped.startswith("#"):
            at = offset + raw.index(stripped)
            span = Span(origin, start + at, start + at + len(stripped)) if origin and start is not None else None
            lines.append(_Line(stripped, span))
        offset += len(raw)
    return lines


def _cell(line: _Line, index: int) -> Span | None:
    """The span of one cell, when the line is simple enough to split on commas."""
    if line.span is None or '"' in line.text:
        return line.span
    offset = line.span.start
    for position, cell in enumerate(line.text.split(",")):
        if position == index:
            start = offset + len(cell) - len(cell.lstrip())
            return Span(line.span.source, start, max(start + len(cell.strip()), start + 1))
        offset += len(cell) + 1
    return line.span

