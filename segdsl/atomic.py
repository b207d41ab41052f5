"""Writing a file atomically: a temporary file in the same folder, then a rename, so readers
never see half a file and an interrupted run leaves the old one. Free of Polars, so light paths
(`validate`'s parser cache, model sidecars, formatting) can use it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError


def _current_umask() -> int:
    mask = os.umask(0)  # the only way to read it; set straight back
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The mode a plain `open(path, "w")` would give: the file's own when it exists (a rewrite
    keeps it), else 0666 minus the umask. mkstemp's 0600 would hide outputs from colleagues."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


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
        os.chmod(temporary, _mode_for(path))  # before writing: a writer may still set its own
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as error:
        raise DiagnosticError([Diagnostic("E306", f"cannot write {path}: {error.strerror or error}", file=str(path))]) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
