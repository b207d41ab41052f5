"""Time windows relative to `as of`, resolved to calendar days.

Every window is a half-open range of days (lower, upper]: `lower` is excluded (or None for no
lower bound) and `upper` included; `upper` is never after `as of`, so no event from the future
counts. `over 90 days` with as of 2026-11-01 is (2026-08-03, 2026-11-01]: exactly 90 days.
"""

from __future__ import annotations

import calendar
import datetime as dt

from segdsl import ir

ONE_DAY = dt.timedelta(days=1)


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by a signed amount of days, weeks, months or years (month ends clamp)."""
    if unit == "days":
        return day + dt.timedelta(days=amount)
    if unit == "weeks":
        return day + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "years" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def bounds(window: ir.Window, as_of: dt.date) -> tuple[dt.date | None, dt.date]:
    """(lower exclusive or None, upper inclusive) for a window at `as_of`.

    An intersection of windows is the days every part contains: the largest lower bound and the
    smallest upper bound. It may be empty at some `as of` (lower >= upper): then no event counts.
    """
    kind = window.kind
    if kind == "intersection":
        resolved = [bounds(part, as_of) for part in window.parts]
        lowers = [lower for lower, _ in resolved if lower is not None]
        return (max(lowers) if lowers else None), min(upper for _, upper in resolved)
    if kind == "all":
        return None, as_of
    if kind == "last":
        return shift(as_of, -window.amount, window.unit), as_of
    if kind == "more_than_ago":
        return None, min(as_of, shift(as_of, -window.amount, window.unit) - ONE_DAY)
    if kind == "between":
        return window.start - ONE_DAY, min(as_of, window.end)
    if kind == "before":
        return None, min(as_of, window.end - ONE_DAY)
    if kind == "after":
        return window.start, as_of
    raise ValueError(f"unknown window kind {kind}")


def is_empty(lower: dt.date | None, upper: dt.date) -> bool:
    return lower is not None and lower >= upper


def never_contains_a_day(window: ir.Window) -> bool:
    """True when the window is empty whatever `as of` is (e.g. `before 2025-01-01 after 2026-01-01`).

    Bounds move with `as of` by fixed offsets (up to month-end clamping), so if some `as of` gives
    a non-empty window, one near a date where a bound of one part meets a bound of another does:
    we try every fixed date of the parts, shifted by every relative amount, a few days either side.
    """
    if window.kind != "intersection":
        return False
    anchors = {dt.date(2000, 1, 1)}
    anchors |= {d for part in window.parts for d in (part.start, part.end) if d is not None}
    offsets = [(0, "days")] + [(part.amount, part.unit) for part in window.parts if part.kind in ("last", "more_than_ago")]
    candidates = set()
    for anchor in anchors:
        for amount, unit in offsets:
            for sign in (1, -1):
                try:
                    moved = shift(anchor, sign * amount, unit)
                except (ValueError, OverflowError):
                    continue
                for slack in range(-3, 4):
                    try:
                        candidates.add(moved + dt.timedelta(days=slack))
                    except OverflowError:
                        continue
    resolved = False
    for as_of in candidates:
        try:
            if not is_empty(*bounds(window, as_of)):
                return False
        except (ValueError, OverflowError):  # beyond the calendar: not this check's to report
            continue
        resolved = True
    return resolved
