"""A .segtest file (TOML) read into plain dataclasses; every structural problem is E601.

The format is TOML because reviewers already know it and `tomllib` ships with Python: no new
dependency, no new syntax to learn beside the definition language itself. Only the structure
is checked here; names and keys are checked against the definition in `bind`.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError, Label, suggest
from segdsl.source import SourceFile, Span
from segdsl.testing.locate import Locator, toml_error_reason, toml_error_span

MISSING_WORD = "missing"  # an expected label or trait value that must be missing
TOP_KEYS = ("definition", "as_of", "tables", "case")
CASE_KEYS = ("name", "as_of", "tables", "members", "not_members", "labels", "traits")
TABLE_KEYS = ("csv", "file")
SEGMENT_KINDS = ("members", "not_members")
VALUE_KINDS = ("labels", "traits")


@dataclass(frozen=True)
class FixtureSource:
    """Where a table's rows come from: inline CSV text or a CSV file next to the test."""

    table: str
    span: Span | None  # the table's name, for problems without a better place
    inline: str | None = None
    inline_start: int | None = None  # offset of the inline text in the .segtest, when it maps 1:1
    file: Path | None = None


@dataclass(frozen=True)
class WrittenKey:
    """A customer key as written in an expectation (cast to the key's type later)."""

    text: str
    span: Span | None


@dataclass(frozen=True)
class Expectation:
    """members / not_members: `keys`; labels / traits: `keys` with one value each."""

    kind: str
    name: str
    span: Span | None
    keys: tuple[WrittenKey, ...]
    values: tuple[object, ...] = ()  # None stands for "missing"


@dataclass(frozen=True)
class Case:
    name: str
    span: Span | None
    as_of: dt.date | None
    tables: Mapping[str, FixtureSource]
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True)
class SegtestFile:
    path: Path
    source: SourceFile
    definition: Path
    definition_span: Span | None
    as_of: dt.date | None
    tables: Mapping[str, FixtureSource]
    cases: tuple[Case, ...]
    deselected: int = 0


@dataclass
class _Reader:
    source: SourceFile
    locator: Locator
    problems: list[Diagnostic] = field(default_factory=list)

    def problem(self, message: str, path: tuple, *, value: str | None = None, hints: tuple[str, ...] = (),
                note: str | None = None, labels: tuple[Label, ...] = ()) -> None:
        span = self.locator.span(path, value)
        self.problems.append(Diagnostic("E601", message, span, hints=hints, note=note, labels=labels,
                                        file=None if span else self.source.name))


def read_segtest(path: Path, keyword: str | None = None) -> SegtestFile:
    """Parse a .segtest file, keeping the cases whose name contains `keyword` (any case)."""
    try:
        source = SourceFile.read(path, str(path))
    except (OSError, UnicodeDecodeError) as error:
        reason = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else (error.strerror or str(error))
        raise DiagnosticError([Diagnostic("E601", f"cannot read {path}: {reason}", file=str(path))]) from None
    try:
        document = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as error:
        raise DiagnosticError([Diagnostic(
            "E601", f"invalid TOML: {toml_error_reason(str(error))}", toml_error_span(source, str(error)),
            hints=('text needs quotes, dates are written 2026-11-01, CSV goes between triple quotes """',),
        )]) from None
    reader = _Reader(source, Locator(source))
    spec = _document(reader, path, document, keyword)
    if reader.problems:
        raise DiagnosticError(sorted(reader.problems, key=lambda d: d.span.start if d.span else -1))
    assert spec is not None
    return spec


def _document(reader: _Reader, path: Path, document: dict, keyword: str | None) -> SegtestFile | None:
    _unknown_keys(reader, document, TOP_KEYS, (), "at the top of the file")
    definition = document.get("definition")
    if not isinstance(definition, str) or not definition:
        reader.problem('missing `definition = "FILE.seg"`, the definition under test' if definition is None
                       else "`definition` must be the .seg file's path, in quotes", ("definition",),
                       hints=("the path is relative to the .segtest file",))
    as_of = _as_of(reader, document.get("as_of"), ("as_of",))
    tables = _tables(reader, path, document.get("tables"), ("tables",))
    raw_cases = document.get("case")
    if not isinstance(raw_cases, list) or not raw_cases or not all(isinstance(c, dict) for c in raw_cases):
        reader.problem("no test cases: add a [[case]] with a name and what you expect", ("case",),
                       hints=('e.g. [[case]]  name = "recent buyers are active"  members.active = [1, 2]',))
        raw_cases = []
    cases = [_case(reader, path, index, raw) for index, raw in enumerate(raw_cases)]
    _duplicate_names(reader, [c for c in cases if c is not None])
    if reader.problems or not isinstance(definition, str):
        return None
    kept = tuple(c for c in cases if c is not None and (keyword is None or keyword.lower() in c.name.lower()))
    return SegtestFile(path, reader.source, path.parent / definition, reader.locator.span(("definition",), definition),
                       as_of, tables, kept, deselected=len(cases) - len(kept))


def _unknown_keys(reader: _Reader, table: dict, known: tuple[str, ...], path: tuple, where: str) -> None:
    for key in table:
        if key not in known:
            guess = suggest(key, known)
            reader.problem(f"unknown key `{key}` {where}", (*path, key),
                           note=f"did you mean `{guess[0]}`?" if guess else None,
                           hints=("known keys: " + ", ".join(f"`{k}`" for k in known),))


def _as_of(reader: _Reader, value: object, path: tuple) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    reader.problem("`as_of` must be a date like 2026-11-01", path, hints=("write it as as_of = 2026-11-01, without a time",))
    return None


def _tables(reader: _Reader, path: Path, raw: object, where: tuple) -> dict[str, FixtureSource]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        reader.problem("`tables` must hold one [tables.NAME] per table", where)
        return {}
    tables = {}
    for name, entry in raw.items():
        key_path = (*where, name)
        if not isinstance(entry, dict) or len([k for k in TABLE_KEYS if k in entry]) != 1:
            reader.problem(f"table `{name}` needs exactly one of `csv = \"\"\"...\"\"\"` or `file = \"FILE.csv\"`", key_path,
                           hints=('e.g. [tables.customers] then csv = """ a header line, then one line per row """',))
            continue
        _unknown_keys(reader, entry, TABLE_KEYS, key_path, f"in table `{name}`")
        kind = "csv" if "csv" in entry else "file"
        value = entry[kind]
        span, value_key = reader.locator.span(key_path), reader.locator.span((*key_path, kind))
        if not isinstance(value, str):
            reader.problem(f"`{kind}` of table `{name}` must be text in quotes", (*key_path, kind))
        elif kind == "csv":
            start = reader.locator.string_start(value_key) if value_key is not None else None
            maps = start is not None and reader.source.text[start:start + len(value)] == value
            tables[name] = FixtureSource(name, span, inline=value, inline_start=start if maps else None)
        else:
            tables[name] = FixtureSource(name, span, file=path.parent / value)
    return tables


def _case(reader: _Reader, path: Path, index: int, raw: dict) -> Case | None:
    where = ("case", index)
    before = len(reader.problems)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        reader.problem(f"case {index + 1} needs a `name`, in quotes", (*where, "name"),
                       hints=("the name is what the report shows: say what the case proves",))
    label = f"case `{name}`" if isinstance(name, str) else f"case {index + 1}"
    _unknown_keys(reader, raw, CASE_KEYS, where, f"in {label}")
    as_of = _as_of(reader, raw.get("as_of"), (*where, "as_of"))
    tables = _tables(reader, path, raw.get("tables"), (*where, "tables"))
    expectations = [e for kind in SEGMENT_KINDS + VALUE_KINDS for e in _expectations(reader, raw, kind, where)]
    if not any(kind in raw for kind in SEGMENT_KINDS + VALUE_KINDS) and all(key in CASE_KEYS for key in raw):
        reader.problem(f"{label} checks nothing", (*where, "name"), value=str(name),
                       hints=("add members.SEGMENT = [keys], not_members.SEGMENT = [keys], "
                              'labels.SEGMENTATION = { KEY = "label" } or traits.TRAIT = { KEY = value }',))
    if len(reader.problems) > before:
        return None
    return Case(str(name), reader.locator.span((*where, "name"), str(name)), as_of, tables, tuple(expectations))


def _expectations(reader: _Reader, raw: dict, kind: str, where: tuple) -> list[Expectation]:
    group = raw.get(kind)
    if group is None:
        return []
    if not isinstance(group, dict):
        example = f"{kind}.NAME = [1, 2]" if kind in SEGMENT_KINDS else f'{kind}.NAME = {{ 1 = "..." }}'
        reader.problem(f"`{kind}` must name what it checks: {example}", (*where, kind))
        return []
    found = []
    for name, entry in group.items():
        path = (*where, kind, name)
        span = reader.locator.span(path)
        if kind in SEGMENT_KINDS:
            keys = _key_list(reader, entry, path, f"{kind}.{name}")
            if keys is not None:
                found.append(Expectation(kind, name, span, keys))
            continue
        if not isinstance(entry, dict):
            reader.problem(f"`{kind}.{name}` must map customer keys to values: {{ 1 = ..., 2 = ... }}", path)
            continue
        keys, values = [], []
        for key, value in entry.items():
            if kind == "labels" and not isinstance(value, str):
                reader.problem(f"`{kind}.{name}`: the label of customer `{key}` must be text in quotes", (*path, key))
                continue
            if isinstance(value, (list, dict, dt.time)):
                reader.problem(f"`{kind}.{name}`: customer `{key}` needs one value (number, text, true/false or date)", (*path, key))
                continue
            keys.append(WrittenKey(key, reader.locator.span((*path, key))))
            values.append(None if value == MISSING_WORD else value)
        found.append(Expectation(kind, name, span, tuple(keys), tuple(values)))
    return found


def _key_list(reader: _Reader, entry: object, path: tuple, what: str) -> tuple[WrittenKey, ...] | None:
    if not isinstance(entry, list):
        reader.problem(f"`{what}` must be a list of customer keys, e.g. [1, 2]", path)
        return None
    keys = []
    for item in entry:
        if isinstance(item, bool) or not isinstance(item, (int, str)):
            reader.problem(f"`{what}`: customer keys are numbers or text, not `{item!r}`", path)
            return None
        keys.append(WrittenKey(str(item), reader.locator.span(path, str(item))))
    return tuple(keys)


def _duplicate_names(reader: _Reader, cases: list[Case]) -> None:
    seen: dict[str, Case] = {}
    for case in cases:
        first = seen.setdefault(case.name, case)
        if first is not case:
            reader.problems.append(Diagnostic(
                "E601", f"two cases are named `{case.name}`", case.span, file=None if case.span else reader.source.name,
                labels=(Label(first.span, "first used here"),) if first.span else (),
                hints=("give each case its own name: the report and -k refer to cases by name",),
            ))
