"""Where segdsl keeps what it can rebuild (parser tables, checked plans, locale tables): one place,
light to import (the crawl processes use it too, and must not load the parser for a path)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/segdsl`, else `~/.cache/segdsl`."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "segdsl"


def store(path: Path, write: Callable[[Path], None]) -> bool:
    """Write a cache file through `write(tmp)` atomically, best effort: a folder that cannot be
    made or written only means the work is done again next time. True when written."""
    from segdsl.atomic import write_atomic
    from segdsl.diagnostics import DiagnosticError

    try:
        write_atomic(path, write)
    except DiagnosticError:  # write_atomic's way of saying the file system refused
        return False
    return True
