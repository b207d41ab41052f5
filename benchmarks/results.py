"""`benchmarks/RESULTS.md` is made of sections, one per benchmark script, each rewritten only by
its own script between HTML-comment markers: re-running one benchmark keeps the others' results."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TITLE = "# Benchmark results\n\nEach section is written by the command named in it; rerun it instead of editing by hand.\n"


def write_section(name: str, markdown: str, path: Path = RESULTS) -> None:
    """Replace section `name` (or append it), stamped with today's date."""
    body = f"<!-- begin {name} -->\n{markdown.strip()}\n\n_Measured on {dt.date.today().isoformat()}._\n<!-- end {name} -->"
    text = path.read_text(encoding="utf-8") if path.is_file() else TITLE
    pattern = re.compile(rf"<!-- begin {re.escape(name)} -->.*?<!-- end {re.escape(name)} -->", re.DOTALL)
    text = pattern.sub(lambda _: body, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + body + "\n"
    path.write_text(text, encoding="utf-8")
