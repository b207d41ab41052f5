"""How much the outcome commands cost next to one evaluation, on the 2M customers / ~20M orders data.

    python -m benchmarks.bench_outcomes [--customers 2000000] [--repeat 3]

Tasks (each run a fresh process; peak RSS from the kernel via os.wait4):
- `eval`: one evaluation of benchmarks/outcomes.seg (segments and segmentations only).
- `kpis`: `segdsl kpis` without printing: the evaluation with every measure in the same plan,
  then the measures per segment and label, the overlap matrix and the homogeneity table.
- `history-12`: 12 monthly as-of dates in ONE query (`insight.history`), members, measures and
  entering/leaving per date. Target: at most 3x `eval`.
- `history-12-naive`: the same 12 dates as 12 separate evaluations, for reference.
- `report`: `segdsl report` (kpis, 12-month history, goals, experiment, HTML with plotly.js).
Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEG = HERE / "outcomes.seg"
TASKS = ("eval", "kpis", "history-12", "history-12-naive", "report")
TARGET = 3.0


def work(task: str) -> float:
    """Run one task in this process; return its wall time in seconds (imports excluded)."""
    import segdsl
    from segdsl.insight.compute import evaluate_history_table, evaluate_insights
    from segdsl.insight.history import history_dates

    definition = segdsl.load(SEG)
    as_of = definition.resolve_as_of()
    dates = history_dates(as_of, 12, "months")
    if task == "report":
        import plotly.offline  # noqa: F401 - imports are not what we measure
        import scipy.stats  # noqa: F401
    start = time.perf_counter()
    if task == "eval":
        definition.evaluate()
    elif task == "kpis":
        evaluate_insights(definition, as_of)
    elif task == "history-12":
        evaluate_history_table(definition, dates)
    elif task == "history-12-naive":
        for date in dates:
            definition.evaluate(date, keep=definition.ir.measure_columns)
    elif task == "report":
        from segdsl.report.build import build_page
        from segdsl.report.html import render_page

        document = render_page(build_page(definition, as_of, (12, "months")), plotly.offline.get_plotlyjs())
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as out:
            out.write(document)
    return time.perf_counter() - start


def run(task: str) -> tuple[float, int]:
    """(seconds, peak RSS KiB) of one fresh process."""
    command = [sys.executable, "-m", "benchmarks.bench_outcomes", "--worker", task]
    with tempfile.TemporaryFile("w+") as stdout:
        process = subprocess.Popen(command, stdout=stdout, cwd=HERE.parent, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        stdout.seek(0)
        text = stdout.read().strip()
    if status != 0:
        raise SystemExit(f"{task} failed: {text}")
    return float(text.splitlines()[-1]), usage.ru_maxrss


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worker", choices=TASKS)
    args = parser.parse_args(argv)
    if args.worker:
        print(work(args.worker))
        return
    from benchmarks.results import write_section
    from benchmarks.run import ensure_data, table_sizes

    ensure_data(args.customers, args.seed)
    results: dict[str, list[tuple[float, int]]] = {task: [] for task in TASKS}
    for task in TASKS:
        run(task)  # warm the page cache
    for _ in range(args.repeat):
        for task in TASKS:  # round robin: drift hits every task alike
            results[task].append(run(task))
            print(task, results[task][-1], flush=True)
    median = {task: statistics.median(s for s, _ in runs) for task, runs in results.items()}
    peak = {task: statistics.median(k for _, k in runs) for task, runs in results.items()}
    ratio = median["history-12"] / median["eval"]
    rounds = ", ".join(f"{h / e:.2f}x" for (h, _), (e, _) in zip(results["history-12"], results["eval"]))
    rows = "\n".join(
        f"| `{task}` | {median[task]:.2f} s | {min(s for s, _ in results[task]):.2f} – {max(s for s, _ in results[task]):.2f} s "
        f"| {median[task] / median['eval']:.2f}x | {peak[task] / 1024:,.0f} MiB |"
        for task in TASKS
    )
    sizes = ", ".join(f"{name} {rows_:,} rows" for name, rows_, _ in table_sizes())
    markdown = f"""## Outcomes: `kpis`, `report` and the history series

`python -m benchmarks.bench_outcomes --customers {args.customers} --repeat {args.repeat}` on `benchmarks/outcomes.seg`
({sizes}; {platform.machine()}, {os.cpu_count()} CPUs). **The machine was shared with other
engineers' work while this ran** (load average above the CPU count): read ratios rather than
absolute times.

Target (12 monthly points in at most {TARGET:.0f}x one evaluation): **{"met" if ratio <= TARGET else "NOT met"}** — {ratio:.2f}x
(ratio of the medians; `history-12` / `eval` in each round: {rounds}).

| task | median | min – max | vs `eval` | peak RSS (median) |
|---|---:|---:|---:|---:|
{rows}

- `eval`: one evaluation (segments only). `kpis`: the same evaluation with every measure in the plan (no second pass over the orders), then the measure, overlap and homogeneity tables.
- `history-12`: twelve as-of dates, the orders read once (sorted by interval between window bounds, every date's windows reduced from slices; README "Outcomes"), then each date's per-customer steps and the history table; `history-12-naive`: twelve evaluations.
- `report`: kpis, the 12-month history, goals (their own dates), the experiment (two evaluations: at its start and before it, for the sample size) and the HTML page (plotly.js inlined, about 5 MB).
- Each run is a fresh process; times exclude imports; medians of {args.repeat} round-robin runs after one warm-up run per task."""
    write_section("outcomes", markdown)
    print(markdown)


if __name__ == "__main__":
    main()
