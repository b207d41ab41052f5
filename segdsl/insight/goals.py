"""SMART goal tracking: baseline, current value, progress and a linear projection to the deadline.

The target is the baseline moved by the goal (`down 10%`: 0.9 × baseline; `up 500`: baseline + 500;
`to 5%`: 0.05). Progress is (current − baseline) / (target − baseline). The projection extends
the straight line through (baseline date, baseline) and (current date, current) to the deadline.
A measure that looks ahead (churn over the next 90 days) is current as of 90 days ago: the
latest date whose outcome window is complete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from segdsl import ir
from segdsl.backend.polars_history import EXISTS, suffix
from segdsl.insight.measures import measure_expr, target_mask

STATUSES = ("met", "on track", "off track", "missed", "no data")


@dataclass(frozen=True)
class GoalDates:
    baseline: dt.date
    current: dt.date


def goal_dates(plan: ir.Plan, goal: ir.Goal, as_of: dt.date) -> GoalDates:
    ahead = plan.measure_by_name(goal.measure).ahead_days
    current = min(as_of, goal.deadline) - dt.timedelta(days=ahead)
    return GoalDates(goal.baseline, max(current, goal.baseline))


def target_value(goal: ir.Goal, baseline: float) -> float:
    if goal.direction == "to":
        return goal.amount
    change = goal.amount * abs(baseline) if goal.relative else goal.amount
    return baseline + change if goal.direction == "up" else baseline - change


def _reached(goal: ir.Goal, value: float, target: float, baseline: float) -> bool:
    downwards = goal.direction == "down" or (goal.direction == "to" and target < baseline)
    return value <= target if downwards else value >= target


def goal_text(goal: ir.Goal) -> str:
    amount = f"{goal.amount:.0%}" if goal.relative or (goal.direction == "to" and goal.amount < 1) else f"{goal.amount:g}"
    return f"{goal.direction} {amount} by {goal.deadline}"


def goals_table(plan: ir.Plan, frame: pl.DataFrame, dates: list[dt.date], as_of: dt.date) -> pl.DataFrame:
    """One row per goal; `frame` is a history frame over `dates` (see insight.history)."""
    rows = []
    for goal in plan.goals:
        when = goal_dates(plan, goal, as_of)
        measure = plan.measure_by_name(goal.measure)
        # no target: every customer who exists at that date
        mask = lambda at: target_mask(goal.target, at) if goal.target is not None else pl.col(EXISTS + at)  # noqa: E731
        base_at, now_at = suffix(dates.index(when.baseline)), suffix(dates.index(when.current))
        baseline, current = frame.select(
            measure_expr(measure, mask(base_at), base_at, pl.col(EXISTS + base_at)).alias("b"),
            measure_expr(measure, mask(now_at), now_at, pl.col(EXISTS + now_at)).alias("c"),
        ).row(0)
        rows.append(_row(goal, when, baseline, current, as_of))
    return pl.DataFrame(rows, schema=GOAL_SCHEMA, orient="row")


GOAL_SCHEMA = {
    "goal": pl.String, "segment": pl.String, "measure": pl.String, "target_text": pl.String,
    "baseline_date": pl.Date, "baseline": pl.Float64, "current_date": pl.Date, "current": pl.Float64,
    "target": pl.Float64, "progress": pl.Float64, "projected": pl.Float64, "deadline": pl.Date, "status": pl.String,
}


def _row(goal: ir.Goal, when: GoalDates, baseline: float | None, current: float | None, as_of: dt.date) -> tuple:
    segment = goal.target.text if goal.target is not None else "all"
    head = (goal.name, segment, goal.measure, goal_text(goal), when.baseline)
    if baseline is None or current is None:
        return (*head, baseline, when.current, current, None, None, None, goal.deadline, "no data")
    target = target_value(goal, baseline)
    progress = (current - baseline) / (target - baseline) if target != baseline else (1.0 if current == target else 0.0)
    elapsed = (when.current - when.baseline).days
    total = (goal.deadline - when.baseline).days
    projected = baseline + (current - baseline) * total / elapsed if elapsed > 0 else None
    if _reached(goal, current, target, baseline):
        status = "met"
    elif as_of >= goal.deadline:
        status = "missed"
    elif projected is not None and _reached(goal, projected, target, baseline):
        status = "on track"
    else:
        status = "off track"
    return (*head, baseline, when.current, current, target, progress, projected, goal.deadline, status)


def needed_dates(plan: ir.Plan, as_of: dt.date) -> list[dt.date]:
    dates = {d for goal in plan.goals for d in (goal_dates(plan, goal, as_of).baseline, goal_dates(plan, goal, as_of).current)}
    return sorted(dates)
