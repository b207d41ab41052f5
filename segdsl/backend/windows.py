"""Time windows relative to `as of`, resolved to calendar days.

Every window is a half-open range of days (lower, upper]: `lower` is excluded (or None for no
lower bound) and `upper` included; `upper` is never after `as of`, so no event from the future
counts, except in the one window that exists to look ahead: `in next N days`, (as of, as of + N],
which only a measure (a KPI such as churn or conversion, measured by backtest) may use. `over 90 days` with as of 2026-11-01 is (2026-08-03, 2026-11-01]: exactly 90 days.
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
    """(lower exclusive or None, upper inclusive) for a window at `as_of`."""
    kind = window.kind
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
    if kind == "next":
        return as_of, shift(as_of, window.amount, window.unit)
    raise ValueError(f"unknown window kind {kind}")
