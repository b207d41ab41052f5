"""Diagnostic renderers: they only format; every fact comes from the Diagnostic."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from segdsl.diagnostics import Diagnostic
from segdsl.render.github import render_github
from segdsl.render.json import render_json
from segdsl.render.sarif import render_sarif
from segdsl.render.text import render_text

FORMATS = ("text", "json", "github", "sarif")


def renderer(fmt: str, color: bool = False) -> Callable[[Sequence[Diagnostic]], str]:
    if fmt == "text":
        return lambda diagnostics: render_text(diagnostics, color=color)
    return {"json": render_json, "github": render_github, "sarif": render_sarif}[fmt]
