"""The Polars engine: the existing backend (one LazyFrame), behind the engine interface."""

from __future__ import annotations

import datetime as dt

import polars as pl

from segdsl import ir
from segdsl.diagnostics import Diagnostic


class PolarsEngine:
    name = "polars"

    def problems(self, plan: ir.Plan) -> list[Diagnostic]:
        return []

    def lazy(self, plan: ir.Plan, as_of: dt.date, *, include_traits: bool = False, keep: tuple[str, ...] = (),
             trust_pickle: bool = False) -> pl.LazyFrame:
        from segdsl.backend.polars_plan import build_lazyframe

        scorer = None
        if plan.models:
            from segdsl.models.scoring import ModelScorer

            scorer = ModelScorer(plan, trust_pickle=trust_pickle)
        return build_lazyframe(plan, as_of, include_traits=include_traits, model_output=scorer, keep=keep)

    def evaluate(self, plan: ir.Plan, as_of: dt.date, *, include_traits: bool = False, keep: tuple[str, ...] = (),
                 trust_pickle: bool = False) -> pl.DataFrame:
        from segdsl.backend.polars_run import collect_checked

        lazy = self.lazy(plan, as_of, include_traits=include_traits, keep=keep, trust_pickle=trust_pickle)
        return collect_checked(plan, lazy)  # the input checks run in the same pass

    def explain(self, plan: ir.Plan, as_of: dt.date) -> str:
        return self.lazy(plan, as_of).explain()

    def close(self) -> None:
        pass
