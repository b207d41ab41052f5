"""Numbers and phrases shared by the text and Markdown reports, so both say the same thing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from segdsl.diffing.compute import MembershipDiff, Movement, SegmentationDiff, SegmentDiff

Item = TypeVar("Item", SegmentDiff, SegmentationDiff)

MAIN_MOVEMENTS = 10  # a segmentation's largest movements shown; the rest are summed in one line
MARKS = {"added": "new", "removed": "removed", "changed": "", "unchanged": ""}


def count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def signed(value: int) -> str:
    return f"{value:+,}" if value else "0"


def change(before: int | None, after: int | None) -> str:
    """`-23 (-5.6%)`; a definition only in one version changes by its whole size."""
    delta = (after or 0) - (before or 0)
    if before and after is not None and delta:
        return f"{signed(delta)} ({delta / before:+.1%})"
    return signed(delta)


def label(value: str | None) -> str:
    return "(no label)" if value is None else value


def keys(sample: Sequence[object], total: int, show: Callable[[str], str] = str) -> str:
    """The sampled keys, with `…` when there are more."""
    return ", ".join(show(str(key)) for key in sample) + (" …" if total > len(sample) else "")


def shown(items: Sequence[Item], show_all: bool) -> list[Item]:
    return [item for item in items if show_all or item.status != "unchanged"]


def unchanged(items: Sequence[SegmentDiff | SegmentationDiff]) -> list[str]:
    return [item.name for item in items if item.status == "unchanged"]


def main_movements(segmentation: SegmentationDiff) -> tuple[tuple[Movement, ...], int, int]:
    """The largest movements, then how many others there are and how many customers they move."""
    rest = segmentation.movements[MAIN_MOVEMENTS:]
    return segmentation.movements[:MAIN_MOVEMENTS], len(rest), sum(m.customers for m in rest)


def segmentation_note(segmentation: SegmentationDiff) -> str:
    """`62 customers moved`, `new`, `removed` or `unchanged`."""
    moved = segmentation.moved
    if moved:
        return f"{moved:,} customer{'s' if moved != 1 else ''} moved"
    return MARKS[segmentation.status] or "unchanged"


def customers(diff: MembershipDiff) -> str:
    before, after = diff.customers_before, diff.customers_after
    return f"{after:,} customers" if before == after else f"{before:,} → {after:,} customers"


def summary(diff: MembershipDiff) -> str:
    """One line for the top of a report: how many of each kind changed."""
    parts = []
    for kind, items in (("segment", diff.segments), ("segmentation", diff.segmentations)):
        if not items:
            continue
        tally = {status: sum(item.status == status for item in items) for status in ("changed", "added", "removed", "unchanged")}
        words = ", ".join(f"{n} {status}" for status, n in tally.items() if n)
        parts.append(f"{len(items)} {kind}{'s' if len(items) != 1 else ''}: {words}")
    return "; ".join(parts) if parts else "nothing to compare: neither version defines a segment or segmentation"
