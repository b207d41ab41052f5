"""One benchmark run of one engine, in its own process (started by benchmarks/run.py).

A fresh process per run makes peak memory comparable: the parent reads this process's
high-water mark from the kernel when it exits. Imports happen before the clock starts; the
timed part builds and runs the query and materialises the whole result.

    python -m benchmarks.worker ENGINE SEG_FILE [--out RESULT.parquet]

prints one JSON line: {"seconds": ..., "rows": ..., "ready_rss_kib": ...}.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

ENGINES = ("segdsl", "segdsl-plan", "segdsl-duckdb", "polars", "duckdb", "pandas")


def prepare(engine: str, seg: Path) -> Callable[[], object]:
    """Import the engine and return the timed call; data lives in `data/` beside the .seg file."""
    data = seg.parent / "data"
    if engine in ("segdsl", "segdsl-plan"):
        import polars  # noqa: F401 - segdsl imports it lazily (validate never needs it); an import, not query time
        import segdsl

        if engine == "segdsl":
            return lambda: segdsl.load(seg).evaluate(as_of=None)
        return lambda: segdsl.load(seg).plan(as_of=None).collect()  # without the input checks
    if engine == "segdsl-duckdb":  # `segdsl eval --engine duckdb`; SEGDSL_DUCKDB_* settings apply
        import polars  # noqa: F401
        import segdsl
        from segdsl.engines import get_engine

        get_engine("duckdb")  # opening DuckDB is an import-time cost, as for the others
        return lambda: segdsl.load(seg).evaluate(as_of=None, engine="duckdb")
    from benchmarks import baselines

    run = {"polars": baselines.polars_rfm, "duckdb": baselines.duckdb_rfm, "pandas": baselines.pandas_rfm}[engine]
    return lambda: run(data)


def save(result: object, path: Path) -> None:
    """Write any engine's native result (Polars, pandas or Arrow) as Parquet, for comparison."""
    if hasattr(result, "write_parquet"):
        result.write_parquet(path)
    elif hasattr(result, "to_parquet"):
        result.to_parquet(path, index=False)
    else:
        import pyarrow.parquet as pq

        pq.write_table(result, path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worker")
    parser.add_argument("engine", choices=ENGINES)
    parser.add_argument("seg", type=Path)
    parser.add_argument("--out", type=Path, help="write the result here (untimed)")
    args = parser.parse_args(argv)
    run = prepare(args.engine, args.seg)
    ready_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    if args.out:
        save(result, args.out)
    print(json.dumps({"seconds": seconds, "rows": len(result), "ready_rss_kib": ready_rss_kib}))


if __name__ == "__main__":
    main()
