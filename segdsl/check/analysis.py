"""Static analysis of exclusive segmentations: missing `otherwise`, rules that can never match.

A condition on one variable against constants (`recency <= 30`, `x > 5 and x < 9`,
`x between 1 and 5`) is an interval. A rule is unreachable when earlier rules' intervals on the
same variable cover its own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from segdsl import ast
from segdsl.diagnostics import Diagnostic, Label


@dataclass(frozen=True)
class Interval:
    low: float = -math.inf
    high: float = math.inf
    low_closed: bool = False
    high_closed: bool = False

    def intersect(self, other: "Interval") -> "Interval":
        low, low_closed = max((self.low, not self.low_closed), (other.low, not other.low_closed))
        high, high_closed = min((self.high, self.high_closed), (other.high, other.high_closed))
        return Interval(low, high, not low_closed, high_closed)

    @property
    def empty(self) -> bool:
        return self.low > self.high or (self.low == self.high and not (self.low_closed and self.high_closed))


def condition_interval(node: ast.Expr) -> tuple[str, Interval] | None:
    """(variable, interval) for a condition on one variable against constants, else None."""
    if isinstance(node, ast.Binary) and node.op == "and":
        left, right = condition_interval(node.left), condition_interval(node.right)
        if left and right and left[0] == right[0]:
            return left[0], left[1].intersect(right[1])
        return None
    if isinstance(node, ast.Between) and isinstance(node.operand, ast.Name):
        if isinstance(node.low, ast.Number) and isinstance(node.high, ast.Number):
            return node.operand.dotted, Interval(node.low.value, node.high.value, True, True)
        return None
    if not isinstance(node, ast.Binary) or node.op not in ("<", "<=", ">", ">=", "=="):
        return None
    name, value, op = node.left, node.right, node.op
    if isinstance(name, ast.Number) and isinstance(value, ast.Name):
        name, value = value, name
        op = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "=="}[op]
    if not (isinstance(name, ast.Name) and isinstance(value, ast.Number)):
        return None
    v = float(value.value)
    interval = {
        "<": Interval(high=v), "<=": Interval(high=v, high_closed=True),
        ">": Interval(low=v), ">=": Interval(low=v, low_closed=True),
        "==": Interval(v, v, True, True),
    }[op]
    return name.dotted, interval


def covered(target: Interval, earlier: list[Interval]) -> bool:
    """Whether the union of `earlier` contains every point of `target`."""
    if target.empty:
        return True
    position, closed_at_position = target.low, not target.low_closed  # need to cover from here
    for interval in sorted(earlier, key=lambda i: (i.low, not i.low_closed)):
        starts_in_time = interval.low < position or (
            interval.low == position and (interval.low_closed or closed_at_position)
        )
        if not starts_in_time:
            continue
        if interval.high > position or (interval.high == position and interval.high_closed and not closed_at_position):
            position, closed_at_position = interval.high, interval.high_closed
        if position > target.high or (position == target.high and (closed_at_position or not target.high_closed)):
            return True
    return False


def segmentation_warnings(segmentation: ast.RuleSegmentation) -> list[Diagnostic]:
    warnings = []
    if not any(rule.condition is None for rule in segmentation.rules):
        warnings.append(Diagnostic(
            "W102", f"segmentation `{segmentation.name}` has no `otherwise` rule", segmentation.name_span,
            hints=("customers matching no rule get a missing label; add `other otherwise` to label them",),
        ))
    earlier: dict[str, list[tuple[Interval, ast.Rule]]] = {}
    for rule in segmentation.rules:
        if rule.condition is None:
            continue
        found = condition_interval(rule.condition)
        if found is None:
            continue
        variable, interval = found
        if interval.empty:
            continue  # never true on its own: W105 (lints_conditions) says so
        previous = earlier.setdefault(variable, [])
        if covered(interval, [i for i, _ in previous]):
            labels = tuple(Label(r.span, "covered by this rule") for _, r in previous[-2:])
            warnings.append(Diagnostic(
                "W103", f"rule `{rule.label}` can never match: earlier rules already take every `{variable}` it covers",
                rule.span, labels=labels, hints=("reorder the rules or narrow the earlier ones",),
            ))
        previous.append((interval, rule))
    return warnings
