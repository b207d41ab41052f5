"""`segdsl snapshot FILE`: evaluate every segment and label of a definition and record the
membership in the history store (changes only)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from segdsl.cli import AsOfOption, EngineOption, TrustOption
from segdsl.diagnostics import DiagnosticError


def snapshot_command(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    as_of: AsOfOption = None,
    engine: EngineOption = None,
    trust_pickle: TrustOption = False,
) -> None:
    """Record who is in each segment and label as of a date (SCD type 2 history, changes only). Exit 1: a problem in the definition or data, or a date earlier than the last snapshot."""
    from segdsl.activation.history import record_snapshot
    from segdsl.cli import engine_for, fail, load_definition
    from segdsl.output import long_format

    definition = load_definition(path)
    try:
        with engine_for(engine, path):
            frame = definition.evaluate(as_of, trust_pickle=trust_pickle)
        memberships = long_format(frame, definition.key, definition.segments, definition.segmentations)
        memberships = memberships.rename({definition.key: "customer_key"})
        scope = set(definition.segments) | set(memberships["segment"].unique().to_list())
        summary = record_snapshot(path.parent, definition.resolve_as_of(as_of), memberships, segments=scope,
                                  segmentations=definition.segmentations)
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    expired = f", {summary.expired} expired rows dropped" if summary.expired else ""
    typer.echo(f"snapshot as of {summary.as_of.isoformat()} recorded in the {summary.store}: "
               f"{len(summary.segments)} segments and labels, {summary.members} memberships, "
               f"{summary.entered} entered, {summary.exited} exited, {summary.rows_written} history rows written{expired}")
