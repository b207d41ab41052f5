"""Benchmark benchmarks/rfm.seg: segdsl's compiled plan against hand-written Polars, DuckDB SQL
and pandas, on generated data. Writes benchmarks/RESULTS.md.

    python -m benchmarks.run [--customers 2000000] [--repeat 5] [--engines segdsl,polars,...]
                             [--data FOLDER] [--section NAME] [--duckdb-memory-limit 1GB]

`--data` keeps other sizes out of benchmarks/data (e.g. benchmarks/data-10000000, generated from
the seed when missing; benchmarks/data* is not committed); `--section` names the RESULTS.md
section to write (default "engines"; "scale" for the 10M run); `--duckdb-memory-limit` gives
`segdsl-duckdb` a DuckDB memory limit and a spill folder (larger than memory).

Every run is a fresh process (benchmarks/worker.py), so each engine's peak memory is its own:
the kernel's high-water mark for that process, read with os.wait4 when it exits. One untimed
run per engine comes first: it warms the page cache and its result is checked against the
hand-written Polars result. Timed runs then go round robin so drift hits every engine alike.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from benchmarks.results import RESULTS, write_section
from benchmarks.worker import ENGINES

if TYPE_CHECKING:
    import polars as pl

HERE = Path(__file__).resolve().parent
SEG = HERE / "rfm.seg"
DATA = HERE / "data"
MANIFEST = DATA / "manifest.json"
GENERATOR = HERE.parent / "segdsl" / "datagen.py"
REFERENCE = "polars"
TARGET = 1.10
LIBRARIES = ("polars", "duckdb", "pandas", "pyarrow", "numpy")


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kib: int
    ready_kib: int  # after imports, before the timed part
    cpu_seconds: float  # user + system of the whole process: steadier than wall time on a busy machine


@dataclass
class Outcome:
    """Everything measured for one engine."""

    engine: str
    runs: list[Run]
    check: str = ""
    error: str = ""


class WorkerFailed(Exception):
    pass


# ---- data ----------------------------------------------------------------------------------------


def generator_fingerprint() -> str:
    """Hash of the generator's source: data made by an older generator is regenerated."""
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:16]


def ensure_data(customers: int, seed: int, folder: Path = DATA) -> None:
    """Generate `folder` unless it already holds exactly this size, seed and generator.

    The generator runs in its own process: a child started later inherits this process's
    peak RSS (Linux keeps the high-water mark across exec), so this process must stay small.
    """
    wanted = {"customers": customers, "seed": seed, "generator": generator_fingerprint()}
    manifest = folder / MANIFEST.name
    if manifest.exists() and json.loads(manifest.read_text()) == wanted:
        return
    manifest.unlink(missing_ok=True)
    print(f"generating {customers:,} customers (seed {seed}) into {folder} ...", flush=True)
    command = [sys.executable, "-m", "segdsl.datagen", "--out", str(folder), "--customers", str(customers), "--seed", str(seed)]
    subprocess.run(command, check=True, cwd=HERE.parent)
    manifest.write_text(json.dumps(wanted))


def table_sizes(folder: Path = DATA) -> list[tuple[str, int, int]]:
    """(table, rows, bytes on disk) for the tables rfm.seg reads, from Parquet footers only."""
    import pyarrow.parquet as pq

    return [(name, pq.ParquetFile(folder / f"{name}.parquet").metadata.num_rows, (folder / f"{name}.parquet").stat().st_size)
            for name in ("customers", "orders")]


# ---- running -------------------------------------------------------------------------------------


def run_worker(engine: str, seg: Path, out: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """One run in a fresh process; its peak RSS comes from the kernel via wait4."""
    command = [sys.executable, "-m", "benchmarks.worker", engine, str(seg), *(["--out", str(out)] if out else [])]
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=HERE.parent, text=True,
                                   env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        if process.returncode != 0:
            raise WorkerFailed(_last_line(stderr.read()) or f"exit code {process.returncode}")
        report = json.loads(stdout.read().strip().splitlines()[-1])
    return Run(report["seconds"], usage.ru_maxrss, report["ready_rss_kib"], usage.ru_utime + usage.ru_stime)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def measure(engines: list[str], repeat: int, outputs: Path, seg: Path = SEG, env: dict[str, str] | None = None) -> list[Outcome]:
    outcomes = {engine: Outcome(engine, []) for engine in engines}
    for engine, outcome in outcomes.items():  # untimed: warms the cache, result kept for the check
        try:
            run_worker(engine, seg, out=outputs / f"{engine}.parquet", env=env)
        except WorkerFailed as failure:
            outcome.error = str(failure)
        print(f"  {engine}: checked {'OK' if not outcome.error else 'FAILED: ' + outcome.error}", flush=True)
    for round_number in range(1, repeat + 1):
        for outcome in outcomes.values():
            if outcome.error:
                continue
            try:
                outcome.runs.append(run_worker(outcome.engine, seg, env=env))
            except WorkerFailed as failure:
                outcome.error = str(failure)
        print(f"  round {round_number}/{repeat} done", flush=True)
    return list(outcomes.values())


def check_results(outcomes: list[Outcome], outputs: Path) -> None:
    """Compare every engine's result with the reference, sorted by customer_id."""
    import polars as pl

    from benchmarks.baselines import canonical

    reference_path = outputs / f"{REFERENCE}.parquet"
    reference = canonical(pl.read_parquet(reference_path)) if reference_path.exists() else None
    for outcome in outcomes:
        if outcome.error or reference is None:
            continue
        result = canonical(pl.read_parquet(outputs / f"{outcome.engine}.parquet"))
        outcome.check = describe_difference(result, reference)


def describe_difference(result: pl.DataFrame, reference: pl.DataFrame) -> str:
    if result.equals(reference):
        return "identical"
    if result.height != reference.height or not result["customer_id"].equals(reference["customer_id"]):
        return f"DIFFERENT customers ({result.height:,} rows vs {reference.height:,})"
    wrong = {name: int((result[name] != reference[name]).sum()) for name in result.columns[1:]}
    return "DIFFERENT: " + ", ".join(f"{name} {count:,} rows" for name, count in wrong.items() if count)


# ---- report --------------------------------------------------------------------------------------


def cpu_name() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), platform.processor())


def machine() -> list[tuple[str, str]]:
    cpu = cpu_name()
    versions = ", ".join(f"{name} {metadata.version(name)}" for name in LIBRARIES)
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} logical CPUs"),
        ("memory", f"{psutil.virtual_memory().total / 2**30:.1f} GiB"),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("libraries", versions),
    ]


def mib(kib: float) -> str:
    return f"{kib / 1024:,.0f} MiB"


def ratio(value: float, reference: float | None) -> str:
    return f"{value / reference:.2f}x" if reference else "–"


def results_table(outcomes: list[Outcome]) -> list[str]:
    reference = next((o for o in outcomes if o.engine == REFERENCE and o.runs), None)
    ref_time = statistics.median(r.seconds for r in reference.runs) if reference else None
    ref_peak = statistics.median(r.peak_kib for r in reference.runs) if reference else None
    ref_cpu = statistics.median(r.cpu_seconds for r in reference.runs) if reference else None
    lines = ["| engine | median time | min – max | CPU time (median) | peak RSS (median) | RSS after imports "
             "| time vs Polars | CPU vs Polars | memory vs Polars | result |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for o in outcomes:
        if not o.runs:
            lines.append(f"| {o.engine} | – | – | – | – | – | – | – | – | failed: {o.error} |")
            continue
        seconds = [r.seconds for r in o.runs]
        peak = statistics.median(r.peak_kib for r in o.runs)
        cpu = statistics.median(r.cpu_seconds for r in o.runs)
        lines.append(
            f"| {o.engine} | {statistics.median(seconds):.2f} s | {min(seconds):.2f} – {max(seconds):.2f} s | {cpu:.2f} s | {mib(peak)} "
            f"| {mib(statistics.median(r.ready_kib for r in o.runs))} | {ratio(statistics.median(seconds), ref_time)} | {ratio(cpu, ref_cpu)} "
            f"| {ratio(peak, ref_peak)} | {o.check or 'not checked'}{'; ' + o.error if o.error else ''} |"
        )
    return lines


def verdict(outcomes: list[Outcome]) -> str:
    by_engine = {o.engine: o for o in outcomes if o.runs and not o.error}
    if "segdsl" not in by_engine or REFERENCE not in by_engine:
        missing = [e for e in ("segdsl", REFERENCE) if e not in by_engine]
        return (f"The Polars target (segdsl within {TARGET:.2f}x of hand-written Polars) is not assessed here: "
                f"{' and '.join(missing)} {'was' if len(missing) == 1 else 'were'} not among this run's engines.")
    ours, ref = by_engine["segdsl"].runs, by_engine[REFERENCE].runs
    time_ratio = statistics.median(r.seconds for r in ours) / statistics.median(r.seconds for r in ref)
    memory_ratio = statistics.median(r.peak_kib for r in ours) / statistics.median(r.peak_kib for r in ref)
    met = time_ratio <= TARGET and memory_ratio <= TARGET and by_engine["segdsl"].check == "identical"
    return (f"Target (segdsl within {TARGET:.2f}x of hand-written Polars in time and memory, same result): "
            f"**{'met' if met else 'NOT met'}** — time {time_ratio:.2f}x, memory {memory_ratio:.2f}x.")


def duckdb_verdict(outcomes: list[Outcome]) -> str:
    """segdsl on DuckDB against the hand-written DuckDB SQL, when both ran."""
    by_engine = {o.engine: o for o in outcomes if o.runs and not o.error}
    if "segdsl-duckdb" not in by_engine or "duckdb" not in by_engine:
        return ""
    ours, ref = by_engine["segdsl-duckdb"].runs, by_engine["duckdb"].runs
    time_ratio = statistics.median(r.seconds for r in ours) / statistics.median(r.seconds for r in ref)
    cpu_ratio = statistics.median(r.cpu_seconds for r in ours) / statistics.median(r.cpu_seconds for r in ref)
    memory_ratio = statistics.median(r.peak_kib for r in ours) / statistics.median(r.peak_kib for r in ref)
    return (f"segdsl on DuckDB (`segdsl-duckdb`) vs hand-written DuckDB SQL: time {time_ratio:.2f}x, "
            f"CPU {cpu_ratio:.2f}x, memory {memory_ratio:.2f}x.")


def report(outcomes: list[Outcome], customers: int, seed: int, repeat: int, *, command: str = "",
           title: str = "Query engines: `benchmarks/rfm.seg`", data: Path = DATA, notes: tuple[str, ...] = ()) -> str:
    rows = [f"| {name} | {count:,} | {size / 2**20:,.0f} MiB |" for name, count, size in table_sizes(data)]
    return "\n".join([
        f"## {title}",
        "",
        f"`{command or f'python -m benchmarks.run --customers {customers} --repeat {repeat}'}`"
        + (" (`make bench`)." if not command else ""),
        "",
        verdict(outcomes),
        *(["", duckdb_verdict(outcomes)] if duckdb_verdict(outcomes) else []),
        *(line for note in notes for line in ("", note)),
        "",
        "Load average at the end: {:.1f} / {:.1f} / {:.1f} on {} logical CPUs shared with other engineers' jobs "
        "(wall times suffer first; CPU time is the steadier comparison).".format(*os.getloadavg(), os.cpu_count()),
        "",
        "### Machine",
        "",
        *[f"- {label}: {value}" for label, value in machine()],
        "",
        f"### Data (`segdsl.datagen`, seed {seed})",
        "",
        "| table | rows | Parquet |",
        "|---|---:|---:|",
        *rows,
        "",
        f"### Results ({repeat} timed runs per engine)",
        "",
        *results_table(outcomes),
        "",
        "### Method",
        "",
        "- Definitions: `benchmarks/rfm.seg` (RFM quintiles, lifecycle, 7 rule segments), as of 2026-11-01.",
        "- `segdsl`: `segdsl.load(path).evaluate()` (parse, check, input checks, collect). "
        "`segdsl-plan`: `segdsl.load(path).plan().collect()`, the same without the input checks. "
        "`segdsl-duckdb`: `segdsl.load(path).evaluate(engine=\"duckdb\")` (the SQL backend on DuckDB, input checks included).",
        "- `polars`, `duckdb`, `pandas`: the hand-written implementations in `benchmarks/baselines.py`.",
        "- Each run is a fresh process (`benchmarks/worker.py`). Time: wall clock of the query alone, "
        "imports excluded, the full result materialised as each function in `baselines.py` returns it. "
        "Peak RSS: the process's kernel high-water mark (`os.wait4`), interpreter and imports included; "
        "\"RSS after imports\" shows that fixed part. CPU time: user + system of the whole process "
        "(imports included), from `os.wait4`; less sensitive than wall time to other load on the machine.",
        "- One untimed run per engine first (warm page cache); its result, sorted by `customer_id`, "
        f"is compared with the hand-written Polars result. Timed runs go round robin; medians of {repeat}.",
        "",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated subset of {','.join(ENGINES)}")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the Markdown report")
    parser.add_argument("--data", type=Path, help="data folder (default benchmarks/data); generated from the seed when missing")
    parser.add_argument("--section", default="engines", help="the RESULTS.md section to write")
    parser.add_argument("--duckdb-memory-limit", help="DuckDB memory limit for segdsl-duckdb (e.g. 1GB), spilling to a temporary folder")
    args = parser.parse_args(argv)
    engines = [engine for engine in args.engines.split(",") if engine]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engines: {', '.join(unknown)}")
    data = (args.data or DATA).resolve()
    ensure_data(args.customers, args.seed, data)
    default_command = args.data is None and args.section == "engines" and not args.duckdb_memory_limit
    command = "" if default_command else "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-") as outputs:
        seg, env, notes = SEG, {}, []
        if data != DATA:  # the worker reads `data/` beside the definition
            seg = Path(outputs) / "rfm.seg"
            seg.write_text(SEG.read_text())
            (Path(outputs) / "data").symlink_to(data)
        if args.duckdb_memory_limit:
            spill = Path(outputs) / "duckdb-spill"
            env = {"SEGDSL_DUCKDB_MEMORY_LIMIT": args.duckdb_memory_limit, "SEGDSL_DUCKDB_TEMP_DIRECTORY": str(spill)}
            notes.append(f"`segdsl-duckdb` ran with `SEGDSL_DUCKDB_MEMORY_LIMIT={args.duckdb_memory_limit}` and a spill folder "
                         "(`SEGDSL_DUCKDB_TEMP_DIRECTORY`); the other engines without limits.")
        outcomes = measure(engines, args.repeat, Path(outputs), seg, env)
        check_results(outcomes, Path(outputs))  # imports Polars: only after the last run
    title = "Query engines: `benchmarks/rfm.seg`" if args.section == "engines" else f"Query engines at {args.customers:,} customers"
    text = report(outcomes, args.customers, args.seed, args.repeat, command=command, title=title, data=data, notes=tuple(notes))
    write_section(args.section, text, args.results)
    print(args.results.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
