"""How fast the language server answers, on the 1,000-segment file `bench_validate` generates.

    python -m benchmarks.bench_lsp [--repeats 20] [--baseline /path/to/other/checkout]

A real LSP client (pygls) starts `python -m segdsl lsp` as an editor does and measures, as wall
time seen by the client:
1. server start: from spawning the process to the answer to `initialize` (target <= 1 s);
2. diagnostics after an edit: from sending `didChange` (a condition added to one segment) to the
   first `publishDiagnostics` (the edit's errors; the previous lint warnings moved by the edit;
   target <= 100 ms), and to the second (the lints of the new text too); then the first for an
   edit that leaves the segment unfinished (`... or t1 >`, a syntax error, as while typing);
3. completion: a `completion` request at the end of the edited segment (target <= 50 ms).
With `--baseline`, the server of another checkout (e.g. the main branch) runs the same sessions,
interleaved with this one's, so that both see the same load: the table gets its medians too.
Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from benchmarks.bench_validate import EXAMPLES, large_definition
from benchmarks.results import write_section

ROOT = Path(__file__).resolve().parent.parent
MEASURES = ("start", "diagnostics", "complete", "unfinished", "completion")
Results = dict[str, list[float]]


async def measure(folder: Path, repeats: int, baseline: Path | None = None) -> dict[str, Results]:
    """Three server sessions of this checkout and, interleaved with them, of `baseline`'s."""
    path = folder / "large.seg"
    text = large_definition()
    path.write_text(text, encoding="utf-8")
    checkouts = {"current": ROOT} | ({"baseline": baseline.resolve()} if baseline else {})
    results = {name: {measure: [] for measure in MEASURES} for name in checkouts}
    for _ in range(3):
        for name, checkout in checkouts.items():
            await _session(folder, path, text, repeats, checkout, results[name])
    return results


async def _session(folder: Path, path: Path, text: str, repeats: int, checkout: Path, results: Results) -> None:
    """One server run from `checkout` (`-m` puts the working directory first on the path)."""
    client = LanguageClient("bench", "1")
    published: asyncio.Queue = asyncio.Queue()
    client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(lambda params: published.put_nowait(params))
    environment = os.environ | {"PYTHONPATH": os.pathsep.join([str(checkout), os.environ.get("PYTHONPATH", "")])}
    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "segdsl", "lsp", cwd=checkout, env=environment)
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(),
                                                         root_uri=folder.as_uri()))
    results["start"].append(time.perf_counter() - started)
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="segdsl", version=1, text=text)))
    for _ in range(2):  # errors, then lints
        await published.get()
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("segment s500 "))
    shown = lines[target]  # the line as the server has it

    async def edit(version: int, line: str) -> tuple[float, float]:
        """Replace the target line; seconds to the first and to the second publication."""
        nonlocal shown
        change = types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=target, character=0),
                              end=types.Position(line=target, character=len(shown))),
            text=line)
        shown = line
        sent = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[change]))
        while (await published.get()).uri != uri:
            pass
        first = time.perf_counter() - sent
        while (await published.get()).uri != uri:
            pass
        return first, time.perf_counter() - sent

    for version in range(2, 2 * repeats + 2, 2):
        lines[target] += f" or t1 > {version}"
        first, second = await edit(version, lines[target])
        results["diagnostics"].append(first)
        results["complete"].append(second)
        position = types.Position(line=target, character=len(lines[target]))
        asked = time.perf_counter()
        await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position))
        results["completion"].append(time.perf_counter() - asked)
        first, _ = await edit(version + 1, lines[target] + " or t1 >")  # typing: not a statement yet
        results["unfinished"].append(first)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


ROWS = {
    "start": ("server start (spawn to `initialize` answered)", 1.0),
    "diagnostics": ("diagnostics after an edit (`didChange` to the first `publishDiagnostics`: errors)", 0.1),
    "complete": ("… and to the second (lint warnings recomputed too)", 0.5),
    "unfinished": ("diagnostics after an edit leaving the segment unfinished (a syntax error, as while typing)", 0.1),
    "completion": ("completion (at the end of the edited segment)", 0.05),
}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _table(results: dict[str, Results]) -> list[str]:
    baseline = results.get("baseline")
    head = "| measure | median | min – max | target | met |" + (" baseline median |" if baseline else "")
    rule = "|---|---:|---:|---:|---|" + ("---:|" if baseline else "")
    rows = [head, rule]
    for measure, (label, target) in ROWS.items():
        seconds = results["current"][measure]
        median = statistics.median(seconds)
        row = (f"| {label} | {_ms(median)} | {_ms(min(seconds))} – {_ms(max(seconds))} | {_ms(target)} | "
               f"{'yes' if median <= target else 'NO'} |")
        rows.append(row + (f" {_ms(statistics.median(baseline[measure]))} |" if baseline else ""))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--baseline", type=Path, help="another checkout whose server runs interleaved sessions")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-lsp-") as folder:
        shutil.copy(EXAMPLES / "segdsl.schema.json", folder)
        results = asyncio.run(measure(Path(folder), args.repeats, args.baseline))
    command = f"python -m benchmarks.bench_lsp --repeats {args.repeats}" + (" --baseline MAIN" if args.baseline else "")
    report = "\n".join([
        "## Editor support: `segdsl lsp`",
        "",
        f"`{command}`; {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}. Wall time seen by a real LSP client (pygls) over stdio, on the generated file "
        f"of 1,000 segments and 300 traits; medians of 3 server starts, {3 * args.repeats} edits and completions and "
        f"{3 * args.repeats} unfinished edits (they alternate: each edit follows an unfinished one)"
        + (", with the baseline checkout's server in sessions interleaved with these." if args.baseline else "."),
        "",
        *_table(results),
        "",
        "Load average when the run ended: " + " / ".join(f"{x:.1f}" for x in os.getloadavg())
        + " (2 CPUs; other work on the machine inflates every figure).",
    ])
    print(report)
    write_section("lsp", report)


if __name__ == "__main__":
    main()
