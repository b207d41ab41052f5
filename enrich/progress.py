"""Run the crawl subprocess and show its progress: a Rich bar on a terminal, plain lines otherwise,
then a summary table. Returns the rows the crawl produced."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from enrich.job import Job


def run_with_progress(job: Job, skipped: int = 0) -> list[dict[str, Any]]:
    console = Console(stderr=True, highlight=False)
    rows: list[dict[str, Any]] = []
    statuses: Counter[str] = Counter()
    pages = 0
    with tempfile.TemporaryDirectory(prefix="segdsl-enrich-") as folder:
        job_file = Path(folder) / "job.json"
        log_file = Path(folder) / "crawl.log"
        job.save(job_file)
        progress = Progress(TextColumn("enriching"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
                            TimeElapsedColumn(), console=console, disable=not console.is_terminal)
        with progress, log_file.open("w") as log:
            task = progress.add_task("crawl", total=len(job.domains), detail="")
            process = subprocess.Popen([sys.executable, "-m", "enrich.crawl", str(job_file)], stdout=subprocess.PIPE,
                                       stderr=log, text=True, encoding="utf-8")
            assert process.stdout is not None
            for line in process.stdout:
                message = json.loads(line)
                if "page" in message:
                    pages += 1
                else:
                    rows.append(message["row"])
                    statuses[message["row"]["status"]] += 1
                    progress.advance(task)
                    if not console.is_terminal and len(rows) % 100 == 0:
                        console.print(f"enriched {len(rows)}/{len(job.domains)} domains")
                failed = len(rows) - statuses["ok"]
                progress.update(task, detail=f"{failed} not ok, {pages} pages")
            process.wait()
        if process.returncode != 0:
            console.print(f"crawl process exited with code {process.returncode}; last log lines:")
            console.print("\n".join(log_file.read_text(errors="replace").splitlines()[-10:]), markup=False)
    console.print(summary(statuses, pages, skipped))
    return rows


def summary(statuses: Counter[str], pages: int, skipped: int) -> Table:
    table = Table(title="enrichment", show_header=True)
    table.add_column("status")
    table.add_column("domains", justify="right")
    for status in ("ok", "failed", "blocked", "robots"):
        table.add_row(status, str(statuses[status]))
    table.add_row("skipped (already done)", str(skipped))
    table.add_row("pages fetched", str(pages))
    return table
