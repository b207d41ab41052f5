"""`preview` stays readable when piped or narrower than its tables: no column squeezed to `…`,
numbers rounded for people."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import small_orders, write_seg

BODY = '''let spend_per_quarter_of_the_year = sum(orders.amount) / 3
let number_of_orders_ever_placed = count(orders)
let country_of_the_customer_account = country
segment ordered_at_least_once_in_their_life = number_of_orders_ever_placed > 0
'''


def _expected_spend() -> dict[int, float]:
    """Hand-computed: orders up to as of 2026-11-01, missing amounts skipped, divided by 3."""
    import datetime as dt

    spend: dict[int, float] = {}
    for customer, day, amount, _ in small_orders().iter_rows():
        if day <= dt.date(2026, 11, 1) and amount is not None:
            spend[customer] = spend.get(customer, 0.0) + amount
    return {k: v / 3 for k, v in spend.items()}


@pytest.mark.parametrize("columns", ["60", None])  # a narrow terminal, and a pipe (no COLUMNS)
def test_preview_is_readable_narrow_and_piped(shop, columns):
    path = write_seg(shop, BODY)
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    if columns:
        env["COLUMNS"] = columns
    result = subprocess.run([sys.executable, "-m", "segdsl", "preview", str(path), "--segment",
                        "ordered_at_least_once_in_their_life", "--limit", "10"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "…" not in out
    width = int(columns or 80)
    assert out.splitlines()[0].startswith(str(path))  # the heading names the file, however long
    assert max(len(line.rstrip()) for line in out.splitlines()[1:]) <= width
    for name in ("spend_per_quarter_of_the_year", "number_of_orders_ever_placed", "country_of_the_customer_account"):
        assert name in out
    for customer, spend in _expected_spend().items():
        shown = f"{spend:,.2f}".rstrip("0").rstrip(".")
        assert any(line.split()[-1:] == [shown] for line in out.splitlines()), (customer, shown)
    assert "33.333" not in out  # 100 / 3 is shown rounded: 33.33
