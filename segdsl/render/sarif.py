"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

What code scanning relies on (and the official schema requires): artifact URIs that are
relative and percent-encoded (`my%20segments/rfm.seg`) against a base named in
`originalUriBaseIds` (%SRCROOT%: the working folder), `partialFingerprints` so a result keeps
its identity when lines move, `relatedLocations` for a diagnostic's labels, the note under the
caret as the location's message, and rule help (`help.text`, `helpUri`). Validated against the
OASIS schema in tests/test_outputs.py.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from segdsl import __version__
from segdsl.diagnostics import CODES, Diagnostic
from segdsl.source import Span

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "SRCROOT"
HELP_URI = "https://github.com/segdsl/segdsl#diagnostics"


def _relative_uri(name: str, root: Path) -> tuple[str, bool]:
    """(uri, relative?): a path below `root` as a relative URI reference, else a file: URI."""
    path = Path(name)
    absolute = path if path.is_absolute() else (root / path)
    try:
        relative = Path(os.path.normpath(absolute)).relative_to(root)
        return quote(relative.as_posix(), safe="/"), True
    except ValueError:
        return Path(os.path.normpath(absolute)).as_uri(), False


def _artifact(name: str, root: Path) -> dict:
    uri, relative = _relative_uri(name, root)
    return {"uri": uri, "uriBaseId": BASE_ID} if relative else {"uri": uri}


def _region(span: Span) -> dict:
    (line, column), (end_line, end_column) = span.start_line_col, span.end_line_col
    if (end_line, end_column) == (line, column):
        end_column = column + 1  # an empty span: show one character
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _physical(name: str, span: Span | None, root: Path) -> dict:
    location: dict = {"artifactLocation": _artifact(name, root)}
    if span is not None:
        location["region"] = _region(span)
    return location


def _fingerprint(d: Diagnostic, uri: str) -> str:
    """Stable across runs and line moves: the code, file, message and the flagged text."""
    flagged = d.span.text() if d.span is not None else ""
    return hashlib.sha256("\x1f".join((d.code, uri, d.message, flagged)).encode("utf-8")).hexdigest()[:32]


def _rule(code: str) -> dict:
    words = CODES[code].replace("-", " ")
    return {
        "id": code, "name": CODES[code],
        "shortDescription": {"text": words},
        "fullDescription": {"text": f"{code} {CODES[code]}: see the README's table of diagnostics."},
        "helpUri": HELP_URI,
        "help": {"text": f"{code} ({words}). Run `segdsl validate` locally for the message with its hints; the README's Diagnostics section lists every code.",
                 "markdown": f"**{code}** `{CODES[code]}`. Run `segdsl validate` locally; see [the diagnostics]({HELP_URI})."},
        "defaultConfiguration": {"level": "warning" if code[0] in "WA" else "error"},
    }


def render_sarif(diagnostics: Sequence[Diagnostic], root: Path | None = None) -> str:
    root = Path(os.path.normpath(root or Path.cwd()))
    used = sorted({d.code for d in diagnostics})
    results = []
    for d in diagnostics:
        text = d.message + "".join(f"\nhint: {hint}" for hint in d.hints)
        result: dict = {"ruleId": d.code, "ruleIndex": used.index(d.code), "level": d.severity.value, "message": {"text": text}}
        name = d.file_name
        if name:
            location: dict = {"physicalLocation": _physical(name, d.span, root)}
            if d.note:
                location["message"] = {"text": d.note}
            result["locations"] = [location]
            result["partialFingerprints"] = {"segdsl/v1": _fingerprint(d, _relative_uri(name, root)[0])}
        related = [{"id": i, "message": {"text": label.message}, "physicalLocation": _physical(label.span.source.name, label.span, root)}
                   for i, label in enumerate(d.labels, start=1)]
        if related:
            result["relatedLocations"] = related
        results.append(result)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "segdsl", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/segdsl/segdsl", "rules": [_rule(code) for code in used]}},
            "originalUriBaseIds": {BASE_ID: {"uri": root.as_uri().rstrip("/") + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
