"""SHA-256 of normalised e-mail addresses for ad-platform lists: the polars-hash plugin (a
Polars expression, used by `segdsl export`) against DuckDB's `sha256()` over the same Arrow
frame and against a Python loop with hashlib, interleaved, best of 5. Writes the section
"export hashing" of benchmarks/RESULTS.md.

    python -m benchmarks.bench_export_hashing [--rows 1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import time

import duckdb
import polars as pl
import polars_hash  # noqa: F401 - registers the `chash` namespace

from benchmarks.results import write_section


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    rows = parser.parse_args().rows
    frame = pl.DataFrame({"email": [f" Person.{i}@Example.com " for i in range(rows)]})
    normalised = pl.col("email").str.strip_chars().str.to_lowercase()

    def plugin() -> pl.Series:
        return frame.lazy().select(normalised.chash.sha2_256()).collect().to_series()

    def duck() -> pl.Series:
        clean = frame.select(normalised).to_arrow()  # noqa: F841 - read by DuckDB's replacement scan
        return pl.from_arrow(duckdb.sql("select sha256(email) as email from clean").arrow()).to_series()

    def python_loop() -> pl.Series:
        return pl.Series([hashlib.sha256(v.encode()).hexdigest() for v in frame.select(normalised).to_series()])

    contenders = {"polars-hash plugin (in the plan)": plugin, "DuckDB sha256() over Arrow": duck,
                  "Python loop with hashlib": python_loop}
    assert plugin().equals(duck()) and plugin().equals(python_loop())
    best = {name: float("inf") for name in contenders}
    for _ in range(5):  # interleaved: a loaded machine slows every contender alike
        for name, run in contenders.items():
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    base = best["polars-hash plugin (in the plan)"]
    lines = [f"Normalise (trim, lower-case) and SHA-256 {rows:,} e-mail addresses; best of 5, interleaved "
             "(the machine was shared with other jobs: compare ratios, not absolute times).", "",
             "| method | seconds | vs plugin |", "|---|---:|---:|"]
    lines += [f"| {name} | {seconds:.3f} | {seconds / base:.1f}x |" for name, seconds in best.items()]
    write_section("export hashing", "## Export hashing (`python -m benchmarks.bench_export_hashing`)\n\n" + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
