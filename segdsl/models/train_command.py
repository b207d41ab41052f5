"""`segdsl train FILE`: fit the declared models by backtesting and save them (skops + sidecar).

A command with a module of its own (registered in `segdsl.cli._register_commands`); scikit-learn
is imported only when a model is trained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.cli import AsOfOption, EngineOption
from segdsl.diagnostics import DiagnosticError


def train_command(
    path: Annotated[Path, typer.Argument(help="The definition file declaring the models.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Train only this model.")] = None,
    as_of: AsOfOption = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for splits and estimators.")] = 7,
    k: Annotated[Optional[str], typer.Option("--k", help="k-means: also fit these k (e.g. 3,4,5,6) and report their silhouette; the declared k is the one saved.")] = None,
    engine: EngineOption = None,
) -> None:
    """Fit the declared models (features as of `train as of`, label as of `as of`), show metrics, save them as skops files with a JSON sidecar."""
    from rich.progress import Progress

    from segdsl.cli import EXIT_USAGE, engine_for, fail, load_definition, report, stderr, stdout
    from segdsl.render.metrics import metrics_table
    from segdsl.training import train_model

    definition = load_definition(path)
    models = [m for m in definition.ir.models if model is None or m.name == model]
    if not models:
        names = ", ".join(m.name for m in definition.ir.models) or "none"
        stderr().print(f"error: no model {model!r} in {path} (models: {names})" if model else f"error: {path} declares no model")
        raise typer.Exit(EXIT_USAGE)
    try:
        k_values = [int(v) for v in k.split(",")] if k else None
    except ValueError:
        stderr().print(f"error: --k takes whole numbers separated by commas, not {k!r}")
        raise typer.Exit(EXIT_USAGE) from None
    label_date = definition.resolve_as_of(as_of)
    console = stdout()
    results = []
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("training", total=len(models))
        for declared in models:
            progress.update(task, description=f"training {declared.name} ({declared.kind})")
            try:
                with engine_for(engine, path):
                    results.append((declared, train_model(definition.ir, declared, label_date, seed, k_values)))
            except DiagnosticError as error:
                raise fail(error.diagnostics) from None
            progress.advance(task)
    for declared, trained in results:
        console.print(metrics_table(declared, trained.result.metrics))
        console.print(f"saved {declared.path}")
        if trained.warnings:
            report(list(trained.warnings))
