"""Combined windows, the existence rule (`since`) and customer-level values inside aggregations,
each checked against the same rule computed by hand in plain Python on the fixture rows."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

import segdsl
from segdsl.api import check_file
from segdsl.backend.windows import bounds
from tests.conftest import AS_OF, small_customers, small_orders, write_seg

SINCE_HEADER = '''customers from "data/customers.parquet" key customer_id since signup_date
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
'''


def evaluate(path, as_of=None) -> pl.DataFrame:
    return segdsl.load(path).evaluate(as_of, include_traits=True).sort("customer_id")


def by_customer(frame: pl.DataFrame, column: str) -> dict:
    return dict(zip(frame["customer_id"], frame[column]))


def orders() -> list[dict]:
    return small_orders().to_dicts()


def days_before(n: int) -> dt.date:
    return AS_OF - dt.timedelta(days=n)


# ---- two windows on one aggregation: their intersection -----------------------------------------


def test_two_windows_mean_the_days_both_contain(shop):
    frame = evaluate(write_seg(shop, '''
let lapsed  = count(orders) more than 40 days ago over 120 days
let between = sum(orders.amount) before 2026-10-01 after 2026-08-03
let both    = count(orders) after 2026-08-03 over 60 days
segment s = lapsed > 0
'''))
    def count(lower: dt.date, upper: dt.date, value=None) -> dict:
        found: dict[int, float] = {cid: 0 for cid in range(1, 7)}
        for row in orders():
            if lower < row["order_date"] <= upper:
                found[row["customer_id"]] += 1 if value is None else (row[value] or 0)
        return found
    # more than 40 days ago: strictly before as of - 40 days, i.e. on or before as of - 41 days
    assert by_customer(frame, "lapsed") == count(days_before(120), days_before(41))
    # before 2026-10-01: up to 2026-09-30; after 2026-08-03: from 2026-08-04
    assert by_customer(frame, "between") == count(dt.date(2026, 8, 3), dt.date(2026, 9, 30), "amount")
    assert by_customer(frame, "both") == count(max(dt.date(2026, 8, 3), days_before(60)), AS_OF)
    assert by_customer(frame, "between")[2] == 20.0 and by_customer(frame, "lapsed")[4] == 1


def test_bounds_is_the_intersection_and_the_ir_keeps_every_window(shop):
    plan = segdsl.load(write_seg(shop, "let x = count(orders) more than 180 days ago over 360 days\nsegment s = x > 0\n")).ir
    (aggregate,) = plan.events[0].aggregates
    assert aggregate.window.kind == "intersection"
    assert {(p.kind, p.amount) for p in aggregate.window.parts} == {("more_than_ago", 180), ("last", 360)}
    assert bounds(aggregate.window, AS_OF) == (days_before(360), days_before(181))


def test_windows_in_either_order_are_the_same_aggregation_for_lints(shop):
    path = write_seg(shop, '''
segment a = count(orders) over 90 days after 2026-09-01 > 0
segment b = count(orders) after 2026-09-01 over 90 days > 0
''')
    assert [d.code for d in check_file(path).diagnostics] == ["W107"]


def test_an_intersection_empty_only_at_some_dates_counts_nothing_there(shop):
    path = write_seg(shop, "let n = count(orders) before 2026-09-01 over 30 days\nsegment s = n > 0\n")
    assert check_file(path).ok
    assert set(by_customer(evaluate(path), "n").values()) == {0}  # as of 2026-11-01: no day in common
    assert by_customer(evaluate(path, "2026-08-30"), "n")[2] == 2  # (2026-07-31, 2026-08-30]

def test_range_test_after_a_window_still_reads_as_a_range(shop):
    frame = evaluate(write_seg(shop, "segment two_or_three = count(orders) over 90 days between 2 and 3\n"))
    assert by_customer(frame, "two_or_three") == {1: False, 2: False, 3: False, 4: True, 5: False, 6: False}


@pytest.mark.parametrize("windows", ["before 2025-01-01 after 2026-01-01", "over 30 days more than 60 days ago",
                                     "between 2026-01-01 and 2026-02-01 after 2026-03-01"])
def test_windows_that_never_share_a_day_are_an_error(shop, windows):
    result = check_file(write_seg(shop, f"segment s = count(orders) {windows} > 0\n"))
    assert [d.code for d in result.diagnostics] == ["E207"]


def test_fmt_keeps_every_window(shop):
    from segdsl.formatting import format_source as format_text

    text = "segment s = count(orders)  more than 180 days ago   over 360 days > 0\n"
    assert "more than 180 days ago over 360 days" in format_text(text)


# ---- existence: `since` ------------------------------------------------------------------------


def existing(as_of: dt.date) -> list[int]:
    rows = small_customers().to_dicts()
    return sorted(r["customer_id"] for r in rows if r["signup_date"] is None or r["signup_date"] <= as_of)


@pytest.mark.parametrize("as_of", [AS_OF, dt.date(2026, 9, 1), dt.date(2025, 6, 1), dt.date(2026, 10, 20)])
def test_customers_who_do_not_exist_yet_have_no_row(shop, as_of):
    path = write_seg(shop, "let n = count(orders)\nlet r = quintile(n)\nsegment buyers = n > 0\n", header=SINCE_HEADER)
    frame = evaluate(path, as_of)
    assert frame["customer_id"].to_list() == existing(as_of)
    assert segdsl.load(path).ir.customers.since == "signup_date"


def test_ranks_only_count_existing_customers(shop):
    path = write_seg(shop, "let s = sum(orders.amount)\nlet r = quintile(s)\nsegment top = r == 5\n", header=SINCE_HEADER)
    frame = evaluate(path, dt.date(2026, 9, 1))  # customers 1 and 4 signed up later
    spend = {2: 50.0 + 20.0, 3: 10.0, 4: 0.0, 5: 0.0, 6: 0.0}  # up to 2026-09-01, existing customers only
    ranked = sorted(spend.values())
    expected = {cid: (sum(v < value for v in ranked)) * 5 // len(ranked) + 1 for cid, value in spend.items()}
    assert by_customer(frame, "r") == expected


def test_datetime_since_counts_on_its_utc_day(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    moments = [dt.datetime(2026, 11, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2))),  # 2026-11-02 01:30 UTC
               dt.datetime(2026, 11, 1, 23, 30, tzinfo=dt.timezone.utc), None]
    pl.DataFrame({"customer_id": [1, 2, 3], "created": pl.Series(moments).dt.convert_time_zone("Europe/Paris")}
                 ).write_parquet(data / "customers.parquet")
    path = write_seg(tmp_path, 'segment all = true\n',
                     header='customers from "data/customers.parquet" key customer_id since created\nas of 2026-11-01\n')
    assert evaluate(path)["customer_id"].to_list() == [2, 3]


def test_training_frames_only_use_customers_existing_at_train_as_of(shop):
    from segdsl.training import training_frame

    path = write_seg(shop, '''
let n = count(orders)
model churn { kind logistic_regression features n label n == 0 train as of 2026-09-01 file "m.skops" }
''', header=SINCE_HEADER)
    plan = segdsl.load(path).ir
    frame = training_frame(plan, plan.models[0], AS_OF)
    assert sorted(frame["customer_id"].to_list()) == existing(dt.date(2026, 9, 1))


# ---- customer-level values inside aggregations ---------------------------------------------------


def test_customer_values_inside_filters_and_arguments(shop):
    frame = evaluate(write_seg(shop, '''
let first_order  = first(orders.order_date)
let usual        = most_frequent(orders.channel)
let repeat_spend = sum(orders.amount where order_date > first_order)
let usual_orders = count(orders where channel == usual)
let pro_spend    = sum(orders.amount where customers.plan == "pro")
let above_score  = count(orders where amount > score)
let scaled       = sum(orders.amount * score)
segment s = repeat_spend > 0
'''))
    rows = [r for r in orders() if r["order_date"] <= AS_OF]
    customers = {r["customer_id"]: r for r in small_customers().to_dicts()}
    mine = {cid: [r for r in rows if r["customer_id"] == cid] for cid in customers}
    first = {cid: min((r["order_date"] for r in rs), default=None) for cid, rs in mine.items()}

    def usual(rs):
        counts: dict[str, int] = {}
        for r in rs:
            counts[r["channel"]] = counts.get(r["channel"], 0) + 1
        return min((c for c in counts if counts[c] == max(counts.values())), default=None)

    expected_repeat = {cid: sum(r["amount"] or 0 for r in rs if first[cid] is not None and r["order_date"] > first[cid])
                       for cid, rs in mine.items()}
    expected_usual = {cid: sum(r["channel"] == usual(rs) for r in rs) for cid, rs in mine.items()}
    expected_pro = {cid: sum(r["amount"] or 0 for r in rs) if customers[cid]["plan"] == "pro" else 0
                    for cid, rs in mine.items()}
    score = {cid: customers[cid]["score"] for cid in customers}
    expected_above = {cid: sum(1 for r in rs if None not in (r["amount"], score[cid]) and r["amount"] > score[cid])
                      for cid, rs in mine.items()}
    expected_scaled = {cid: sum(r["amount"] * score[cid] for r in rs if None not in (r["amount"], score[cid]))
                       for cid, rs in mine.items()}
    assert by_customer(frame, "repeat_spend") == expected_repeat
    assert by_customer(frame, "usual_orders") == expected_usual
    assert by_customer(frame, "pro_spend") == expected_pro
    assert by_customer(frame, "above_score") == expected_above
    assert by_customer(frame, "scaled") == pytest.approx(expected_scaled)
    assert expected_repeat[2] == 70.0 and expected_above[4] == 2  # the fixture exercises both


def test_layers_of_aggregations_over_traits_over_aggregations(shop):
    frame = evaluate(write_seg(shop, '''
let top      = max(orders.amount)
let big      = count(orders where amount == top)
let above    = avg(orders.amount where amount >= top / 2)
segment s = big > 0 and above > 0
'''))
    rows = [r for r in orders() if r["order_date"] <= AS_OF and r["amount"] is not None]
    for cid in range(1, 7):
        amounts = [r["amount"] for r in rows if r["customer_id"] == cid]
        top = max(amounts, default=None)
        assert by_customer(frame, "big")[cid] == sum(a == top for a in amounts)
        kept = [a for a in amounts if top is not None and a >= top / 2]
        assert by_customer(frame, "above")[cid] == (pytest.approx(sum(kept) / len(kept)) if kept else None)


def test_event_columns_win_over_customer_values_and_customers_col_is_explicit(shop):
    (shop / "data" / "orders.parquet").unlink()
    small_orders().with_columns(pl.lit("pro").alias("plan")).write_parquet(shop / "data" / "orders.parquet")
    frame = evaluate(write_seg(shop, '''
let order_plan    = count(orders where plan == "pro")
let customer_plan = count(orders where customers.plan == "pro")
segment s = order_plan > 0
'''))
    assert by_customer(frame, "order_plan") == {1: 1, 2: 3, 3: 1, 4: 3, 5: 0, 6: 0}
    assert by_customer(frame, "customer_plan") == {1: 1, 2: 0, 3: 1, 4: 0, 5: 0, 6: 0}


def test_training_includes_the_traits_an_aggregation_reads(shop):
    from segdsl.training import steps_for

    plan = segdsl.load(write_seg(shop, '''
let first_order = first(orders.order_date)
let repeat      = count(orders where order_date > first_order)
segment s = repeat > 0
''')).ir
    assert [d.name for d in steps_for(plan, {"repeat"})] == ["first_order", "repeat"]


# ---- traits kept for the output ----------------------------------------------------------------


def test_kept_traits_are_output_and_not_unused(shop):
    path = write_seg(shop, '''
keep let spend = sum(orders.amount)
keep score engaged { +1 when count(orders) > 1 }
let leftover = count(orders)
segment buyers = count(orders) > 0
''')
    warnings = [(d.code, d.message) for d in check_file(path).diagnostics]
    assert warnings == [("W101", "trait `leftover` is never used")]
    frame = segdsl.load(path).evaluate()
    assert frame.columns == ["customer_id", "spend", "engaged", "buyers"]


def test_segment_tests_leave_out_customers_who_do_not_exist_yet(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from segdsl.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.seg").write_text(SINCE_HEADER + "let n = count(orders)\nsegment buyers = n > 0\n")
    (tmp_path / "segdsl.schema.json").write_text(json.dumps({"segdsl_schema": 1, "tables": [
        {"source": "customers.parquet", "columns": [{"name": "customer_id", "type": "integer"},
                                                    {"name": "signup_date", "type": "date"}]},
        {"source": "orders.parquet", "columns": [{"name": "customer_id", "type": "integer"},
                                                 {"name": "order_date", "type": "date"}]}]}))
    (tmp_path / "t.segtest").write_text('''definition = "t.seg"
as_of = 2026-11-01
[tables.customers]
csv = """
customer_id,signup_date
1,2026-01-01
2,2026-12-01
3,
"""
[tables.orders]
csv = """
customer_id,order_date
1,2026-02-01
2,2026-10-01
3,2026-03-01
"""
[[case]]
name = "only existing customers"
members.buyers = [1, 3]
[[case]]
name = "a customer of the future"
members.buyers = [1, 2, 3]
traits.n = { 2 = 1 }
''')
    result = CliRunner().invoke(app, ["test", "t.segtest"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert "t.segtest::only existing customers PASSED" in lines
    assert "  expected but missing      : 2" in lines and "  not customers yet (since) : 2" in lines
    assert "  2   | 1        | no row (not a customer yet)" in lines


def test_explain_shows_existence_combined_windows_and_layers(shop):
    from typer.testing import CliRunner

    from segdsl.cli import app

    path = write_seg(shop, '''
let first_order = first(orders.order_date)
keep let repeat = count(orders where order_date > first_order)
let lapsed = count(orders) more than 40 days ago over 120 days
segment s = lapsed > 0
''', header=SINCE_HEADER)
    result = CliRunner().invoke(app, ["explain", str(path)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "keep customers who exist as of 2026-11-01: `signup_date` missing or on/before 2026-11-01" in text
    assert f"count(rows) over days ({days_before(120)}, {days_before(41)}] (intersection of 2 windows)" in text
    assert "(layer 2: after the values it reads)" in text and "per event reads the customer's first_order" in text
    assert "trait (kept) repeat" in text


# ---- the window rule, by brute force --------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from segdsl import ir  # noqa: E402
from segdsl.backend.windows import never_contains_a_day  # noqa: E402

_DAY = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))
_SIMPLE = st.one_of(
    st.builds(lambda n, unit: ir.Window("last", n, unit), st.integers(0, 24), st.sampled_from(["days", "weeks", "months"])),
    st.builds(lambda n, unit: ir.Window("more_than_ago", n, unit), st.integers(0, 24), st.sampled_from(["days", "months"])),
    st.builds(lambda n: ir.Window("last", n, "days"), st.integers(0, 400)),
    st.builds(lambda d: ir.Window("before", end=d), _DAY),
    st.builds(lambda d: ir.Window("after", start=d), _DAY),
    st.builds(lambda a, b: ir.Window("between", start=min(a, b), end=max(a, b)), _DAY, _DAY),
)


def _contains(lower: dt.date | None, upper: dt.date, day: dt.date) -> bool:
    return (lower is None or day > lower) and day <= upper


@settings(max_examples=30, deadline=None)
@given(parts=st.lists(_SIMPLE, min_size=2, max_size=3), offset=st.integers(-200, 200))
def test_an_intersection_contains_exactly_the_days_every_window_contains(parts, offset):
    """Every as of from 2021 to 2030 (the dates are in 2024-2027, the relative windows at most
    two years long): the rule per day, and whether some as of gives a non-empty window."""
    window = ir.Window("intersection", parts=tuple(parts))
    any_day = False
    as_of = dt.date(2021, 1, 1)
    while as_of <= dt.date(2030, 12, 31):
        combined = bounds(window, as_of)
        each = [bounds(part, as_of) for part in parts]
        for day in (as_of + dt.timedelta(days=offset), as_of, combined[1], combined[0] or as_of):
            assert _contains(*combined, day) == all(_contains(*b, day) for b in each)
        if combined[0] is None or combined[0] < combined[1]:
            any_day = True
        as_of += dt.timedelta(days=1)
    assert never_contains_a_day(window) == (not any_day)
