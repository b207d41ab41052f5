"""Check a definition file (and its imports) against table schemas; build the plan.

All problems are collected in one run. The plan is returned only when there are no errors.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from segdsl import ast, ir
from segdsl.check.definitions import DefinitionChecker
from segdsl.check.loader import LoadedFiles, ParseSource, ReadImport, load_modules
from segdsl.check.namespace import Namespace, build_namespace
from segdsl.diagnostics import Diagnostic, has_errors
from segdsl.limits import with_stack_headroom
from segdsl.personal import mark_plan
from segdsl.schema import SchemaProvider
from segdsl.source import SourceFile


@dataclass(frozen=True)
class CheckResult:
    plan: ir.Plan | None
    diagnostics: list[Diagnostic]
    modules: list[ast.Module]

    @property
    def ok(self) -> bool:
        return not has_errors(self.diagnostics)


@dataclass(frozen=True)
class Analysis:
    """Everything checking learnt about a file set, also when it has errors: the language
    server answers completion, hover and go-to-definition from the namespace and the checker's
    types, which a CheckResult (a plan only when there are no errors) does not keep."""

    loaded: LoadedFiles
    ns: Namespace
    checker: DefinitionChecker
    result: CheckResult


def check_source(source: SourceFile, schemas: SchemaProvider | None = None, read_import: ReadImport | None = None,
                 *, lints: bool = True) -> CheckResult:
    """`lints=False`: errors only (the lints add warnings; evaluating needs none of them)."""
    return analyse_source(source, schemas, read_import, lints=lints).result


@with_stack_headroom
def analyse_source(source: SourceFile, schemas: SchemaProvider | None = None, read_import: ReadImport | None = None,
                   parse_source: ParseSource | None = None, lints: bool = True) -> Analysis:
    """`lints=False`: names, types and errors only; `with_lints` adds the warnings afterwards
    (evaluating needs none; the language server shows a typo's error first, then the lints)."""
    with cycle_collection_paused():
        analysis = _analyse_source(source, schemas, read_import, parse_source)
        return with_lints(analysis) if lints else analysis


@with_stack_headroom
def with_lints(analysis: Analysis) -> Analysis:
    """The analysis with the warnings `validate` reports (W101, W103, W105-W109)."""
    from segdsl.check.lints import lint_warnings  # not on the path of `eval`

    with cycle_collection_paused():
        diagnostics = analysis.result.diagnostics
        warnings = analysis.checker.unused_trait_warnings()
        warnings += lint_warnings(analysis.loaded, analysis.ns, analysis.checker, has_errors(diagnostics))
        result = replace(analysis.result, diagnostics=_ordered(_unique(diagnostics + warnings)))
        return replace(analysis, result=result)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Checking allocates many small acyclic objects (syntax trees, IR, lint terms); on large
    files the cyclic collector's repeated passes over them took a third of the time and freed
    nothing. It runs again afterwards (at the end of the outermost pause: the language server
    pauses it until an edit's errors are published)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse_source(source: SourceFile, schemas: SchemaProvider | None, read_import: ReadImport | None,
                    parse_source: ParseSource | None) -> Analysis:
    schemas = schemas or SchemaProvider()
    loaded = load_modules(source, read_import, parse_source)
    ns = build_namespace(loaded.modules, schemas)
    checker = DefinitionChecker(ns)
    checker.run()
    diagnostics = loaded.diagnostics + ns.diagnostics + checker.diagnostics
    diagnostics = _ordered(_unique(diagnostics))
    plan = None
    if not has_errors(diagnostics) and ns.customers is not None:
        customers, events, enrichments = checker.tables()
        outcomes = checker.outcomes
        plan = ir.Plan(customers, events, enrichments, tuple(checker.models), tuple(checker.steps), ns.as_of,
                       tuple(outcomes.measures), tuple(outcomes.goals), tuple(outcomes.experiments),
                       tuple(checker.exports.exports))
        plan = mark_plan(plan)
    return Analysis(loaded, ns, checker, CheckResult(plan, diagnostics, loaded.modules))


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    seen, unique = set(), []
    for d in diagnostics:
        key = (d.code, d.message, d.span.start if d.span else None, d.file_name)
        if key not in seen:
            seen.add(key)
            unique.append(d)
    return unique


def _ordered(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(diagnostics, key=lambda d: (d.file_name or "", d.span.start if d.span else -1))
