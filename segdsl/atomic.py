"""Writing a file atomically: a temporary file in the same folder, then a rename, so readers
never see half a file and an interrupted run leaves the old one. Free of Polars, so light paths
(`validate`'s parser cache, model sidecars, formatting) can use it."""

from __future__ import annotations

import glob
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError


# A temporary file is `.NAME.PID.RANDOM.tmp`: the writer's process id tells a later run whether
# its writer is gone (killed between the write and the rename), so that leftover can be removed.
_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]{8}\.tmp")
STALE_AFTER = 24 * 3600  # seconds; older leftovers are removed even if their process id is reused


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
        remove_leftovers(path)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=directory)
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


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files an earlier, killed run left beside `path`: only ours (named
    after this output, in our pattern) and only stale ones (their process is gone, or they are
    older than a day), so a run writing the same file right now is never disturbed."""
    directory = path.parent if str(path.parent) else Path(".")
    removed = []
    try:
        candidates = list(directory.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        match = _LEFTOVER.fullmatch(candidate.name)
        if match is None or match["name"] != path.name:
            continue
        try:
            old = time.time() - candidate.stat().st_mtime > STALE_AFTER
            if old or not _alive(int(match["pid"])):
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process: leave its file alone
    return True
