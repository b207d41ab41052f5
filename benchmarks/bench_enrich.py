"""Enrichment throughput: N synthetic three-page company sites served by the local fixture web,
enriched by `segdsl enrich` with politeness kept (one request at a time per site, a delay between
two requests to the same site, robots.txt fetched). Prints a Markdown table.

    python -m benchmarks.bench_enrich --domains 1000 [--baseline DIR]

Sites are served over https (a self-signed certificate; the crawler does not verify them, as
Scrapy by default) from one local server process that shares the machine with the crawler.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl
import psutil

from benchmarks.results import write_section
from segdsl_enrich.fixture_server import synthetic_domain

TARGET = 50.0  # domains per second on 2 cores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domains", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.25, help="per-site delay between two requests (seconds)")
    parser.add_argument("--concurrency", type=int, default=256, help="requests in flight across all sites")
    parser.add_argument("--baseline", type=Path, help="a checkout of another commit (git archive REV | tar -x -C DIR): "
                        "its `segdsl enrich` is measured right after this one, on the same sites, for a same-load ratio")
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "segdsl_enrich.fixture_server", "--port", "0", "--synthetic", str(args.domains)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().strip().removeprefix("PORT="))
        with tempfile.TemporaryDirectory() as folder:
            domains = [synthetic_domain(i) for i in range(args.domains)]
            pl.DataFrame({"domain": domains}).write_parquet(Path(folder) / "in.parquet")
            command = [sys.executable, "-m", "segdsl", "enrich", f"{folder}/in.parquet", "--out", f"{folder}/out.parquet",
                       "--delay", str(args.delay), "--concurrency", str(args.concurrency),
                       *(f"--resolve={d}=127.0.0.1:{port}" for d in domains)]
            run = _measure(command)
            frame = pl.read_parquet(f"{folder}/out.parquet")
            baseline = None
            if args.baseline:
                Path(f"{folder}/out.parquet").unlink()
                baseline = _measure(command, cwd=args.baseline.resolve(), env={**os.environ, "PYTHONPATH": os.pathsep.join(  # segdsl and segdsl_enrich both from the baseline
                                        str(args.baseline.resolve() / part) for part in ("", "enrich"))})
    finally:
        server.terminate()
        server.wait()
    ok = frame.filter(pl.col("status") == "ok").height
    rate = args.domains / run["seconds"]
    report = "\n".join([
        "## Enrichment: crawling company websites",
        "",
        f"`python -m benchmarks.bench_enrich --domains {args.domains}`: {args.domains} synthetic sites (3 pages each) "
        f"on 127.0.0.1 over HTTPS; per-site delay {args.delay} s, {args.concurrency} requests in flight; "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}. Load average when the run ended: "
        + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + " (other work on the machine slows the crawl).",
        "",
        f"Target ≥ {TARGET:.0f} domains/s: **{'met' if rate >= TARGET else 'NOT met'}**.",
        "",
        "| domains | ok | wall time | domains/s | CPU time (CLI + crawler) | peak RSS, crawler | peak RSS, CLI + crawler |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {args.domains} | {ok} | {run['seconds']:.1f} s | {rate:.1f} | {run['cpu']:.1f} s | "
        f"{run['max_rss'] / 2**20:.0f} MiB | {run['tree_rss'] / 2**20:.0f} MiB |",
        *([f"| {args.domains}, baseline `{args.baseline.name}` | | {baseline['seconds']:.1f} s | {args.domains / baseline['seconds']:.1f} | "
           f"{baseline['cpu']:.1f} s | {baseline['max_rss'] / 2**20:.0f} MiB | {baseline['tree_rss'] / 2**20:.0f} MiB |",
           "",
           f"Same sites, same load, one right after the other: CPU time ratio this/baseline "
           f"{run['cpu'] / baseline['cpu']:.2f}, wall time ratio {run['seconds'] / baseline['seconds']:.2f} "
           f"(`--baseline {args.baseline}`)."] if baseline else []),
    ])
    print(report)
    if args.domains >= 1000:  # small smoke runs do not overwrite the recorded results
        write_section("enrichment", report)


def _measure(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time; CPU time and largest RSS of the command's process tree (getrusage of waited-for
    children: the CLI and the crawl process it waits for); peak summed RSS sampled with psutil."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env)
    tree_rss = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            tree_rss = max(tree_rss, sum(p.memory_info().rss for p in tree))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"segdsl enrich exited with {process.returncode}:\n{process.stderr.read()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "max_rss": after.ru_maxrss * 1024, "tree_rss": tree_rss}


if __name__ == "__main__":
    main()
