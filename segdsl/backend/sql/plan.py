"""IR plan -> ONE SQL statement (a sqlglot tree), the same shape as the Polars plan:

    WITH src_customers  AS (needed columns, typed, NaN/infinity read as missing)
         src_orders     AS (needed columns, the union of the table's windows as WHERE)
         agg_orders     AS (one GROUP BY: every order-free aggregation, windows as CASE)
         rank_orders_0  AS (first / last / most_frequent: ROW_NUMBER with the contract's tie-breaks)
         enr_firmo      AS (enrichment rows keyed by their normalised domain)
         layer_0        AS (customers LEFT JOIN every aggregation, enrichment and helper)
         layer_1 ...    AS (derived columns whose inputs are ready, one layer per depth)
    SELECT key, segments, segmentations [, traits] FROM layer_n

Two values are computed in Python over distinct values and joined as small *helper* relations,
so every engine gets exactly the Polars backend's answer: holdout draws (splitmix64 / BLAKE2b of
the key, `backend.hashing`) and normalised domains (`segdsl.domains`, tldextract's suffix list).
An engine provides them (see `segdsl.engines.sql_engine`); `segdsl compile` lists them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace

from sqlglot import exp

from segdsl import ir, ir_walk
from segdsl.backend.sql import dialects
from segdsl.backend.sql.aggregations import KEY, AggregateCte, event_ctes, scan_bounds, time_condition
from segdsl.backend.sql.expressions import SqlContext, col, compile_expr, date_literal

SQL_TYPES = {"integer": "BIGINT", "float": "DOUBLE", "string": "VARCHAR", "boolean": "BOOLEAN",
             "date": "DATE", "datetime": "TIMESTAMP"}
Kinds = Mapping[str, Mapping[str, str]]  # table name -> column -> schema kind (integer, float, ...)


@dataclass(frozen=True)
class Helper:
    """A small relation computed in Python and joined by the query."""

    name: str
    kind: str  # holdout: (__key, __draw) | domains: (__raw, __domain)
    table: str  # the IR table whose column it maps
    column: str
    seed: int = 0


def helpers(plan: ir.Plan) -> list[Helper]:
    found: list[Helper] = []
    seeds = sorted({h.seed for step in plan.derived for h in _holdouts(step.expr)})
    found += [Helper(f"__segdsl_holdout_{seed}", "holdout", plan.customers.name, plan.customers.key, seed) for seed in seeds]
    for enrichment in plan.enrichments:
        found.append(Helper(f"__segdsl_domains_{enrichment.name}_on", "domains", plan.customers.name, enrichment.on))
        found.append(Helper(f"__segdsl_domains_{enrichment.name}", "domains", enrichment.name, "domain"))
    return found


def _holdouts(node: ir.Expr) -> list[ir.Holdout]:
    found = [node] if isinstance(node, ir.Holdout) else []
    for child in ir_walk.children(node):
        found += _holdouts(child)
    return found


def table_kinds(plan: ir.Plan) -> dict[str, dict[str, str]]:
    """Column kinds known from the IR alone (for `compile`, which reads no data)."""
    kinds: dict[str, dict[str, str]] = {}

    def walk(node: ir.Expr) -> None:
        if isinstance(node, ir.Column):
            table = plan.customers.name if node.table == "customers" else node.table
            kinds.setdefault(table, {})[node.name] = node.kind
        for child in ir_walk.children(node):
            walk(child)

    for step in plan.derived:
        walk(step.expr)
    for events in plan.events:
        kinds.setdefault(events.name, {})[events.time] = events.time_kind
        for aggregate in events.aggregates:
            for node in (aggregate.arg, aggregate.where):
                if node is not None:
                    walk(node)
    return kinds


def build_query(plan: ir.Plan, as_of: dt.date, dialect: str, *, include_traits: bool = False, keep: tuple[str, ...] = (),
                sources: Mapping[str, exp.Expression] | None = None, kinds: Kinds | None = None,
                models: Callable[[ir.ModelOutput, list[exp.Expression]], exp.Expression] | None = None) -> exp.Select:
    """The whole plan as one SELECT. `sources`: table or helper name -> the relation to read
    (default: a table of that name); `kinds`: column kinds (default: what the IR knows).

    Layers as in the Polars backend: aggregations whose inputs are ready are joined, then every
    derived step whose inputs are ready, again until done; an aggregation that reads a
    customer-level value (a trait inside an event filter) waits for it and gets it joined to
    its events by key."""
    if not any(column in keep for column in plan.measure_columns):
        plan = plan.without_measures()  # measures (kpi) are computed only when asked for
    sources = dict(sources or {})
    kinds = kinds if kinds is not None else table_kinds(plan)
    customers, key = plan.customers, plan.customers.key
    ctes: list[tuple[str, exp.Select]] = []

    def source(name: str) -> exp.Expression:
        found = sources.get(name)
        return found.copy() if found is not None else exp.to_table(name, quoted=True) if "." not in name else exp.to_table(name)

    ctes.append(("src_customers", _existing(_typed_source(source(customers.name), customers.columns, kinds.get(customers.name, {}), dialect),
                                            customers, as_of)))
    joins: list[tuple[str, exp.Expression, list[exp.Expression]]] = []  # alias, relation, selected
    helper_list = helpers(plan)
    for enrichment in plan.enrichments:
        columns = tuple(dict.fromkeys((*enrichment.columns, "domain")))
        ctes.append((f"src_{enrichment.name}", _typed_source(source(enrichment.name), columns, kinds.get(enrichment.name, {}), dialect)))
        ctes.append((f"enr_{enrichment.name}", _enrichment_cte(enrichment, source)))
        map_alias = f"map_{enrichment.name}"
        joins.append((map_alias, exp.alias_(source(f"__segdsl_domains_{enrichment.name}_on"), map_alias, table=True, quoted=True), []))
        joins.append((f"enr_{enrichment.name}", exp.to_table(f"enr_{enrichment.name}", quoted=True),
                      [exp.alias_(col(f"{enrichment.name}.{c}", f"enr_{enrichment.name}"), f"{enrichment.name}.{c}", quoted=True)
                       for c in enrichment.columns]))
    for helper in helper_list:
        if helper.kind == "holdout":
            alias = helper.name
            joins.append((alias, exp.alias_(source(helper.name), alias, table=True, quoted=True),
                          [exp.alias_(col("__draw", alias), f"__holdout_{helper.seed}", quoted=True)]))
    ctes.append(("layer_0", _joined(plan, joins)))
    layers = _Layers(ctes)

    pending: dict[str, list[ir.Aggregate]] = {}
    scans: dict[str, tuple[dt.date | None, dt.date]] = {}
    for events in plan.events:
        used = ir_walk.used_aggregates(plan, events)
        if not used:
            continue
        pending[events.name] = list(used)
        scans[events.name] = scan_bounds(replace(events, aggregates=used), as_of)
        typed = _typed_source(source(events.name), events.columns, kinds.get(events.name, {}), dialect)
        condition = time_condition(col(events.time), events.time_kind, *scans[events.name])
        ctes.append((f"src_{events.name}", exp.select(exp.Star()).from_(typed.subquery("typed", copy=False)).where(condition)))
    steps = list(lift_window_operands(plan.derived))
    ctx = SqlContext(as_of, dialect, key, _customer_column, lambda seed: col(f"__holdout_{seed}"), model=models)
    ready: set[str] = set()
    batch_number = 0
    while steps or any(pending.values()):
        progressed = False
        aggregate_joins: list[tuple[str, exp.Expression, list[exp.Expression]]] = []
        for events in plan.events:
            batch = [a for a in pending.get(events.name, []) if ready.issuperset(ir_walk.customer_inputs(a)[1])]
            if not batch:
                continue
            batch_number += 1
            table = replace(events, aggregates=tuple(batch))
            source_name = _with_customer_values(ctes, table, layers.current, key, batch_number)
            for cte in event_ctes(table, source_name, as_of, dialect, scans[events.name], suffix=f"_{batch_number}"):
                ctes.append((cte.name, cte.query))
                aggregate_joins.append(_aggregate_join(cte, table, key))
            pending[events.name] = [a for a in pending[events.name] if a not in batch]
            ready.update(a.column for a in batch)
        if aggregate_joins:
            layers.add(_join_layer(layers.current, aggregate_joins, key))
            progressed = True
        while layer := [step for step in steps if ready.issuperset(ir_walk.references(step.expr))]:
            layers.add(exp.select(exp.Star(), *(_derived(step, ctx) for step in layer)).from_(exp.to_table(layers.current, quoted=True)))
            ready.update(step.name for step in layer)
            steps = [step for step in steps if step not in layer]
            progressed = True
        if not progressed:  # the checker reports cycles (E105), so this is a bug
            raise ValueError(f"the plan has a cycle through {', '.join(s.name for s in steps)}")
    outputs = plan.outputs(include_traits)
    final = exp.select(col(key), *(col(name) for name in outputs), *(col(c) for c in keep if c not in outputs))
    query = final.from_(exp.to_table(layers.current, quoted=True))
    for name, cte in ctes:
        query = query.with_(exp.to_identifier(name, quoted=True), as_=cte)
    return query


class _Layers:
    """layer_0, layer_1, ...: each CTE adds columns to the previous one."""

    def __init__(self, ctes: list[tuple[str, exp.Select]]):
        self.ctes = ctes
        self.depth = 0

    @property
    def current(self) -> str:
        return f"layer_{self.depth}"

    def add(self, query: exp.Select) -> None:
        self.depth += 1
        self.ctes.append((self.current, query))


def _existing(select: exp.Select, customers: ir.Table, as_of: dt.date) -> exp.Select:
    """Only the customers who exist as of the date: `since` missing, or its UTC day <= as of."""
    since = getattr(customers, "since", None)
    if since is None:
        return select
    day = exp.cast(col(since, "typed"), exp.DataType.build("DATE"))
    condition = exp.or_(exp.Is(this=col(since, "typed"), expression=exp.Null()), exp.LTE(this=day, expression=date_literal(as_of)))
    return exp.select(exp.Star()).from_(select.subquery("typed", copy=False)).where(condition)


def _with_customer_values(ctes: list[tuple[str, exp.Select]], events: ir.EventTable, layer: str, key: str, number: int) -> str:
    """The events CTE an aggregation batch reads: `src_<table>`, or (when the batch reads
    customer-level values) those events inner-joined with the values, named `__customer.<name>`."""
    columns: dict[str, None] = {}
    for aggregate in events.aggregates:
        found_columns, refs = ir_walk.customer_inputs(aggregate)
        columns.update((_customer_name(c), None) for c in found_columns)
        columns.update((name, None) for name in refs)
    source = f"src_{events.name}"
    if not columns:
        return source
    name = f"ev_{events.name}_{number}"
    query = (exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier("e", quoted=True)),
                        *(exp.alias_(col(c, "c"), CUSTOMER_VALUE + c, quoted=True) for c in columns))
             .from_(exp.alias_(exp.to_table(source, quoted=True), "e", table=True, quoted=True))
             .join(exp.alias_(exp.to_table(layer, quoted=True), "c", table=True, quoted=True),
                   on=exp.EQ(this=col(events.key, "e"), expression=col(key, "c")), join_type="inner"))
    ctes.append((name, query))
    return name


def _join_layer(previous: str, joins: list[tuple[str, exp.Expression, list[exp.Expression]]], key: str) -> exp.Select:
    query = exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier(previous, quoted=True))).from_(exp.to_table(previous, quoted=True))
    for alias, relation, columns in joins:
        query = query.join(relation, on=exp.EQ(this=col(key, previous), expression=col(KEY, alias)), join_type="left")
        query = query.select(*columns)
    return query


def render(query: exp.Select, dialect: str, pretty: bool = True) -> str:
    return query.sql(dialect=dialects.DIALECTS[dialect], pretty=pretty, identify=True)


CUSTOMER_VALUE = "__customer."  # prefix of customer-level values joined to event rows


def _customer_name(column: ir.Column) -> str:
    return column.name if column.table == "customers" else f"{column.table}.{column.name}"


def _customer_column(column: ir.Column) -> exp.Expression:
    return col(_customer_name(column))


def _typed_source(relation: exp.Expression, columns: tuple[str, ...], kinds: Mapping[str, str], dialect: str) -> exp.Select:
    """The needed columns, each cast to its schema kind (so CSV and JSON readers that guess
    types differently still agree), floats outside the finite range (NaN, ±inf) read as missing."""
    selected = []
    for name in columns:
        kind = kinds.get(name)
        value: exp.Expression = col(name)
        if kind in SQL_TYPES:
            value = exp.cast(value, exp.DataType.build(SQL_TYPES[kind]))
        if kind == "float":
            value = exp.Case(ifs=[exp.If(this=dialects.finite(value.copy(), dialect), true=value)])
        selected.append(exp.alias_(value, name, quoted=True))
    return exp.select(*selected).from_(relation)


def _aggregate_join(cte: AggregateCte, events: ir.EventTable, key: str) -> tuple[str, exp.Expression, list[exp.Expression]]:
    zero = {a.column for a in events.aggregates if a.fn in ir.ZERO_WHEN_EMPTY}
    selected: list[exp.Expression] = []
    for name in cte.columns:
        value: exp.Expression = col(name, cte.name)
        if name in zero:
            value = exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])
        selected.append(exp.alias_(value, name, quoted=True))
    return cte.name, exp.to_table(cte.name, quoted=True), selected


def _enrichment_cte(enrichment: ir.Enrichment, source) -> exp.Select:  # noqa: ANN001 - the closure above
    mapping = f"__segdsl_domains_{enrichment.name}"
    rows = exp.to_table(f"src_{enrichment.name}", quoted=True)
    raw = exp.cast(col("domain", f"src_{enrichment.name}"), exp.DataType.build("VARCHAR"))
    selected = [exp.alias_(col(c, f"src_{enrichment.name}"), f"{enrichment.name}.{c}", quoted=True) for c in enrichment.columns]
    return (exp.select(exp.alias_(col("__domain", "m"), "__domain", quoted=True), *selected).from_(rows)
            .join(exp.alias_(source(mapping), "m", table=True, quoted=True), on=exp.EQ(this=raw, expression=col("__raw", "m")), join_type="inner"))


def _joined(plan: ir.Plan, joins: list[tuple[str, exp.Expression, list[exp.Expression]]]) -> exp.Select:
    key = plan.customers.key
    selected: list[exp.Expression] = [exp.Column(this=exp.Star(), table=exp.to_identifier("src_customers", quoted=True))]
    query = exp.select().from_(exp.to_table("src_customers", quoted=True))
    enrichment_maps = {f"map_{e.name}": e for e in plan.enrichments}
    for alias, relation, columns in joins:
        if alias in enrichment_maps:
            on_column = exp.cast(col(enrichment_maps[alias].on, "src_customers"), exp.DataType.build("VARCHAR"))
            condition = exp.EQ(this=on_column, expression=col("__raw", alias))
        elif alias.startswith("enr_"):
            condition = exp.EQ(this=col("__domain", f"map_{alias[4:]}"), expression=col("__domain", alias))
        else:
            condition = exp.EQ(this=col(key, "src_customers"), expression=col(KEY, alias))
        query = query.join(relation, on=condition, join_type="left")
        selected += columns
    return query.select(*selected)


def _derived(step: ir.Derived, ctx: SqlContext) -> exp.Expression:
    value = compile_expr(step.expr, ctx)
    if step.role == "segment":  # a segment is a set: a missing condition is not membership
        value = exp.Coalesce(this=value, expressions=[exp.Boolean(this=False)])
    return exp.alias_(value, step.name, quoted=True)


# ---- window operands ---------------------------------------------------------------------------


def lift_window_operands(steps: tuple[ir.Derived, ...]) -> tuple[ir.Derived, ...]:
    """SQL cannot nest a window function in another one's ORDER BY, nor order by an expression
    that holds one: every ntile/tiers operand that is not a plain column becomes a hidden step
    computed one layer earlier."""
    lifted: list[ir.Derived] = []
    counter = iter(range(1_000_000))

    def rewrite(node: ir.Expr) -> ir.Expr:
        node = _map_children(node, rewrite)
        if isinstance(node, (ir.Ntile, ir.Tiers)):
            field = "operand" if isinstance(node, ir.Ntile) else "measure"
            operand = getattr(node, field)
            if not isinstance(operand, (ir.Ref, ir.Column)):
                name = f"__window_{next(counter)}"
                lifted.append(ir.Derived(name, "hidden", operand))
                return replace(node, **{field: ir.Ref(operand.type, name)})
        return node

    result: list[ir.Derived] = []
    for step in steps:
        expr = rewrite(step.expr)
        result += lifted
        lifted.clear()
        result.append(replace(step, expr=expr))
    return tuple(result)


def _map_children(node: ir.Expr, fn) -> ir.Expr:  # noqa: ANN001
    changes = {}
    for f in fields(node):
        value = getattr(node, f.name)
        if isinstance(value, ir.Expr):
            changes[f.name] = fn(value)
        elif isinstance(value, tuple) and any(isinstance(v, (ir.Expr, tuple)) for v in value):
            changes[f.name] = tuple(
                fn(v) if isinstance(v, ir.Expr) else tuple(fn(x) if isinstance(x, ir.Expr) else x for x in v) if isinstance(v, tuple) else v
                for v in value)
    return replace(node, **changes) if changes else node
