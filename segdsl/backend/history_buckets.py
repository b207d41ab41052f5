"""Event aggregations at many as-of dates from ONE pass over the events (the history series).

Why not one filter per (aggregation, date): a `group_by` with 12x the aggregations, each masking
every event, costs about 9 evaluations. Here every window bound of every date (as of, as of - 365
days, as of + 30 days, ...) cuts time into intervals ("buckets"); each event falls in exactly
one. A window (lower, upper] at a date is then a run of consecutive buckets, i.e. a contiguous
slice of the events sorted by bucket, and count, sum, avg, min, max, first and last over it are
reductions of that slice per customer (NumPy `bincount` / `ufunc.at`, linear in the slice). A
window whose lower end stays put while its upper end moves on (`over all time`, `after D`) is
extended by the new slice only; a count over a sliding window adds the new slice and takes off
the old one. Values are exactly those of one evaluation per date, except that
float sums add the same numbers in another order (the last digit may differ, as it does between
engines). Aggregations that do not decompose (count_distinct, most_frequent) or whose per-event
value depends on the date (`days_since(...)` inside) are left to the caller's per-date path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import polars as pl

from segdsl import ir, ir_walk
from segdsl.backend.polars_expr import ExprContext, compile_expr
from segdsl.backend.windows import ONE_DAY, bounds, is_empty

DECOMPOSABLE = {"count", "sum", "avg", "min", "max", "first", "last"}
_BIG = np.iinfo(np.int64).max


@dataclass(frozen=True)
class Slots:
    """Where each customer's values live: an event row carries `slot` (an Int64 expression, null
    for events of no customer), result arrays have `size` entries, base row r reads `base[r]`."""

    slot: pl.Expr
    size: int
    base: np.ndarray | None  # None: slot r is base row r
    join: pl.DataFrame | None = None  # key -> slot, when slots are not `key - offset`


def customer_slots(customers: pl.DataFrame, key: str, events_key: str) -> Slots:
    """Integer keys in a compact range are their own slot (no join of the events); otherwise a
    join of the events with key -> row number."""
    keys = customers.get_column(key)
    n = customers.height
    if keys.dtype.is_integer() and n:
        low, high = int(keys.min()), int(keys.max())
        if high - low < 4 * n + 1024:
            slot = pl.col(events_key).cast(pl.Int64) - low
            slot = pl.when((slot >= 0) & (slot <= high - low)).then(slot)
            base = (keys.cast(pl.Int64) - low).to_numpy()
            identity = high - low + 1 == n and bool((base == np.arange(n)).all())  # keys 1..n in order
            return Slots(slot, high - low + 1, None if identity else base)
    join = pl.DataFrame({events_key: keys, "__slot": pl.int_range(n, eager=True, dtype=pl.Int64)})
    return Slots(pl.col("__slot"), n, None, join)


def reads_as_of(nodes: list[ir.Expr | None], key: str, column_name=lambda column: column.name) -> bool:
    """True when an expression reads the as-of date (`days_since(order_date)`, `within last 30
    days`, ...): compiled at two dates, the expressions then differ. (Asking the compiler, not a
    list of functions, so a new function that reads the date is caught too.)"""
    texts = []
    for day in (dt.date(2000, 1, 1), dt.date(2001, 2, 3)):
        ctx = ExprContext(day, key, column_name, draw_column=str)
        texts.append(tuple(str(compile_expr(node, ctx)) for node in nodes if node is not None))
    return texts[0] != texts[1]


def decomposes(aggregate: ir.Aggregate, events: ir.EventTable) -> bool:
    return (aggregate.fn in DECOMPOSABLE and not any(ir_walk.customer_inputs(aggregate))
            and not reads_as_of([aggregate.arg, aggregate.where], events.key))


# ---- buckets ------------------------------------------------------------------------------------


def _ranges(aggregates: list[ir.Aggregate], dates: list[dt.date]) -> tuple[list[dt.date], dict]:
    """The sorted bounds, and for each (aggregation, date) its bucket range [first, last] or None
    (an empty window). Bucket b holds the days t with exactly b bounds before t."""
    windows = {(a.column, i): bounds(a.window, d) for a in aggregates for i, d in enumerate(dates)}
    cuts = sorted({day for lower, upper in windows.values() if not is_empty(lower, upper)
                   for day in (lower, upper) if day is not None})
    position = {day: i for i, day in enumerate(cuts)}
    ranges = {}
    for name, (lower, upper) in windows.items():
        empty = is_empty(lower, upper)
        ranges[name] = None if empty else (0 if lower is None else position[lower] + 1, position[upper])
    return cuts, ranges


def bucket_expr(time: str, dtype: pl.DataType, cuts: list[dt.date]) -> pl.Expr | None:
    """The bucket of an event: how many bounds are before its day. None for a time column this
    path does not handle (zoned datetimes: the per-date path decides what they mean)."""
    if dtype == pl.Date:
        return pl.lit(pl.Series(cuts, dtype=pl.Date)).search_sorted(pl.col(time), side="left").cast(pl.Int64)
    if isinstance(dtype, pl.Datetime) and dtype.time_zone is None:
        per_second = {"ns": 10**9, "us": 10**6, "ms": 10**3}[dtype.time_unit]
        epoch = dt.date(1970, 1, 1)
        # day(t) > cut  <=>  t >= the start of the next day
        starts = [_BIG if cut == dt.date.max else ((cut + ONE_DAY) - epoch).days * 86400 * per_second for cut in cuts]
        physical = pl.col(time).dt.cast_time_unit(dtype.time_unit).to_physical()
        return pl.lit(pl.Series(starts, dtype=pl.Int64)).search_sorted(physical, side="right").cast(pl.Int64)
    return None


# ---- per-aggregation rows and their reductions --------------------------------------------------


@dataclass
class Rows:
    """The events one aggregation reads, sorted by bucket: `starts[b]` is the first row of bucket b."""

    slot: np.ndarray
    starts: np.ndarray
    value: np.ndarray | None = None  # int64 or float64; for first/last, an int64 order code
    valid: np.ndarray | None = None  # value present (first/last: the events count even when it is missing)
    time: np.ndarray | None = None  # first/last: the event's time, int64


@dataclass
class State:
    """One aggregation's partial result over a run of buckets, per slot."""

    total: np.ndarray | None = None  # count, sum, avg
    count: np.ndarray | None = None  # values counted (avg, min, max), or events (first, last)
    best: np.ndarray | None = None  # min, max, first, last: the value (code)
    time: np.ndarray | None = None  # first, last: the time of that value


def reduce_slice(fn: str, rows: Rows, lo: int, hi: int, size: int) -> State:
    """The aggregation over rows[lo:hi] per slot."""
    slot = rows.slot[lo:hi]
    if fn == "count":
        return State(total=np.bincount(slot, minlength=size))
    value = rows.value[lo:hi]
    if fn in ("sum", "avg"):
        if value.dtype == np.float64:
            total = np.bincount(slot, weights=value, minlength=size)
        else:
            total = np.zeros(size, dtype=np.int64)
            np.add.at(total, slot, value)
        return State(total=total, count=np.bincount(slot, minlength=size) if fn == "avg" else None)
    if fn in ("min", "max"):
        best = np.full(size, _neutral(fn, value.dtype), dtype=value.dtype)
        (np.minimum if fn == "min" else np.maximum).at(best, slot, value)
        return State(count=np.bincount(slot, minlength=size), best=best)
    # first / last: the earliest (latest) time, then the smallest (largest) present value there
    first = fn == "first"
    time = rows.time[lo:hi]
    chosen = np.full(size, _BIG if first else -_BIG, dtype=np.int64)
    (np.minimum if first else np.maximum).at(chosen, slot, time)
    on_time = (time == chosen[slot]) & rows.valid[lo:hi]
    best = np.full(size, _BIG if first else -_BIG, dtype=np.int64)
    (np.minimum if first else np.maximum).at(best, slot[on_time], value[on_time])
    return State(count=np.bincount(slot, minlength=size), best=best, time=chosen)


def _neutral(fn: str, dtype: np.dtype):
    if dtype == np.float64:
        return np.inf if fn == "min" else -np.inf
    return _BIG if fn == "min" else -_BIG


def combine(fn: str, earlier: State, later: State) -> State:
    """The aggregation over two adjacent runs of buckets, `earlier` before `later` in time."""
    if fn in ("count", "sum", "avg"):
        return State(total=earlier.total + later.total,
                     count=earlier.count + later.count if fn == "avg" else None)
    count = earlier.count + later.count
    if fn in ("min", "max"):
        return State(count=count, best=(np.minimum if fn == "min" else np.maximum)(earlier.best, later.best))
    keep = earlier.count > 0 if fn == "first" else later.count == 0  # first: the earlier run wins
    return State(count=count, best=np.where(keep, earlier.best, later.best), time=np.where(keep, earlier.time, later.time))


def present(fn: str, state: State) -> np.ndarray | None:
    """Slots whose result is not missing (None: every slot has a value)."""
    if fn in ("count", "sum"):
        return None
    if fn in ("avg", "min", "max"):
        return state.count > 0
    return (state.count > 0) & (np.abs(state.best) != _BIG)  # first/last: missing when every tied value is


def result(fn: str, state: State) -> np.ndarray:
    if fn in ("count", "sum"):
        return state.total
    if fn == "avg":
        with np.errstate(invalid="ignore", divide="ignore"):
            return state.total / np.maximum(state.count, 1)
    return state.best


# ---- the series of dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    aggregate: ir.Aggregate
    fn: str  # first/last of the time column become min/max
    rows: Rows
    decode: pl.Series | None  # first/last/min/max of codes: code -> value
    dtype: pl.DataType  # what one evaluation gives


def series_by_date(
    prepared: list[Prepared], ranges: dict, dates: list[dt.date], slots: Slots
) -> Iterator[dict[str, pl.Series]]:
    """For each date: aggregation column -> values in base row order."""
    states: dict[str, tuple[tuple[int, int], State]] = {}
    for index in range(len(dates)):
        out = {}
        for item in prepared:
            column = item.aggregate.column
            span = ranges[(column, index)]
            state = _state_at(item, states.get(column), span, slots.size)
            states[column] = ((span if span is not None else (0, -1)), state)
            out[column] = _to_series(item, state, slots)
        yield out


def _state_at(item: Prepared, previous: tuple[tuple[int, int], State] | None, span: tuple[int, int] | None,
              size: int) -> State:
    """The aggregation over the buckets `span`, from the previous date's state when that is less
    work: a window that only grew at its upper end (`over all time`) adds the new buckets; a
    count or a sum of integers that slid on (`over 365 days`) adds the new buckets and takes the
    old ones off (exact for integers; float sums are never taken apart)."""
    fn, rows = item.fn, item.rows
    if span is None:
        return reduce_slice(fn, rows, 0, 0, size)
    start, end = span
    if previous is not None:
        (was_start, was_end), state = previous
        if was_start == start and was_end <= end:
            return combine(fn, state, reduce_slice(fn, rows, rows.starts[was_end + 1], rows.starts[end + 1], size))
        exact = fn == "count" or (fn == "sum" and state.total.dtype != np.float64)
        moved = (rows.starts[end + 1] - rows.starts[was_end + 1]) + (rows.starts[start] - rows.starts[was_start])
        if exact and was_start <= start <= was_end + 1 and was_end <= end and moved < rows.starts[end + 1] - rows.starts[start]:
            added = reduce_slice(fn, rows, rows.starts[was_end + 1], rows.starts[end + 1], size)
            removed = reduce_slice(fn, rows, rows.starts[was_start], rows.starts[start], size)
            return State(total=state.total + added.total - removed.total)
    return reduce_slice(fn, rows, rows.starts[start], rows.starts[end + 1], size)


def _to_series(item: Prepared, state: State, slots: Slots) -> pl.Series:
    def in_base_order(values: np.ndarray) -> np.ndarray:
        return values if slots.base is None else values[slots.base]

    values = in_base_order(result(item.fn, state))
    mask = present(item.fn, state)
    mask = None if mask is None else in_base_order(mask)
    if item.decode is not None and item.decode.is_empty():
        series = pl.Series([None] * len(values), dtype=item.decode.dtype)
    elif item.decode is not None:
        series = item.decode.gather(pl.Series(np.where(mask, values, 0) if mask is not None else values))
    else:
        series = pl.Series(values)
    if mask is not None:
        series = pl.select(pl.when(pl.lit(pl.Series(mask))).then(pl.lit(series))).to_series()
    return series.cast(item.dtype).alias(item.aggregate.column)


# ---- reading the events once ---------------------------------------------------------------------


def prepare(
    events: ir.EventTable, aggregates: list[ir.Aggregate], dates: list[dt.date], table: pl.LazyFrame, slots: Slots,
    dtypes: dict[str, pl.DataType],
) -> tuple[list[Prepared], dict, list[ir.Aggregate]] | None:
    """Collect the events once (slot, bucket and what each aggregation reads), sorted by bucket.
    Returns the prepared aggregations, their bucket ranges, and the ones left to the per-date
    path (a sum of values that are not numbers); None when the time column is not handled here."""
    schema = table.collect_schema()
    cuts, ranges = _ranges(aggregates, dates)
    bucket = bucket_expr(events.time, schema[events.time], cuts)
    if bucket is None:
        return None
    if slots.join is not None:
        table = table.join(slots.join.lazy(), on=events.key, how="inner")
    ctx = ExprContext(dates[-1], events.key, lambda column: column.name)  # no value here reads the date
    small = pl.Int32 if slots.size < 2**31 else pl.Int64
    columns: dict[str, pl.Expr] = {"__slot": slots.slot.cast(small), "__bucket": bucket.cast(pl.Int32)}
    names: dict[str, str] = {}  # one column per distinct expression: aggregations share rows
    plans, left = [], []
    for aggregate in aggregates:
        planned = _plan(aggregate, events, ctx, table)
        if planned is None:
            left.append(aggregate)
            continue
        fn, exprs, codes = planned
        needed = {}
        for role, expr in exprs.items():
            name = names.setdefault(f"{role}:{expr}", f"__{len(names)}")
            columns[name] = expr
            needed[role] = name
        plans.append((aggregate, fn, needed, codes))
    if not plans:
        return [], ranges, left
    frame = (table.select(**columns).filter(pl.col("__slot").is_not_null())
             .sort("__bucket", maintain_order=True).collect())
    buckets = len(cuts) + 1
    prepared, shared = [], {}
    for aggregate, fn, needed, codes in plans:
        keep, value, time = needed.get("keep"), needed.get("value"), needed.get("time")
        signature = (keep, value, time, codes)
        if signature not in shared:
            shared[signature] = _rows(frame, keep, value, time, codes, buckets)
        rows, decode = shared[signature]
        prepared.append(Prepared(aggregate, fn, rows, decode, dtypes[aggregate.column]))
    return prepared, ranges, left


def _plan(aggregate: ir.Aggregate, events: ir.EventTable, ctx: ExprContext, table: pl.LazyFrame):
    """(fn, {role: expression} for the roles keep/value/time, whether values are order codes);
    None when a sum or mean is over values that are not plain numbers."""
    fn, arg = aggregate.fn, aggregate.arg
    is_time = isinstance(arg, ir.Column) and arg.table == events.name and arg.name == events.time
    if fn in ("first", "last") and is_time:
        fn = "min" if fn == "first" else "max"
    keep = compile_expr(aggregate.where, ctx).fill_null(False) if aggregate.where is not None else None
    value = compile_expr(arg, ctx) if arg is not None else None
    exprs: dict[str, pl.Expr] = {}
    codes = False
    if value is not None:
        dtype = table.select(value.alias("v")).collect_schema()["v"]
        number = dtype.is_integer() or dtype.is_float()
        if fn in ("sum", "avg") and not number:
            return None
        codes = fn in ("first", "last") or not (number or dtype == pl.Date or isinstance(dtype, pl.Datetime))
        if fn == "sum":  # a missing value adds nothing: no need to drop its row
            value = value.fill_null(0)
        elif fn not in ("first", "last"):  # the value must be there; first/last count every event
            keep = value.is_not_null() if keep is None else keep & value.is_not_null()
        if fn != "count":
            if not codes:
                value = value.to_physical()
                value = value.cast(pl.Float64) if dtype.is_float() else value.cast(pl.Int64)
            exprs["value"] = value
        if fn in ("first", "last"):
            exprs["time"] = pl.col(events.time).to_physical().cast(pl.Int64)
    if keep is not None:
        exprs["keep"] = keep
    return fn, exprs, codes


def _rows(frame: pl.DataFrame, keep: str | None, value: str | None, time: str | None, codes: bool, buckets: int):
    if keep is not None and not frame.get_column(keep).all():
        frame = frame.filter(pl.col(keep))
    bucket = frame.get_column("__bucket").to_numpy()
    rows = Rows(frame.get_column("__slot").to_numpy(), np.searchsorted(bucket, np.arange(buckets + 1)))
    decode = None
    if value is not None:
        column = frame.get_column(value)
        if codes:
            decode = column.drop_nulls().unique().sort()
            rows.valid = column.is_not_null().to_numpy()
            column = (column.rank("dense") - 1).cast(pl.Int64).fill_null(0)
        rows.value = column.to_numpy()
    if time is not None:
        rows.time = frame.get_column(time).to_numpy()
    return rows, decode
