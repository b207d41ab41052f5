"""Diagnostics as JSON for tools and editors: a versioned envelope (README "Validating in CI").

    {"segdsl_diagnostics": 1, "tool": {"name": "segdsl", "version": "..."},
     "diagnostics": [{code, name, severity, message, file, line, column, end_line, end_column,
                      note, hints: [...], labels: [{message, file, line, column, end_line, end_column}]}],
     "summary": {"errors": N, "warnings": N}}

Lines and columns are 1-based; `end_column` is exclusive. Keys may be added within a version,
never removed or changed in meaning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from segdsl import __version__
from segdsl.diagnostics import Diagnostic, Severity
from segdsl.source import Span

JSON_FORMAT_VERSION = 1


def _place(span: Span | None) -> dict:
    line = column = end_line = end_column = None
    if span is not None:
        line, column = span.start_line_col
        end_line, end_column = span.end_line_col
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def diagnostic_record(d: Diagnostic) -> dict:
    return {
        "code": d.code,
        "name": d.slug,
        "severity": d.severity.value,
        "message": d.message,
        "file": d.file_name,
        **_place(d.span),
        "note": d.note,
        "hints": list(d.hints),
        "labels": [{"message": label.message, "file": label.span.source.name, **_place(label.span)} for label in d.labels],
    }


def render_json(diagnostics: Sequence[Diagnostic]) -> str:
    document = {
        "segdsl_diagnostics": JSON_FORMAT_VERSION,
        "tool": {"name": "segdsl", "version": __version__},
        "diagnostics": [diagnostic_record(d) for d in diagnostics],
        "summary": {
            "errors": sum(1 for d in diagnostics if d.severity is Severity.ERROR),
            "warnings": sum(1 for d in diagnostics if d.severity is Severity.WARNING),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
