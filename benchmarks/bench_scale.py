"""`segdsl eval --out` on data bigger than memory: Polars (streaming sink) and DuckDB (memory limit, spill).

    python -m benchmarks.bench_scale --customers 100000000 [--duckdb-memory-limit 4GB] [--repeat 1]

At 100M customers (~1 billion orders) an in-memory evaluation does not fit on a 23 GiB machine,
and neither do the in-process harness of `benchmarks.run` or `segdsl.datagen`. So: the data comes
from `segdsl.datagen_chunked` (chunk by chunk, into benchmarks/data-chunked-N), and each engine is
a fresh `segdsl eval benchmarks/rfm.seg --out FILE` process, as a user would run it: the Polars
engine streams its result into the file (`sink_parquet`), the DuckDB engine runs with
SEGDSL_DUCKDB_MEMORY_LIMIT and a spill folder. Wall time, CPU time and the kernel's peak RSS of
each process (os.wait4); the two output files are compared row for row by a DuckDB query that
itself runs under the memory limit. Writes the "scale-<N>" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import write_section

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def data_folder(customers: int, chunk: int) -> Path:
    folder = HERE / f"data-chunked-{customers}"
    if not ((folder / "orders.parquet").exists() and (folder / "customers.parquet").exists()):
        subprocess.run([sys.executable, "-m", "segdsl.datagen_chunked", "--out", str(folder),
                        "--customers", str(customers), "--chunk", str(chunk)], check=True, cwd=ROOT)
    return folder


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS KiB) of one fresh process; raises with its stderr on failure."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(command[2:5])} failed: {errors.read().decode()[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def same_rows(a: Path, b: Path, memory_limit: str, spill: Path) -> tuple[int, int, int]:
    """(rows in a, rows in b, rows in one file and not the other), counted by DuckDB under a memory limit."""
    import duckdb

    connection = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(spill)})
    try:
        left, right = (f"read_parquet('{path}')" for path in (a, b))
        rows_a = connection.execute(f"SELECT count(*) FROM {left}").fetchall()[0][0]
        rows_b = connection.execute(f"SELECT count(*) FROM {right}").fetchall()[0][0]
        differ = connection.execute(f"SELECT (SELECT count(*) FROM (FROM {left} EXCEPT ALL FROM {right})) + "
                                f"(SELECT count(*) FROM (FROM {right} EXCEPT ALL FROM {left}))").fetchall()[0][0]
        return rows_a, rows_b, differ
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_scale", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000_000)
    parser.add_argument("--chunk", type=int, default=2_000_000, help="customers per generated chunk")
    parser.add_argument("--duckdb-memory-limit", default="4GB")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--engines", default="polars,duckdb")
    parser.add_argument("--data", type=Path, help="a folder made by segdsl.datagen_chunked (default: benchmarks/data-chunked-N)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = args.data.resolve() if args.data else data_folder(args.customers, args.chunk)
    generation = time.perf_counter() - started
    work = Path(tempfile.mkdtemp(prefix="data-scale-run-", dir=HERE))
    spill = work / "spill"
    spill.mkdir()
    try:
        seg = work / "rfm.seg"
        seg.write_text((HERE / "rfm.seg").read_text())
        (work / "data").symlink_to(data)
        base = {**os.environ, "SEGDSL_DUCKDB_MEMORY_LIMIT": args.duckdb_memory_limit,
                "SEGDSL_DUCKDB_TEMP_DIRECTORY": str(spill)}
        runs: dict[str, list[tuple[float, float, int]]] = {}
        for engine in args.engines.split(","):
            out = work / f"{engine}.parquet"
            command = [sys.executable, "-m", "segdsl", "eval", str(seg), "--engine", engine, "--out", str(out)]
            runs[engine] = [timed(command, base) for _ in range(args.repeat)]
        comparison = None
        if len(runs) == 2:
            comparison = same_rows(*(work / f"{engine}.parquet" for engine in runs), args.duckdb_memory_limit, spill)
        text = report(args, data, generation, runs, comparison)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_section(f"scale-{args.customers}", text)
    print(text)


def report(args: argparse.Namespace, data: Path, generation: float, runs: dict, comparison: tuple[int, int, int] | None) -> str:
    import statistics

    import pyarrow.parquet as pq

    rows = {name: pq.ParquetFile(data / f"{name}.parquet").metadata.num_rows for name in ("customers", "orders")}
    size = {name: (data / f"{name}.parquet").stat().st_size / 2**30 for name in ("customers", "orders")}
    load = os.getloadavg()
    lines = [
        f"## `segdsl eval --out` at {args.customers:,} customers",
        "",
        f"`python -m benchmarks.bench_scale --customers {args.customers} --duckdb-memory-limit {args.duckdb_memory_limit}"
        f" --repeat {args.repeat}`",
        "",
        f"Data: `segdsl.datagen_chunked` (seed 7, chunks of {args.chunk:,} customers): {rows['customers']:,} customers "
        f"({size['customers']:.1f} GiB) and {rows['orders']:,} orders ({size['orders']:.1f} GiB of Parquet)"
        + (f", generated in {generation / 60:.0f} min." if generation > 60 else ", generated earlier."),
        "",
        "| engine | how it runs | wall (median) | CPU (median) | peak RSS (max) |",
        "|---|---|---:|---:|---:|",
    ]
    how = {"polars": "streaming sink into the Parquet file",
           "duckdb": f"memory limit {args.duckdb_memory_limit}, spill folder on disk"}
    for engine, measured in runs.items():
        lines.append(f"| {engine} | {how.get(engine, '')} | {statistics.median(r[0] for r in measured):,.0f} s "
                     f"| {statistics.median(r[1] for r in measured):,.0f} s | {max(r[2] for r in measured) / 2**20:,.1f} GiB |")
    if comparison:
        rows_a, rows_b, differ = comparison
        verdict = "identical" if differ == 0 and rows_a == rows_b else f"DIFFERENT ({differ:,} rows differ)"
        lines += ["", f"Outputs: {rows_a:,} and {rows_b:,} rows, {verdict} (DuckDB `EXCEPT ALL` both ways)."]
    lines += ["", f"Machine: {os.cpu_count()} logical CPUs, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB; "
                  f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}. Each engine is one fresh "
                  "`segdsl eval` process (imports, parse, check, input checks, query, write): what a user waits for."]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
