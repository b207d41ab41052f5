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

import numpy as np
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

    def values(self, frame: pl.DataFrame) -> np.ndarray:
        """Its per-customer term (the sum over members is then a `bincount` with these weights).
        Series operations: a `select` on the date's frame (many chunks) costs several times more."""
        column = frame.get_column(self.column)
        if self.kind == "count":
            return column.is_not_null().to_numpy()
        if self.kind == "hits":
            return column.fill_null(False).to_numpy()
        return column.cast(pl.Float64).fill_null(0.0).to_numpy()


_NEEDS = {"total": ("sum",), "share_of": ("sum",), "average": ("sum", "count"), "rate": ("hits",)}


def _same_values(plan: ir.Plan) -> dict[str, str]:
    """Measure column -> the first measure column computed the same way (revenue, its share and
    ARPU all read `sum(orders.amount) over 365 days`): each distinct value is summed once."""
    first: dict[ir.Expr, str] = {}
    return {name: first.setdefault(plan.derived_by_name(name).expr, name) for name in plan.measure_columns}


def _stats(plan: ir.Plan, same: dict[str, str]) -> list[_Stat]:
    found: dict[_Stat, None] = {}
    for m in plan.measures:
        for column, agg in ((m.value, m.agg), (m.per, m.per_agg)):
            if column is not None:
                found.update((_Stat(same[column], kind), None) for kind in _NEEDS[agg])
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


def _measure(m: ir.Measure, sums: dict[str, float], everyone: dict[str, float], same: dict[str, str]) -> float | None:
    if m.agg == "share":
        return _divide(sums["members"], everyone["members"])
    value = _aggregate(m.agg, same[m.value], sums, everyone)
    if m.per is not None:
        denominator = _aggregate(m.per_agg, same[m.per], sums, everyone)
        value = _divide(value, denominator) if denominator not in (None, 0) else None
    return value


@dataclass
class _Date:
    sums: dict[str, dict[str, float]]  # group -> members and every stat over its members
    moves: dict[str, tuple[int, int]]  # group -> (entering, leaving) since the date before
    keys: pl.Series  # this date's customers, in the order of `members`
    members: dict[str, np.ndarray]  # segment -> booleans; segmentation -> label numbers (0: none)


def _memberships(frame: pl.DataFrame, plan: ir.Plan, numbers: dict[str, dict[str, int]]) -> dict[str, np.ndarray]:
    """Each segment's members (booleans) and each segmentation's label as a number (0: no label);
    `numbers` gives every label ever seen its number, the same at every date."""
    found = {s: frame.get_column(s).fill_null(False).to_numpy() for s in plan.segments}
    for g in plan.segmentations:
        column = frame.get_column(g)
        known = numbers.setdefault(g, {})
        for label in sorted(column.drop_nulls().unique().to_list()):
            known.setdefault(label, len(known) + 1)
        found[g] = column.replace_strict(list(known), list(known.values()), default=0, return_dtype=pl.Int64
                                         ).fill_null(0).to_numpy()
    return found


def _combinations(members: dict[str, np.ndarray], radix: dict[str, int], rows: int) -> tuple[np.ndarray, int]:
    """A number per customer for their combination of segments and labels, and how many numbers
    there may be (few: customers sharing a combination share every group)."""
    code, space = np.zeros(rows, dtype=np.int64), 1
    for name, values in members.items():
        code = code * radix[name] + values
        space *= radix[name]
        if space > 2**40:  # renumber the combinations found so far
            _, code = np.unique(code, return_inverse=True)
            space = int(code.max()) + 1 if rows else 1
    if space > 4 * rows + 65536:
        _, code = np.unique(code, return_inverse=True)
        space = int(code.max()) + 1 if rows else 1
    return code, space


def _reduce(frame: pl.DataFrame, previous: _Date | None, plan: ir.Plan, stats: list[_Stat],
            numbers: dict[str, dict[str, int]]) -> _Date:
    """Sums per combination of segments and labels (one `bincount` per stat), then per group."""
    members = _memberships(frame, plan, numbers)
    radix = {name: 2 if name in plan.segments else len(numbers[name]) + 1 for name in members}
    code, space = _combinations(members, radix, frame.height)
    per_combination = {"members": np.bincount(code, minlength=space).astype(np.float64)}
    for stat in stats:
        per_combination[stat.name] = np.bincount(code, weights=stat.values(frame), minlength=space)
    one_row = np.full(space, -1, dtype=np.int64)
    one_row[code] = np.arange(frame.height)  # any customer of the combination stands for it
    present = np.flatnonzero(one_row >= 0)
    rows = one_row[present]
    table = np.column_stack([per_combination[name][present] for name in per_combination])
    groups = {"all": np.ones(len(present), dtype=bool)}
    for name, values in members.items():
        if name in plan.segments:
            groups[name] = values[rows]
        else:
            for label, number in numbers[name].items():
                groups[f"{name}.{label}"] = values[rows] == number
    sums = {group: dict(zip(per_combination, map(float, table[mask].sum(axis=0)))) for group, mask in groups.items()}
    keys = frame.get_column(plan.customers.key)
    moves = _moves(keys, members, previous, plan, numbers) if previous is not None else {}
    return _Date(sums, moves, keys, members)


def _moves(keys: pl.Series, members: dict[str, np.ndarray], previous: _Date, plan: ir.Plan,
           numbers: dict[str, dict[str, int]]) -> dict[str, tuple[int, int]]:
    """(entering, leaving) of each group: members now who were not members before, and back."""
    if keys.equals(previous.keys):
        def before(values: np.ndarray) -> np.ndarray:
            return values
    else:  # some customers exist at one date only: line the earlier date's rows up with these
        rows = keys.to_frame().join(previous.keys.to_frame().with_row_index("__row"), on=keys.name, how="left",
                                    maintain_order="left").get_column("__row")
        known = rows.is_not_null().to_numpy()
        where = rows.fill_null(0).to_numpy()

        def before(values: np.ndarray) -> np.ndarray:
            return np.where(known, values[where], 0).astype(values.dtype)
    found = {}
    for name, now in members.items():
        was = previous.members[name]
        if name in plan.segments:
            both = int(np.count_nonzero(now & before(was)))
            found[name] = (int(np.count_nonzero(now)) - both, int(np.count_nonzero(was)) - both)
            continue
        size = len(numbers[name]) + 1  # label numbers now and before, counted in pairs
        was_counts = np.bincount(was, minlength=size)
        pairs = np.bincount(before(was) * size + now, minlength=size * size).reshape(size, size)
        for label, number in numbers[name].items():
            both = int(pairs[number, number])
            found[f"{name}.{label}"] = (int(pairs[:, number].sum()) - both, int(was_counts[number]) - both)
    return found


def history_table(frames: Iterable[pl.DataFrame], plan: ir.Plan, dates: list[dt.date]) -> pl.DataFrame:
    """as_of | group_kind | group | measure | value. Besides the declared measures, every group has
    `members`, and segments and labels have `entering` and `leaving` (since the previous date).
    "all" is every customer who exists at that date."""
    same = _same_values(plan)
    stats = _stats(plan, same)
    reduced: list[_Date] = []
    numbers: dict[str, dict[str, int]] = {}
    for frame in frames:
        reduced.append(_reduce(frame, reduced[-1] if reduced else None, plan, stats, numbers))
        if len(reduced) > 1:  # only the last date's members are needed for the next one
            reduced[-2].members, reduced[-2].keys = {}, reduced[-2].keys.clear()
    labels = {g: sorted(numbers.get(g, {})) for g in plan.segmentations}
    groups = [("all", "all")] + [("segment", s) for s in plan.segments]
    groups += [("label", f"{g}.{label}") for g in plan.segmentations for label in labels[g]]
    nobody = {name: 0.0 for name in ["members", *(s.name for s in stats)]}
    rows = []
    for index, date in enumerate(reduced):
        everyone = date.sums["all"]
        for kind, name in groups:
            sums = date.sums.get(name, nobody)  # a label no customer has at this date
            named = [("members", sums["members"])]
            named += [(m.name, _measure(m, sums, everyone, same)) for m in plan.measures if m.agg != "size"]
            if index > 0 and kind != "all":
                entering, leaving = date.moves.get(name, (0, 0))
                named += [("entering", float(entering)), ("leaving", float(leaving))]
            rows += [(dates[index], kind, name, measure, _finite(value)) for measure, value in named]
    return pl.DataFrame(rows, schema=_SCHEMA, orient="row")


def _finite(value: float | None) -> float | None:
    return None if value is None or value != value or value in (float("inf"), float("-inf")) else float(value)
