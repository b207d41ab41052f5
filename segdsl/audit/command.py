"""The `segdsl audit` command. Exit codes: 0 nothing at or above the `--fail-on` threshold,
1 findings at or above it, 2 usage or unreadable files (the CLI's shared rule)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from segdsl.cli import EXIT_PROBLEMS, EXIT_USAGE, AsOfOption, fail, report
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.personal import INCLUDE_HELP, INCLUDE_OPTION

_THRESHOLD = re.compile(r"^(error|warning|\d+)$")


def audit_command(
    path: Annotated[Path, typer.Argument(help="The definition file: every table it (and its imports) declares is audited.")],
    as_of: AsOfOption = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format: text, json or markdown.")] = "text",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on: `error` (default), `warning` (errors or warnings), or N (more than N errors and warnings).")] = "error",
    out: Annotated[Optional[Path], typer.Option("--out", help="Write the report to FILE (atomically) instead of standard output.")] = None,
    include_personal: Annotated[bool, typer.Option(INCLUDE_OPTION, help=INCLUDE_HELP)] = False,
) -> None:
    """Audit the data a definition reads: row counts, duplicate and missing keys, missing values, inconsistent spellings, unknown customers, future or unparseable dates, non-finite or negative amounts, outliers."""
    from segdsl.audit.run import audit_definition
    from segdsl.audit.render import FORMATS, RENDERERS

    if fmt not in FORMATS or not _THRESHOLD.match(fail_on):
        problem = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}" if fmt not in FORMATS else \
            f"--fail-on takes error, warning or a number, not {fail_on!r}"
        report([Diagnostic("E330", problem, hints=("see `segdsl audit --help`",))])
        raise typer.Exit(EXIT_USAGE)
    try:
        result = audit_definition(path, as_of, include_personal)
        text = RENDERERS[fmt](result)
        if out is None:
            sys.stdout.write(text)
        else:
            from segdsl.atomic import write_atomic

            write_atomic(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    if result.failing(fail_on):
        raise typer.Exit(EXIT_PROBLEMS)
