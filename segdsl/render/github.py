"""GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request."""

from __future__ import annotations

from collections.abc import Sequence

from segdsl.diagnostics import Diagnostic
from segdsl.render.json import diagnostic_record


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(diagnostics: Sequence[Diagnostic]) -> str:
    lines = []
    for d in diagnostics:
        record = diagnostic_record(d)
        properties = []
        if record["file"]:
            properties.append(f"file={_escape_property(record['file'])}")
        for key, name in (("line", "line"), ("column", "col"), ("end_line", "endLine"), ("end_column", "endColumn")):
            if record[key] is not None:
                properties.append(f"{name}={record[key]}")
        properties.append(f"title={_escape_property(f'{d.code} {d.slug}')}")
        message = d.message + "".join(f"\nhint: {hint}" for hint in d.hints)
        lines.append(f"::{d.severity.value} {','.join(properties)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)
