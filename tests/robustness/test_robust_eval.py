"""What validates must evaluate, with the right answer: each class the fuzzer found, computed
independently with hand-written Polars or plain Python."""

from __future__ import annotations

import datetime as dt
import math

import polars as pl
import pytest

from segdsl.api import check_file, load
from tests.conftest import small_customers, small_orders, write_seg
from tests.robustness.helpers import cli


def evaluate(shop, body: str) -> pl.DataFrame:
    path = write_seg(shop, body)
    assert check_file(path).ok
    assert cli("eval", path) == 0 and cli("explain", path) == 0
    return load(path).evaluate(include_traits=True).sort("customer_id")


def orders_until_as_of() -> pl.DataFrame:
    return small_orders().filter(pl.col("order_date") <= pl.date(2026, 11, 1))


def test_mixed_integer_and_decimal_lists(shop):
    frame = evaluate(shop, "let n = count(orders)\nsegment s = n in (1, 2.5)\nsegment t = n not in (3, 0.5)\n")
    counts = dict(orders_until_as_of().group_by("customer_id").len().iter_rows())
    n = [counts.get(k, 0) for k in range(1, 7)]
    assert frame["s"].to_list() == [v in (1, 2.5) for v in n]
    assert frame["t"].to_list() == [v not in (3, 0.5) for v in n]


def test_tiers_and_ranks_of_a_constant(shop):
    frame = evaluate(shop, "segmentation t by share of 1 { a top 50% b rest }\n"
                           "segmentation u by quantile of 7 { a top 50% b rest }\nlet q = quintile(3)\n")
    # every customer holds 1/6 of the total; ties go by key: customers 1-3 are before 50%
    assert frame["t"].to_list() == ["a", "a", "a", "b", "b", "b"]
    assert frame["u"].to_list() == ["a", "a", "a", "b", "b", "b"]
    assert frame["q"].to_list() == [1] * 6  # all tied: rank_min 1


def test_functions_with_small_or_unsigned_results_can_be_negated(shop):
    frame = evaluate(shop, "let l = -length(name)\nlet y = -year(signup_date) - month(signup_date)\n")
    names = small_customers()["name"].to_list()
    assert frame["l"].to_list() == [None if n is None else -len(n) for n in names]
    dates = small_customers()["signup_date"].to_list()
    assert frame["y"].to_list() == [None if d is None else -d.year - d.month for d in dates]


def test_sqrt_of_the_largest_literal(shop):
    frame = evaluate(shop, "let q = sqrt(999999999999999999)\n")
    assert frame["q"].to_list() == [math.sqrt(999999999999999999)] * 6


@pytest.mark.parametrize("where", ["true", "false", "true or amount > 1", "amount > 1 or true"])
def test_constant_filters_count_every_event(shop, where):
    frame = evaluate(shop, f"let c = count(orders where {where})\nlet s = sum(orders.amount where {where})\n"
                           f"let f = first(orders.channel where {where})\n")
    orders = orders_until_as_of()
    keep = where != "false"
    counts = dict(orders.group_by("customer_id").len().iter_rows()) if keep else {}
    sums = dict(orders.group_by("customer_id").agg(pl.col("amount").sum()).iter_rows()) if keep else {}
    assert frame["c"].to_list() == [counts.get(k, 0) for k in range(1, 7)]
    assert frame["s"].to_list() == [sums.get(k, 0.0) for k in range(1, 7)]
    # first channel: earliest event, ties by the smallest value (README tie-break)
    firsts = {}
    for key, day, _, channel in sorted(orders.iter_rows(), key=lambda r: (r[0], r[1], r[3])):
        firsts.setdefault(key, channel)
    assert frame["f"].to_list() == [firsts.get(k) if keep else None for k in range(1, 7)]


def test_first_of_a_category_with_a_constant_filter_does_not_crash(shop):
    """The SIGSEGV class: a constant mask in `filter` + `sort_by` read past the group's end.
    Run in subprocesses, several times, since a memory error does not always crash."""
    import subprocess
    import sys

    path = write_seg(shop, 'segment s = first(orders.channel where true) == "web"\n')
    for _ in range(4):
        done = subprocess.run([sys.executable, "-m", "segdsl", "eval", str(path)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        rows = dict(line.split(",") for line in done.stdout.splitlines()[1:])
        firsts: dict[int, str] = {}
        for key, _, _, channel in sorted(orders_until_as_of().iter_rows(), key=lambda r: (r[0], r[1], r[3])):
            firsts.setdefault(key, channel)
        assert rows == {str(k): str(firsts.get(k) == "web").lower() for k in range(1, 7)}


def test_integer_arithmetic_does_not_wrap_around(shop):
    customers = small_customers().with_columns(pl.Series("year", [1950, 2001, None, 1999, 1812, 2024], dtype=pl.Int32))
    customers.write_parquet(shop / "data" / "customers.parquet")
    frame = evaluate(shop, "let cube = year * year * year\nlet big = year * 9999999999999999\n"
                           "segment negative = cube < 0\n")
    years = [1950, 2001, None, 1999, 1812, 2024]
    assert frame["cube"].to_list() == [None if y is None else y ** 3 for y in years]
    assert frame["negative"].to_list() == [False] * 6
    # beyond 64 bits: a (rounded) decimal, never a wrapped-around number (README "Numbers")
    assert frame["big"].to_list() == [None if y is None else float(y) * 9999999999999999.0 for y in years]
    assert all(v is None or v > 0 for v in frame["big"].to_list())


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_in_data_are_missing(shop, bad):
    orders = small_orders().with_columns(
        pl.when(pl.col("amount") == 999.0).then(bad).otherwise(pl.col("amount")).alias("amount"))
    orders = pl.concat([orders, pl.DataFrame({"customer_id": [5], "order_date": [dt.date(2026, 1, 1)],
                                              "amount": [bad], "channel": ["web"]}, schema=orders.schema)])
    orders.write_parquet(shop / "data" / "orders.parquet")
    frame = evaluate(shop, "let spend = sum(orders.amount) over 3000 days\nlet n = count(orders.amount)\n"
                           "let top = max(orders.amount)\nsegment big = spend > 200\nsegment bad = top is missing\n")
    # customer 5 has one order and its amount is not a number: nothing to sum, no max, not big
    assert frame.filter(pl.col("customer_id") == 5).select("spend", "n", "top", "big", "bad").row(0) == (0.0, 0, None, False, True)
    assert frame["big"].to_list() == [False] * 6
    with_csv = shop / "data" / "orders.csv"
    orders.write_csv(with_csv)
    (shop / "csv.seg").write_text((shop / "test.seg").read_text().replace("orders.parquet", "orders.csv"))
    assert load(shop / "csv.seg").evaluate(include_traits=True).sort("customer_id").equals(frame)
