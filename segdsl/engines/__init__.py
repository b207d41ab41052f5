"""Engines: where a definition runs. Every engine takes the same IR plan and returns the same
rows (README "Engines"): Polars (the embedded default), DuckDB, PostgreSQL and Spark, the last
three through the SQL backend (`segdsl.backend.sql`).

    engine = get_engine("duckdb")
    problems = engine.problems(plan)        # what this engine cannot run, before running it
    frame = engine.evaluate(plan, as_of, include_traits=True)   # a pl.DataFrame (Arrow between)

Engines are cached per process (a Spark session takes seconds to start) and closed at exit.
"""

from __future__ import annotations

import atexit
import datetime as dt
from typing import TYPE_CHECKING, Protocol

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError

if TYPE_CHECKING:  # Polars only for the annotation: the engines module stays light
    import polars as pl

ENGINES = ("polars", "duckdb", "postgres", "spark")
DEFAULT_ENGINE = "polars"


class Engine(Protocol):
    name: str

    def problems(self, plan: ir.Plan) -> list[Diagnostic]:
        """Diagnostics (E250) for what this engine cannot run, found without running anything."""

    def evaluate(self, plan: ir.Plan, as_of: dt.date, *, include_traits: bool = False, keep: tuple[str, ...] = (),
                 trust_pickle: bool = False) -> "pl.DataFrame":
        """The key plus a column per output: the same rows and types as the Polars engine."""

    def explain(self, plan: ir.Plan, as_of: dt.date) -> str:
        """The engine's own plan of the query."""

    def close(self) -> None: ...


_OPEN: dict[str, Engine] = {}


def unknown_engine(name: str, where: str = "--engine") -> Diagnostic:
    from segdsl.diagnostics import suggest

    guess = suggest(name, ENGINES)
    return Diagnostic("E251", f"unknown engine `{name}` in {where}",
                      hints=((f"did you mean `{guess[0]}`?",) if guess else ()) + (f"choose one of: {', '.join(ENGINES)}",))


def get_engine(name: str) -> Engine:
    """The engine of that name (opened once per process); E251 for an unknown name, E901 for a
    missing extra, E252 when its server cannot be reached."""
    if name not in ENGINES:
        raise DiagnosticError([unknown_engine(name)])
    if name not in _OPEN:
        if name == "polars":
            from segdsl.engines.polars_engine import PolarsEngine as cls
        elif name == "duckdb":
            from segdsl.engines.duckdb_engine import DuckDBEngine as cls  # type: ignore[assignment]
        elif name == "postgres":
            from segdsl.engines.postgres_engine import PostgresEngine as cls  # type: ignore[assignment]
        else:
            from segdsl.engines.spark_engine import SparkEngine as cls  # type: ignore[assignment]
        _OPEN[name] = cls()
    return _OPEN[name]


def set_engine(engine: Engine) -> None:
    """Use this engine instance for its name (tests point PostgreSQL at their own server)."""
    previous = _OPEN.get(engine.name)
    if previous is not None and previous is not engine:
        previous.close()
    _OPEN[engine.name] = engine


@atexit.register
def close_all() -> None:
    for engine in list(_OPEN.values()):
        try:
            engine.close()
        except Exception:  # noqa: BLE001 - closing at exit must never mask the real outcome
            pass
    _OPEN.clear()
