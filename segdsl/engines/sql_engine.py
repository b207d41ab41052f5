"""What every SQL engine shares: check what the SQL backend can compile, give it each table
(a file read by the engine, or a table already in the database), compute the helper relations
in Python, run the one statement, and return the Polars engine's column types.

Subclasses say how to read a file, how to put a small frame in front of the engine, and how to
run a query; nothing else differs.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod

import polars as pl
from sqlglot import exp

from segdsl import ir, ir_walk
from segdsl.backend.sql.expressions import Unsupported
from segdsl.backend.sql.plan import Helper, build_query, helpers, render
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.types import schema_type_name


def model_problems(plan: ir.Plan, engine: str, trust_pickle: bool = False) -> list[Diagnostic]:
    """E250 for each model a derived step uses that does not compile to SQL (`segdsl.models.sql`),
    naming the model and the engine. Only the models a derived step uses count: a training plan
    declares the model it trains."""
    scorer = model_scorer(plan, trust_pickle)
    return scorer.problems(plan, engine) if scorer is not None else []


def model_scorer(plan: ir.Plan, trust_pickle: bool = False):
    """The SQL compiler of the plan's models (None without model outputs: no scikit-learn import)."""
    if not any(ir_walk.model_outputs(step.expr) for step in plan.derived):
        return None
    from segdsl.models.sql_scoring import SqlModelScorer

    return SqlModelScorer(plan, trust_pickle)


class SqlEngine(ABC):
    name: str
    dialect: str

    # ---- what subclasses provide ------------------------------------------------------------

    @abstractmethod
    def file_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        """The relation reading a table's data file (or a table loaded from it)."""

    @abstractmethod
    def frame_relation(self, name: str, frame: pl.DataFrame) -> exp.Expression:
        """A small Polars frame made visible to the engine under a relation."""

    @abstractmethod
    def run(self, sql: str) -> pl.DataFrame:
        """Run one statement; the result as a Polars frame (through Arrow where the client has it)."""

    @abstractmethod
    def explain_sql(self, sql: str) -> str: ...

    def close(self) -> None:
        pass

    # ---- the shared part ----------------------------------------------------------------------

    def problems(self, plan: ir.Plan, trust_pickle: bool = False) -> list[Diagnostic]:
        found = model_problems(plan, self.name, trust_pickle)
        if found:
            return found
        try:
            build_query(plan, plan.as_of or dt.date(2000, 1, 1), self.dialect, include_traits=True,
                        models=model_scorer(plan, trust_pickle))
        except Unsupported as error:
            found.append(Diagnostic("E250", f"{error} cannot run on the {self.name} engine yet",
                                    hints=("evaluate this definition with `--engine polars`",)))
        return found

    def sql(self, plan: ir.Plan, as_of: dt.date, *, include_traits: bool = False, keep: tuple[str, ...] = (),
            trust_pickle: bool = False) -> str:
        sources, kinds = self._sources(plan)
        return render(build_query(plan, as_of, self.dialect, include_traits=include_traits, keep=keep, sources=sources, kinds=kinds,
                                  models=model_scorer(plan, trust_pickle)),
                      self.dialect, pretty=False)

    def evaluate(self, plan: ir.Plan, as_of: dt.date, *, include_traits: bool = False, keep: tuple[str, ...] = (),
                 trust_pickle: bool = False) -> pl.DataFrame:
        from segdsl.datacheck import keys_checked_in_result, result_key_problems, validate_inputs
        from segdsl.sources.driver import shared_connections

        problems = self.problems(plan, trust_pickle)
        if problems:
            raise DiagnosticError(problems)
        # One login per named connection and one catalogue look-up per table for the whole
        # evaluation (checks, column kinds, expected types and reads all ask).
        with shared_connections():
            # The same data diagnostics as the Polars engine, before any work; a database
            # customer table's keys are counted on the result instead (one scan fewer).
            keys_in_result = keys_checked_in_result(plan)
            validate_inputs(plan, keys_in_result=keys_in_result)
            expected = self._expected_schema(plan, as_of, include_traits, keep)
            statement = self.sql(plan, as_of, include_traits=include_traits, keep=keep, trust_pickle=trust_pickle)
            try:
                frame = self.run(statement)
            except DiagnosticError:
                raise
            except Exception as error:  # noqa: BLE001 - a driver's error becomes a diagnostic
                first = (str(error).strip().splitlines() or [type(error).__name__])[0]
                raise DiagnosticError([Diagnostic("E253", f"the {self.name} engine failed: {first}",
                                                  hints=("check that the data files match the declared tables",))]) from None
        if keys_in_result and (problems := result_key_problems(plan, frame)):
            raise DiagnosticError(problems)
        return conform(frame, expected)

    def explain(self, plan: ir.Plan, as_of: dt.date) -> str:
        return self.explain_sql(self.sql(plan, as_of))

    def _sources(self, plan: ir.Plan) -> tuple[dict[str, exp.Expression], dict[str, dict[str, str]]]:
        sources: dict[str, exp.Expression] = {}
        kinds: dict[str, dict[str, str]] = {}
        tables: list[ir.Table] = [plan.customers, *plan.events, *plan.enrichments]
        for table in tables:
            columns = table.columns if not isinstance(table, ir.Enrichment) else tuple(dict.fromkeys((*table.columns, "domain")))
            kinds[table.name] = self.column_kinds(table)
            if isinstance(table.path, ir.DatabaseTable):  # a connection's table: read through the ADBC reader
                sources[table.name] = self.database_relation(table, columns)
            else:
                sources[table.name] = self.file_relation(table, columns)
        for helper in helpers(plan):
            sources[helper.name] = self.frame_relation(helper.name, helper_frame(plan, helper))
        return sources, kinds

    def database_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        """A table of a named connection, for an engine that is not that database: read once
        (needed columns only) and put in front of the engine like a small frame."""
        from segdsl.sources.frames import table_frame

        return self.frame_relation(table.name, table_frame(table.path, columns).collect())

    def column_kinds(self, table: ir.Table) -> dict[str, str]:
        """Schema kinds as Polars reads the file: every engine then casts to the same types."""
        if isinstance(table.path, ir.DatabaseTable):
            from segdsl.sources.reader import column_kinds

            return column_kinds(table.path)
        from segdsl.io import scan

        schema = scan(table.path).collect_schema()
        return {name: schema_type_name(dtype) for name, dtype in schema.items()}

    def _expected_schema(self, plan: ir.Plan, as_of: dt.date, include_traits: bool, keep: tuple[str, ...]) -> pl.Schema | None:
        """The Polars engine's output types (from file schemas only, no data read)."""
        from segdsl.backend.polars_plan import build_lazyframe

        def model_type(node: ir.ModelOutput) -> pl.Expr:  # only the output's type matters here
            return {"score": pl.lit(0.0, pl.Float64), "predict": pl.lit(False), "cluster": pl.lit(0, pl.Int64)}[node.output]

        try:
            return build_lazyframe(plan, as_of, include_traits=include_traits, keep=keep,
                                   model_output=model_type).collect_schema()
        except Exception:  # noqa: BLE001 - without it the engine's own types are returned
            return None


def helper_frame(plan: ir.Plan, helper: Helper) -> pl.DataFrame:
    """Holdout draws or normalised domains, computed in Python over the distinct values."""
    from segdsl.sources.frames import table_frame

    table = next(t for t in (plan.customers, *plan.events, *plan.enrichments) if t.name == helper.table)
    values = table_frame(table.path, (helper.column,)).unique().collect().to_series().drop_nulls()
    if helper.kind == "holdout":
        from segdsl.backend.hashing import stable_unit_hash

        return pl.DataFrame({"__key": values, "__draw": stable_unit_hash(values, helper.seed)})
    from segdsl.domains import normalise_domains

    raw = values.cast(pl.String)
    return pl.DataFrame({"__raw": raw, "__domain": normalise_domains(raw)})


def conform(frame: pl.DataFrame, expected: pl.Schema | None) -> pl.DataFrame:
    """The engine's result with the Polars engine's column types (integers stay integers,
    decimals from SUM become the same numbers, labels text)."""
    if expected is None:
        return frame
    casts = {name: dtype for name, dtype in expected.items() if name in frame.columns and frame.schema[name] != dtype}
    return frame.cast(casts) if casts else frame
