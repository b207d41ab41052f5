"""One crawl spread over several `python -m segdsl_enrich.crawl` processes, one per CPU.

A crawl is CPU-bound in one process (Scrapy, Twisted and the extraction share one thread), so a
machine with several cores crawls faster with several processes. Each site belongs to exactly one
process — domains are dealt out by a stable hash of the registrable domain — so "one request at a
time per site" and its delay still hold, robots.txt is fetched once per site, and which process
crawled a domain never changes its row. Requests in flight are shared out: the processes together
keep `--concurrency` in flight. (A site that redirects into another company's site is the one case
where two processes may ask that other site at once; each still obeys its robots.txt and delay.)
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from segdsl.domains import normalise_domain
from segdsl_enrich.job import Job

# Starting a crawl process costs about 2 s of CPU (Scrapy, Twisted, the extraction rules, the
# language model, locale data); a process pays off from about this many domains.
DOMAINS_PER_WORKER = 100
MAX_WORKERS = 8


def default_workers(domain_count: int) -> int:
    """As many processes as CPUs this process may use, but not more than the domains justify."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_WORKERS, domain_count // DOMAINS_PER_WORKER))


def split_job(job: Job, workers: int) -> list[Job]:
    """The job dealt out to `workers` crawl processes by site (fewer when there are fewer domains)."""
    shares: list[list[str]] = [[] for _ in range(max(1, workers))]
    for domain in job.domains:
        site = normalise_domain(domain) or domain
        shares[zlib.crc32(site.encode("utf-8")) % len(shares)].append(domain)
    shares = [share for share in shares if share] or [[]]
    concurrency = max(1, -(-job.concurrency // len(shares)))  # ceiling: never below one request
    return [replace(job, domains=share, concurrency=concurrency) for share in shares]


class CrawlProcesses:
    """Running crawl processes and their result lines, merged into one stream as they come."""

    def __init__(self, jobs: list[Job], folder: Path) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._open_streams = len(jobs)
        self.processes: list[subprocess.Popen[str]] = []
        self.logs: list[Path] = []
        for number, job in enumerate(jobs):
            job_file, log_file = folder / f"job-{number}.json", folder / f"crawl-{number}.log"
            job.save(job_file)
            with log_file.open("w", encoding="utf-8") as log:  # the child keeps its own copy of the descriptor
                process = subprocess.Popen([sys.executable, "-m", "segdsl_enrich.crawl", str(job_file)],
                                           stdout=subprocess.PIPE, stderr=log, text=True, encoding="utf-8")
            self.processes.append(process)
            self.logs.append(log_file)
            assert process.stdout is not None
            threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        try:
            for line in stream:
                self._lines.put(line)
        finally:
            self._lines.put(None)  # this process's output has ended

    def messages(self) -> Iterator[dict[str, Any]]:
        """Result messages of every process until all their outputs end. Can be resumed after an
        interruption (a Ctrl-C in the consumer) to collect what the processes wrote while stopping."""
        while self._open_streams:
            line = self._lines.get()
            if line is None:
                self._open_streams -= 1
                continue
            message = parse_message(line)
            if message is not None:
                yield message

    def wait(self) -> int:
        """The first non-zero exit code of the processes, else 0. A second Ctrl-C kills them."""
        try:
            codes = [process.wait() for process in self.processes]
        except KeyboardInterrupt:
            for process in self.processes:
                process.kill()
            codes = [process.wait() for process in self.processes]
        return next((code for code in codes if code != 0), 0)

    def log_tail(self, lines: int = 10) -> str:
        """The last log lines of each process that failed."""
        tails = [log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                 for log, process in zip(self.logs, self.processes) if process.returncode != 0]
        return "\n".join(line for tail in tails for line in tail)


def parse_message(line: str) -> dict[str, Any] | None:
    """A parsed result line; a line cut short by a dying process is None, not a traceback."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if isinstance(message, dict) and ("page" in message or "row" in message):
        return message
    return None
