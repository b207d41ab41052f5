"""What a boolean expression allows, under the README's three-valued logic.

For each sub-expression we describe four outcomes as alternatives of constraints: when it is
true, false, not true (false or missing) and not false (true or missing). `and`/`or`/`not`
combine them exactly as Kleene logic does, and a segment collapses missing to false, so
`not s` is "s's condition is not true". Asking "not true" as well as "false" is what keeps the
lints honest about missing values: `x > 3 or x <= 3` is never false, but it is missing, so not
true, for customers without `x`.

References to segments and boolean traits are expanded (memoised, cycles cut), so a
contradiction through another definition is found too.
"""

from __future__ import annotations

from collections.abc import Hashable
from collections.abc import Set as AbstractSet

from segdsl import ast
from segdsl.check.analysis import Interval
from segdsl.check.lints_constraints import (
    ANYTHING,
    Alternatives,
    Constraint,
    Origin,
    both,
    complement,
    either,
    impossible,
    only,
    relocate,
)
from segdsl.check.lints_tree import Names
from segdsl.check.order import dependency_order, references
from segdsl.check.namespace import Namespace
from segdsl.types import Type

TRUE, FALSE, NOT_TRUE, NOT_FALSE = "true", "false", "not_true", "not_false"
_NEGATED = {TRUE: FALSE, FALSE: TRUE, NOT_TRUE: NOT_FALSE, NOT_FALSE: NOT_TRUE}
_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_RANGES = {
    "<": lambda v: Interval(high=v), "<=": lambda v: Interval(high=v, high_closed=True),
    ">": lambda v: Interval(low=v), ">=": lambda v: Interval(low=v, low_closed=True),
    "==": lambda v: Interval(v, v, True, True),
}


def is_connective(node: ast.Expr) -> bool:
    return isinstance(node, ast.Not) or (isinstance(node, ast.Binary) and node.op in ("and", "or"))


class Atom:
    """An atom's true / false / missing alternatives."""

    def __init__(self, true: Alternatives, false: Alternatives, missing: Alternatives):
        self.true, self.false, self.missing = true, false, missing

    def outcome(self, outcome: str) -> Alternatives:
        if outcome == TRUE:
            return self.true
        if outcome == FALSE:
            return self.false
        return either(self.false if outcome == NOT_TRUE else self.true, self.missing)


class Conditions:
    """The outcomes of the boolean sub-expressions of one file set, computed once per node."""

    def __init__(self, ns: Namespace, types: dict[str, Type]):
        self.ns = ns
        self.types = types
        self.names = Names(ns)
        self._memo: dict[tuple[int, str], Alternatives] = {}
        self._atoms: dict[int, Atom] = {}
        self._values: dict[str, frozenset[Hashable] | None] = {}
        self._definitions: dict[tuple[str, str], Alternatives] = {}
        self._expanding: set[str] = set()
        self._prime()

    def _prime(self) -> None:
        """Expand the referenced segments and boolean traits in dependency order, so that no
        expansion below recurses along a chain of references (only within one expression,
        whose nesting is bounded)."""
        referenced = {name for definition in self.ns.definitions.values() for name in references(self.ns, definition)}
        for name in dependency_order(self.ns):
            definition = self.ns.definitions[name]
            if name not in referenced or not self._expands(definition):
                continue
            self._definition_values(definition)
            for outcome in (TRUE, FALSE, NOT_TRUE, NOT_FALSE):
                key = (name, outcome)
                if key not in self._definitions:
                    self._expanding.add(name)
                    try:
                        self._definitions[key] = self.of(definition.expr, outcome)
                    finally:
                        self._expanding.discard(name)

    def of(self, node: ast.Expr, outcome: str, table: str | None = None) -> Alternatives:
        memo_key = (id(node), outcome)
        found = self._memo.get(memo_key)
        if found is None:
            found = self._memo[memo_key] = self._of(node, outcome, table)
        return found

    def _of(self, node: ast.Expr, outcome: str, table: str | None) -> Alternatives:
        if isinstance(node, ast.Binary) and node.op in ("and", "or"):
            left, right = self.of(node.left, outcome, table), self.of(node.right, outcome, table)
            conjunction = (node.op == "and") == (outcome in (TRUE, NOT_FALSE))
            return both(left, right) if conjunction else either(left, right)
        if isinstance(node, ast.Not):
            inner = self.of(node.operand, _NEGATED[outcome], table)
            return inner if is_connective(node.operand) else relocate(inner, Origin(node, outcome in (FALSE, NOT_TRUE)))
        if isinstance(node, ast.Bool):
            holds = node.value == (outcome in (TRUE, NOT_FALSE))
            return ANYTHING if holds else impossible((Origin(node, outcome in (FALSE, NOT_TRUE)),))
        atom = self._atoms.get(id(node))
        if atom is None:
            atom = self._atoms[id(node)] = self._atom(node, table)
        return atom.outcome(outcome)

    def independent(self, root: ast.Expr, table: str | None = None) -> bool:
        """Whether every test in a condition (and in the definitions it refers to) is about a
        different value and can be both true and false on its own. Then no part of it is always
        true or always false and the analysis can be skipped: the common case, made cheap."""
        return self._independent_values(root, table) is not None

    def _independent_values(self, root: ast.Expr, table: str | None) -> set[Hashable] | None:
        seen: set[Hashable] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if is_connective(node):
                stack.extend((node.operand,) if isinstance(node, ast.Not) else (node.left, node.right))
                continue
            found = self._test_values(node, table)
            if found is None or not seen.isdisjoint(found):
                return None
            seen |= found
        return seen

    def _test_values(self, node: ast.Expr, table: str | None) -> AbstractSet[Hashable] | None:
        """The values a test is about, or None when it may not be both true and false on its own."""
        if isinstance(node, ast.Bool) or (isinstance(node, ast.InList) and not node.items):
            return None
        if isinstance(node, ast.Name):
            definition = self.names.definition(node, table)
            if self._expands(definition):
                inner = self._definition_values(definition)
                return None if inner is None else inner | {self.names.key(node, table)}
            return {self.names.key(node, table)}
        if isinstance(node, ast.Between):
            low, high = _constant(node.low), _constant(node.high)
            reversed_bounds = isinstance(low, float) and isinstance(high, float) and low > high
            return None if reversed_bounds else {self.names.key(node.operand, table)}
        if isinstance(node, (ast.InList, ast.IsMissing)):
            return {self.names.key(node.operand, table)}
        if isinstance(node, ast.Binary) and (_constant(node.left) is None) != (_constant(node.right) is None):
            return {self.names.key(node.left if _constant(node.right) is not None else node.right, table)}
        return {self.names.key(node, table)}

    def _definition_values(self, definition: ast.Segment | ast.Let) -> frozenset[Hashable] | None:
        name = definition.name
        if name not in self._values:
            if name in self._expanding:
                return None  # a cycle (reported by the checker)
            self._expanding.add(name)
            try:
                found = self._independent_values(definition.expr, None)
            finally:
                self._expanding.discard(name)
            self._values[name] = frozenset(found) if found is not None else None
        return self._values[name]

    # ---- atoms -------------------------------------------------------------------------------

    def _atom(self, node: ast.Expr, table: str | None) -> Atom:
        if isinstance(node, ast.Binary):
            found = self._comparison(node, table)
        elif isinstance(node, ast.InList):
            found = self._in_list(node, table)
        elif isinstance(node, ast.Between):
            low, high = _constant(node.low), _constant(node.high)
            ordered = isinstance(low, float) and isinstance(high, float)
            found = self._range(node, node.operand, Interval(low, high, True, True), table) if ordered else None
        elif isinstance(node, ast.IsMissing):
            var, subject = self._var(node.operand, table)
            tested = "present" if node.negated else "missing"
            other = "missing" if node.negated else "present"
            found = Atom(only(Constraint(var, tested, origin=Origin(node), subject=subject)),
                         only(Constraint(var, other, origin=Origin(node, True), subject=subject)), Alternatives(()))
        elif isinstance(node, ast.Name):
            found = self._reference(node, table)
        else:
            found = None
        return found or self._boolean(node, table)

    def _boolean(self, node: ast.Expr, table: str | None) -> Atom:
        """Any other boolean: true, false or missing, known only by its key."""
        var, subject = self._var(node, table)
        return Atom(
            only(Constraint(var, "in", values=frozenset({True}), origin=Origin(node), subject=subject)),
            only(Constraint(var, "in", values=frozenset({False}), origin=Origin(node, True), subject=subject)),
            only(Constraint(var, "missing", origin=Origin(node, True), subject=subject)),
        )

    def _comparison(self, node: ast.Binary, table: str | None) -> Atom | None:
        op, operand, constant = node.op, node.left, node.right
        if _constant(operand) is not None:
            op, operand, constant = _FLIPPED.get(op, op), node.right, node.left
        value = _constant(constant)
        if value is None or _constant(operand) is not None or op not in _FLIPPED:
            return None
        if isinstance(value, str):
            if op not in ("==", "!="):
                return None
            return self._membership(node, operand, frozenset({value}), op == "!=", table)
        if op == "!=":
            return self._membership(node, operand, frozenset({value}), True, table)
        return self._range(node, operand, _RANGES[op](value), table)

    def _in_list(self, node: ast.InList, table: str | None) -> Atom | None:
        values = [_constant(item) for item in node.items]
        if any(v is None for v in values):
            return None
        return self._membership(node, node.operand, frozenset(values), node.negated, table)

    def _range(self, node: ast.Expr, operand: ast.Expr, interval: Interval, table: str | None) -> Atom:
        var, subject = self._var(operand, table)
        outside = [only(Constraint(var, "range", interval=piece, origin=Origin(node, True), subject=subject))
                   for piece in complement(interval)]
        return Atom(
            only(Constraint(var, "range", interval=interval, origin=Origin(node), subject=subject)),
            either(*outside) if outside else impossible((Origin(node, True),)),
            only(Constraint(var, "missing", origin=Origin(node, True), subject=subject)),
        )

    def _membership(self, node: ast.Expr, operand: ast.Expr, values: frozenset, negated: bool, table: str | None) -> Atom:
        var, subject = self._var(operand, table)
        inside, outside = ("not_in", "in") if negated else ("in", "not_in")
        return Atom(
            only(Constraint(var, inside, values=values, origin=Origin(node), subject=subject)),
            only(Constraint(var, outside, values=values, origin=Origin(node, True), subject=subject)),
            only(Constraint(var, "missing", origin=Origin(node, True), subject=subject)),
        )

    def _expands(self, definition: ast.Definition | None) -> bool:
        """Segments and boolean traits are expanded where they are used."""
        return isinstance(definition, ast.Segment) or (
            isinstance(definition, ast.Let) and self.types.get(definition.name) is Type.BOOLEAN)

    def _reference(self, node: ast.Name, table: str | None) -> Atom | None:
        """A segment is never missing (missing collapses to false); a boolean trait is its body."""
        definition = self.names.definition(node, table)
        if not self._expands(definition):
            return None
        plain = self._boolean(node, table)
        if isinstance(definition, ast.Segment):
            return Atom(
                both(plain.true, self._body(definition, TRUE, node)),
                both(plain.false, self._body(definition, NOT_TRUE, node)),
                Alternatives(()),
            )
        return Atom(
            both(plain.true, self._body(definition, TRUE, node)),
            both(plain.false, self._body(definition, FALSE, node)),
            both(plain.missing, self._body(definition, NOT_TRUE, node)),
        )

    def _body(self, definition: ast.Segment | ast.Let, outcome: str, reference: ast.Name) -> Alternatives:
        key = (definition.name, outcome)
        if key not in self._definitions:
            if definition.name in self._expanding:
                return ANYTHING  # a cycle (reported by the checker)
            self._expanding.add(definition.name)
            try:
                self._definitions[key] = self.of(definition.expr, outcome)
            finally:
                self._expanding.discard(definition.name)
        return relocate(self._definitions[key], Origin(reference, outcome != TRUE))

    def _var(self, operand: ast.Expr, table: str | None) -> tuple[Hashable, str]:
        """The value an atom tests: its key, and its text for messages."""
        return self.names.key(operand, table), code(operand)


def code(node: ast.Node, limit: int = 48) -> str:
    """A sub-expression's source text on one line, shortened for messages."""
    text = " ".join(node.span.text().split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _constant(node: ast.Expr) -> object | None:
    """A literal's value: numbers (percent as a fraction, dates as day numbers) or text."""
    if isinstance(node, ast.String):
        return node.value
    if isinstance(node, ast.Date):
        return float(node.value.toordinal())
    return _number(node)


def _number(node: ast.Expr) -> float | None:
    if isinstance(node, ast.Number):
        return float(node.value)
    if isinstance(node, ast.Percent):
        return node.fraction
    if isinstance(node, ast.Negate):
        inner = _number(node.operand)
        return -inner if inner is not None else None
    return None
