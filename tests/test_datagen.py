"""The example data generator: deterministic, well-formed, and with the behaviour segments need."""

from __future__ import annotations

import datetime as dt

import polars as pl

from segdsl.datagen import generate


def read_all(folder) -> dict[str, pl.DataFrame]:
    return {p.stem: pl.read_parquet(p) for p in sorted(folder.glob("*.parquet"))}


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    a = read_all(generate(tmp_path / "a", customers=500, seed=3)["customers"].parent)
    b = read_all(generate(tmp_path / "b", customers=500, seed=3)["customers"].parent)
    c = read_all(generate(tmp_path / "c", customers=500, seed=4)["customers"].parent)
    assert all(a[name].equals(b[name]) for name in a)
    assert not a["orders"].equals(c["orders"])


def test_tables_are_well_formed_and_behave(tmp_path):
    tables = read_all(generate(tmp_path, customers=2000, seed=7)["customers"].parent)
    customers, orders = tables["customers"], tables["orders"]
    assert customers.schema["signup_date"] == pl.Date and orders.schema["order_date"] == pl.Date
    assert tables["email_events"].schema["event_time"] == pl.Datetime("us")
    assert customers["customer_id"].is_unique().all() and orders["order_id"].is_unique().all()
    joined = orders.join(customers, on="customer_id")
    assert (joined["order_date"] >= joined["signup_date"]).all()
    assert (orders["order_date"] > dt.date(2026, 11, 1)).any()  # orders after the examples' as of
    counts = customers.join(orders.group_by("customer_id").len(), on="customer_id", how="left")["len"].fill_null(0)
    assert (counts == 0).mean() > 0.05 and counts.max() > 40  # never-buyers and heavy buyers
    assert 6 < orders.height / customers.height < 12
    domains = customers["domain"].drop_nulls()
    assert domains.str.starts_with("https://").any() and domains.str.contains("[A-Z]").any()
