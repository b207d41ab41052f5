"""Run the crawl processes and show their progress: a Rich bar on a terminal, a plain line every
tenth of the way otherwise (CI logs), then a summary table."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from segdsl_enrich.job import Job
from segdsl_enrich.record import STATUSES
from segdsl_enrich.workers import CrawlProcesses, default_workers, split_job


@dataclass
class Outcome:
    """What the crawl process produced. `rows` is kept even when it crashed or was interrupted:
    finished domains are saved and the next run resumes after them."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0
    returncode: int = 0
    interrupted: bool = False
    log_tail: str = ""


def run_with_progress(job: Job, console: Console, workers: int | None = None) -> Outcome:
    """Crawl `job` in `workers` crawl processes (by default one per CPU, see `segdsl_enrich.workers`)."""
    outcome = Outcome()
    jobs = split_job(job, workers or default_workers(len(job.domains)))
    console.print(f"crawling {len(job.domains)} domains in {len(jobs)} process{'es' if len(jobs) > 1 else ''}")
    with tempfile.TemporaryDirectory(prefix="segdsl-enrich-") as folder:
        progress = Progress(TextColumn("enriching"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[detail]}"), TimeElapsedColumn(),
                            console=console, disable=not console.is_terminal)
        with progress:
            task = progress.add_task("crawl", total=len(job.domains), detail="")
            step, not_ok = max(1, len(job.domains) // 10), 0

            def record(message: dict[str, Any]) -> None:
                nonlocal not_ok
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

            crawl = CrawlProcesses(jobs, Path(folder))
            try:
                for message in crawl.messages():
                    record(message)
                outcome.returncode = crawl.wait()
            except KeyboardInterrupt:
                # The crawls got the same Ctrl-C and stop on their own; keep every row they finish.
                outcome.interrupted = True
                outcome.returncode = crawl.wait()
                for message in crawl.messages():
                    record(message)
        if outcome.returncode != 0 and not outcome.interrupted:
            outcome.log_tail = crawl.log_tail()
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
