"""The input checks' shortcuts give the diagnostics of the full count: keys in increasing order
are proven distinct without counting them (any other order, or a missing key, counts), and a
Parquet file's dates are counted by a filter that row-group statistics can skip. Each case is
compared with a count in plain Python."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import polars as pl
import pytest

from tests.conftest import small_customers, write_seg
from tests.robustness.helpers import cli

BODY = "segment s = signup_date > 2020-01-01\n"


def repeated(keys: list) -> int:
    """Rows that repeat a key already seen (missing keys aside): what E304 reports."""
    return sum(n - 1 for key, n in Counter(keys).items() if key is not None)


@pytest.mark.parametrize("keys", [
    [1, 2, 3, 4, 5, 6],            # increasing: proven distinct by order
    [1, 2, 2, 3, 4, 5],            # sorted with a repeat: not strictly increasing, counted
    [6, 5, 4, 3, 2, 1],            # distinct, not increasing: counted
    [3, 1, 3, 2, 3, 4],            # unsorted repeats
    [-(2**63), 0, 2**63 - 1, 5, 6, 7],  # extremes (a difference would overflow; a comparison does not)
])
def test_duplicate_keys_whatever_their_order(shop, capsys, keys):
    small_customers().with_columns(pl.Series("customer_id", keys, pl.Int64)).write_parquet(shop / "data" / "customers.parquet")
    code = cli("eval", write_seg(shop, BODY))
    err = capsys.readouterr().err
    expected = repeated(keys)
    if expected:
        assert code == 1 and re.search(rf"E304.*customers: {expected} rows? repeats? a key `customer_id`", err), err
    else:
        assert code == 0 and "E304" not in err, err


def test_increasing_keys_with_a_missing_one_are_still_counted(shop, capsys):
    keys = [1, None, 2, 2, 3, 4]  # increasing where present: the missing key hides the repeat from a row-to-row test
    small_customers().with_columns(pl.Series("customer_id", keys, pl.Int64)).write_parquet(shop / "data" / "customers.parquet")
    assert cli("eval", write_seg(shop, BODY)) == 1
    err = capsys.readouterr().err
    assert "E309" in err and re.search(rf"E304.*customers: {repeated(keys)} row repeats a key", err), err


def test_text_keys_in_increasing_order(shop, capsys):
    keys = ["a", "b", "ba", "c", "c", "d"]
    small_customers().with_columns(pl.Series("customer_id", keys)).write_parquet(shop / "data" / "customers.parquet")
    header = ('customers from "data/customers.parquet" key customer_id\nas of 2026-11-01\n')
    assert cli("eval", write_seg(shop, BODY, header=header)) == 1
    assert re.search(rf"E304.*customers: {repeated(keys)} row repeats a key `customer_id` \(e.g. 'c'\)", capsys.readouterr().err)


MOMENTS = [dt.datetime(1799, 12, 31, 23, 59), dt.datetime(2999, 12, 31, 23, 59), dt.datetime(1800, 1, 1), dt.datetime(3000, 1, 1)]


@pytest.mark.parametrize(("unit", "moment"), [(unit, moment) for unit in ("ms", "us", "ns") for moment in MOMENTS
                                              if unit != "ns" or moment.year < 2262])  # ns ends in 2262
def test_datetime_bounds_per_unit(shop, capsys, unit, moment):
    """The day of a datetime is compared, in every time unit: 1799-12-31 23:59 is outside,
    2999-12-31 23:59 and 1800-01-01 00:00 inside, 3000-01-01 00:00 outside."""
    signups = [dt.datetime(2026, 10, 20), moment, None, None, None, None]
    small_customers().with_columns(pl.Series("signup_date", signups, pl.Datetime(unit))).write_parquet(shop / "data" / "customers.parquet")
    code = cli("eval", write_seg(shop, "segment s = signup_date > 2020-01-01\n"))
    err = capsys.readouterr().err
    outside = sum(1 for m in signups if m is not None and not dt.date(1800, 1, 1) <= m.date() <= dt.date(2999, 12, 31))
    if outside:
        assert code == 1 and re.search(r"E311.*1 value of `signup_date` outside .*\(first: row 2 of", err), err
    else:
        assert code == 0 and "E311" not in err, err


def test_many_row_groups_only_one_of_them_outside(shop, capsys):
    """Statistics skip the clean row groups; the one holding a sentinel date is read and counted."""
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000) for i in range(30_000)]
    days[25_123] = dt.date(9999, 12, 31)
    days[29_000] = dt.date(1, 1, 1)
    customers = pl.DataFrame({"customer_id": range(30_000), "signup_date": days})
    customers.write_parquet(shop / "data" / "customers.parquet", row_group_size=1000)
    header = 'customers from "data/customers.parquet" key customer_id\nas of 2026-11-01\n'
    assert cli("eval", write_seg(shop, "segment s = signup_date > 2020-01-01\n", header=header)) == 1
    err = capsys.readouterr().err
    outside = sum(1 for d in days if not dt.date(1800, 1, 1) <= d <= dt.date(2999, 12, 31))
    assert re.search(rf"E311.*{outside} values of `signup_date` outside .*\(first: row 25124 of \S+, 9999-12-31\)", err), err
