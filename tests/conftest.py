"""Shared fixtures: small tables written to a temporary folder, and a helper to write .seg files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

AS_OF = dt.date(2026, 11, 1)


def small_customers() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "customer_id": [1, 2, 3, 4, 5, 6],
            "signup_date": [dt.date(2026, 10, 20), dt.date(2025, 1, 1), dt.date(2024, 6, 1),
                            dt.date(2026, 8, 10), dt.date(2023, 3, 3), None],
            "country": ["FR", "DE", None, "FR", "US", "BE"],
            "plan": ["pro", "free", "pro", "enterprise", "pro", None],
            "name": ["Alice Co", "bob ltd", "Carol", None, "Dave & Sons", "eve"],
            "score": [10.0, None, 3.5, 7.0, 7.0, 1.0],
        }
    )


def small_orders() -> pl.DataFrame:
    """Orders placed to hit every window boundary for as of 2026-11-01 and 90-day windows."""
    rows = [
        (1, dt.date(2026, 11, 1), 100.0, "web"),   # exactly as of: counts
        (1, dt.date(2026, 11, 2), 999.0, "web"),   # after as of: never counts
        (2, dt.date(2026, 8, 3), 50.0, "store"),   # exactly as_of - 90 days: outside (2026-08-03, 2026-11-01]
        (2, dt.date(2026, 8, 4), 20.0, "web"),     # first day inside the 90-day window
        (2, dt.date(2025, 12, 24), None, "web"),   # missing amount
        (3, dt.date(2024, 1, 1), 10.0, "store"),
        (4, dt.date(2026, 10, 1), 30.0, "app"),
        (4, dt.date(2026, 10, 1), 40.0, "web"),
        (4, dt.date(2026, 9, 15), 5.0, "web"),
    ]
    return pl.DataFrame(rows, schema={"customer_id": pl.Int64, "order_date": pl.Date, "amount": pl.Float64, "channel": pl.String}, orient="row")


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A folder with data/customers.parquet and data/orders.parquet (customers 5 and 6 never ordered)."""
    data = tmp_path / "data"
    data.mkdir()
    small_customers().write_parquet(data / "customers.parquet")
    small_orders().write_parquet(data / "orders.parquet")
    return tmp_path


HEADER = '''customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
'''


def write_seg(folder: Path, body: str, name: str = "test.seg", header: str = HEADER) -> Path:
    path = folder / name
    path.write_text(header + body, encoding="utf-8")
    return path
