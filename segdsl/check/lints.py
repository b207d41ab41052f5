"""The warnings `validate` gives after checking (W103, W105-W109), each lint in its own module.

Lints look at the definitions of the file being checked, not at its imports (those are linted
when they are validated themselves). They all share one resolved view of the file set.
"""

from __future__ import annotations

from segdsl import ast
from segdsl.check.analysis import segmentation_warnings
from segdsl.check.definitions import DefinitionChecker
from segdsl.check.lints_categories import category_warnings
from segdsl.check.lints_conditions import condition_warnings
from segdsl.check.lints_duplicates import duplicate_warnings
from segdsl.check.lints_imports import unused_import_warnings
from segdsl.check.lints_logic import Conditions
from segdsl.check.lints_outcomes import outcome_warnings
from segdsl.check.lints_rules import rule_warnings
from segdsl.check.lints_tree import in_source_order
from segdsl.check.loader import LoadedFiles
from segdsl.check.namespace import Namespace
from segdsl.diagnostics import Diagnostic


def lint_warnings(loaded: LoadedFiles, ns: Namespace, checker: DefinitionChecker, has_errors: bool) -> list[Diagnostic]:
    conditions = Conditions(ns, checker.types)
    warnings = condition_warnings(conditions) + category_warnings(conditions.names)
    for name in in_source_order(ns, ns.root_definitions):
        definition = ns.definitions[name]
        if isinstance(definition, ast.RuleSegmentation):
            found = segmentation_warnings(definition)
            ranges = {d.span for d in found if d.code == "W103"}
            warnings += found + rule_warnings(definition, conditions, ranges)
    warnings += outcome_warnings(ns, in_source_order(ns, ns.root_definitions))
    if not has_errors:  # "same meaning" and "used" are only sound once every name resolves
        warnings += duplicate_warnings(ns, checker.steps)
        warnings += unused_import_warnings(loaded, ns, checker.references, conditions.names)
    return warnings
