"""Limits of the input: deep nesting, long numbers, windows beyond the calendar, bad escapes, NUL
bytes in paths, a byte-order mark. Each is a diagnostic with a place (or accepted), never exit 3;
inputs just inside the limits validate, evaluate, explain and format."""

from __future__ import annotations

import sys

import polars as pl
import pytest

from segdsl.api import check_file, load
from segdsl.formatting import format_source
from segdsl.limits import MAX_NESTING
from tests.conftest import small_orders, write_seg
from tests.robustness.helpers import cli

N = MAX_NESTING


def nested(kind: str, depth: int) -> str:
    """A segment whose condition nests `depth` levels of one construct."""
    return {
        "and": " and ".join(["score > 1"] * depth),
        "or": " or ".join(["score > 1"] * depth),
        "not": "not " * (depth - 1) + "score > 1",
        "plus": " + ".join(["score"] * (depth - 1)) + " > 1",
        "times": " * ".join(["score"] * (depth - 1)) + " > 1",
        "minus": "- " * (depth - 2) + "score > 1",
        "calls": "abs(" * (depth - 2) + "score" + ")" * (depth - 2) + " > 1",
        "parentheses": "(" * depth + "score > 1" + ")" * depth,
        "filter": "count(orders where " + " and ".join(["amount > 1"] * (depth - 3)) + ") > 0",
    }[kind]


KINDS = ["and", "or", "not", "plus", "times", "minus", "calls", "parentheses", "filter"]


@pytest.mark.parametrize("kind", KINDS)
def test_nesting_at_the_limit_validates_evaluates_explains_and_formats(shop, kind, monkeypatch):
    monkeypatch.setattr(sys, "getrecursionlimit", sys.getrecursionlimit)  # nothing below may lower it
    sys.setrecursionlimit(1000)  # Python's default: the stages must not need more of their caller
    path = write_seg(shop, f"segment s = {nested(kind, N)}\n")
    result = check_file(path)
    assert result.ok, [d.message for d in result.diagnostics]
    frame = load(path).evaluate()
    assert frame.height == 6
    assert cli("explain", path) == 0
    formatted = format_source(path.read_text())
    assert format_source(formatted) == formatted


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("depth", [N + 5, 300, 1000])
def test_nesting_beyond_the_limit_is_e006_with_a_place(shop, kind, depth):
    path = write_seg(shop, f"segment s = {nested(kind, depth)}\n")
    result = check_file(path)
    assert [d.code for d in result.diagnostics] == ["E006"]
    (found,) = result.diagnostics
    assert found.span is not None and found.span.start_line_col[0] == 4
    for command in ("validate", "eval", "explain"):
        assert cli(command, path) == 1
    assert cli("fmt", "--check", path) == 1


def test_long_chains_of_definitions_do_not_recurse(shop):
    """1,500 traits and 1,500 segments each built on the previous one (no nesting limit applies)."""
    n = 1500
    lines = [f"let t{k} = t{k + 1} + 1" for k in range(n)] + [f"let t{n} = score"]
    lines += [f"segment s{k} = s{k + 1} and t0 > {k}" for k in range(n)] + [f"segment s{n} = t0 > 0"]
    path = write_seg(shop, "\n".join(lines) + "\n")
    result = check_file(path)
    assert result.ok
    frame = load(path).evaluate(include_traits=True).sort("customer_id")
    scores = [10.0, None, 3.5, 7.0, 7.0, 1.0]
    assert frame["t0"].to_list() == [None if s is None else s + n for s in scores]
    assert frame["s0"].to_list() == [s is not None and s + n > n - 1 for s in scores]


@pytest.mark.parametrize("body", [
    "segment s = score > " + "9" * 400,
    "segment s = score > " + "9" * 5000,
    "segment s = score > 0." + "1" * 40,
    "let c = count(orders) over " + "9" * 400 + " days\nsegment s = c > 1",
    "segment a = score > 1\nsegment s = holdout 10% of a seed " + "9" * 400,
    "let b = bins(score, [1, " + "9" * 400 + "])\nsegment s = b > 1",
    "let q = sqrt(" + "9" * 39 + ")\nsegment s = score > q",
    "score big { +" + "9" * 400 + " when score > 1 }\nsegment s = big > 1",
])
def test_long_numbers_are_e007(shop, body):
    path = write_seg(shop, body + "\n")
    assert "E007" in [d.code for d in check_file(path).diagnostics]
    assert cli("validate", path) == 1 and cli("eval", path) == 1 and cli("explain", path) == 1


@pytest.mark.parametrize("body", [
    "let c = count(orders) over 99999999 years\nsegment s = c > 1",
    "segment s = signup_date within last 99999999999 days",
    "segment s = signup_date + 10000 years > 2026-01-01",
])
def test_durations_beyond_the_calendar_are_e230(shop, body):
    path = write_seg(shop, body + "\n")
    assert "E230" in [d.code for d in check_file(path).diagnostics]
    assert cli("eval", path) == 1 and cli("explain", path) == 1


def test_the_longest_windows_hold_every_event_up_to_as_of(shop):
    path = write_seg(shop, "let c = count(orders) over 9999 years\nlet d = count(orders) more than 9999 years ago\n"
                     "segment w = signup_date within last 3652059 days\nsegment s = c > 0 or d > 0\n")
    frame = load(path).evaluate(include_traits=True).sort("customer_id")
    orders = small_orders().filter(pl.col("order_date") <= pl.date(2026, 11, 1))
    expected = {k: v for k, v in orders.group_by("customer_id").len().iter_rows()}
    assert frame["c"].to_list() == [expected.get(k, 0) for k in frame["customer_id"]]
    assert frame["d"].to_list() == [0] * 6


@pytest.mark.parametrize("literal", ['"\\x"', '"\\N{nope}"', '"\\ud800"', '"ab\\x4"', "'\\U0011ffff'"])
def test_bad_escapes_are_e008(shop, literal):
    path = write_seg(shop, f"segment s = country == {literal}\n")
    (found,) = [d for d in check_file(path).diagnostics if d.code == "E008"]
    assert found.span.text() == literal
    assert cli("validate", path) == 1 and cli("eval", path) == 1 and cli("fmt", "--check", path) == 1


def test_good_escapes_still_work(shop):
    path = write_seg(shop, 'segment s = country == "\\u0046R" or name == "Dave \\x26 Sons"\n')
    assert load(path).evaluate().sort("customer_id")["s"].to_list() == [True, False, False, True, True, False]


def test_nul_in_a_path_is_e009(shop):
    path = shop / "nul.seg"
    path.write_text('import "com\x00mon.seg"\ncustomers from "data/customers.parquet" key customer_id\n'
                    'segment s = score > 1\n', encoding="utf-8")
    assert "E009" in [d.code for d in check_file(path).diagnostics]
    assert cli("validate", path) == 1 and cli("eval", path) == 1


def test_a_byte_order_mark_is_accepted(shop):
    plain = write_seg(shop, "segment s = score > 5\n", name="plain.seg")
    marked = shop / "marked.seg"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    result = check_file(marked)
    assert result.ok and not result.diagnostics
    assert load(marked).evaluate().sort("customer_id").equals(load(plain).evaluate().sort("customer_id"))
    assert cli("fmt", "--check", marked) in (0, 1)
