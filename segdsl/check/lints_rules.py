"""W103 for rules no customer can reach, beyond the one-variable ranges of analysis.py: labels and
text (`tier == "a"` after `tier in ("a", "b")`), identical conditions, and any combination of
earlier rules.

A customer reaches a rule when its condition is true and no earlier rule matched. An earlier
rule whose condition is missing does not match, so earlier rules are taken as "not true" rather
than "false": `y == 1` after `x > 3 or x <= 3` is still reachable by customers without `x`.
"""

from __future__ import annotations

from collections.abc import Hashable

from segdsl import ast
from segdsl.check.lints_constraints import ANYTHING, MAX_ALTERNATIVES, Alternatives, both
from segdsl.check.lints_logic import NOT_TRUE, TRUE, Conditions
from segdsl.diagnostics import Diagnostic, Label
from segdsl.source import Span

MAX_RULES = 50  # beyond this, the pairwise work is not worth it; ranges are still checked


def rule_warnings(segmentation: ast.RuleSegmentation, conditions: Conditions, skip: set[Span]) -> list[Diagnostic]:
    rules = [r for r in segmentation.rules if r.condition is not None]
    if len(rules) > MAX_RULES:
        return []
    warnings = []
    first_with: dict[object, ast.Rule] = {}
    left: Alternatives | None = ANYTHING  # the customers no earlier rule takes (None: too complex)
    everyone_taken: list[ast.Rule] = []  # earlier rules that together take every customer
    for index, rule in enumerate(rules):
        first = first_with.setdefault(conditions.names.key(rule.condition, None), rule)
        warning = _unreachable_rule(conditions, rule, first, rules[:index], everyone_taken)
        if warning is not None and rule.span not in skip and not conditions.of(rule.condition, TRUE).impossible:
            warnings.append(warning)  # else already reported: by the range analysis, or as never true (W105)
        if left is not None and not everyone_taken:
            taken = conditions.of(rule.condition, NOT_TRUE)
            left = None if len(left.terms) * len(taken.terms) > MAX_ALTERNATIVES else both(left, taken)
            if left is not None and left.impossible:
                everyone_taken = _fewest(conditions, ANYTHING, rules[: index + 1])
    return warnings


def _unreachable_rule(conditions: Conditions, rule: ast.Rule, first: ast.Rule, earlier: list[ast.Rule],
                      everyone_taken: list[ast.Rule]) -> Diagnostic | None:
    if first is not rule:
        return Diagnostic(
            "W103", f"rule `{rule.label}` can never match: its condition is the same as rule `{first.label}`'s",
            rule.span, labels=(Label(first.span, "same condition"),), hints=("remove one of the two rules",),
        )
    covering = everyone_taken or _covering(conditions, rule, earlier)
    if not covering:
        return None
    what = "customer" if everyone_taken else _what(conditions, rule)
    return Diagnostic(
        "W103", f"rule `{rule.label}` can never match: earlier rules already take every {what}",
        rule.span, labels=tuple(Label(r.span, "covered by this rule") for r in covering),
        hints=("reorder the rules or narrow the earlier ones",),
    )


def _covering(conditions: Conditions, rule: ast.Rule, earlier: list[ast.Rule]) -> list[ast.Rule]:
    """A smallest-by-removal set of earlier rules that together take all of `rule`'s customers.

    Rules about other values are left out: they can only take all of this rule's customers by
    taking everyone, which `rule_warnings` checks once for the whole segmentation."""
    reach = conditions.of(rule.condition, TRUE)
    folded: list[ast.Rule] = []
    for other in earlier:
        taken = conditions.of(other.condition, NOT_TRUE)
        if _variables(taken).isdisjoint(_variables(reach)):
            continue
        if len(reach.terms) * len(taken.terms) > MAX_ALTERNATIVES:
            return []  # too many combinations to tell: say nothing
        reach = both(reach, taken)
        folded.append(other)
        if reach.impossible:
            return _fewest(conditions, conditions.of(rule.condition, TRUE), folded)
    return []


def _fewest(conditions: Conditions, reach: Alternatives, covering: list[ast.Rule]) -> list[ast.Rule]:
    for other in list(covering):
        fewer = [r for r in covering if r is not other]
        if _unreachable(conditions, reach, fewer):
            covering = fewer
    return covering


def _unreachable(conditions: Conditions, reach: Alternatives, earlier: list[ast.Rule]) -> bool:
    for other in earlier:
        reach = both(reach, conditions.of(other.condition, NOT_TRUE))
        if reach.impossible:
            return True
    return False


def _variables(alternatives: Alternatives) -> set[Hashable]:
    return {c.var for term in alternatives.terms for c in term}


def _what(conditions: Conditions, rule: ast.Rule) -> str:
    """`tier` it covers, when the rule tests one value; else customer it would match."""
    constraints = [c for term in conditions.of(rule.condition, TRUE).terms for c in term]
    if len({c.var for c in constraints}) == 1:
        return f"`{constraints[0].subject}` it covers"
    return "customer it would match"
