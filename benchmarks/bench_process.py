"""Whole-process `segdsl eval` against a hand-written Polars script writing the same Parquet file.

    python -m benchmarks.bench_process [--sizes 20000,2000000] [--repeat 5]

What a user waits for: interpreter start, imports, parse and check, input checks, the query and
the output write, each side a fresh process. The hand-written side is `benchmarks/baselines.py`'s
`polars_rfm` plus `write_parquet` in a one-line script (it imports Polars only). Both outputs are
compared row for row. Runs alternate so drift on a shared machine hits both alike; wall time and
CPU time (user + system, from wait4) are both reported, CPU time being steadier under load.
Writes the "process" section of benchmarks/RESULTS.md.

`segdsl eval` is timed as a user runs it again and again: its checked plan is cached by the
untimed warm-up run (segdsl.plan_cache); `segdsl eval --no-cache` (parse and check every time)
is timed too. segdsl's bytecode is compiled first (`compileall`), as installing a wheel does and
as Polars' is in site-packages: with PYTHONDONTWRITEBYTECODE set, a source checkout would
otherwise compile segdsl's modules again in every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import write_section

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEG = HERE / "rfm.seg"
TARGETS = {20_000: 1.10, 2_000_000: 1.05}
HAND_WRITTEN = ("import sys; from pathlib import Path; from benchmarks.baselines import polars_rfm; "
                "polars_rfm(Path(sys.argv[1])).write_parquet(sys.argv[2])")


def data_folder(customers: int) -> Path:
    """benchmarks/data for the main size (made by benchmarks.run), a folder of its own otherwise."""
    from benchmarks.run import DATA, MANIFEST, ensure_data
    import json

    if MANIFEST.exists() and json.loads(MANIFEST.read_text()).get("customers") == customers:
        return DATA
    folder = HERE / f"data-{customers}"
    if not (folder / "orders.parquet").exists():
        subprocess.run([sys.executable, "-m", "segdsl.datagen", "--out", str(folder), "--customers", str(customers)],
                       check=True, cwd=ROOT)
    if folder == DATA:
        ensure_data(customers, 7)
    return folder


def timed(command: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS KiB) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[:4]} failed: {process.stderr.read().decode()[-500:] if process.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(customers: int, repeat: int) -> dict:
    import polars as pl

    data = data_folder(customers)
    work = Path(tempfile.mkdtemp(prefix="segdsl-bench-"))
    try:
        seg = work / "rfm.seg"
        seg.write_text(SEG.read_text())
        (work / "data").symlink_to(data)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "segdsl")], check=True, cwd=ROOT)
        commands = {
            "segdsl eval": [sys.executable, "-m", "segdsl", "eval", str(seg), "--out", str(work / "segdsl.parquet")],
            "hand-written Polars": [sys.executable, "-c", HAND_WRITTEN, str(data), str(work / "polars.parquet")],
            "segdsl eval --no-cache": [sys.executable, "-m", "segdsl", "eval", str(seg), "--out", str(work / "nocache.parquet"), "--no-cache"],
        }
        runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
        for name, command in commands.items():  # untimed: warm caches
            timed(command)
        same = pl.read_parquet(work / "segdsl.parquet").sort("customer_id").equals(
            pl.read_parquet(work / "polars.parquet").sort("customer_id"))
        for _ in range(repeat):
            for name, command in commands.items():
                runs[name].append(timed(command))
        return {"customers": customers, "runs": runs, "same": same}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(results: list[dict], repeat: int) -> str:
    lines = [
        "## Whole process: `segdsl eval --out` vs a hand-written Polars script",
        "",
        f"`python -m benchmarks.bench_process --sizes {','.join(str(r['customers']) for r in results)} --repeat {repeat}`",
        "",
        "Each side is a fresh process writing the same Parquet file (interpreter start, imports, "
        "parse and check, input checks, query and write all included). Medians of "
        f"{repeat} alternating runs. `segdsl eval` reuses the checked plan cached by an untimed "
        "first run (README \"Plan cache\"); `--no-cache` parses and checks every time.",
        "",
        "| customers | side | wall (median) | min – max | CPU (median) | peak RSS | wall ratio | CPU ratio | target | same rows |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in results:
        runs = result["runs"]
        reference = runs["hand-written Polars"]
        ref_wall = statistics.median(r[0] for r in reference)
        ref_cpu = statistics.median(r[1] for r in reference)
        for name, measured in runs.items():
            wall = statistics.median(r[0] for r in measured)
            cpu = statistics.median(r[1] for r in measured)
            peak = statistics.median(r[2] for r in measured) / 1024
            target = TARGETS.get(result["customers"])
            lines.append(
                f"| {result['customers']:,} | {name} | {wall:.2f} s | {min(r[0] for r in measured):.2f} – {max(r[0] for r in measured):.2f} s "
                f"| {cpu:.2f} s | {peak:,.0f} MiB | {wall / ref_wall:.2f}x | {cpu / ref_cpu:.2f}x "
                f"| {'≤ %.2fx' % target if target and name == 'segdsl eval' else ''} | {'yes' if result['same'] else 'NO'} |")
    load = os.getloadavg()
    lines += ["", f"Machine: {os.cpu_count()} logical CPUs, shared with other engineers while measured "
                  f"(load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}): wall times are noisy; "
                  "CPU time is the steadier comparison."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_process", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,2000000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    results = [measure(int(size), args.repeat) for size in args.sizes.split(",")]
    text = report(results, args.repeat)
    write_section("process", text)
    print(text)


if __name__ == "__main__":
    main()
