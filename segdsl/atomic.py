"""Writing a file atomically: a temporary file in the same folder, then a rename, so readers
never see half a file and an interrupted run leaves the old one. Free of Polars, so light paths
(`validate`'s parser cache, model sidecars, formatting) can use it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write through `write(tmp)` then rename, so readers never see a half-written file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        os.close(handle)
    except OSError as error:
        raise DiagnosticError([Diagnostic("E306", f"cannot write {path}: {error.strerror or error}", file=str(path))]) from None
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        raise DiagnosticError([Diagnostic("E306", f"cannot write {path}: {error.strerror or error}", file=str(path))]) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
