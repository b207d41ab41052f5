"""Enrichment throughput: N synthetic three-page company sites served by the local fixture web,
enriched by `segdsl enrich` with politeness kept (one request at a time per site, a delay between
two requests to the same site, robots.txt fetched). Prints a Markdown table.

    python -m benchmarks.bench_enrich --domains 1000 [--repeat 3] [--workers N] [--baseline DIR]

Sites are served over https (a self-signed certificate; the crawler does not verify them, as
Scrapy by default) from one local server process that shares the machine with the crawler.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
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
    parser.add_argument("--workers", type=int, help="crawl processes (default: segdsl's own choice, one per CPU, "
                        "then again with one process)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each row; the table shows medians")
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
                       "--refresh", "--delay", str(args.delay), "--concurrency", str(args.concurrency),
                       *(f"--resolve={d}=127.0.0.1:{port}" for d in domains)]
            # Label → (command line, working folder, environment); measured in turns, `--repeat` times each.
            setups: dict[str, tuple[list[str], Path | None, dict[str, str] | None]] = {}
            setups["segdsl (default processes)" if args.workers is None else f"segdsl, --workers {args.workers}"] = (
                command + (["--workers", str(args.workers)] if args.workers else []), None, None)
            if args.workers is None and (os.cpu_count() or 1) > 1:
                setups["segdsl, --workers 1"] = (command + ["--workers", "1"], None, None)
            if args.baseline:  # segdsl and segdsl_enrich both from the baseline
                setups[f"baseline `{args.baseline.name}`"] = (command, args.baseline.resolve(), {**os.environ, "PYTHONPATH": os.pathsep.join(
                    str(args.baseline.resolve() / part) for part in ("", "enrich"))})
            runs: dict[str, list[dict[str, float]]] = {label: [] for label in setups}
            for _ in range(args.repeat):
                for label, (line, cwd, env) in setups.items():
                    runs[label].append(_measure(line, cwd=cwd, env=env))
                    if runs[label][-1]["ok"] != args.domains:
                        raise SystemExit(f"{label}: {runs[label][-1]['ok']:.0f} of {args.domains} domains ok")
    finally:
        server.terminate()
        server.wait()
    medians = {label: {key: statistics.median(run[key] for run in measured) for key in measured[0]}
               for label, measured in runs.items()}
    first = next(iter(medians))
    rate = args.domains / medians[first]["seconds"]
    rows = [f"| {label} | {m['seconds']:.1f} s | {args.domains / m['seconds']:.1f} | {m['cpu']:.1f} s | "
            f"{m['max_rss'] / 2**20:.0f} MiB | {m['tree_rss'] / 2**20:.0f} MiB |" for label, m in medians.items()]
    ratios = [f"{label}: wall time ratio {medians[first]['seconds'] / m['seconds']:.2f}, CPU time ratio "
              f"{medians[first]['cpu'] / m['cpu']:.2f}" for label, m in medians.items() if label != first]
    report = "\n".join([
        "## Enrichment: crawling company websites",
        "",
        f"`python -m benchmarks.bench_enrich --domains {args.domains} --repeat {args.repeat}`: {args.domains} synthetic "
        f"sites (3 pages each) on 127.0.0.1 over HTTPS, all {args.domains} ok in every run; per-site delay {args.delay} s, "
        f"{args.concurrency} requests in flight; {os.cpu_count()} CPUs, Python {platform.python_version()}. Medians of "
        f"{args.repeat} runs per row, the rows taking turns. Load average when the run ended: "
        + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + " (other work on the machine slows the crawl; the "
        "fixture web's server shares the CPUs).",
        "",
        f"Target ≥ {TARGET:.0f} domains/s: **{'met' if rate >= TARGET else 'NOT met'}** ({rate:.1f}, first row).",
        "",
        "| run | wall time | domains/s | CPU time (CLI + crawlers) | peak RSS, largest process | peak RSS, all processes |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        *(["", f"Ratios of the first row to the others (same sites, same load): {'; '.join(ratios)}."] if ratios else []),
    ])
    print(report)
    if args.domains >= 1000:  # small smoke runs do not overwrite the recorded results
        write_section("enrichment", report)


def _measure(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall time; CPU time of the command's process tree (getrusage of waited-for children: the CLI
    and the crawl processes it waits for); the largest process's and the summed peak RSS, sampled
    with psutil every 50 ms; the number of domains whose row is ok."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env)
    tree_rss = largest_rss = 0
    while process.poll() is None:
        try:
            sizes = [p.memory_info().rss for p in [process, *process.children(recursive=True)]]
            tree_rss, largest_rss = max(tree_rss, sum(sizes)), max(largest_rss, *sizes)
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"segdsl enrich exited with {process.returncode}:\n{process.stderr.read()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    ok = pl.read_parquet(command[command.index("--out") + 1]).filter(pl.col("status") == "ok").height
    return {"seconds": seconds, "cpu": cpu, "max_rss": largest_rss, "tree_rss": tree_rss, "ok": ok}


if __name__ == "__main__":
    main()
