"""Check a definition file (and its imports) against table schemas; build the plan.

All problems are collected in one run. The plan is returned only when there are no errors.
"""

from __future__ import annotations

from dataclasses import dataclass

from segdsl import ast, ir
from segdsl.check.analysis import segmentation_warnings
from segdsl.check.definitions import DefinitionChecker
from segdsl.check.loader import load_modules
from segdsl.check.namespace import build_namespace
from segdsl.diagnostics import Diagnostic, has_errors
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


def check_source(source: SourceFile, schemas: SchemaProvider | None = None) -> CheckResult:
    schemas = schemas or SchemaProvider()
    loaded = load_modules(source)
    ns = build_namespace(loaded.modules, schemas)
    checker = DefinitionChecker(ns)
    checker.run()
    diagnostics = loaded.diagnostics + ns.diagnostics + checker.diagnostics
    diagnostics += checker.unused_trait_warnings()
    for name in ns.root_definitions:
        definition = ns.definitions[name]
        if isinstance(definition, ast.RuleSegmentation):
            diagnostics += segmentation_warnings(definition)
    diagnostics = _ordered(_unique(diagnostics))
    plan = None
    if not has_errors(diagnostics) and ns.customers is not None:
        customers, events, enrichments = checker.tables()
        plan = ir.Plan(customers, events, enrichments, tuple(checker.models), tuple(checker.steps), ns.as_of)
    return CheckResult(plan, diagnostics, loaded.modules)


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
