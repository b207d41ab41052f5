"""A `MembershipDiff` as a GitHub pull-request comment: a heading, one table per kind, member
samples folded in `<details>` so the comment stays short. Names, labels and keys are shown as
code, escaped, so a `|` or a backtick in a label cannot break the tables."""

from __future__ import annotations

from collections.abc import Sequence

from segdsl.diffing import wording
from segdsl.diffing.compute import MembershipDiff, SegmentationDiff, SegmentDiff


def render_markdown(diff: MembershipDiff, *, show_all: bool = False) -> str:
    lines = [
        "## segdsl diff",
        "",
        f"{_code(diff.old)} → {_code(diff.new)} · as of {diff.as_of.isoformat()} · {wording.customers(diff)}",
        "",
        f"**{wording.summary(diff)}**" if diff.changed else f"**No membership changed** ({wording.summary(diff)}).",
    ]
    lines += _segments(diff.segments, show_all)
    lines += _segmentations(diff.segmentations, show_all)
    return "\n".join(lines) + "\n"


def _segments(segments: Sequence[SegmentDiff], show_all: bool) -> list[str]:
    rows = wording.shown(segments, show_all)
    lines = ["", "### Segments", ""] if segments else []
    if rows:
        lines += _table(["segment", "before", "after", "change", "added", "removed"], "lrrrrr", [
            [_name(s.name, s.status), wording.count(s.before), wording.count(s.after), wording.change(s.before, s.after),
             wording.signed(s.added), wording.signed(-s.removed)]
            for s in rows
        ])
    lines += _unchanged(segments, show_all, "segments")
    samples = [s for s in rows if s.added_sample or s.removed_sample]
    if samples:
        lines += ["", "<details><summary>Sample members (first keys in sort order)</summary>", ""]
        lines += _table(["segment", "added", "removed"], "lll", [
            [_code(s.name), wording.keys(s.added_sample, s.added, _code), wording.keys(s.removed_sample, s.removed, _code)]
            for s in samples
        ])
        lines += ["", "</details>"]
    return lines


def _segmentations(segmentations: Sequence[SegmentationDiff], show_all: bool) -> list[str]:
    lines = ["", "### Segmentations"] if segmentations else []
    for segmentation in wording.shown(segmentations, show_all):
        lines += ["", f"#### {_code(segmentation.name)}: {wording.segmentation_note(segmentation)}", ""]
        lines += _table(["label", "before", "after", "change"], "lrrr", [
            [_code(wording.label(c.label)), wording.count(c.before), wording.count(c.after), wording.change(c.before, c.after)]
            for c in segmentation.labels
        ])
        movements, others, moved = wording.main_movements(segmentation)
        if movements:
            lines += [""] + _table(["from", "to", "customers"], "llr", [
                [_code(wording.label(m.source)), _code(wording.label(m.target)), f"{m.customers:,}"] for m in movements
            ])
        if others:
            lines += ["", f"… and {others:,} smaller movements ({moved:,} customers)."]
    lines += _unchanged(segmentations, show_all, "segmentations")
    return lines


def _unchanged(items: Sequence[SegmentDiff | SegmentationDiff], show_all: bool, kind: str) -> list[str]:
    names = wording.unchanged(items)
    if show_all or not names:
        return []
    return ["", f"Unchanged {kind} ({len(names)}): " + ", ".join(_code(n) for n in names) + "."]


def _table(header: list[str], align: str, rows: list[list[str]]) -> list[str]:
    rule = ["---:" if a == "r" else ":---" for a in align]
    return [_row(header), _row(rule)] + [_row(row) for row in rows]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _name(name: str, status: str) -> str:
    mark = wording.MARKS[status]
    return _code(name) + (f" *({mark})*" if mark else "")


def _code(text: str) -> str:
    """A code span that survives backticks inside, with `|` escaped for tables."""
    fence = "``" if "`" in text else "`"
    padded = f" {text} " if fence == "``" else text
    return _escape(f"{fence}{padded}{fence}")


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
