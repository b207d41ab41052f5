"""`segdsl compile` (the SQL of a definition, for any supported dialect) and the engine half of
`segdsl explain --engine` (the SQL, then the engine's own EXPLAIN).

Imported at segdsl start-up: sqlglot and the engines load inside the commands.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.diagnostics import Diagnostic, DiagnosticError

DIALECT_NAMES = ("duckdb", "postgres", "spark", "snowflake", "bigquery", "trino")


def compile_sql(definition, dialect: str, as_of: str | dt.date | None = None, *, include_traits: bool = False) -> str:  # noqa: ANN001
    """The definition as ONE SQL statement in `dialect`, reading each table by its declared name
    (`customers`, `orders`, ...) and each helper relation by its name (listed in a header)."""
    from segdsl.extras import require_module

    require_module("sqlglot", "sql", "compiling to SQL")
    from segdsl.backend.sql.expressions import Unsupported
    from segdsl.backend.sql.plan import build_query, helpers, render
    from segdsl.engines.sql_engine import model_problems, model_scorer

    if dialect not in DIALECT_NAMES:
        from segdsl.diagnostics import suggest

        guess = suggest(dialect, DIALECT_NAMES)
        raise DiagnosticError([Diagnostic("E254", f"unknown SQL dialect `{dialect}`",
                                          hints=((f"did you mean `{guess[0]}`?",) if guess else ()) + (f"choose one of: {', '.join(DIALECT_NAMES)}",))])
    problems = model_problems(definition.ir, f"SQL ({dialect})")
    if problems:
        raise DiagnosticError(problems)
    try:
        query = build_query(definition.ir, definition.resolve_as_of(as_of), dialect, include_traits=include_traits,
                            models=model_scorer(definition.ir))
    except Unsupported as error:
        raise DiagnosticError([Diagnostic("E250", f"{error} cannot be compiled to SQL yet")]) from None
    header = [f"-- {definition.path.name} compiled for {dialect} as of {definition.resolve_as_of(as_of)} by segdsl"]
    for table in (definition.ir.customers, *definition.ir.events, *definition.ir.enrichments):
        header.append(f"-- table {table.name}: {table.path.name}")
    for helper in helpers(definition.ir):
        what = (f"(__key, __draw): the holdout draw of each {helper.column} for seed {helper.seed} (splitmix64 / BLAKE2b, see README)"
                if helper.kind == "holdout" else f"(__raw, __domain): each distinct {helper.table}.{helper.column} and its normalised domain")
        header.append(f"-- helper {helper.name} {what}")
    return "\n".join(header) + "\n" + render(query, dialect) + ";\n"


def compile_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    dialect: Annotated[str, typer.Option("--dialect", help="duckdb, postgres, spark, snowflake, bigquery or trino.")] = "duckdb",
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Compile as of this date (YYYY-MM-DD); overrides `as of` in the file.")] = None,
    traits: Annotated[bool, typer.Option("--traits", help="Also output every trait's value.")] = False,
) -> None:
    """Print the definition as ONE SQL statement (CTEs: one aggregation per event table, joins,
    derived columns in dependency layers). Exit 0: printed; 1: errors in the definition, or a
    part that SQL cannot express yet (models); 2: unknown dialect, missing extra or file."""
    from segdsl import cli

    definition = cli.load_definition(path)
    try:
        text = compile_sql(definition, dialect, as_of, include_traits=traits)
    except DiagnosticError as error:
        raise cli.fail(error.diagnostics) from None
    sys.stdout.write(text)


def explain_on_engine(definition, engine: str, as_of: str | None) -> None:  # noqa: ANN001
    """The SQL an engine runs, then the engine's own plan for it."""
    from segdsl import cli
    from segdsl.engines import get_engine
    from segdsl.render.explain import plan_summary

    day = definition.resolve_as_of(as_of)
    try:
        runner = get_engine(engine)
        problems = runner.problems(definition.ir)
        if problems:
            raise DiagnosticError(problems)
        sql = runner.sql(definition.ir, day)
        pretty = _pretty(sql, runner.dialect)
        plan = runner.explain(definition.ir, day)
    except DiagnosticError as error:
        raise cli.fail(error.diagnostics) from None
    console = cli.stdout()
    console.print(plan_summary(definition, day, {}), soft_wrap=False)
    console.print(f"SQL ({engine}):")
    console.print(pretty, markup=False)
    console.print(f"{engine} plan:")
    console.print(plan, markup=False)


def _pretty(sql: str, dialect: str) -> str:
    import sqlglot

    return sqlglot.transpile(sql, read=dialect, write=dialect, pretty=True)[0]
