"""Sizes and measures at a series of as-of dates, with customers entering and leaving segments.

The dates come from `backend.polars_history.history_frames`: the events are read once for every
date, then each date's frame (the customers who exist then) is reduced here to a few numbers
before the next one is computed, so memory holds one date, not the whole series. Each frame is
first grouped by its combination of segments and labels (a few hundred rows); every group's
measures are sums over those rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import polars as pl

from segdsl import ir
from segdsl.backend.polars_history import evaluate_history_frame, history_frames
from segdsl.backend.windows import shift

_SPAN = re.compile(r"^\s*(\d+)\s*(day|week|month|year)s?\s*$")
_SCHEMA = {"as_of": pl.Date, "group_kind": pl.String, "group": pl.String, "measure": pl.String, "value": pl.Float64}


def parse_span(text: str) -> tuple[int, str] | None:
    """`12 months` -> (12, "months"); None when it is not a count and a unit."""
    found = _SPAN.match(text)
    return (int(found.group(1)), found.group(2) + "s") if found and int(found.group(1)) >= 1 else None


def history_dates(as_of: dt.date, count: int, unit: str) -> list[dt.date]:
    """`count` points one `unit` apart, oldest first, the last one at `as_of`."""
    return [shift(as_of, -step, unit) for step in range(count - 1, -1, -1)]


def _model_scorer(definition, trust_pickle: bool):
    from segdsl.datacheck import validate_inputs

    plan = definition.ir
    validate_inputs(plan)
    if not plan.models:
        return None
    from segdsl.models.scoring import ModelScorer

    return ModelScorer(plan, trust_pickle=trust_pickle)


def evaluate_history(definition, dates: list[dt.date], trust_pickle: bool = False) -> pl.DataFrame:
    """The wide frame: key, then every output and measure column of date i with suffix `@i`."""
    plan = definition.ir
    scorer = _model_scorer(definition, trust_pickle)
    return evaluate_history_frame(plan, dates, keep=plan.measure_columns, model_output=scorer)


def evaluate_history_frames(definition, dates: list[dt.date], trust_pickle: bool = False) -> Iterator[pl.DataFrame]:
    """Each date's frame in turn (key, outputs, measure columns of the customers who exist)."""
    plan = definition.ir
    scorer = _model_scorer(definition, trust_pickle)
    return history_frames(plan, dates, keep=plan.measure_columns, model_output=scorer)


# ---- the table ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Stat:
    """A sum over a group's members that measures are made of."""

    column: str
    kind: str  # sum (missing skipped) | count (values present) | hits (true, missing as false)

    @property
    def name(self) -> str:
        return f"{self.kind}\x1f{self.column}"

    def expr(self) -> pl.Expr:
        value = pl.col(self.column)
        if self.kind == "count":
            return value.count().cast(pl.Float64).alias(self.name)
        if self.kind == "hits":
            value = value.fill_null(False)
        return value.cast(pl.Float64).sum().alias(self.name)


_NEEDS = {"total": ("sum",), "share_of": ("sum",), "average": ("sum", "count"), "rate": ("hits",)}


def _stats(plan: ir.Plan) -> list[_Stat]:
    found: dict[_Stat, None] = {}
    for m in plan.measures:
        for column, agg in ((m.value, m.agg), (m.per, m.per_agg)):
            if column is not None:
                found.update((_Stat(column, kind), None) for kind in _NEEDS[agg])
    return list(found)


def _divide(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def _aggregate(agg: str, column: str, sums: dict[str, float], everyone: dict[str, float]) -> float | None:
    """As `measures._aggregate` does over the members' rows (sum of none: 0; mean of none: missing)."""
    if agg == "total":
        return sums[_Stat(column, "sum").name]
    if agg == "average":
        return _divide(sums[_Stat(column, "sum").name], sums[_Stat(column, "count").name])
    if agg == "rate":
        return _divide(sums[_Stat(column, "hits").name], sums["members"])
    if agg == "share_of":
        return _divide(sums[_Stat(column, "sum").name], everyone[_Stat(column, "sum").name])
    raise ValueError(agg)


def _measure(m: ir.Measure, sums: dict[str, float], everyone: dict[str, float]) -> float | None:
    if m.agg == "share":
        return _divide(sums["members"], everyone["members"])
    value = _aggregate(m.agg, m.value, sums, everyone)
    if m.per is not None:
        denominator = _aggregate(m.per_agg, m.per, sums, everyone)
        value = _divide(value, denominator) if denominator not in (None, 0) else None
    return value


@dataclass
class _Date:
    combos: pl.DataFrame  # one row per combination of segments and labels: members and sums
    moves: dict[str, pl.DataFrame]  # segment or segmentation -> before | now | customers (from the date before)


def _reduce(frame: pl.DataFrame, previous: pl.DataFrame | None, plan: ir.Plan, key: str, stats: list[_Stat]) -> _Date:
    grouping = [*plan.segments, *plan.segmentations]
    aggs = [pl.len().cast(pl.Float64).alias("members"), *(s.expr() for s in stats)]
    combos = frame.group_by(grouping).agg(aggs) if grouping else frame.select(aggs)
    moves: dict[str, pl.DataFrame] = {}
    if previous is not None:
        now = frame.select(key, *grouping)
        if now.get_column(key).equals(previous.get_column(key)):
            both = now.hstack(previous.drop(key).rename({c: c + "\x1fbefore" for c in grouping}))
        else:  # some customers exist at one date only
            both = now.join(previous, on=key, how="full", coalesce=True, suffix="\x1fbefore")
        for name in grouping:
            moves[name] = both.group_by(pl.col(name + "\x1fbefore").alias("before"), pl.col(name).alias("now")).len()
    return _Date(combos, moves)


def history_table(frames: Iterable[pl.DataFrame], plan: ir.Plan, dates: list[dt.date]) -> pl.DataFrame:
    """as_of | group_kind | group | measure | value. Besides the declared measures, every group has
    `members`, and segments and labels have `entering` and `leaving` (since the previous date).
    "all" is every customer who exists at that date."""
    key = plan.customers.key
    stats = _stats(plan)
    reduced: list[_Date] = []
    previous = None
    for frame in frames:
        reduced.append(_reduce(frame, previous, plan, key, stats))
        previous = frame.select(key, *plan.segments, *plan.segmentations)
    labels = {
        g: sorted({v for date in reduced for v in date.combos.get_column(g).drop_nulls().to_list()})
        for g in plan.segmentations
    }
    groups = [("all", "all", None)] + [("segment", s, pl.col(s)) for s in plan.segments]
    groups += [("label", f"{g}.{label}", pl.col(g) == label) for g in plan.segmentations for label in labels[g]]
    names = ["members", *(s.name for s in stats)]
    rows = []
    for index, date in enumerate(reduced):
        everyone = _sums(date.combos, None, names)
        for kind, name, mask in groups:
            sums = _sums(date.combos, mask, names)
            named = [("members", sums["members"])]
            named += [(m.name, _measure(m, sums, everyone)) for m in plan.measures if m.agg != "size"]
            if index > 0 and mask is not None:
                named += _entering_leaving(date.moves, kind, name)
            rows += [(dates[index], kind, name, measure, _finite(value)) for measure, value in named]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def _sums(combos: pl.DataFrame, mask: pl.Expr | None, names: list[str]) -> dict[str, float]:
    chosen = combos.filter(mask.fill_null(False)) if mask is not None else combos
    return dict(zip(names, chosen.select(pl.col(n).sum() for n in names).row(0)))


def _entering_leaving(moves: dict[str, pl.DataFrame], kind: str, name: str) -> list[tuple[str, float]]:
    if kind == "segment":
        table, was, now = moves[name], pl.col("before").fill_null(False), pl.col("now").fill_null(False)
    else:
        segmentation, label = name.split(".", 1)
        table = moves[segmentation]
        was, now = (pl.col("before") == label).fill_null(False), (pl.col("now") == label).fill_null(False)
    entering, leaving = table.select(pl.col("len").filter(now & ~was).sum().alias("entering"),
                                     pl.col("len").filter(~now & was).sum().alias("leaving")).row(0)
    return [("entering", float(entering)), ("leaving", float(leaving))]


def _finite(value: float | None) -> float | None:
    return None if value is None or value != value or value in (float("inf"), float("-inf")) else float(value)
