"""`segdsl test`: run segment unit tests (*.segtest files) and report like pytest.

Imported at segdsl start-up, so everything beyond Typer loads inside the command.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Optional

import typer


def test_command(
    paths: Annotated[list[Path], typer.Argument(help="Test files (*.segtest) or folders to search for them, recursively.")],
    keyword: Annotated[Optional[str], typer.Option("-k", help="Run only the cases whose name contains this text (ignoring case).")] = None,
    engine: Annotated[Optional[str], typer.Option("--engine", help="Run the cases on polars, duckdb, postgres or spark (default: `engine` in [tool.segdsl], else polars).")] = None,
    include_personal: Annotated[bool, typer.Option("--include-personal-data", help="Show the values of personal traits (and a personal key) in failures; masked by default.")] = False,
) -> None:
    """Run segment tests: a few fixture customers and events, the members and labels you expect.
    Exit 0: all passed; 1: a case failed or a test file has errors; 2: no test files, or a path does not exist."""
    import tempfile
    import time

    from segdsl import cli
    from segdsl.testing.report import failure_blocks, result_lines, summary_line
    from segdsl.testing.runner import run_file

    started = time.perf_counter()
    files = _test_files(paths)
    console = cli.stdout()
    results = []
    with tempfile.TemporaryDirectory(prefix="segdsl-test-") as workdir, cli.engine_for(engine, files[0]):
        for index, file in enumerate(files):
            result = run_file(file, Path(workdir) / str(index), keyword, include_personal)
            for line in result_lines(result):
                console.print(line)
            results.append(result)
    for line in failure_blocks(results):
        console.print(line)
    cli.report([d for result in results for d in (*result.diagnostics, *(d for case in result.cases for d in case.diagnostics))])
    cases = [case for result in results for case in result.cases]
    file_errors = sum(bool(result.diagnostics) for result in results)
    console.print(summary_line(cases, file_errors, sum(r.deselected for r in results), time.perf_counter() - started))
    if keyword is not None and not cases and not file_errors:
        cli.stderr().print(f"error: no test case matches -k {keyword!r}", markup=False)
        raise typer.Exit(cli.EXIT_USAGE)
    failed = file_errors or any(case.outcome != "PASSED" for case in cases)
    raise typer.Exit(cli.EXIT_PROBLEMS if failed else cli.EXIT_OK)


def _test_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given, folders searched recursively; a path that does not exist is a usage error."""
    from segdsl import cli

    for path in paths:
        if not path.exists():
            cli.stderr().print(f"error: no such file or folder: {path}", markup=False)
            raise typer.Exit(cli.EXIT_USAGE)
    files = [file for path in paths for file in (sorted(path.rglob("*.segtest")) if path.is_dir() else [path])]
    if not files:
        cli.stderr().print("error: no .segtest files found in " + ", ".join(map(str, paths)), markup=False)
        raise typer.Exit(cli.EXIT_USAGE)
    return list(dict.fromkeys(files))
