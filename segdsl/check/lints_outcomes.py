"""Warnings on outcome statements (W140, W141): experiments and goals that mislead as written."""

from __future__ import annotations

from segdsl import ast
from segdsl.check.namespace import Namespace
from segdsl.diagnostics import Diagnostic


def outcome_warnings(ns: Namespace, names: list[str]) -> list[Diagnostic]:
    found = []
    for name in names:
        definition = ns.definitions[name]
        if isinstance(definition, ast.Experiment) and definition.targets and definition.holdout:
            holdout = ns.definitions.get(definition.holdout.segment)
            expr = holdout.expr if isinstance(holdout, ast.Segment) else None
            target = (definition.targets.segment,) + ((definition.targets.label,) if definition.targets.label else ())
            if isinstance(holdout, ast.Segment) and not (isinstance(expr, ast.Holdout) and expr.segment.parts == target):
                found.append(Diagnostic(
                    "W140", f"holdout `{definition.holdout.segment}` is not drawn from `{definition.targets.text}`",
                    definition.holdout.span,
                    hints=(f"a fair control is a random share of the same group: "
                           f"`segment {definition.holdout.segment} = holdout 10% of {definition.targets.text} seed 7`",),
                ))
        if isinstance(definition, ast.Goal) and ns.as_of is not None and definition.deadline is not None \
                and definition.deadline < ns.as_of:
            found.append(Diagnostic(
                "W141", f"the deadline of goal `{name}` ({definition.deadline}) is before `as of` {ns.as_of}",
                definition.span, hints=("`segdsl goals` reports it as met or missed; move the deadline or retire the goal",),
            ))
    return found
