"""`segdsl demo`: the main job on bundled example data, step by step as a user would type it.

Each step runs as its own `segdsl` process and is echoed first, so the demo doubles as a
tutorial. Enrichment must be a separate process anyway (Scrapy's reactor cannot restart).
"""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console


def _segdsl(*args: str) -> list[str]:
    return [sys.executable, "-m", "segdsl", *args]


def _step(console: Console, title: str, command: list[str]) -> bool:
    shown = " ".join(["segdsl", *command[3:]])
    console.rule(title)
    console.print(f"$ {shown}", markup=False)
    return subprocess.run(command).returncode == 0


@contextmanager
def _fixture_web():
    """The local fixture web that stands in for the example companies' websites."""
    server = subprocess.Popen(
        [sys.executable, "-m", "segdsl_enrich.fixture_server", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = server.stdout.readline().strip() if server.stdout else ""
        if not line.startswith("PORT="):
            raise RuntimeError(f"fixture web server did not start: {line!r}")
        yield int(line.removeprefix("PORT="))
    finally:
        server.terminate()
        server.wait(timeout=10)


def _enrich(console: Console, data: Path) -> bool:
    try:
        from segdsl_enrich.fixture_server import DEMO_DOMAINS
    except ImportError:
        console.print("enrichment is not installed; skipping")
        return True
    with _fixture_web() as port:
        resolve = [arg for domain in DEMO_DOMAINS for arg in ("--resolve", f"{domain}=127.0.0.1:{port}")]
        return _step(console, "Enrich: public firmographics from the companies' websites (local fixture web)", _segdsl(
            "enrich", str(data / "customers.parquet"), "--out", str(data / "firmographics.parquet"), "--refresh", *resolve,
        ))


def run_demo(examples: Path, *, customers: int, seed: int, console: Console) -> int:
    from segdsl.datagen import generate

    data = examples / "data"
    console.rule(f"Generate example data: {customers:,} customers, seed {seed}")
    for name, path in generate(data, customers=customers, seed=seed).items():
        console.print(f"  {name}: {path}")
    if not _enrich(console, data):
        return 1
    definitions = sorted(examples.glob("*.seg"))
    models = [d for d in definitions if "\nmodel " in d.read_text(encoding="utf-8")]
    for definition in models:
        if not _step(console, f"Train the models of {definition.name}", _segdsl("train", str(definition))):
            return 1
    if not _step(console, "Validate every definition", _segdsl("validate", *map(str, definitions))):
        return 1
    has_tests = any(examples.glob("*.segtest"))
    if has_tests and not _step(console, "Run the segment tests", _segdsl("test", str(examples))):
        return 1
    outputs = examples / "out"
    for definition in definitions:
        if definition.name == "common.seg":
            continue
        out = outputs / f"{definition.stem}.parquet"
        if not _step(console, f"Evaluate {definition.name}", _segdsl("eval", str(definition), "--out", str(out))):
            return 1
        if not _step(console, f"Preview {definition.name}", _segdsl("preview", str(definition))):
            return 1
    console.rule("Done")
    console.print(f"Membership files are in {outputs}/. Try: segdsl explain {examples}/rfm.seg")
    return 0
