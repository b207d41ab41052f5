"""A `MembershipDiff` for the terminal: Rich tables, entries in green and exits in red. The
console decides on colour (none when not a terminal or with NO_COLOR), so the same renderables
also give the plain text written by `--out`."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from segdsl.diffing import wording
from segdsl.diffing.compute import MembershipDiff, SegmentationDiff, SegmentDiff

ADDED, REMOVED = "green", "red"
FILE_WIDTH = 120  # columns of the text written by --out: no terminal to ask


def text_report(diff: MembershipDiff, *, show_all: bool = False) -> Group:
    header = [
        Text.assemble(("segdsl diff ", "bold"), f"{diff.old} → {diff.new}"),
        Text(f"as of {diff.as_of.isoformat()} · {wording.customers(diff)}"),
        Text(wording.summary(diff) if diff.changed else f"No membership changed ({wording.summary(diff)}).",
             style="bold"),
    ]
    blocks = _segments(diff.segments, show_all)
    for segmentation in wording.shown(diff.segmentations, show_all):
        blocks += _segmentation(segmentation)
    blocks += _unchanged(diff.segmentations, show_all, "segmentations")
    return Group(*header, *_spaced(blocks))


def _spaced(parts: list[RenderableType]) -> list[RenderableType]:
    """A blank line before each block, so tables do not run into each other."""
    return [block for part in parts for block in (Text(), part)]


def plain_text(diff: MembershipDiff, *, show_all: bool = False) -> str:
    """The report without colour, for a file."""
    console = Console(file=io.StringIO(), width=FILE_WIDTH, color_system=None, highlight=False, soft_wrap=True)
    console.print(text_report(diff, show_all=show_all))
    return console.file.getvalue()


def _segments(segments: Sequence[SegmentDiff], show_all: bool) -> list[RenderableType]:
    rows = wording.shown(segments, show_all)
    parts: list[RenderableType] = []
    if rows:
        table = _table("Segments", ["segment", "before", "after", "change", "added", "removed"])
        for s in rows:
            mark = wording.MARKS[s.status]
            table.add_row(s.name + (f" ({mark})" if mark else ""), wording.count(s.before), wording.count(s.after),
                          wording.change(s.before, s.after), _coloured(s.added, ADDED), _coloured(-s.removed, REMOVED))
        parts.append(table)
    parts += _unchanged(segments, show_all, "segments")
    samples = [s for s in rows if s.added_sample or s.removed_sample]
    if samples:
        table = _table("Sample members (first keys in sort order)", ["segment", "added", "removed"], align="lll")
        for s in samples:
            table.add_row(s.name, Text(wording.keys(s.added_sample, s.added), style=ADDED),
                          Text(wording.keys(s.removed_sample, s.removed), style=REMOVED))
        parts.append(table)
    return parts


def _segmentation(segmentation: SegmentationDiff) -> list[RenderableType]:
    labels = _table(f"Segmentation {segmentation.name}: {wording.segmentation_note(segmentation)}",
                    ["label", "before", "after", "change"])
    for c in segmentation.labels:
        labels.add_row(wording.label(c.label), wording.count(c.before), wording.count(c.after), wording.change(c.before, c.after))
    parts: list[RenderableType] = [labels]
    movements, others, moved = wording.main_movements(segmentation)
    if movements:
        table = _table(None, ["from", "to", "customers"], align="llr")
        for m in movements:
            table.add_row(wording.label(m.source), wording.label(m.target), f"{m.customers:,}")
        if others:
            table.add_row(f"… {others:,} smaller movements", "", f"{moved:,}", style="dim")
        parts.append(table)
    return parts


def _unchanged(items: Sequence[SegmentDiff | SegmentationDiff], show_all: bool, kind: str) -> list[RenderableType]:
    names = wording.unchanged(items)
    if show_all or not names:
        return []
    return [Text(f"Unchanged {kind} ({len(names)}): " + ", ".join(names), style="dim")]


def _table(title: str | None, columns: list[str], align: str = "lrrrrr") -> Table:
    table = Table(title=title, title_justify="left")
    for name, side in zip(columns, align):
        table.add_column(name, justify="right" if side == "r" else "left")
    return table


def _coloured(value: int, style: str) -> Text:
    return Text(wording.signed(value), style=style if value else "")
