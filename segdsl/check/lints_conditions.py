"""W105 always-false and W106 always-true: conditions that cannot select anything, or select all.

Each condition is examined from the inside out and the smallest sub-expression at fault is
reported, so one mistake gives one warning at its place. When that mistake makes a whole
segment empty (or full), or a whole rule dead, the message says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from segdsl import ast
from segdsl.check.lints_constraints import Alternatives, Origin, Reason
from segdsl.check.lints_logic import FALSE, NOT_TRUE, TRUE, Conditions, code, is_connective
from segdsl.check.lints_tree import children, expressions_of, in_source_order
from segdsl.diagnostics import Diagnostic, Label

COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}
TESTS = (ast.InList, ast.Between, ast.IsMissing, ast.StringTest, ast.WithinLast)


@dataclass(frozen=True)
class Subject:
    """How a message names what is at fault: a segment, a rule, or a condition."""

    empty: str
    everyone: str


CONDITION = Subject("condition is never true", "condition is true for every customer")


@dataclass(frozen=True)
class Status:
    never: bool  # True: never true (W105); False: never false (W106)
    reasons: tuple[Reason, ...]
    present: tuple[str, ...] | None = None  # W106: true only where these are present (None: always)


def condition_warnings(conditions: Conditions) -> list[Diagnostic]:
    reporter = _Reporter(conditions)
    ns = conditions.ns
    for name in in_source_order(ns, ns.root_definitions):
        for expr, subject in _tops(ns.definitions[name]):
            reporter.scan(expr, None, False, subject)
    return reporter.warnings


def _tops(definition: ast.Definition) -> Iterator[tuple[ast.Expr, Subject | None]]:
    if isinstance(definition, ast.Segment):
        name = definition.name
        yield definition.expr, Subject(f"segment `{name}` is always empty", f"segment `{name}` contains every customer")
    elif isinstance(definition, ast.RuleSegmentation):
        for rule in definition.rules:
            if rule.condition is not None:
                label = rule.label
                yield rule.condition, Subject(f"rule `{label}` never matches", f"rule `{label}` matches every customer")
    else:
        yield from ((expr, None) for expr in expressions_of(definition))


def is_condition(node: ast.Expr) -> bool:
    return is_connective(node) or isinstance(node, TESTS) or (isinstance(node, ast.Binary) and node.op in COMPARISONS)


class _Reporter:
    def __init__(self, conditions: Conditions):
        self.conditions = conditions
        self.warnings: list[Diagnostic] = []

    def scan(self, node: ast.Expr, table: str | None, inside_logic: bool, subject: Subject | None) -> None:
        """Find the conditions in an expression (also inside aggregations' `where`) and check each."""
        if subject is not None or (is_condition(node) and not inside_logic):
            self._check(node, table, subject or CONDITION)
        connective = is_connective(node)
        for child, child_table in children(node, table):
            self.scan(child, child_table, connective, None)

    def _check(self, root: ast.Expr, table: str | None, subject: Subject) -> None:
        if self.conditions.independent(root, table):
            return
        culprits: list[tuple[ast.Expr, Status]] = []
        self._visit(root, root, table, culprits)
        if not culprits:
            return
        whole = self._status(root, table)
        for node, status in culprits:
            applies = node is root or (whole is not None and whole.never == status.never)
            self.warnings.append(self._diagnostic(node, status, subject if applies else CONDITION))

    def _visit(self, node: ast.Expr, root: ast.Expr, table: str | None, culprits: list) -> bool:
        """Report the innermost sub-expressions that are never true or never false."""
        found_below = False
        if isinstance(node, ast.Binary) and is_connective(node):
            found_below = self._visit(node.left, root, table, culprits) | self._visit(node.right, root, table, culprits)
        elif isinstance(node, ast.Not) and is_connective(node.operand):
            found_below = self._visit(node.operand, root, table, culprits)  # `not` of a test is one unit
        if found_below or isinstance(node, ast.Bool) or (isinstance(node, ast.Name) and node is not root):
            return found_below  # a literal is deliberate; a reference is reported at its definition
        status = self._status(node, table)
        if status is not None:
            culprits.append((node, status))
        return status is not None

    def _status(self, node: ast.Expr, table: str | None) -> Status | None:
        true = self.conditions.of(node, TRUE, table)
        if true.impossible:
            return Status(True, true.reasons)
        false = self.conditions.of(node, FALSE, table)
        if not false.impossible:
            return None
        not_true = self.conditions.of(node, NOT_TRUE, table)
        return Status(False, false.reasons, None if not_true.impossible else self._missing(not_true))

    def _missing(self, not_true: Alternatives) -> tuple[str, ...]:
        """Values that, once present, make the condition true: one missing in every way it can
        fail to be true, else all of them (empty: cannot tell)."""
        per_term = [[c.subject for c in term if c.kind == "missing"] for term in not_true.terms]
        if not all(per_term):
            return ()
        everywhere = set.intersection(*(set(t) for t in per_term))
        ordered = dict.fromkeys(text for term in per_term for text in term)
        return tuple(t for t in ordered if t in everywhere) or tuple(ordered)

    def _diagnostic(self, node: ast.Expr, status: Status, subject: Subject) -> Diagnostic:
        explained = [self._explain(reason, status.never) for reason in status.reasons]
        because = "; ".join(text for text, _, _ in explained)
        because = f": {because}" if because else ""
        labels = tuple(label for _, _, label in explained if label is not None)
        hint = explained[0][1] if explained else "check the values and operators"
        if status.never:
            return Diagnostic("W105", f"{subject.empty}{because}", node.span, hints=(hint,), labels=labels)
        present = status.present
        if present is not None and len(present) == 1:
            hint = f"it only tests that `{present[0]}` is present; if that is what you mean, write `{present[0]} is present`"
        return Diagnostic("W106", f"{subject.everyone}{_where(present)}{because}", node.span, hints=(hint,), labels=labels)

    def _explain(self, reason: Reason, never: bool) -> tuple[str, str, Label | None]:
        """(reason, hint, label) for one set of sub-expressions that contradict each other.

        W105 lists what would have to hold together; W106 what would have to be false together."""
        if len(reason) == 1:
            return self._explain_one(reason[0])
        listed = _listing(tuple(_written(origin, flip=not never) for origin in reason))
        if never:
            hint = ("a comparison is never true for a missing value, so `is missing` rules it out"
                    if any(isinstance(o.node, ast.IsMissing) for o in reason)
                    else "no customer can satisfy all of them; check the operators and values")
            return f"{listed} contradict each other", hint, None
        return (f"{listed} cannot {'both' if len(reason) == 2 else 'all'} be false",
                "it filters nothing out; remove it or fix the values", None)

    def _explain_one(self, origin: Origin) -> tuple[str, str, Label | None]:
        """One sub-expression that cannot be true (or, negated, cannot be false) on its own."""
        node, negated = origin.node, origin.negated
        if isinstance(node, ast.Not):
            node, negated = node.operand, not negated
        what = "always true" if negated else "never true"
        definition = self.conditions.names.definition(node, None)
        if definition is not None:
            label = Label(definition.name_span, f"`{definition.name}` is defined here")
            return f"`{definition.name}` is {what}", f"fix or remove the definition of `{definition.name}`", label
        if isinstance(node, ast.InList) and not node.items:
            return f"`{code(node)}` lists no values", "an empty list matches no value; list the values you mean", None
        if isinstance(node, ast.Between):
            return f"`{code(node)}` has its bounds the wrong way round", "write the smaller bound first: `x between 1 and 5`", None
        return f"`{code(node)}` is {what}", "check the values and operators", None


def _written(origin: Origin, flip: bool) -> str:
    """A sub-expression as the constraint reads it: `not (x > 3)` when it must be false."""
    node = origin.node
    if origin.negated == flip:
        return code(node)
    if isinstance(node, ast.Not):
        return code(node.operand)
    return f"not {code(node)}" if isinstance(node, ast.Name) else f"not ({code(node)})"


def _where(present: tuple[str, ...] | None) -> str:
    if present is None:
        return ""  # true even for customers with missing values
    if not present:
        return " where its values are present"
    return f" where {_listing(present)} {'is' if len(present) == 1 else 'are'} present"


def _listing(items: tuple[str, ...]) -> str:
    quoted = [f"`{item}`" for item in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
