"""IR plan at several as-of dates -> one frame per date, as one evaluation at that date gives it.

Evaluating the file once per date would read and group the events once per date. Here each event
table is read once: the aggregations that decompose over time intervals come from the events
sorted by interval (`history_buckets`); the others (count_distinct, most_frequent, values that
read the date) from ONE `group_by` with a filter per date. The derived steps (per customer) then
run once per date on the customers who exist at that date; those that do not depend on the date
run once. `evaluate_history_frame` puts the dates side by side (columns of date i carry `@i`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import polars as pl

from segdsl import ir, ir_walk
from segdsl.backend import history_buckets as buckets
from segdsl.backend.polars_expr import ExprContext, compile_expr, draw_expr
from segdsl.backend.polars_plan import (
    ModelScorer, _aggregation, _derived_expr, _join_enrichment, _time_condition, build_lazyframe, customer_column_name,
    existing_customers,
)
from segdsl.backend.windows import bounds
from segdsl.sources.frames import table_frame
from segdsl.types import Type


EXISTS = "__exists"  # + suffix: the customer exists at that date (the group "every customer")


def suffix(index: int) -> str:
    return f"@{index}"


def _layers(steps: tuple[ir.Derived, ...]) -> list[list[ir.Derived]]:
    """Derived steps in dependency layers (every aggregation is already computed)."""
    level: dict[str, int] = {}
    layers: list[list[ir.Derived]] = []
    for step in steps:  # already in dependency order
        depth = 1 + max((level.get(name, -1) for name in ir_walk.references(step.expr)), default=-1)
        level[step.name] = depth
        while len(layers) <= depth:
            layers.append([])
        layers[depth].append(step)
    return layers


def _layered(plan: ir.Plan) -> bool:
    """Aggregations that read customer-level values need the plan's own layering."""
    return any(any(ir_walk.customer_inputs(a)) for events in plan.events for a in events.aggregates)


def _customers(plan: ir.Plan) -> pl.LazyFrame:
    frame = table_frame(plan.customers.path, plan.customers.columns)
    for enrichment in plan.enrichments:
        frame = _join_enrichment(frame, enrichment)
    return frame


def _with_per_date_aggregates(frame: pl.LazyFrame, plan: ir.Plan, dates: list[dt.date],
                              chosen: dict[str, list[ir.Aggregate]]) -> pl.LazyFrame:
    """`frame` with the `chosen` aggregations at every date (`name@i`): per table, ONE
    `group_by` in which every aggregation has a filter per date."""
    for events in plan.events:
        if chosen.get(events.name):
            frame = _join_all_dates(frame, replace(events, aggregates=tuple(chosen[events.name])), plan.customers.key, dates)
    return frame


def _aggregates_by_date(plan: ir.Plan, dates: list[dt.date]) -> tuple[pl.DataFrame, Iterator[dict[str, pl.Series]]]:
    """The customers (with enrichments) once, and for each date every aggregation's values in
    their row order: decomposable aggregations from the events sorted by bucket
    (`history_buckets`), the others by the per-date filters of one `group_by`."""
    key = plan.customers.key
    base = _customers(plan).collect()
    bucketed: list[tuple[list[buckets.Prepared], dict, buckets.Slots]] = []
    left: dict[str, list[ir.Aggregate]] = {}
    for events in plan.events:
        used = list(ir_walk.used_aggregates(plan, events))
        fast = [a for a in used if buckets.decomposes(a, events)]
        left[events.name] = [a for a in used if a not in fast]
        if not fast:
            continue
        table, _ = _scanned(events, fast, dates)
        slots = buckets.customer_slots(base, key, events.key)
        found = buckets.prepare(events, fast, dates, table, slots, _dtypes(events, fast, table, dates[-1]))
        if found is None:  # a time column the bucket path does not handle
            left[events.name] += fast
            continue
        prepared, ranges, not_numbers = found
        left[events.name] += not_numbers
        bucketed.append((prepared, ranges, slots))
    slow = None
    if any(left.values()):
        slow = _with_per_date_aggregates(base.lazy().select(key), plan, dates, left).collect()

    def by_date() -> Iterator[dict[str, pl.Series]]:
        series = [buckets.series_by_date(prepared, ranges, dates, slots) for prepared, ranges, slots in bucketed]
        for index in range(len(dates)):
            columns: dict[str, pl.Series] = {}
            for found_series in series:
                columns.update(next(found_series))
            for aggregates in left.values():
                for a in aggregates:
                    columns[a.column] = slow.get_column(a.column + suffix(index)).alias(a.column)
            yield columns

    return base, by_date()


def _dtypes(events: ir.EventTable, aggregates: list[ir.Aggregate], table: pl.LazyFrame, as_of: dt.date) -> dict[str, pl.DataType]:
    """What one evaluation's aggregations give (from the plan's schema: nothing is computed)."""
    ctx = ExprContext(as_of, events.key, lambda column: column.name)
    window = (None, as_of)
    exprs = [_aggregation(a, events, window, window, ctx) for a in aggregates]
    return dict(table.group_by(events.key).agg(exprs).collect_schema())


def history_frames(
    plan: ir.Plan,
    dates: list[dt.date],
    *,
    keep: tuple[str, ...] = (),
    model_output: ModelScorer | None = None,
) -> Iterator[pl.DataFrame]:
    """For each date in turn: key, outputs (segments, segmentations) and `keep` columns of the
    customers who exist at that date, as one evaluation at that date gives them.

    The events are read once (`_aggregates_by_date`); the derived steps of each date then run on
    the customers and that date's aggregations (they are per customer and cheap next to the
    events). One date at a time, so memory holds one date's frame, not twelve."""
    if not any(column in keep for column in plan.measure_columns):
        plan = plan.without_measures()
    key = plan.customers.key
    outputs = plan.outputs()
    wanted = [*outputs, *(c for c in keep if c not in outputs)]
    if _layered(plan):  # correct first: one evaluation per date (rare: aggregations of customer values)
        for as_of in dates:
            yield build_lazyframe(plan, as_of, keep=keep, model_output=model_output).select(key, *wanted).collect()
        return
    base, by_date = _aggregates_by_date(plan, dates)
    seeds = sorted({node.seed for step in plan.derived for node in _walk(step.expr) if isinstance(node, ir.Holdout)})
    base = base.with_columns(draw_expr(key, seed).alias(_draw(seed)) for seed in seeds)
    fixed = _date_free_steps(plan)
    if fixed:  # computed once: the same at every date (customer columns and what they make)
        frame = base.lazy()
        ctx = ExprContext(dates[0], key, customer_column_name, model_output, draw_column=_draw)
        for layer in _layers(tuple(fixed)):
            frame = frame.with_columns(_derived_expr(s, ctx) for s in layer)
        base = frame.collect()
    layers = _layers(tuple(s for s in plan.derived if s not in fixed))
    pending = zip(dates, by_date)

    def next_frame() -> pl.DataFrame:
        as_of, columns = next(pending)
        step = base.with_columns(list(columns.values())).lazy()
        step = existing_customers(step, plan.customers, as_of)  # ranks and tiers among those who exist
        ctx = ExprContext(as_of, key, customer_column_name, model_output, draw_column=_draw, ntile_by_selection=True)
        for layer in layers:
            step = step.with_columns(_derived_expr(s, ctx) for s in layer)
        return step.select(key, *wanted).collect()

    # the next date is computed while the caller reduces this one (NumPy and Polars release the
    # GIL for their loops: two cores are used where one date at a time used about one)
    with ThreadPoolExecutor(max_workers=1) as worker:
        future = worker.submit(next_frame)
        for index in range(len(dates)):
            frame = future.result()
            if index + 1 < len(dates):
                future = worker.submit(next_frame)
            yield frame


def _draw(seed: int) -> str:
    return f"__draw_{seed}"


def _walk(node: ir.Expr) -> Iterator[ir.Expr]:
    yield node
    for child in ir_walk.children(node):
        yield from _walk(child)


def _date_free_steps(plan: ir.Plan) -> list[ir.Derived]:
    """Steps whose value per customer is the same at every date: they read only customer columns
    and other such steps, no aggregation, no rank among customers (who exists changes), no model,
    and not the date itself."""
    found: dict[str, ir.Derived] = {}
    for step in plan.derived:  # in dependency order
        nodes = list(_walk(step.expr))
        if any(isinstance(n, (ir.Ntile, ir.Tiers, ir.ModelOutput)) for n in nodes):
            continue
        if any(isinstance(n, ir.Ref) and n.name not in found for n in nodes):
            continue
        if buckets.reads_as_of([step.expr], plan.customers.key, customer_column_name):
            continue
        found[step.name] = step
    return list(found.values())


def evaluate_history_frame(
    plan: ir.Plan,
    dates: list[dt.date],
    *,
    keep: tuple[str, ...] = (),
    model_output: ModelScorer | None = None,
) -> pl.DataFrame:
    """key, then for each date i every output (segments, segmentations) and `keep` column + `@i`,
    and `__exists@i` (the customer exists then): every customer of the table; at a date a
    customer did not exist yet, they are in no segment (false) and have no label or value."""
    frames = list(history_frames(plan, dates, keep=keep, model_output=model_output))
    key = plan.customers.key
    keys = pl.concat([f.select(key) for f in frames]).unique(maintain_order=False).sort(key)
    result = keys
    segments = set(plan.segments)
    for index, frame in enumerate(frames):
        at = suffix(index)
        wanted = [c for c in frame.columns if c != key]
        result = result.join(frame.rename({c: c + at for c in wanted}).with_columns(pl.lit(True).alias(EXISTS + at)),
                             on=key, how="left")
        result = result.with_columns(pl.col(c).fill_null(False) for c in [*(s + at for s in wanted if s in segments), EXISTS + at])
    return result


def _scanned(events: ir.EventTable, aggregates, dates: list[dt.date]) -> tuple[pl.LazyFrame, dict]:
    """The events any window of any date may count (the union of the windows as the predicate)."""
    windows = {(a.column, i): bounds(a.window, d) for a in aggregates for i, d in enumerate(dates)}
    lowers = [lower for lower, _ in windows.values()]
    widest_upper = max(upper for _, upper in windows.values())
    widest_lower = None if any(lower is None for lower in lowers) else min(lowers)
    table = table_frame(events.path, events.columns).filter(
        _time_condition(events.time, events.time_kind, widest_lower, widest_upper)
    )
    return table, windows


_MASKED = {"count", "sum", "avg", "min", "max"}


def _masked_aggregation(aggregate: ir.Aggregate, events: ir.EventTable, window: tuple[dt.date | None, dt.date],
                        ctx: ExprContext) -> pl.Expr | None:
    """The aggregation as an elementwise mask then a plain reduction (`when(cond).then(x).sum()`),
    which Polars computes on the whole column and then per group: far faster than a `filter`
    inside the group context when there are many (aggregation, date) pairs. Same values as
    `polars_plan._aggregation` (null-skipping reductions over the events the window keeps);
    None for the order-dependent ones (first/last with a value, most_frequent, count_distinct)."""
    fn, arg = aggregate.fn, aggregate.arg
    is_time = isinstance(arg, ir.Column) and arg.name == events.time
    if fn in ("first", "last") and is_time:
        fn = "min" if fn == "first" else "max"
    if fn not in _MASKED:
        return None
    condition = _time_condition(events.time, events.time_kind, *window)
    if aggregate.where is not None:
        condition = condition & compile_expr(aggregate.where, ctx).fill_null(False)
    if arg is None:  # count(orders)
        return condition.sum().cast(pl.Int64).alias(aggregate.column)
    value = pl.col(arg.name) if is_time else compile_expr(arg, ctx)
    masked = pl.when(condition).then(value)
    result = {
        "count": lambda: masked.count().cast(pl.Int64),
        "sum": lambda: masked.sum(),
        "avg": lambda: masked.mean(),
        "min": lambda: masked.min(),
        "max": lambda: masked.max(),
    }[fn]()
    if aggregate.type is Type.DATE and is_time and events.time_kind == "datetime":
        result = result.dt.date()
    return result.alias(aggregate.column)


def _join_all_dates(frame: pl.LazyFrame, events: ir.EventTable, key: str, dates: list[dt.date]) -> pl.LazyFrame:
    table, windows = _scanned(events, events.aggregates, dates)
    scanned = (dt.date.min, dt.date.min)  # never equal to a window: every aggregation filters by its date
    aggregations = []
    for i, as_of in enumerate(dates):
        ctx = ExprContext(as_of, events.key, lambda column: column.name)
        for aggregate in events.aggregates:
            renamed = replace(aggregate, column=aggregate.column + suffix(i))
            window = windows[(aggregate.column, i)]
            fast = _masked_aggregation(renamed, events, window, ctx)
            aggregations.append(fast if fast is not None else _aggregation(renamed, events, window, scanned, ctx))
    grouped = table.group_by(events.key).agg(aggregations)
    if events.key != key:
        grouped = grouped.rename({events.key: key})
    joined = frame.join(grouped, on=key, how="left", maintain_order="left")
    zero_filled = [
        pl.col(a.column + suffix(i)).fill_null(0)
        for a in events.aggregates if a.fn in ir.ZERO_WHEN_EMPTY for i in range(len(dates))
    ]
    return joined.with_columns(zero_filled) if zero_filled else joined
