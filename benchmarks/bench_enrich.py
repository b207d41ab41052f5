"""Enrichment throughput: N synthetic three-page sites served locally, crawled by `segdsl enrich`
with per-site politeness kept (one request at a time per site). Prints a Markdown table.

    python -m benchmarks.bench_enrich --domains 1000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl
import psutil

from enrich.fixture_server import synthetic_domain


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domains", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.25, help="per-site delay between requests (seconds)")
    parser.add_argument("--concurrency", type=int, default=256)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "enrich.fixture_server", "--port", "0", "--synthetic", str(args.domains)],
                              stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().strip().removeprefix("PORT="))
        with tempfile.TemporaryDirectory() as folder:
            domains = [synthetic_domain(i) for i in range(args.domains)]
            pl.DataFrame({"domain": domains}).write_parquet(Path(folder) / "in.parquet")
            resolve = [f"--resolve={d}=127.0.0.1:{port}" for d in domains]
            command = [sys.executable, "-c", "from segdsl.cli import main; main()", "enrich", f"{folder}/in.parquet",
                       "--out", f"{folder}/out.parquet", "--delay", str(args.delay), "--concurrency", str(args.concurrency),
                       *resolve]
            seconds, peak = _run_measuring(command)
            frame = pl.read_parquet(f"{folder}/out.parquet")
    finally:
        server.terminate()
        server.wait()
    ok = frame.filter(pl.col("status") == "ok").height
    print("| domains | ok | seconds | domains/s | peak RSS (MiB, CLI + crawler) | per-site delay |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.domains} | {ok} | {seconds:.1f} | {args.domains / seconds:.1f} | {peak / 2**20:.0f} | {args.delay}s |")


def _run_measuring(command: list[str]) -> tuple[float, int]:
    """Wall time and peak summed RSS of the command and its children (the crawl subprocess)."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode != 0:
        raise SystemExit(f"segdsl enrich exited with {process.returncode}")
    return time.perf_counter() - started, peak


if __name__ == "__main__":
    main()
