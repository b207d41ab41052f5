"""W107 duplicate-segment: a segment whose condition means the same as another segment's.

Segments are compared on the checker's IR (names resolved, `customers.x` and `x` alike, equal
aggregations shared, `between` expanded) in a normal form: `not` pushed inwards (exact in
three-valued logic: `not (x > 3)` and `x <= 3` are both missing when `x` is), `and`/`or` chains
as sets (order and repetition do not matter), the constant on the right of a comparison, and a
reference to a segment replaced by its condition outside `not` (a segment is true exactly when
its condition is), a reference to a trait by its expression. Each segment's form is hashed once: linear in the number of segments.
"""

from __future__ import annotations

from collections.abc import Hashable
from segdsl import ast, ir
from segdsl.check.lints_tree import compared_fields
from segdsl.check.namespace import Namespace
from segdsl.diagnostics import Diagnostic, Label
from segdsl.types import Type

_SWAPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
_DUAL = {"and": "or", "or": "and"}


class _Unknown(Exception):
    """A segment with an error in it has no meaning to compare."""


def duplicate_warnings(ns: Namespace, steps: list[ir.Derived]) -> list[Diagnostic]:
    forms = _Forms({d.name: d for d in steps})
    first_with: dict[Hashable, str] = {}
    warnings = []
    for name, definition in ns.definitions.items():  # imports first, then in source order
        if not isinstance(definition, ast.Segment):
            continue
        form = forms.segment(name)
        if form is None:
            continue
        original = first_with.setdefault(form, name)
        if original != name and name in ns.root_definitions:
            warnings.append(Diagnostic(
                "W107", f"segment `{name}` has the same condition as segment `{original}`", definition.name_span,
                labels=(Label(ns.definitions[original].name_span, f"`{original}` is defined here"),),
                hints=(f"keep one of them; other definitions can refer to `{original}`",),
            ))
    return warnings


class _Forms:
    def __init__(self, derived: dict[str, ir.Derived]):
        self.derived = derived
        self._segments: dict[str, Hashable | None] = {}
        self._traits: dict[tuple[str, bool], Hashable] = {}
        self._expanding: set[str] = set()
        # Hash-consing: every form is a small number standing for a structure whose parts are
        # numbers too, so forms stay shallow however deep traits and segments nest through each
        # other (hashing a deeply nested tuple recurses in C), and equal numbers mean equal forms.
        self._numbers: dict[Hashable, int] = {}
        self._structures: list[Hashable] = []
        for step in derived.values():  # dependency order: nothing below recurses along a chain
            if step.role == "trait":
                for negated in (False, True):
                    try:
                        self._trait(step.name, negated)
                    except _Unknown:
                        pass
            elif step.role == "segment":
                self.segment(step.name)

    def _intern(self, structure: Hashable) -> int:
        number = self._numbers.get(structure)
        if number is None:
            number = self._numbers[structure] = len(self._structures)
            self._structures.append(structure)
        return number

    def segment(self, name: str) -> Hashable | None:
        if name not in self._segments:
            if name not in self.derived:
                return None
            self._expanding.add(name)
            try:
                self._segments[name] = self.form(self.derived[name].expr, negated=False, expand=True)
            except _Unknown:
                self._segments[name] = None
            finally:
                self._expanding.discard(name)
        return self._segments[name]

    def form(self, expr: ir.Expr, negated: bool, expand: bool) -> Hashable:
        found = self._form(expr, negated, expand)
        return found if isinstance(found, int) else self._intern(found)

    def _form(self, expr: ir.Expr, negated: bool, expand: bool) -> Hashable:
        if isinstance(expr, ir.Literal) and expr.type is Type.UNKNOWN:
            raise _Unknown
        if isinstance(expr, ir.Call) and expr.fn == "not":
            return self.form(expr.args[0], not negated, expand)
        if isinstance(expr, ir.Call) and expr.fn in _DUAL:
            op = _DUAL[expr.fn] if negated else expr.fn
            items: set[Hashable] = set()
            for arg in expr.args:
                item = self.form(arg, negated, expand)
                structure = self._structures[item]
                items.update(structure[1] if isinstance(structure, tuple) and structure[0] == op else (item,))
            return (op, frozenset(items))
        if isinstance(expr, ir.Call) and expr.fn in _NEGATED and len(expr.args) == 2:
            return self._comparison(expr, negated)
        if isinstance(expr, ir.InList):
            values = frozenset(expr.values)
            return ("in", self.form(expr.operand, False, False), values, expr.negated != negated)
        if isinstance(expr, ir.Ref) and expand and not negated and self._is(expr.name, "segment"):
            found = self.segment(expr.name)
            if found is None:
                raise _Unknown
            return found
        if isinstance(expr, ir.Ref) and self._is(expr.name, "trait"):
            return self._trait(expr.name, negated)
        plain = (type(expr).__name__, *(self._field(getattr(expr, f)) for f in compared_fields(type(expr))))
        return ("not", plain) if negated else plain

    def _comparison(self, expr: ir.Call, negated: bool) -> Hashable:
        op, (left, right) = expr.fn, expr.args
        if isinstance(left, ir.Literal) and not isinstance(right, ir.Literal):
            op, left, right = _SWAPPED[op], right, left
        op = _NEGATED[op] if negated else op
        if op in ("==", "!=") and isinstance(right, ir.Literal):  # `x == "a"` is `x in ("a")`
            return ("in", self.form(left, False, False), frozenset({right.value}), op == "!=")
        sides = (self.form(left, False, False), self.form(right, False, False))
        return (op, frozenset(sides)) if op in ("==", "!=") else (op, *sides)

    def _trait(self, name: str, negated: bool) -> Hashable:
        """A trait is its expression: `spend > 100` is `sum(orders.amount) > 100`."""
        key = (name, negated)
        if key not in self._traits:
            self._expanding.add(name)
            try:
                self._traits[key] = self.form(self.derived[name].expr, negated, False)
            finally:
                self._expanding.discard(name)
        return self._traits[key]

    def _is(self, name: str, role: str) -> bool:
        step = self.derived.get(name)
        return step is not None and step.role == role and name not in self._expanding

    def _field(self, value: object) -> Hashable:
        if isinstance(value, ir.Expr):
            return self.form(value, False, False)
        if isinstance(value, tuple):
            return tuple(self._field(v) for v in value)
        return value
