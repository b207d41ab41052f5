"""Diagnostics as a JSON list, one object per diagnostic, for tools and editors."""

from __future__ import annotations

import json
from collections.abc import Sequence

from segdsl.diagnostics import Diagnostic


def diagnostic_record(d: Diagnostic) -> dict:
    line = column = end_line = end_column = None
    if d.span is not None:
        line, column = d.span.start_line_col
        end_line, end_column = d.span.end_line_col
    return {
        "code": d.code,
        "name": d.slug,
        "severity": d.severity.value,
        "message": d.message,
        "file": d.file_name,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "note": d.note,
        "hints": list(d.hints),
    }


def render_json(diagnostics: Sequence[Diagnostic]) -> str:
    return json.dumps([diagnostic_record(d) for d in diagnostics], indent=2, ensure_ascii=False) + "\n"
