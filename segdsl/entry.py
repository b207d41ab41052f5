"""The console entry point (`segdsl`, `python -m segdsl`).

`segdsl eval` is the command scripts and schedulers run over and over, and the one whose start-up
a user waits for on every evaluation: its usual command lines (a path and the options of
`segdsl eval --help`, each given once) are read here and run without loading Typer, Click or
Rich (measured: ~40 ms of a ~0.2 s run). Any other command line, or an unusual one (`--help`, an
unknown or repeated option, a value that starts with `-`, shell completion), goes to the Typer
app (segdsl.cli), which parses, reports usage errors and runs commands as always. Both paths run
the same `segdsl.eval_command.run_eval` and report problems the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from segdsl.cli_output import EXIT_INTERNAL, EXIT_PROBLEMS, exit_code, report
from segdsl.diagnostics import DiagnosticError

# `segdsl eval`'s options (segdsl.cli.evaluate), by the name of its parameter.
EVAL_VALUES = {"--as-of": "as_of", "--out": "out", "--engine": "engine"}
EVAL_FLAGS = {"--long": "long", "--traits": "traits", "--trust-pickle": "trust_pickle",
              "--include-personal-data": "include_personal", "--no-cache": "no_cache"}


def eval_arguments(arguments: list[str]) -> dict[str, Any] | None:
    """The parameters Typer would pass to `segdsl eval` for these arguments, or None when the
    command line is not one this reader is sure to read as Typer does (Typer then handles it)."""
    if not arguments or arguments[0] != "eval" or _completing() or sys.platform == "win32":
        return None  # (on Windows, Click expands wildcards in arguments)
    found: dict[str, Any] = {}
    paths: list[str] = []
    rest = iter(arguments[1:])
    for token in rest:
        if not _plain(token):
            return None
        name, equals, value = token.partition("=")
        if name in EVAL_VALUES:
            if not equals:
                value = next(rest, "")
            if not _plain(value) or value.startswith("-") or EVAL_VALUES[name] in found:
                return None
            found[EVAL_VALUES[name]] = value
        elif token in EVAL_FLAGS and EVAL_FLAGS[token] not in found:
            found[EVAL_FLAGS[token]] = True
        elif token.startswith("-") or paths:
            return None
        else:
            paths.append(token)
    if not paths:
        return None
    parameters: dict[str, Any] = {"path": Path(paths[0]), "as_of": found.get("as_of"),
                                  "out": Path(found["out"]) if "out" in found else None, "engine": found.get("engine")}
    parameters.update({parameter: found.get(parameter, False) for parameter in EVAL_FLAGS.values()})
    return parameters


def _plain(token: str) -> bool:
    """Non-empty, and text that encodes (no undecodable bytes, which Click converts its own way)."""
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return bool(token)


def _completing() -> bool:
    """Click's shell completion is asked for through a `_<PROG>_COMPLETE` variable."""
    import os

    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)


def resume_gc() -> None:
    """Turn the garbage collector back on after start-up (see `main`), with what start-up made
    frozen: long-lived, never to be scanned again. A no-op when it was on (tests, the API)."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main() -> None:
    """Console entry point: any unexpected failure is reported, never shown as a traceback.

    The garbage collector is off during start-up: imports, the parser tables and the definition
    create tens of thousands of objects that live until exit, and collecting them again and again
    cost `segdsl eval` ~30 ms of its ~0.2 s of fixed cost. `resume_gc` turns it back on."""
    import gc

    gc.disable()
    from segdsl.limits import stack_headroom

    try:
        with stack_headroom():
            parameters = eval_arguments(sys.argv[1:])
            if parameters is None:
                from segdsl.cli import _app_for

                _app_for(sys.argv[1:])()
            else:
                _run_eval(parameters)
    except DiagnosticError as error:
        report(error.diagnostics)
        sys.exit(exit_code(error.diagnostics) or EXIT_PROBLEMS)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence against tracebacks
        sys.stderr.write(f"internal error: {type(error).__name__}: {error}\nplease report this with the command you ran\n")
        sys.exit(EXIT_INTERNAL)


def _run_eval(parameters: dict[str, Any]) -> None:
    """`run_eval` with what Typer's standalone mode does around a command: end of input means
    "Aborted!" and exit 1; success is `sys.exit(0)`; a closed standard output (`segdsl eval x.seg | head`) exits 1 quietly."""
    import errno
    import os

    from segdsl.eval_command import run_eval

    try:
        run_eval(**parameters)
        sys.exit(0)  # as Click ends a command that returned
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # The reader has gone: what is left in standard output's buffer goes nowhere, quietly (as
        # Python's documentation on SIGPIPE advises), instead of a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
