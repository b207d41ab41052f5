"""`segdsl kpis`, `segdsl goals` and `segdsl experiment`: outcomes of a definition's segments."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.diagnostics import Diagnostic, DiagnosticError


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


FormatOption = Annotated[Format, typer.Option("--format", help="text (tables), json or markdown.")]
AsOf = Annotated[Optional[str], typer.Option("--as-of", help="As of this date (YYYY-MM-DD); overrides `as of` in the file.")]
Trust = Annotated[bool, typer.Option("--trust-pickle", help="Allow loading pickle/joblib model files.")]


def _emit(tables: list[tuple[str, object]], fmt: Format, title: str) -> None:
    """Print (title, DataFrame) pairs in the chosen format."""
    from segdsl.cli import stdout
    from segdsl.insight.render import dump_json, json_rows, markdown_table, rich_table

    if fmt is Format.json:
        sys.stdout.write(dump_json({"title": title, **{name: json_rows(frame) for name, frame in tables}}))
    elif fmt is Format.markdown:
        sys.stdout.write(f"## {title}\n\n" + "\n".join(markdown_table(frame, name) for name, frame in tables))
    else:
        from segdsl.render.preview import fit

        console = stdout()
        console.print(title)
        for name, frame in tables:  # too wide for the terminal or a pipe: one block per row, never cut
            console.print(fit(rich_table(frame, name), console))


def _run(work):
    from segdsl.cli import fail

    try:
        return work()
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None


def kpis_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    as_of: AsOf = None,
    history: Annotated[Optional[str], typer.Option("--history", help="Also at a series of dates ending at as of, e.g. `12 months`, `8 weeks`.")] = None,
    fmt: FormatOption = Format.text,
    trust_pickle: Trust = False,
) -> None:
    """Every measure per segment and per label with the whole base as reference (index), the overlap matrix, label homogeneity; with --history, sizes, measures and entering/leaving customers at each date."""
    from segdsl.cli import EXIT_USAGE, load_definition, stderr
    from segdsl.insight.compute import evaluate_history_table, evaluate_insights
    from segdsl.insight.history import history_dates, parse_span

    span = parse_span(history) if history is not None else None
    if history is not None and span is None:
        stderr().print(f"error: --history takes a count and a unit such as `12 months`, not {history!r}")
        raise typer.Exit(EXIT_USAGE)
    definition = load_definition(path)
    date = _run(lambda: definition.resolve_as_of(as_of))
    insights, _ = _run(lambda: evaluate_insights(definition, date, trust_pickle))
    tables = [("measures", insights.kpis), ("overlap", insights.overlap), ("homogeneity", insights.homogeneity)]
    if span is not None:
        dates = history_dates(date, *span)
        tables.append(("history", _run(lambda: evaluate_history_table(definition, dates, trust_pickle))))
    _emit(tables, fmt, f"{path} as of {date}")


def goals_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    as_of: AsOf = None,
    fmt: FormatOption = Format.text,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Exit 1 when a goal is `missed` (deadline passed, target not met) or, with `off-track`, also when one is off track.")] = None,
    trust_pickle: Trust = False,
) -> None:
    """SMART goals: segment | measure | goal | baseline | current | progress | status (a linear projection to the deadline)."""
    from segdsl.cli import EXIT_PROBLEMS, EXIT_USAGE, load_definition, stderr
    from segdsl.insight.compute import evaluate_goals

    if fail_on not in (None, "missed", "off-track"):
        stderr().print(f"error: --fail-on takes `missed` or `off-track`, not {fail_on!r}")
        raise typer.Exit(EXIT_USAGE)
    definition = load_definition(path)
    date = _run(lambda: definition.resolve_as_of(as_of))
    table = _run(lambda: evaluate_goals(definition, date, trust_pickle))
    shown = table if fmt is not Format.text else table.select(
        "goal", "segment", "measure", "target_text", "baseline", "current", "progress", "projected", "status")
    _emit([("goals", shown)], fmt, f"{path} as of {date}")
    failing = {"missed"} | ({"off track"} if fail_on == "off-track" else set())
    if fail_on is not None and any(status in failing for status in table.get_column("status").to_list()):
        raise typer.Exit(EXIT_PROBLEMS)


def experiment_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    name: Annotated[Optional[list[str]], typer.Option("--name", help="Only this experiment (repeatable).")] = None,
    fmt: FormatOption = Format.text,
    trust_pickle: Trust = False,
) -> None:
    """Treated vs holdout on each experiment's measure after its start: rates or means, absolute and relative lift, 95% interval, p-value (SciPy), and the sample size needed to detect the declared lift."""
    import polars as pl

    from segdsl.cli import load_definition
    from segdsl.insight.compute import evaluate_experiments, unknown_experiment

    definition = load_definition(path)
    known = [e.name for e in definition.ir.experiments]
    for wanted in name or []:
        if wanted not in known:
            from segdsl.cli import EXIT_USAGE, report

            report(unknown_experiment(wanted, known).diagnostics)
            raise typer.Exit(EXIT_USAGE)
    found = _run(lambda: evaluate_experiments(definition, name, trust_pickle))
    results = pl.DataFrame([r.as_dict() for r, _ in found]) if found else pl.DataFrame()
    sizes = pl.DataFrame([vars(s) for _, s in found]) if found else pl.DataFrame()
    _emit([("results", results), ("sample size (per group, alpha 0.05, power 0.8)", sizes)], fmt, f"{path}: experiments")


__all__ = ["Diagnostic", "experiment_command", "goals_command", "kpis_command"]
