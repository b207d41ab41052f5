"""Several crawl processes: how domains are dealt out, how many processes by default, and a Ctrl-C
that reaches every process keeps each finished row (the run after it resumes). The rows being the
same whatever the number of processes is checked end to end in test_enrich_crawl.py."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from segdsl_enrich.fixture_server import WEB_ROOT, FixtureServer, FixtureWeb, start, synthetic_domain
from segdsl_enrich.job import Job
from segdsl_enrich.workers import DOMAINS_PER_WORKER, MAX_WORKERS, default_workers, split_job

SITES = 240


def test_each_domain_goes_to_exactly_one_worker_and_always_the_same() -> None:
    domains = [synthetic_domain(i) for i in range(500)] + ["acme.co.uk", "shop.acme.co.uk"]
    jobs = split_job(Job(domains=domains, concurrency=100), 3)
    assert len(jobs) == 3
    dealt = [domain for job in jobs for domain in job.domains]
    assert sorted(dealt) == sorted(domains)  # none lost, none twice
    for job in jobs:  # each share keeps the input's order
        assert job.domains == [domain for domain in domains if domain in set(job.domains)]
        assert job.concurrency == 34  # ceil(100 / 3): together at least --concurrency
        assert 100 < len(job.domains) < 250  # dealt out, not all to one
    assert [job.domains for job in split_job(Job(domains=domains), 3)] == [job.domains for job in jobs]
    # One site, one process: a subdomain goes where its registrable domain goes.
    owner = {domain: number for number, job in enumerate(jobs) for domain in job.domains}
    assert owner["shop.acme.co.uk"] == owner["acme.co.uk"]


def test_no_empty_worker() -> None:
    jobs = split_job(Job(domains=["a.com", "b.com"], concurrency=1), 8)
    assert 1 <= len(jobs) <= 2 and all(job.domains and job.concurrency == 1 for job in jobs)
    assert [job.domains for job in split_job(Job(domains=[]), 4)] == [[]]


def test_default_is_one_worker_per_cpu_and_per_hundred_domains() -> None:
    cpus = len(os.sched_getaffinity(0))
    assert default_workers(0) == default_workers(DOMAINS_PER_WORKER - 1) == 1
    assert default_workers(1_000_000) == min(cpus, MAX_WORKERS)
    assert default_workers(2 * DOMAINS_PER_WORKER) == min(cpus, 2)


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    server, _ = start(web=FixtureWeb(WEB_ROOT, synthetic=SITES))
    yield server
    server.shutdown()


def enrich_command_line(server: FixtureServer, folder: Path) -> list[str]:
    port = server.server_address[1]
    return [sys.executable, "-m", "segdsl", "enrich", str(folder / "in.parquet"), "--out", str(folder / "out.parquet"),
            "--workers", "2", "--concurrency", "12", "--delay", "0.3",
            *(f"--resolve={synthetic_domain(i)}=127.0.0.1:{port}" for i in range(SITES))]


def test_ctrl_c_keeps_every_finished_row_and_the_next_run_resumes(server: FixtureServer, tmp_path: Path) -> None:
    pl.DataFrame({"domain": [synthetic_domain(i) for i in range(SITES)]}).write_parquet(tmp_path / "in.parquet")
    # A new session, so that the Ctrl-C below reaches the CLI and its crawl processes, as a terminal's would.
    cli = subprocess.Popen(enrich_command_line(server, tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    assert cli.stderr is not None
    seen = []
    for line in cli.stderr:
        seen.append(line)
        if line.startswith("enriched "):  # the first tenth is done
            os.killpg(cli.pid, signal.SIGINT)
            break
    rest = cli.stderr.read()
    assert cli.wait(timeout=60) == 130, "".join(seen) + rest
    assert "Traceback" not in rest
    saved = pl.read_parquet(tmp_path / "out.parquet")
    assert re.search(rf"interrupted: {saved.height} domains saved to .*; run again to resume the other {SITES - saved.height}", rest)
    assert SITES // 10 <= saved.height < SITES
    assert saved["status"].unique().to_list() == ["ok"]

    again = subprocess.run(enrich_command_line(server, tmp_path), capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert re.search(rf"skipped \(already in output\)\s+│\s+{saved.height} │", again.stderr)
    final = pl.read_parquet(tmp_path / "out.parquet")
    assert final["domain"].to_list() == sorted(synthetic_domain(i) for i in range(SITES))
    assert final.filter(pl.col("domain").is_in(saved["domain"].implode())).equals(saved)  # kept as they were
