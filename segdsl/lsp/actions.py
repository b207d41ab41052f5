"""Formatting (the `segdsl fmt` layout) and quick fixes taken from the diagnostics' own
suggestions: the note under the caret says what to write instead (`did you mean `country`?`,
`did you mean `==`?`, `did you mean "premium"?`), so the fix replaces the flagged text with it."""

from __future__ import annotations

import re

from lsprotocol import types

from segdsl.diagnostics import DiagnosticError
from segdsl.lsp.positions import LineIndex

_SUGGESTION = re.compile(r"did you mean (`[^`]+`|\"[^\"]*\")\?")
_WRITE = re.compile(r"^write (`[^`]+`)")


def format_document(text: str, name: str) -> list[types.TextEdit] | None:
    """One edit replacing the whole text, none when it is already formatted; None on syntax
    errors (the editor keeps the buffer, as `segdsl fmt -` does)."""
    from segdsl.formatting import format_source

    try:
        formatted = format_source(text, name)
    except DiagnosticError:
        return None
    if formatted == text:
        return []
    lines = LineIndex(text)
    return [types.TextEdit(range=lines.range(0, len(text)), new_text=formatted)]


def quick_fixes(uri: str, diagnostics: list[types.Diagnostic]) -> list[types.CodeAction]:
    actions = []
    for diagnostic in diagnostics:
        replacement = suggested_text(diagnostic)
        if replacement is None:
            continue
        edit = types.TextEdit(range=diagnostic.range, new_text=replacement)
        actions.append(types.CodeAction(
            title=f"Replace with {replacement}",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            is_preferred=True,
            edit=types.WorkspaceEdit(changes={uri: [edit]}),
        ))
    return actions


def suggested_text(diagnostic: types.Diagnostic) -> str | None:
    """What the diagnostic suggests writing instead of its range, if it suggests one thing."""
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    note = data.get("note") or ""
    found = _SUGGESTION.search(note) or _WRITE.search(note)
    if found is None:
        return None
    suggestion = found.group(1)
    return suggestion[1:-1] if suggestion.startswith("`") else suggestion
