"""Where segdsl keeps what it can rebuild (parser tables, checked plans, locale tables): one place,
light to import (the crawl processes use it too, and must not load the parser for a path)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/segdsl`, else `~/.cache/segdsl`."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "segdsl"
