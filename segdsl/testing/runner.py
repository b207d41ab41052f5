"""Run one .segtest file: check it whole first, then evaluate each case on its fixtures.

Every static problem (file structure, definition, fixtures, expectations) is found before any
case runs and stops the file, like a collection error in pytest: a test that cannot be trusted
is not run. Only evaluation problems are per case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from segdsl import ir_walk
from segdsl.api import Definition
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.testing.bind import Check, bind, table_problems
from segdsl.personal import Disclosure
from segdsl.testing.compare import Mismatch, compare, disclosed
from segdsl.testing.fixtures import build_frame, empty_frame
from segdsl.testing.spec import Case, FixtureSource, SegtestFile, read_segtest
from segdsl.testing.target import Target, load_target


@dataclass(frozen=True)
class CaseResult:
    name: str
    as_of: dt.date
    mismatches: tuple[Mismatch, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def outcome(self) -> str:
        return "ERROR" if self.diagnostics else "FAILED" if self.mismatches else "PASSED"


@dataclass(frozen=True)
class FileResult:
    path: Path
    cases: tuple[CaseResult, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()  # problems that stopped the whole file
    deselected: int = 0


@dataclass(frozen=True)
class _Ready:
    case: Case
    as_of: dt.date
    paths: dict[str, Path]
    checks: tuple[Check, ...]


def run_file(path: Path, workdir: Path, keyword: str | None = None, include_personal: bool = False) -> FileResult:
    """`workdir`: an empty folder for the fixtures' Parquet files. Values of personal traits
    (and a personal key) in the mismatches are masked unless `include_personal`."""
    try:
        spec = read_segtest(path, keyword)
        target = load_target(spec.definition, spec.definition_span)
        ready = _prepare(spec, target, workdir)
    except DiagnosticError as error:
        return FileResult(path, diagnostics=tuple(error.diagnostics))
    disclosure = Disclosure.for_plan(target.definition.ir, include_personal)
    return FileResult(path, tuple(_run_case(target, item, workdir, disclosure) for item in ready), deselected=spec.deselected)


def _prepare(spec: SegtestFile, target: Target, workdir: Path) -> list[_Ready]:
    problems = table_problems(target, spec.tables)
    for case in spec.cases:
        problems += table_problems(target, case.tables)
    default_as_of = spec.as_of or target.definition.ir.as_of
    if default_as_of is None and any(case.as_of is None for case in spec.cases):
        problems.append(Diagnostic(
            "E601", f"no `as_of`: {target.name} declares no `as of`, and a test must not depend on today's date",
            file=str(spec.path), hints=("add `as_of = 2026-11-01` (your date) at the top of the test file",),
        ))
    fixtures = _Fixtures(target, workdir)
    ready = []
    for case in spec.cases:
        sources = {**spec.tables, **case.tables}
        paths = fixtures.paths(sources, spec)
        if paths is None:
            continue
        try:
            checks = bind(target, case.expectations, fixtures.customers(sources))
        except DiagnosticError as error:
            problems += error.diagnostics
            continue
        as_of = case.as_of or default_as_of
        if as_of is not None:
            ready.append(_Ready(case, as_of, paths, checks))
    if problems or fixtures.problems:
        raise DiagnosticError(sorted(problems + fixtures.problems, key=_position))
    return ready


@dataclass
class _Fixtures:
    """Each fixture is built and written once, however many cases share it."""

    target: Target
    workdir: Path
    problems: list[Diagnostic] = field(default_factory=list)
    _frames: dict[object, pl.DataFrame | None] = field(default_factory=dict)
    _files: dict[object, Path] = field(default_factory=dict)
    _no_customers_reported: bool = False

    def paths(self, sources: Mapping[str, FixtureSource], spec: SegtestFile) -> dict[str, Path] | None:
        customers = self.target.customers.name
        if customers not in sources and not self._no_customers_reported:
            self._no_customers_reported = True
            self.problems.append(Diagnostic(
                "E602", f"no fixture for the {customers} table", file=str(spec.path),
                hints=(f'add [tables.{customers}] with csv = """ a header line, then one line per customer """',),
            ))
        paths = {name: self._path(name, sources.get(name)) for name in self.target.tables}
        return None if None in paths.values() else paths  # type: ignore[return-value]

    def customers(self, sources: Mapping[str, FixtureSource]) -> pl.DataFrame:
        frame = self._frames[id(sources[self.target.customers.name])]
        assert frame is not None
        return frame

    def _path(self, table: str, source: FixtureSource | None) -> Path | None:
        if source is None and table == self.target.customers.name:
            return None
        identity: object = id(source) if source is not None else ("empty", table)
        if identity not in self._files:
            frame = self._frame(identity, table, source)
            if frame is None:
                return None
            folder = self.workdir / str(len(self._files))
            folder.mkdir(parents=True)
            self._files[identity] = folder / f"{table}.parquet"
            frame.write_parquet(self._files[identity])
        return self._files[identity]

    def _frame(self, identity: object, table: str, source: FixtureSource | None) -> pl.DataFrame | None:
        if identity not in self._frames:
            spec = self.target.tables[table]
            try:
                self._frames[identity] = build_frame(source, spec, self.target.name) if source else empty_frame(spec)
            except DiagnosticError as error:
                self.problems += error.diagnostics
                self._frames[identity] = None
        return self._frames[identity]


def _position(diagnostic: Diagnostic) -> tuple[str, int]:
    return diagnostic.file_name or "", diagnostic.span.start if diagnostic.span else -1


def _run_case(target: Target, ready: _Ready, workdir: Path, disclosure: Disclosure) -> CaseResult:
    definition = _only_checked(target.definition.with_tables(ready.paths), ready.checks)
    try:
        frame = definition.evaluate(ready.as_of, include_traits=True)
    except DiagnosticError as error:
        return CaseResult(ready.case.name, ready.as_of, diagnostics=tuple(_at_case(d, ready.case, workdir) for d in error.diagnostics))
    return CaseResult(ready.case.name, ready.as_of, disclosed(compare(frame, definition.key, ready.checks), disclosure))


def _only_checked(definition: Definition, checks: tuple[Check, ...]) -> Definition:
    """Evaluate what the case's expectations name and what they depend on, nothing else: a case
    about the traits a model learns from must not need the trained model file."""
    needed = ir_walk.dependencies(definition.ir, {check.name for check in checks})
    plan = replace(definition.ir, derived=tuple(d for d in definition.ir.derived if d.name in needed))
    return replace(definition, ir=plan)


def _at_case(diagnostic: Diagnostic, case: Case, workdir: Path) -> Diagnostic:
    """Evaluation problems name temporary fixture files: point at the case instead."""
    if diagnostic.span is None and diagnostic.file and Path(diagnostic.file).is_relative_to(workdir) and case.span:
        return replace(diagnostic, span=case.span, file=None)
    return diagnostic
