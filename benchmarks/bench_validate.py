"""How fast definitions are checked, the path every CI build and pre-commit hook takes.

    python -m benchmarks.bench_validate [--repeats 10]

1. `segdsl validate` of the five example files as a whole process (interpreter start, imports,
   schema reading, parse, check): median wall time of fresh processes. Target: at most 0.5 s.
   Twice: as in CI (no data: schemas from `segdsl.schema.json`) and with the example data
   present (schemas from Parquet footers, which needs Polars).
2. Parse and check one generated file of 1,000 segments and 300 traits (`large_definition`),
   in a process where the parser is already loaded. Target: at most 1 s.
Writes its section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import write_section

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEGDSL = Path(sys.executable).with_name("segdsl")


def large_definition(segments: int = 1000, traits: int = 300, seed: int = 7) -> str:
    """A deterministic file over the example tables: traits of every aggregation shape (windows,
    filters, quintiles, date arithmetic), segments combining them, a few segmentations."""
    rng = random.Random(seed)
    lines = [
        'customers from "data/customers.parquet" key customer_id',
        'events orders from "data/orders.parquet" key customer_id time order_date',
        'events emails from "data/email_events.parquet" key customer_id time event_time',
        "as of 2026-11-01",
        "",
    ]
    shapes = [
        lambda i: f"count(orders) over {rng.randint(7, 730)} days",
        lambda i: f"sum(orders.amount where channel == \"{rng.choice(['web', 'store', 'app'])}\") over {rng.randint(30, 365)} days",
        lambda i: "days_since(last(orders.order_date))",
        lambda i: f"count(emails where event == \"{rng.choice(['open', 'click', 'sent'])}\") in last {rng.randint(7, 90)} days",
        lambda i: f"avg(orders.amount) over {rng.randint(30, 365)} days",
        lambda i: f"count_distinct(orders.category) over {rng.randint(90, 730)} days",
        lambda i: f"quintile(t{rng.randrange(i)})" if i else "count(orders)",
        lambda i: f"t{rng.randrange(i)} * 2 + t{rng.randrange(i)}" if i else "count(orders) over 30 days",
    ]
    for i in range(traits):
        lines.append(f"let t{i} = {shapes[i % len(shapes)](i)}")
    lines.append("")
    conditions = [
        lambda: f"t{rng.randrange(traits)} > {rng.randint(0, 50)}",
        lambda: f"t{rng.randrange(traits)} <= {rng.randint(1, 400)}",
        lambda: f"country in (\"{rng.choice(['FR', 'DE', 'US'])}\", \"{rng.choice(['BE', 'IT', 'ES'])}\")",
        lambda: f"plan == \"{rng.choice(['free', 'pro', 'business'])}\"",
        lambda: f"t{rng.randrange(traits)} is missing",
        lambda: f"signup_date within last {rng.randint(30, 720)} days",
    ]
    for i in range(segments):
        parts = [rng.choice(conditions)() for _ in range(rng.randint(1, 4))]
        joined = " and ".join(parts) if rng.random() < 0.7 else " or ".join(parts)
        if i and rng.random() < 0.2:
            joined = f"s{rng.randrange(i)} and not ({joined})"
        lines.append(f"segment s{i} = {joined}")
    for i in range(segments // 100):
        lines.append(f"segmentation g{i} {{")
        for j in range(4):
            lines.append(f"    band{j} when t{rng.randrange(traits)} > {rng.randint(0, 20)}")
        lines.append("    other otherwise")
        lines.append("}")
    return "\n".join(lines) + "\n"


def validate_process_seconds(folder: Path, repeats: int) -> list[float]:
    command = [str(SEGDSL), "validate", str(folder)]
    subprocess.run(command, check=True, capture_output=True)  # warm the page cache, untimed
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def check_seconds(path: Path, repeats: int) -> tuple[list[float], int]:
    from segdsl.api import check_file
    from segdsl.syntax.grammar import lark_parser

    lark_parser()  # a long-running process (an editor, a notebook) has it loaded
    times, diagnostics = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        result = check_file(path)
        times.append(time.perf_counter() - start)
        if not result.ok:
            raise SystemExit(f"the generated definition has errors: {result.diagnostics[0].message}")
        diagnostics = len(result.diagnostics)
    return times, diagnostics


def _row(measure: str, seconds: list[float], target: float) -> str:
    median = statistics.median(seconds)
    return (f"| {measure} | {median:.3f} s | {min(seconds):.3f} – {max(seconds):.3f} s | {target:g} s | "
            f"{'yes' if median <= target else 'NO'} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="segdsl-bench-") as folder:
        for seg in EXAMPLES.glob("*.seg"):
            shutil.copy(seg, folder)
        shutil.copy(EXAMPLES / "segdsl.schema.json", folder)
        without_data = validate_process_seconds(Path(folder), args.repeats)
        path = Path(folder) / "large.seg"
        text = large_definition()
        path.write_text(text, encoding="utf-8")
        check, warnings = check_seconds(path, args.repeats)
    rows = [_row("`segdsl validate` of the 5 examples, no data (CI: schema file), whole process", without_data, 0.5)]
    if (EXAMPLES / "data").is_dir():
        rows.append(_row("the same with the example data (schemas from Parquet footers)",
                         validate_process_seconds(EXAMPLES, args.repeats), 0.5))
    rows.append(_row(f"parse + check 1,000 segments, 300 traits ({len(text.splitlines()):,} lines, {warnings} warnings)",
                     check, 1.0))
    report = "\n".join([
        "## Checking definitions: `segdsl validate`",
        "",
        f"`python -m benchmarks.bench_validate --repeats {args.repeats}`; {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}. Medians of {args.repeats} runs.",
        "",
        "| measure | median | min – max | target | met |",
        "|---|---:|---:|---:|---|",
        *rows,
        "",
        "The whole-process times include starting Python and importing Lark, Typer and Rich (and Polars "
        "when Parquet footers are read); tests check that scikit-learn, skops and Scrapy are never imported "
        "on this path, nor Polars when the schemas come from a schema file.",
    ])
    print(report)
    write_section("validate", report)


if __name__ == "__main__":
    main()
