"""`segdsl fmt PATH... [--check]`: rewrite definition files in the canonical layout.

Files are rewritten atomically (temporary file, then rename) and only when their text changes;
a file with syntax errors is reported and left byte for byte as it was. `-` formats standard
input to standard output, for editors.
"""

from __future__ import annotations

import difflib
import os
import stat
import sys
from pathlib import Path
from typing import Annotated

import typer

from segdsl.diagnostics import Diagnostic, DiagnosticError

STDIN = Path("-")


def fmt_command(
    paths: Annotated[list[Path], typer.Argument(help="Definition files (*.seg), folders to search for them, or - to format standard input to standard output.")],
    check: Annotated[bool, typer.Option("--check", help="Write nothing: print a diff for each file that is not formatted and exit 1.")] = False,
) -> None:
    """Format definitions in the one canonical layout (comments kept, meaning unchanged). Exit 0: all formatted; 1: --check found unformatted files, or syntax errors; 2: usage or file errors."""
    from segdsl import cli

    if STDIN in paths:
        if len(paths) > 1:
            cli.stderr().print("error: `-` (standard input) cannot be combined with files")
            raise typer.Exit(cli.EXIT_USAGE)
        raise typer.Exit(_format_stdin(check))
    files = cli.expand_paths(paths)
    diagnostics: list[Diagnostic] = []
    changed = unchanged = 0
    for file in files:
        try:
            original, formatted = _format_file(file)
            if formatted == original:
                unchanged += 1
                continue
            if check:
                sys.stdout.write(_unified_diff(original, formatted, str(file)))
            else:
                _write(file.resolve(), formatted)  # through a symbolic link, not over it
                cli.stderr().print(f"reformatted {file}", markup=False)
            changed += 1
        except DiagnosticError as error:
            diagnostics += error.diagnostics
    cli.report(diagnostics)
    failed = len(files) - changed - unchanged
    cli.stderr().print(_summary(changed, unchanged, failed, check))
    code = cli.exit_code(diagnostics)
    raise typer.Exit(max(code, cli.EXIT_PROBLEMS if check and changed else cli.EXIT_OK))


def _format_file(path: Path) -> tuple[str, str]:
    from segdsl.api import read_source
    from segdsl.formatting import format_source

    source = read_source(path)
    return source.text, format_source(source.text, source.name)


def _write(path: Path, text: str) -> None:
    """Atomically, keeping the file's permissions (a temporary file is created private)."""
    from segdsl.atomic import write_atomic

    mode = stat.S_IMODE(path.stat().st_mode)

    def write(temporary: Path) -> None:
        temporary.write_bytes(text.encode("utf-8"))
        os.chmod(temporary, mode)

    write_atomic(path, write)


def _format_stdin(check: bool) -> int:
    from segdsl import cli
    from segdsl.formatting import format_source

    name = "<stdin>"
    try:
        text = typer.get_binary_stream("stdin").read().decode("utf-8")
    except UnicodeDecodeError:
        cli.report([Diagnostic("E302", "cannot read standard input: not UTF-8 text", file=name)])
        return cli.EXIT_USAGE
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as files are read: universal newlines
    try:
        formatted = format_source(text, name)
    except DiagnosticError as error:
        cli.report(error.diagnostics)
        return cli.exit_code(error.diagnostics) or cli.EXIT_PROBLEMS
    if not check:
        sys.stdout.write(formatted)
        return cli.EXIT_OK
    sys.stdout.write(_unified_diff(text, formatted, name))
    return cli.EXIT_PROBLEMS if formatted != text else cli.EXIT_OK


def _unified_diff(original: str, formatted: str, name: str) -> str:
    """`--- a/NAME` / `+++ b/NAME`, as `git diff` prints it (and `git apply` reads it)."""
    lines = difflib.unified_diff(
        original.splitlines(keepends=True), formatted.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}",
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _summary(changed: int, unchanged: int, failed: int, check: bool) -> str:
    files = "file" if changed == 1 else "files"
    parts = [f"{changed} {files} {'would be reformatted' if check else 'reformatted'}", f"{unchanged} unchanged"]
    if failed:
        parts.append(f"{failed} with errors")
    return ", ".join(parts)
