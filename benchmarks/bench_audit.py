"""How long `segdsl audit` takes on the benchmark data (2M customers, ~20M orders).

    python -m benchmarks.bench_audit [--customers 2000000] [--repeats 5]

Each run is a fresh `segdsl audit benchmarks/rfm.seg --format json` process (imports included);
its peak RSS comes from the kernel (os.wait4). The baseline is the least any audit must do: one
Polars query per table reading every column once (`null_count` of each column), in a fresh
process too. The audit's ratio to it shows what the checks cost beyond reading the data.
Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import write_section
from benchmarks.run import DATA, SEG, ensure_data

HERE = Path(__file__).resolve().parent
BASELINE = (
    "import polars as pl, sys\n"
    "for name in ('customers', 'orders'):\n"
    "    pl.scan_parquet(f'{sys.argv[1]}/{name}.parquet').select(pl.all().null_count()).collect()\n"
)


def timed(command: list[str]) -> tuple[float, int, float, str]:
    """(wall seconds, peak RSS KiB, CPU seconds, stdout) of one fresh process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=HERE.parent, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        text, errors = out.read(), err.read()
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: findings at the threshold, a normal outcome
        raise SystemExit(f"{' '.join(command)} failed: {errors[-2000:]}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    ensure_data(args.customers, args.seed)
    audit = [sys.executable, "-m", "segdsl", "audit", str(SEG), "--format", "json"]
    baseline = [sys.executable, "-c", BASELINE, str(DATA)]
    _, _, _, report = timed(audit)  # untimed: warms the page cache
    timed(baseline)
    audits, bases = [], []
    for _ in range(args.repeats):  # round robin, so drift on the shared machine hits both alike
        audits.append(timed(audit)[:3])
        bases.append(timed(baseline)[:3])
    document = json.loads(report)
    median = lambda values: statistics.median(values)  # noqa: E731
    a_time, a_rss, a_cpu = (median([run[i] for run in audits]) for i in range(3))
    b_time, b_rss, b_cpu = (median([run[i] for run in bases]) for i in range(3))
    rows = "\n".join(f"| {t['name']} | {t['rows']:,} | {len(t['columns'])} |" for t in document["tables"])
    summary = document["summary"]
    markdown = f"""## Data audit: `segdsl audit`

`python -m benchmarks.bench_audit --customers {args.customers} --repeats {args.repeats}`

One Polars query per table (every check of every column in one `select`), customers first.
Measured on a shared machine (2 cores, 8 engineers working at the same time, load average
{os.getloadavg()[0]:.0f} at the end): wall times are inflated and noisy; CPU time and the ratio to the
baseline, measured in alternation, are the steadier numbers.

| table | rows | columns |
|---|---:|---:|
{rows}

| process | median time | min – max | CPU time (median, user + system) | peak RSS (median) |
|---|---:|---:|---:|---:|
| `segdsl audit benchmarks/rfm.seg --format json` | {a_time:.2f} s | {min(r[0] for r in audits):.2f} – {max(r[0] for r in audits):.2f} s | {a_cpu:.2f} s | {a_rss / 1024:,.0f} MiB |
| baseline: one `null_count` query per table (a lower bound: Parquet may answer part of it from its statistics) | {b_time:.2f} s | {min(r[0] for r in bases):.2f} – {max(r[0] for r in bases):.2f} s | {b_cpu:.2f} s | {b_rss / 1024:,.0f} MiB |
| ratio audit / baseline | {a_time / b_time:.2f}x | | {a_cpu / b_cpu:.2f}x | {a_rss / b_rss:.2f}x |

Findings on this data: {summary['errors']} errors, {summary['warnings']} warnings, {summary['infos']} notes.
Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} logical CPUs."""
    write_section("audit", markdown)
    print(markdown)


if __name__ == "__main__":
    main()
