"""Alternatives of constraints on values: the small logic behind W103, W105 and W106.

A condition is described as alternatives (an `or`), each a conjunction of constraints on single
values: a range, a set of allowed or excluded values, missing, present. An alternative whose
constraints contradict each other is dropped, so a condition with no alternative left can never
hold. Sizes are capped; past a cap the analysis keeps a weaker description (fewer constraints,
or "anything"), which can hide a warning but never invent one.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from segdsl import ast
from segdsl.check.analysis import Interval

MAX_ALTERNATIVES = 32
MAX_CONSTRAINTS = 64
MAX_REASONS = 3


@dataclass(frozen=True)
class Origin:
    """The sub-expression a constraint was read from, and whether the constraint describes it
    being false (`negated`) rather than true: messages then show `not (...)`."""

    node: ast.Expr
    negated: bool = False


# The sub-expressions whose constraints contradict each other, for messages.
Reason = tuple[Origin, ...]


@dataclass(frozen=True, eq=False)
class Constraint:
    """One value (`var`, an expression's resolved key) is in a range, in or out of a set, or missing.

    Every kind but "missing" implies the value is present: a comparison with a missing value is
    never true (README, missing values). Equality ignores `origin` and `subject`; the hash is
    computed once, as constraints are hashed again and again when alternatives are combined."""

    var: Hashable
    kind: str  # "range" | "in" | "not_in" | "missing" | "present"
    interval: Interval | None = None
    values: frozenset = frozenset()
    origin: Origin | None = None
    subject: str = ""  # the value's source text, for messages ("where `x` is present")
    _hash: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.var, self.kind, self.interval, self.values)))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Constraint) and self._hash == other._hash and self.var == other.var
                and self.kind == other.kind and self.interval == other.interval and self.values == other.values)


Term = tuple[Constraint, ...]


@dataclass(frozen=True)
class Alternatives:
    terms: tuple[Term, ...]
    reasons: tuple[Reason, ...] = ()  # when no term is left: why (a few examples)

    @property
    def impossible(self) -> bool:
        return not self.terms


ANYTHING = Alternatives(((),))


def only(constraint: Constraint) -> Alternatives:
    """One alternative of one constraint, which may hold for no value (`x in ()`, `x between 5 and 3`)."""
    if _unsatisfiable(constraint):
        return Alternatives((), (_origins([constraint]),))
    return Alternatives(((constraint,),))


def _unsatisfiable(constraint: Constraint) -> bool:
    if constraint.kind == "in":
        return not constraint.values
    return constraint.kind == "range" and constraint.interval.empty


def impossible(reason: Reason) -> Alternatives:
    return Alternatives((), (reason,))


def either(*options: Alternatives) -> Alternatives:
    terms = tuple(dict.fromkeys(t for option in options for t in option.terms))
    if len(terms) > MAX_ALTERNATIVES:
        return ANYTHING
    if terms:
        return Alternatives(terms)
    return Alternatives((), _first_reasons(r for option in options for r in option.reasons))


def both(a: Alternatives, b: Alternatives) -> Alternatives:
    if a.impossible:
        return a
    if b.impossible:
        return b
    if len(a.terms) * len(b.terms) > MAX_ALTERNATIVES:
        return a if len(a.terms) <= len(b.terms) else b  # weaker: drops one side's constraints
    terms: list[Term] = []
    reasons: list[Reason] = []
    for left in a.terms:
        for right in b.terms:
            merged, conflict = _merge(left, right)
            if conflict is None:
                terms.append(merged)
            else:
                reasons.append(conflict)
    if terms:
        return Alternatives(tuple(dict.fromkeys(terms)))
    return Alternatives((), _first_reasons(reasons))


def relocate(alternatives: Alternatives, origin: Origin) -> Alternatives:
    """The same alternatives, blamed on `origin` (a reference, or a `not` around an atom)."""
    terms = tuple(tuple(Constraint(c.var, c.kind, c.interval, c.values, origin, c.subject) for c in term)
                  for term in alternatives.terms)
    return Alternatives(terms, ((origin,),) if alternatives.reasons else ())


def _first_reasons(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    unique: list[Reason] = []
    for reason in reasons:
        if reason not in unique:
            unique.append(reason)
    return tuple(unique[:MAX_REASONS])


def _merge(left: Term, right: Term) -> tuple[Term, Reason | None]:
    """Both terms together, and why they contradict each other (only shared values can)."""
    merged = tuple(dict.fromkeys(left + right))[:MAX_CONSTRAINTS]
    shared = {c.var for c in left} & {c.var for c in right}
    for var in shared:
        culprits = _conflict([c for c in merged if c.var == var])
        if culprits:
            return merged, _origins(culprits)
    return merged, None


def _conflict(group: list[Constraint]) -> list[Constraint] | None:
    """The constraints on one value that cannot hold together, or None."""
    if len(group) == 1:
        return group if _unsatisfiable(group[0]) else None
    missing = [c for c in group if c.kind == "missing"]
    present = [c for c in group if c.kind != "missing"]
    if missing:
        return [missing[0], present[0]] if present else None
    ranges = [c for c in group if c.kind == "range"]
    interval, lowest, highest = Interval(), None, None
    for constraint in ranges:
        narrowed = interval.intersect(constraint.interval)
        if (narrowed.low, narrowed.low_closed) != (interval.low, interval.low_closed):
            lowest = constraint
        if (narrowed.high, narrowed.high_closed) != (interval.high, interval.high_closed):
            highest = constraint
        interval = narrowed
        if interval.empty:
            return [c for c in (lowest, highest) if c is not None] or [constraint]
    allowed_sets = [c for c in group if c.kind == "in"]
    excluded_sets = [c for c in group if c.kind == "not_in"]
    excluded = frozenset().union(*(c.values for c in excluded_sets))
    if allowed_sets:
        allowed = frozenset.intersection(*(c.values for c in allowed_sets))
        if not any(v not in excluded and _inside(v, interval) for v in allowed):
            return allowed_sets + [c for c in excluded_sets if c.values & allowed] + ([lowest, highest] if ranges else [])
        return None
    point = interval.low if interval.low == interval.high else None
    if point is not None and point in excluded:
        return [c for c in (lowest, highest) if c is not None] + [c for c in excluded_sets if point in c.values]
    return None


def _inside(value: object, interval: Interval) -> bool:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return True  # text against a numeric range: types were checked elsewhere
    point = Interval(value, value, True, True)
    return not interval.intersect(point).empty


def _origins(constraints: list[Constraint | None]) -> Reason:
    seen: dict[tuple, Origin] = {}
    for constraint in constraints:
        if constraint is None or constraint.origin is None:
            continue
        span = constraint.origin.node.span
        seen.setdefault((span.source.name, span.start, span.end), constraint.origin)
    return tuple(seen[k] for k in sorted(seen))


def complement(interval: Interval) -> list[Interval]:
    """The ranges of values outside `interval` (zero, one or two)."""
    pieces = []
    if interval.low > -math.inf:
        pieces.append(Interval(high=interval.low, high_closed=not interval.low_closed))
    if interval.high < math.inf:
        pieces.append(Interval(low=interval.high, low_closed=not interval.high_closed))
    return pieces
