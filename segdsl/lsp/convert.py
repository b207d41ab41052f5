"""segdsl Diagnostics -> LSP diagnostics: the same codes, messages, hints and related places."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from segdsl.diagnostics import Diagnostic, Severity
from segdsl.lsp.index import path_of
from segdsl.lsp.positions import LineIndex
from segdsl.source import SourceFile


def to_lsp(diagnostics: list[Diagnostic], path: Path, lines: LineIndex) -> list[types.Diagnostic]:
    """The diagnostics that belong to the document at `path` (imported files get their own)."""
    converted = []
    indexes = {lines.text: lines}  # one LineIndex per source text: a label's file is usually this one
    paths: dict[int, Path] = {}  # resolving asks the file system: once per source, not per diagnostic
    for diagnostic in diagnostics:
        span = diagnostic.span
        if span is not None and _home(span.source, paths) != path:
            continue
        where = lines.span_range(span) if span is not None else lines.range(0, 0)
        converted.append(types.Diagnostic(
            range=where,
            message=_message(diagnostic),
            severity=types.DiagnosticSeverity.Warning if diagnostic.severity is Severity.WARNING
            else types.DiagnosticSeverity.Error,
            code=diagnostic.code,
            source="segdsl",
            related_information=_related(diagnostic, indexes, paths) or None,
            data={"slug": diagnostic.slug, "note": diagnostic.note, "hints": list(diagnostic.hints)},
        ))
    return converted


def _message(diagnostic: Diagnostic) -> str:
    """As `validate` prints it: the message, the note under the caret, then the hints."""
    parts = [f"{diagnostic.message} [{diagnostic.slug}]"]
    if diagnostic.note:
        parts.append(diagnostic.note)
    parts.extend(f"hint: {hint}" for hint in diagnostic.hints)
    return "\n".join(parts)


def _home(source: SourceFile, paths: dict[int, Path]) -> Path:
    found = paths.get(id(source))
    if found is None:
        found = paths[id(source)] = path_of(source)
    return found


def _related(diagnostic: Diagnostic, indexes: dict[str, LineIndex], paths: dict[int, Path]) -> list[types.DiagnosticRelatedInformation]:
    related = []
    for label in diagnostic.labels:
        source = label.span.source
        lines = indexes.get(source.text)
        if lines is None:
            lines = indexes[source.text] = LineIndex(source.text)
        related.append(types.DiagnosticRelatedInformation(
            location=types.Location(uri=_home(source, paths).as_uri(), range=lines.span_range(label.span)),
            message=label.message,
        ))
    return related


def _key(position: types.Position) -> tuple[int, int]:
    return position.line, position.character


def carry_over(previous: list[types.Diagnostic], changes: list) -> list[types.Diagnostic]:
    """The lint warnings of the previous version, moved by the edits, shown until the lints of
    the new version are ready (errors are never carried: they are always fresh). A warning the
    edit touched is dropped; a whole-document change drops them all."""
    kept = [d for d in previous if isinstance(d.code, str) and d.code.startswith("W")]
    for change in changes:
        if not isinstance(change, types.TextDocumentContentChangePartial):
            return []
        start, end = change.range.start, change.range.end
        inserted = change.text.split("\n")
        line_delta = len(inserted) - 1 - (end.line - start.line)
        end_character = len(inserted[-1]) + (start.character if len(inserted) == 1 else 0)

        def moved(position: types.Position) -> types.Position:
            if position.line == end.line:
                return types.Position(line=position.line + line_delta,
                                      character=end_character + position.character - end.character)
            return types.Position(line=position.line + line_delta, character=position.character)

        survivors = []
        for diagnostic in kept:
            if _key(diagnostic.range.end) < _key(start):
                survivors.append(diagnostic)
            elif _key(diagnostic.range.start) > _key(end):
                diagnostic.range = types.Range(start=moved(diagnostic.range.start), end=moved(diagnostic.range.end))
                survivors.append(diagnostic)
        kept = survivors
    return kept
