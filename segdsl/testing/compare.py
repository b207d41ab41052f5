"""An evaluation compared with a case's checks: the differences, as data for the report."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from segdsl.personal import Disclosure
from segdsl.testing.bind import Check


@dataclass(frozen=True)
class SegmentMismatch:
    kind: str  # members (exact) | not_members
    name: str
    missing: tuple[object, ...]  # expected members that are not
    unexpected: tuple[object, ...]  # members that should not be
    absent: tuple[object, ...] = ()  # of `missing`: customers who do not exist yet (`since`), so have no row


class _NoRow:
    """The value of a customer the evaluation leaves out: they do not exist yet as of the case's
    date (the customer table's `since`). Never equal to an expected value."""

    def __str__(self) -> str:
        return "no row (not a customer yet)"


NO_ROW = _NoRow()


@dataclass(frozen=True)
class ValueMismatch:
    kind: str  # labels | traits
    name: str
    rows: tuple[tuple[object, object, object], ...]  # (key, expected, actual)


Mismatch = SegmentMismatch | ValueMismatch


def disclosed(mismatches: tuple[Mismatch, ...], disclosure: Disclosure) -> tuple[Mismatch, ...]:
    """The mismatches as a report may show them: a personal trait's values and a personal
    key masked (segdsl.personal); which case failed, and on what, stays visible."""
    shown: list[Mismatch] = []
    for mismatch in mismatches:
        if isinstance(mismatch, SegmentMismatch):
            shown.append(SegmentMismatch(mismatch.kind, mismatch.name, disclosure.keys(mismatch.missing),
                                         disclosure.keys(mismatch.unexpected), disclosure.keys(mismatch.absent)))
            continue
        keys = disclosure.keys([row[0] for row in mismatch.rows])
        shown.append(ValueMismatch(mismatch.kind, mismatch.name, tuple(
            (key, disclosure.value(mismatch.name, expected), disclosure.value(mismatch.name, actual))
            for key, (_, expected, actual) in zip(keys, mismatch.rows))))
    return tuple(shown)


def compare(frame: pl.DataFrame, key: str, checks: Sequence[Check]) -> tuple[Mismatch, ...]:
    found: list[Mismatch] = []
    for check in checks:
        if check.kind in ("members", "not_members"):
            members = set(frame.filter(pl.col(check.name))[key].to_list())
            expected = set(check.keys)
            missing = expected - members if check.kind == "members" else set()
            unexpected = members - expected if check.kind == "members" else members & expected
            if missing or unexpected:
                absent = missing - set(frame[key].to_list())
                found.append(SegmentMismatch(check.kind, check.name, _sorted(missing), _sorted(unexpected), _sorted(absent)))
            continue
        actual = dict(zip(frame[key].to_list(), frame[check.name].to_list()))
        rows = tuple((k, v, actual.get(k, NO_ROW)) for k, v in zip(check.keys, check.values)
                     if not same(v, actual.get(k, NO_ROW)))
        if rows:
            found.append(ValueMismatch(check.kind, check.name, rows))
    return tuple(found)


def same(expected: object, actual: object) -> bool:
    """Equal values; numbers to 1e-9 (averages are floats), missing only equals missing."""
    if actual is NO_ROW:
        return False
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)
    return type(expected) is type(actual) and expected == actual


def _sorted(keys: set[object]) -> tuple[object, ...]:
    return tuple(sorted(keys, key=lambda k: (str(type(k)), k)))
