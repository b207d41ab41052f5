"""What each outcome command computes, from a loaded definition (the commands only format)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.insight.experiment import ExperimentResult, SampleSize, compare, groups, sample_size
from segdsl.insight.goals import goals_table, needed_dates
from segdsl.insight.history import evaluate_history, evaluate_history_frames, history_table
from segdsl.insight.measures import kpi_table
from segdsl.insight.structure import homogeneity_table, overlap_table


@dataclass(frozen=True)
class Insights:
    as_of: dt.date
    kpis: pl.DataFrame
    overlap: pl.DataFrame
    homogeneity: pl.DataFrame
    sizes: pl.DataFrame  # segment | members | share
    labels: pl.DataFrame  # segmentation | label | members | share


def evaluate_insights(definition, as_of: dt.date, trust_pickle: bool = False) -> tuple[Insights, pl.DataFrame]:
    """One evaluation (segments, traits and measures in the same plan), then every table."""
    plan = definition.ir
    frame = definition.evaluate(as_of, include_traits=True, trust_pickle=trust_pickle, keep=plan.measure_columns)
    total = frame.height
    sizes = pl.DataFrame(
        [(s, int(frame.get_column(s).sum()), frame.get_column(s).sum() / total if total else None) for s in plan.segments],
        schema={"segment": pl.String, "members": pl.Int64, "share": pl.Float64}, orient="row",
    )
    label_rows = []
    for segmentation in plan.segmentations:
        counts = frame.group_by(segmentation).len().sort(segmentation, nulls_last=True)
        for label, members in counts.iter_rows():
            label_rows.append((segmentation, label if label is not None else "(none)", members, members / total if total else None))
    labels = pl.DataFrame(label_rows, schema={"segmentation": pl.String, "label": pl.String, "members": pl.Int64,
                                              "share": pl.Float64}, orient="row")
    insights = Insights(as_of, kpi_table(frame, plan), overlap_table(frame, plan.segments),
                        homogeneity_table(frame, plan), sizes, labels)
    return insights, frame


def evaluate_goals(definition, as_of: dt.date, trust_pickle: bool = False) -> pl.DataFrame:
    dates = needed_dates(definition.ir, as_of)
    if not dates:
        return goals_table(definition.ir, pl.DataFrame(), [], as_of)
    frame = evaluate_history(definition, dates, trust_pickle)
    return goals_table(definition.ir, frame, dates, as_of)


def evaluate_history_table(definition, dates: list[dt.date], trust_pickle: bool = False) -> pl.DataFrame:
    return history_table(evaluate_history_frames(definition, dates, trust_pickle), definition.ir, dates)


def evaluate_experiments(definition, names: list[str] | None = None, trust_pickle: bool = False
                         ) -> list[tuple[ExperimentResult, SampleSize]]:
    """Each experiment: the comparison as of its start, and the sample size it needed, from the
    targets' values before launch (as of start minus the measure's look-ahead)."""
    from segdsl.extras import require_module

    require_module("scipy", "report")
    plan = definition.ir
    results = []
    for experiment in plan.experiments:
        if names and experiment.name not in names:
            continue
        measure = plan.measure_by_name(experiment.measure)
        frame = definition.evaluate(experiment.starts, trust_pickle=trust_pickle, keep=(measure.value,))
        treated, holdout = groups(frame, experiment, measure.value, measure.agg)
        before = experiment.starts - dt.timedelta(days=max(measure.ahead_days, 1))
        prior = definition.evaluate(before, trust_pickle=trust_pickle, keep=(measure.value,))
        prior_treated, prior_holdout = groups(prior, experiment, measure.value, measure.agg)
        results.append((compare(experiment, measure, treated, holdout),
                        sample_size(experiment, measure, pl.concat([prior_treated, prior_holdout]), holdout.len())))
    return results


def unknown_experiment(name: str, known: list[str]) -> DiagnosticError:
    from segdsl.diagnostics import available, suggest

    guess = suggest(name, known)
    return DiagnosticError([Diagnostic("E144", f"no experiment `{name}`" + (f"; did you mean `{guess[0]}`?" if guess else ""),
                                       hints=(available(known),))])
