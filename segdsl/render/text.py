"""Human-readable diagnostics in the style of rustc and Ruff: header, location, source, caret."""

from __future__ import annotations

from collections.abc import Sequence

from segdsl.diagnostics import Diagnostic, Severity

_STYLES = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "gutter": "\x1b[1;34m", "bold": "\x1b[1m", "hint": "\x1b[36m"}
_RESET = "\x1b[0m"


def render_text(diagnostics: Sequence[Diagnostic], color: bool = False) -> str:
    return "".join(render_one(d, color) + "\n" for d in diagnostics)


def render_one(diagnostic: Diagnostic, color: bool = False) -> str:
    def paint(text: str, style: str) -> str:
        return f"{_STYLES[style]}{text}{_RESET}" if color else text

    severity = diagnostic.severity.value
    lines = [paint(f"{severity}[{diagnostic.code} {diagnostic.slug}]", severity) + paint(f": {diagnostic.message}", "bold")]
    span = diagnostic.span
    if span is None:
        if diagnostic.file:
            lines.append(paint("  --> ", "gutter") + diagnostic.file)
        lines.extend(_hints(diagnostic, "   ", paint))
        return "\n".join(lines)
    line, column = span.start_line_col
    end_line, end_column = span.end_line_col
    gutter = " " * len(str(line))
    lines.append(f"{gutter}{paint('--> ', 'gutter')}{span.source.name}:{line}:{column}")
    lines.append(f"{gutter} {paint('|', 'gutter')}")
    source_line = span.source.line_text(line)
    lines.append(f"{paint(str(line), 'gutter')} {paint('|', 'gutter')} {source_line}")
    width = (end_column if end_line == line else len(source_line) + 1) - column
    caret = "^" * max(1, width)
    note = f" {diagnostic.note}" if diagnostic.note else ""
    style = "error" if diagnostic.severity is Severity.ERROR else "warning"
    lines.append(f"{gutter} {paint('|', 'gutter')} {' ' * (column - 1)}{paint(caret + note, style)}")
    for label in diagnostic.labels:
        label_line, label_column = label.span.start_line_col
        lines.append(f"{gutter} {paint('=', 'gutter')} note: {label.message} at {label.span.source.name}:{label_line}:{label_column}")
    lines.extend(_hints(diagnostic, f"{gutter} ", paint))
    return "\n".join(lines)


def _hints(diagnostic: Diagnostic, indent: str, paint) -> list[str]:
    shown_under_caret = diagnostic.note if diagnostic.span is not None else None
    return [
        f"{indent}{paint('=', 'gutter')} {paint('hint', 'hint')}: {hint}"
        for hint in diagnostic.hints
        if hint != shown_under_caret
    ]


def summary(diagnostics: Sequence[Diagnostic], files: int) -> str:
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    return f"{checked}: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
