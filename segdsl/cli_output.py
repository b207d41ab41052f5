"""What every command prints besides its result, and how it exits: diagnostics on standard
error, the exit codes, Rich consoles. Free of Typer, so the entry point's fast path for `segdsl
eval` (segdsl.entry) reports a problem exactly as the Typer commands do without loading Typer;
Rich loads only when a console is asked for."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from segdsl.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from rich.console import Console

# Exit codes, the same for every command (README "Exit codes").
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FILE_ACCESS_CODES = {"E260", "E301", "E302", "E305", "E306", "E307", "E901",  # E901: a missing extra; E260: an audit file
                     "E251", "E252", "E254", "E370"}  # engines: unknown name or dialect, no connection, bad config


def stdout() -> Console:
    from rich.console import Console  # Rich loads only for commands that print through it

    return Console(highlight=False, no_color=no_color(), soft_wrap=True)


def stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, no_color=no_color(), soft_wrap=True)


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


def exit_code(diagnostics: Sequence[Diagnostic]) -> int:
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    if not errors:
        return EXIT_OK
    if all(d.span is None and d.code in FILE_ACCESS_CODES for d in errors):
        return EXIT_USAGE
    return EXIT_PROBLEMS


def report(diagnostics: Sequence[Diagnostic]) -> None:
    """Only called with diagnostics to show: Rich (for its terminal detection) loads then."""
    from segdsl.render.text import render_text

    console = stderr()
    color = console.is_terminal and not no_color()
    sys.stderr.write(render_text(diagnostics, color=color))
    sys.stderr.flush()
