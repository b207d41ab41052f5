"""`segdsl models [PATH]`: the model cards of a project (definitions and sidecars only)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class CardFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def models_command(
    path: Annotated[Path, typer.Argument(help="A definition file, or a folder searched for *.seg files.")] = Path("."),
    output_format: Annotated[CardFormat, typer.Option("--format", help="text, json or markdown.")] = CardFormat.text,
) -> None:
    """List the models a project declares: kind, features, label, training dates, metrics of both
    validations, staleness, library versions and file size. Reads sidecars; never loads a model."""
    from segdsl.cli import EXIT_USAGE, stderr, stdout
    from segdsl.models.cards import as_json, as_markdown, collect_cards, definition_files

    if not path.exists():
        stderr().print(f"error: {path} does not exist")
        raise typer.Exit(EXIT_USAGE)
    cards = collect_cards(definition_files(path))
    if output_format is CardFormat.json:
        sys.stdout.write(as_json(cards))
    elif output_format is CardFormat.markdown:
        sys.stdout.write(as_markdown(cards))
    else:
        _print_text(stdout(), cards)


def _print_text(console, cards) -> None:
    from rich.table import Table

    from segdsl.models.cards import _figures, _size

    if not cards:
        console.print("no models declared")
        return
    for card in cards:
        table = Table(title=f"{card.name} ({card.kind}{', ' + card.task if card.task else ''})", title_justify="left",
                      show_header=False)
        table.add_column("field")
        table.add_column("value", overflow="fold")
        state = "not trained" if not card.trained else ("; ".join(card.staleness) or card.problem or "up to date")
        rows = [("declared in", card.definition), ("file", f"{card.file} ({_size(card.file_bytes)})"),
                ("label", card.label or "-"), ("features", ", ".join(card.features)),
                ("classes", ", ".join(card.classes) or None),
                ("trained", f"features as of {card.train_as_of}, label as of {card.label_as_of or '-'}, "
                            f"on {card.trained_at}" if card.trained_at else None),
                ("random hold-out", _figures(card.holdout) if card.trained else None),
                ("out-of-time", _figures(card.out_of_time) if card.out_of_time else None),
                ("staleness", state),
                ("versions", ", ".join(f"{k} {v}" for k, v in card.versions.items() if v) or None)]
        for name, value in rows:
            if value is not None:
                table.add_row(name, value)
        console.print(table)
