"""Run the crawl subprocess and show its progress: a Rich bar on a terminal, a plain line every
tenth of the way otherwise (CI logs), then a summary table."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from segdsl_enrich.job import Job
from segdsl_enrich.record import STATUSES


@dataclass
class Outcome:
    """What the crawl process produced. `rows` is kept even when it crashed or was interrupted:
    finished domains are saved and the next run resumes after them."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0
    returncode: int = 0
    interrupted: bool = False
    log_tail: str = ""


def run_with_progress(job: Job, console: Console) -> Outcome:
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="segdsl-enrich-") as folder:
        job_file, log_file = Path(folder) / "job.json", Path(folder) / "crawl.log"
        job.save(job_file)
        progress = Progress(TextColumn("enriching"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                            console=console, disable=not console.is_terminal)
        with progress, log_file.open("w", encoding="utf-8") as log:
            task = progress.add_task("crawl", total=len(job.domains), detail="")
            process = subprocess.Popen([sys.executable, "-m", "segdsl_enrich.crawl", str(job_file)], stdout=subprocess.PIPE,
                                       stderr=log, text=True, encoding="utf-8")
            assert process.stdout is not None
            step, not_ok = max(1, len(job.domains) // 10), 0
            try:
                for message in _messages(process.stdout):
                    if "page" in message:
                        outcome.pages += 1
                    else:
                        outcome.rows.append(message["row"])
                        not_ok += message["row"]["status"] != "ok"
                        progress.advance(task)
                    detail = f"{not_ok} not ok, {outcome.pages} pages"
                    progress.update(task, detail=detail)
                    if not console.is_terminal and "row" in message and len(outcome.rows) % step == 0:
                        console.print(f"enriched {len(outcome.rows)}/{len(job.domains)} domains ({detail})")
            except KeyboardInterrupt:
                # The crawl got the same Ctrl-C and stops on its own; keep what finished.
                outcome.interrupted = True
            outcome.returncode = _wait(process)
        if outcome.returncode != 0 and not outcome.interrupted:
            outcome.log_tail = "\n".join(log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-10:])
    return outcome


def summary(statuses: Counter[str], pages: int, skipped: int, not_domains: int = 0) -> Table:
    table = Table(title="enrichment")
    table.add_column("status")
    table.add_column("domains", justify="right")
    for status in STATUSES:
        table.add_row(status, str(statuses[status]))
    table.add_row("skipped (already in output)", str(skipped))
    table.add_row("skipped (not a domain)", str(not_domains))
    table.add_row("pages fetched", str(pages))
    return table


def _messages(stream: IO[str]) -> Iterator[dict[str, Any]]:
    """Parsed result lines; a line cut short by a dying process is dropped, not a traceback."""
    for line in stream:
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if isinstance(message, dict) and ("page" in message or "row" in message):
            yield message


def _wait(process: subprocess.Popen[str]) -> int:
    try:
        return process.wait()
    except KeyboardInterrupt:  # a second Ctrl-C: stop now
        process.kill()
        return process.wait()
