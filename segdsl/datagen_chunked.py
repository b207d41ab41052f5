"""Synthetic customers and orders too big for memory, written chunk by chunk.

`segdsl.datagen.generate` builds whole tables in memory: fine up to ~10M customers on this kind of
machine, not at 100M (~1 billion orders). This generator draws the same kinds of customers and
orders, a chunk of customers at a time, each chunk from its own generator seeded by
(seed, chunk index), and appends each chunk to one Parquet file per table as row groups. Peak
memory is one chunk's, whatever the total; the same seed and chunk size give the same rows.

Differences from `generate`, on purpose: only the two tables the benchmarks read (customers,
orders), no personal columns (they cost most of the time and no benchmark reads them), and order
ids increase with time within a chunk rather than across the whole table. The rows are therefore
not those `generate` gives for the same seed: use one or the other for a given data folder.

    python -m segdsl.datagen_chunked --out benchmarks/data-100000000 --customers 100000000
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl

from segdsl.datagen import _customers, _day, _orders

DEFAULT_CHUNK = 2_000_000


def generate_chunked(out_dir: Path, customers: int, seed: int = 7, chunk: int = DEFAULT_CHUNK,
                     end: date = date(2026, 11, 22), progress: bool = False) -> dict[str, Path]:
    """Write customers.parquet and orders.parquet into `out_dir`; returns table name -> path.

    Files are written under temporary names and renamed at the end, so an interrupted run never
    leaves a table that looks complete."""
    import pyarrow.parquet as pq  # only here: the core installs without pyarrow

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = {name: out_dir / f"{name}.parquet" for name in ("customers", "orders")}
    partial = {name: path.with_suffix(".parquet.partial") for name, path in final.items()}
    writers: dict[str, pq.ParquetWriter] = {}
    first_order_id = 1
    started = time.perf_counter()
    try:
        for index, first in enumerate(range(0, customers, chunk)):
            size = min(chunk, customers - first)
            people, orders = _chunk(seed, index, first, size, first_order_id, end)
            first_order_id += orders.height
            for name, frame in (("customers", people), ("orders", orders)):
                table = frame.to_arrow()
                if name not in writers:
                    writers[name] = pq.ParquetWriter(partial[name], table.schema, compression="zstd")
                writers[name].write_table(table, row_group_size=1_000_000)
            if progress:
                print(f"{first + size:,} customers, {first_order_id - 1:,} orders, {time.perf_counter() - started:.0f} s",
                      flush=True)
    finally:
        for writer in writers.values():
            writer.close()
    for name, path in partial.items():
        path.replace(final[name])
    return final


def _chunk(seed: int, index: int, first_customer: int, size: int, first_order_id: int,
           end: date) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One chunk's customers and orders, with ids continuing those of the chunks before it."""
    rng = np.random.default_rng([seed, index])
    people = _customers(rng, size, end).with_columns(pl.col("customer_id") + first_customer)
    signup = people["signup_date"].cast(pl.Int32).to_numpy().astype(np.int64)
    orders = _orders(rng, signup, _day(end)).with_columns(
        pl.col("order_id") + (first_order_id - 1), pl.col("customer_id") + first_customer)
    return people, orders


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m segdsl.datagen_chunked", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write customers.parquet and orders.parquet into")
    parser.add_argument("--customers", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK, help="customers per chunk (peak memory follows it)")
    args = parser.parse_args(argv)
    for name, path in generate_chunked(args.out, args.customers, args.seed, args.chunk, progress=True).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
