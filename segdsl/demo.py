"""`segdsl demo`: the main job on bundled example data, step by step as a user would type it.

Each step runs as its own `segdsl` process and is echoed first, so the demo doubles as a
tutorial. Enrichment must be a separate process anyway (Scrapy's reactor cannot restart).
In an empty folder the demo first writes the example project there (it ships inside the
package), so an installed wheel works like a clone. Any step that fails fails the demo.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console

from segdsl.diagnostics import Diagnostic, DiagnosticError

PROJECT_FILES = ("*.seg", "*.segtest", "segdsl.schema.json")
DEMO_NEEDS = ("sklearn", "skops", "scrapy")


def _segdsl(*args: str) -> list[str]:
    return [sys.executable, "-m", "segdsl", *args]


def _step(console: Console, title: str, command: list[str]) -> bool:
    shown = " ".join(["segdsl", *command[3:]])
    console.rule(title)
    console.print(f"$ {shown}", markup=False)
    ok = subprocess.run(command).returncode == 0
    if not ok:
        console.print(f"demo failed at: {title}", markup=False)
    return ok


def bundled_examples() -> Path:
    """The example project: inside the installed package, or the clone's examples/ folder."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "examples", package.parent / "examples"):
        if (candidate / "rfm.seg").is_file():
            return candidate
    raise DiagnosticError([Diagnostic("E902", "the bundled example project is missing from this installation",
                                      hints=("reinstall segdsl; a clone has it in examples/",))])


def write_project(folder: Path) -> list[Path]:
    """Copy the example definitions, segment tests, schema and fixtures into `folder`."""
    source = bundled_examples()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for pattern in PROJECT_FILES:
        for path in sorted(source.glob(pattern)):
            shutil.copy2(path, folder / path.name)
            written.append(folder / path.name)
    if (source / "fixtures").is_dir():
        shutil.copytree(source / "fixtures", folder / "fixtures", dirs_exist_ok=True)
        written.append(folder / "fixtures")
    return written


def _require_extras() -> None:
    from segdsl.extras import require_module

    for module in DEMO_NEEDS:
        require_module(module, "all", "the demo (it trains models and crawls a local fixture web)")


@contextmanager
def _fixture_web():
    """The local fixture web that stands in for the example companies' websites."""
    server = subprocess.Popen(
        [sys.executable, "-m", "segdsl_enrich.fixture_server", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = server.stdout.readline().strip() if server.stdout else ""
        if not line.startswith("PORT="):
            raise DiagnosticError([Diagnostic("E903", f"the demo's fixture web server did not start: {line!r}")])
        yield int(line.removeprefix("PORT="))
    finally:
        server.terminate()
        server.wait(timeout=10)


def _enrich(console: Console, data: Path) -> bool:
    import polars as pl

    from segdsl_enrich.fixture_server import DEMO_DOMAINS

    out = data / "firmographics.parquet"
    with _fixture_web() as port:
        resolve = [arg for domain in DEMO_DOMAINS for arg in ("--resolve", f"{domain}=127.0.0.1:{port}")]
        if not _step(console, "Enrich: public firmographics from the companies' websites (local fixture web)", _segdsl(
            "enrich", str(data / "customers.parquet"), "--out", str(out), "--refresh", *resolve,
        )):
            return False
    rows = pl.read_parquet(out, columns=["domain", "status"])
    failed = rows.filter(pl.col("status") != "ok")["domain"].to_list()
    if failed or rows.height < len(DEMO_DOMAINS):
        console.print(f"demo failed: enrichment did not succeed for {len(failed)} of {rows.height} domains "
                      f"({', '.join(failed[:5])}{' …' if len(failed) > 5 else ''})", markup=False)
        return False
    return True


def run_demo(examples: Path, *, customers: int, seed: int, console: Console) -> int:
    from segdsl.datagen import generate

    _require_extras()
    if not any(examples.glob("*.seg")):
        console.rule(f"Write the example project into {examples}/")
        for path in write_project(examples):
            console.print(f"  {path}")
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
    if (examples / "rfm.seg").is_file() and not _step(console, "Audit the data rfm.seg reads", _segdsl("audit", str(examples / "rfm.seg"))):
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
    lifecycle = examples / "lifecycle.seg"
    if lifecycle.is_file() and not _step(console, "Export the win-back contacts to a HubSpot import file (consent: e-mail opt-in)",
                                         _segdsl("export", str(lifecycle), "hubspot_reactivate")):
        return 1
    rfm = examples / "rfm.seg"
    if rfm.is_file() and not (
            _step(console, "Record who is in each RFM segment today (membership history, changes only)",
                  _segdsl("snapshot", str(rfm)))
            and _step(console, "The champions' history", _segdsl("history", "champions", "--project", str(examples)))):
        return 1
    if not _outcomes(console, examples / "rfm.seg", outputs / "report.html"):
        return 1
    console.rule("Done")
    console.print(f"Membership files are in {outputs}/, the report is {outputs / 'report.html'}. "
                  f"Try: segdsl explain {examples}/rfm.seg")
    return 0


def _outcomes(console: Console, definition: Path, report: Path) -> bool:
    """Measures, goals, the experiment and the HTML report of one example (the `report` extra)."""
    from importlib.util import find_spec

    steps = [("Measures per segment and label, overlap, homogeneity", ["kpis", str(definition)]),
             ("SMART goals", ["goals", str(definition)])]
    if find_spec("scipy") is None or find_spec("plotly") is None:
        console.print('the `report` extra is not installed (pip install "segdsl[report]"); skipping experiment and report')
    else:
        steps += [("The win-back experiment against its holdout", ["experiment", str(definition)]),
                  ("The HTML report", ["report", str(definition), "--out", str(report)])]
    return all(_step(console, title, _segdsl(*args)) for title, args in steps)
