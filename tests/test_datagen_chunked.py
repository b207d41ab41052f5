"""The chunked generator for data bigger than memory (the 100M-customer benchmark)."""

from __future__ import annotations

import polars as pl

from segdsl.datagen import generate
from segdsl.datagen_chunked import generate_chunked


def test_one_chunk_gives_the_rows_of_the_in_memory_generator(tmp_path):
    """With the whole table in one chunk, the chunked generator draws exactly what `generate`
    draws (same code, same generator state), minus the personal columns it leaves out."""
    chunked = generate_chunked(tmp_path / "chunked", 3000, seed=7, chunk=3000)
    whole = generate(tmp_path / "whole", customers=3000, seed=7)
    for name in ("customers", "orders"):
        mine = pl.read_parquet(chunked[name])
        theirs = pl.read_parquet(whole[name]).select(mine.columns)
        assert mine.equals(theirs), name


def test_chunks_continue_the_ids_and_keep_orders_with_their_customers(tmp_path):
    paths = generate_chunked(tmp_path / "data", 2500, seed=5, chunk=1000)
    customers, orders = pl.read_parquet(paths["customers"]), pl.read_parquet(paths["orders"])
    assert customers["customer_id"].to_list() == list(range(1, 2501))
    assert orders["order_id"].to_list() == list(range(1, orders.height + 1))
    assert orders.join(customers, on="customer_id", how="anti").is_empty()
    first_chunk = orders.filter(pl.col("customer_id") <= 1000)["order_id"]
    later_chunks = orders.filter(pl.col("customer_id") > 1000)["order_id"]
    assert first_chunk.max() < later_chunks.min()  # ids continue from one chunk to the next
    assert not list((tmp_path / "data").glob("*.partial"))


def test_same_seed_and_chunk_same_rows_other_seed_other_rows(tmp_path):
    a = generate_chunked(tmp_path / "a", 1500, seed=5, chunk=600)
    b = generate_chunked(tmp_path / "b", 1500, seed=5, chunk=600)
    c = generate_chunked(tmp_path / "c", 1500, seed=6, chunk=600)
    assert pl.read_parquet(a["orders"]).equals(pl.read_parquet(b["orders"]))
    assert not pl.read_parquet(a["orders"]).equals(pl.read_parquet(c["orders"]))
