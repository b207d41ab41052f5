"""The pytest-like report: one line per case, a block per failure, a summary line.

Built from Rich `Text` (never markup), so a case or label containing `[brackets]` prints as
written; colours appear only on a terminal without NO_COLOR, as everywhere in segdsl.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.text import Text

from segdsl.testing.compare import Mismatch, SegmentMismatch
from segdsl.testing.runner import CaseResult, FileResult

WIDTH = 80
STYLES = {"PASSED": "green", "FAILED": "bold red", "ERROR": "bold red"}


def result_lines(result: FileResult) -> list[Text]:
    if result.diagnostics:
        return [Text.assemble(f"{result.path} ", ("ERROR", STYLES["ERROR"]))]
    return [Text.assemble(f"{result.path}::{case.name} ", (case.outcome, STYLES[case.outcome])) for case in result.cases]


def failure_blocks(results: Sequence[FileResult]) -> list[Text]:
    failed = [(result.path, case) for result in results for case in result.cases if case.outcome == "FAILED"]
    if not failed:
        return []
    lines = [Text(_rule("FAILURES", "="), style="bold red")]
    for path, case in failed:
        lines.append(Text(_rule(f"{path}::{case.name}", "_"), style="bold red"))
        lines.append(Text(f"as of {case.as_of.isoformat()}"))
        for mismatch in case.mismatches:
            lines += [Text(line) for line in mismatch_lines(mismatch)]
    return lines


def _rule(title: str, fill: str) -> str:
    """A title centred in a line of `fill`, as pytest does; long titles keep a few fill characters."""
    title = f" {title} "
    return title.center(max(WIDTH, len(title) + 6), fill)


def mismatch_lines(mismatch: Mismatch) -> list[str]:
    if isinstance(mismatch, SegmentMismatch):
        title = "members differ" if mismatch.kind == "members" else "members that should not be"
        rows = [("expected but missing", mismatch.missing), ("present but not expected", mismatch.unexpected),
                ("not customers yet (since)", mismatch.absent)]
        rows = [(label, keys) for label, keys in rows if keys]
        width = max(len(label) for label, _ in rows)
        return [f"segment {mismatch.name}: {title}"] + [
            f"  {label.ljust(width)} : {', '.join(show(k) for k in keys)}" for label, keys in rows
        ]
    table = [("key", "expected", "actual")] + [tuple(show(v) for v in row) for row in mismatch.rows]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    title = f"segmentation {mismatch.name}: labels differ" if mismatch.kind == "labels" else f"trait {mismatch.name}: values differ"
    return [title] + [
        "  " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table
    ]


def show(value: object) -> str:
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format(value, ".10g")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def summary_line(cases: Sequence[CaseResult], file_errors: int, deselected: int, seconds: float) -> Text:
    counts = {outcome: sum(case.outcome == outcome for case in cases) for outcome in STYLES}
    errors = counts["ERROR"] + file_errors
    parts = [f"{counts['PASSED']} passed", f"{counts['FAILED']} failed"]
    parts += [f"{errors} error{'s' if errors != 1 else ''}"] if errors else []
    parts += [f"{deselected} deselected"] if deselected else []
    ok = not counts["FAILED"] and not errors
    return Text(f"{', '.join(parts)} in {seconds:.2f}s", style="green" if ok else "bold red")
