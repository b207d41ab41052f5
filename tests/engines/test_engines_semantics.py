"""The hard parts of the semantics, on every engine, against answers computed here by hand
(plain Python: no engine computes the expected values)."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from pathlib import Path

import polars as pl
import pytest

import segdsl

ENGINES = ["polars", "duckdb", "postgres", "spark"]
AS_OF = dt.date(2026, 3, 31)

HEADER = '''customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time ordered_at
as of 2026-03-31
'''

CUSTOMERS = pl.DataFrame({
    "customer_id": [1, 2, 3, 4, 5, 6, 7, 8],
    "signup_date": [dt.date(2026, 1, 31), dt.date(2025, 12, 31), dt.date(2024, 2, 29), None,
                    dt.date(2026, 2, 28), dt.date(2025, 3, 31), dt.date(2026, 3, 30), dt.date(2023, 1, 1)],
    "score": [10.0, 10.0, float("nan"), 3.0, float("inf"), None, 7.5, -float("inf")],
    "plan": ["pro", None, "free", "pro", "free", "pro", None, "free"],
    "name": ["Alice Co", "bob ltd", "Carol Ltd", None, "Dave & Sons", "Eve Co", "Zed Co", "Ann Ltd"],
    "website": ["https://www.Example.com/about", "shop.example.com", "bob@example.co.uk", "http://[::1]/",
                "EXAMPLE.com:8080", None, "mailto:sales@foo.org", "foo.org."],
})

T = dt.datetime
ORDERS = pl.DataFrame({
    "customer_id": [1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 7, 7],
    "ordered_at": [T(2026, 3, 31, 23, 59, 59), T(2026, 3, 31, 23, 59, 59), T(2026, 4, 1, 0, 0),  # day edges, after as of
                   T(2026, 2, 28, 0, 0), T(2026, 2, 28, 0, 0), T(2026, 2, 28, 0, 0, 1),
                   T(2026, 1, 5), T(2026, 1, 5),
                   T(2026, 3, 1), T(2026, 3, 1), None,
                   T(2025, 3, 31, 12),
                   T(2026, 3, 30), T(2026, 3, 30)],
    "amount": [5.0, 7.0, 100.0, None, 3.0, 1.0, float("nan"), 2.0, 4.0, 4.0, 9.0, 0.0, 1.5, 2.5],
    "channel": ["web", "app", "web", "web", "store", None, "app", "app", "web", "store", "web", "web", "store", "app"],
})


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hard")
    (folder / "data").mkdir()
    CUSTOMERS.write_parquet(folder / "data" / "customers.parquet")
    ORDERS.write_parquet(folder / "data" / "orders.parquet")
    return folder


def run(folder: Path, body: str, engine: str, name: str) -> dict[int, object]:
    path = folder / f"{name}_{engine}.seg"
    path.write_text(HEADER + body, encoding="utf-8")
    definition = segdsl.load(path)
    frame = definition.evaluate(include_traits=True, engine=engine)
    return {row["customer_id"]: row for row in frame.iter_rows(named=True)}


@pytest.fixture(params=ENGINES)
def engine(request, sql_engines) -> str:
    return request.param


def test_ntile_ties_share_the_rank_min_score(shop, engine):
    rows = run(shop, "let n = count(orders)\nlet q = quintile(score)\nlet d = ntile(n, 3) descending\n", engine, "ntile")
    finite = {k: v for k, v in zip(CUSTOMERS["customer_id"], CUSTOMERS["score"]) if v is not None and math.isfinite(v)}
    for key, value in finite.items():
        rank_min = 1 + sum(other < value for other in finite.values())
        assert rows[key]["q"] == (rank_min - 1) * 5 // len(finite) + 1
    for key in set(rows) - set(finite):
        assert rows[key]["q"] is None  # NaN, inf and missing are missing
    counts = {key: rows[key]["n"] for key in rows}
    for key, n in counts.items():
        rank_min = 1 + sum(other > n for other in counts.values())
        assert rows[key]["d"] == (rank_min - 1) * 3 // len(counts) + 1


def test_tiers_by_share_break_ties_by_key(shop, engine):
    body = "let spend = sum(orders.amount)\nsegmentation tier by share of spend { big top 40%  mid next 40%  small rest }\n"
    rows = run(shop, body, engine, "tiers")
    spend = {key: rows[key]["spend"] or 0.0 for key in rows}
    order = sorted(spend, key=lambda key: (-spend[key], key))
    total, before = sum(spend.values()), 0.0
    for key in order:
        fraction = before / total
        expected = "big" if fraction < 0.4 else "mid" if fraction < 0.8 else "small"
        assert rows[key]["tier"] == expected, (key, fraction)
        before += spend[key]


def _splitmix64(value: int) -> int:
    mask = (1 << 64) - 1
    z = (value + 0x9E3779B97F4A7C15) & mask
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
    return z ^ (z >> 31)


def test_holdouts_pick_the_same_customers_as_the_documented_hash(shop, engine):
    rows = run(shop, "segment everyone = customer_id > 0\nsegment held = holdout 50% of everyone seed 7\n", engine, "holdout")
    for key, row in rows.items():
        draw = (_splitmix64(key ^ _splitmix64(7)) >> 11) / float(1 << 53)
        assert row["held"] == (draw < 0.5), key


def test_holdouts_of_text_keys(tmp_path, engine):
    (tmp_path / "data").mkdir()
    keys = ["a", "b", "c", "d", "é", "x y", "10", ""]
    pl.DataFrame({"email": keys}).write_parquet(tmp_path / "data" / "people.parquet")
    (tmp_path / "h.seg").write_text('customers from "data/people.parquet" key email\nas of 2026-01-01\n'
                                    'segment everyone = length(email) >= 0\nsegment held = holdout 40% of everyone seed 3\n')
    frame = segdsl.load(tmp_path / "h.seg").evaluate(engine=engine)
    got = dict(frame.select("email", "held").iter_rows())
    for key in keys:
        draw = int.from_bytes(hashlib.blake2b(f"3:{key}".encode(), digest_size=8).digest(), "big") / 2.0**64
        assert got[key] == (draw < 0.4), key


def test_first_last_and_most_frequent_break_ties_as_the_contract_says(shop, engine):
    body = ("let f = first(orders.amount)\nlet l = last(orders.amount)\nlet fc = first(orders.channel)\n"
            "let lc = last(orders.channel)\nlet mf = most_frequent(orders.channel)\nlet ma = most_frequent(orders.amount)\n")
    rows = run(shop, body, engine, "ties")
    # customer 1: two events at 23:59:59 on as of (5.0 web, 7.0 app); the 100.0 is after as of
    assert (rows[1]["f"], rows[1]["l"], rows[1]["fc"], rows[1]["lc"]) == (5.0, 7.0, "app", "web")
    # customer 2: two at midnight (missing, 3.0 store), one a second later (1.0, missing channel)
    assert (rows[2]["f"], rows[2]["l"], rows[2]["fc"], rows[2]["lc"]) == (3.0, 1.0, "store", None)
    # customer 3: NaN is missing, so the only amount is 2.0; both channels "app"
    assert (rows[3]["f"], rows[3]["l"], rows[3]["mf"], rows[3]["ma"]) == (2.0, 2.0, "app", 2.0)
    # customer 4: web and store once each at the same time (the missing time never counts)
    assert (rows[4]["mf"], rows[4]["ma"], rows[4]["fc"], rows[4]["lc"]) == ("store", 4.0, "store", "web")
    # customer 7: a tie of 1.5 and 2.5 on the same day: most_frequent takes the smallest
    assert (rows[7]["ma"], rows[7]["mf"]) == (1.5, "app")
    assert rows[6]["f"] is None and rows[6]["mf"] is None


def test_three_valued_logic_collapses_at_the_segment_boundary(shop, engine):
    body = ("segment high = score > 5\nsegment not_high = not (score > 5)\n"
            "segment high_or_pro = score > 5 or plan == \"pro\"\nsegment high_and_free = score > 5 and not (plan == \"pro\")\n"
            "let t = score > 5\n")
    rows = run(shop, body, engine, "logic")
    for key, score, plan in zip(CUSTOMERS["customer_id"], CUSTOMERS["score"], CUSTOMERS["plan"]):
        present = score is not None and math.isfinite(score)
        high = present and score > 5
        assert rows[key]["high"] is high
        assert rows[key]["not_high"] is (present and not score > 5)
        assert rows[key]["high_or_pro"] is (high or plan == "pro")
        assert rows[key]["high_and_free"] is (high and plan is not None and plan != "pro")
        assert rows[key]["t"] == (score > 5 if present else None)


def test_calendar_months_clamp_and_division_by_zero_is_missing(shop, engine):
    body = ("let renewal = signup_date + 1 month\nlet back = signup_date - 1 year\n"
            "let ratio = count(orders) / (count(orders) - 2)\n"
            "let recent = count(orders) over 1 month\nsegment joined_lately = signup_date within last 1 month\n")
    rows = run(shop, body, engine, "months")
    assert rows[1]["renewal"] == dt.date(2026, 2, 28)
    assert rows[3]["back"] == dt.date(2023, 2, 28) and rows[3]["renewal"] == dt.date(2024, 3, 29)
    assert rows[2]["renewal"] == dt.date(2026, 1, 31)
    assert rows[4]["renewal"] is None
    # as of 2026-03-31: over 1 month is (2026-02-28, 2026-03-31]
    assert rows[2]["recent"] == 0  # all three on 2026-02-28 (even a second after midnight): the excluded lower day
    assert rows[1]["recent"] == 2 and rows[4]["recent"] == 2
    assert rows[5]["joined_lately"] is False and rows[7]["joined_lately"] is True
    assert rows[1]["ratio"] is None  # 2 / (2 - 2)
    assert rows[2]["ratio"] == pytest.approx(3.0)  # 3 / 1
    assert rows[5]["ratio"] == pytest.approx(-1.0)


def test_matches_and_text_functions(shop, engine):
    body = ('segment co = name matches "^[A-Z][a-z]+ Co$"\nsegment ltd = name matches "(?i)ltd"\n'
            'segment has_and = name contains "&"\nsegment starts = name starts with "A"\nsegment ends = name ends with "Co"\n')
    rows = run(shop, body, engine, "text")
    for key, name in zip(CUSTOMERS["customer_id"], CUSTOMERS["name"]):
        assert rows[key]["co"] is (name in ("Alice Co", "Eve Co", "Zed Co"))
        assert rows[key]["ltd"] is (name is not None and "ltd" in name.lower())
        assert rows[key]["has_and"] is (name is not None and "&" in name)
        assert rows[key]["starts"] is (name is not None and name.startswith("A"))
        assert rows[key]["ends"] is (name is not None and name.endswith("Co"))


def test_nan_and_infinity_are_missing_in_aggregations(shop, engine):
    rows = run(shop, "let total = sum(orders.amount)\nlet mean = avg(orders.amount)\nlet n = count(orders.amount)\n", engine, "nan")
    assert rows[3]["total"] == pytest.approx(2.0) and rows[3]["mean"] == pytest.approx(2.0) and rows[3]["n"] == 1
    assert rows[2]["n"] == 2 and rows[2]["mean"] == pytest.approx(2.0)


def test_enrichment_domains_match_the_same_way(tmp_path, engine):
    (tmp_path / "data").mkdir()
    CUSTOMERS.write_parquet(tmp_path / "data" / "customers.parquet")
    pl.DataFrame({"domain": ["example.com", "EXAMPLE.co.uk", "https://foo.org/", "nomatch.net"],
                  "industry": ["software", "retail", "finance", "food"]}).write_parquet(tmp_path / "data" / "firmo.parquet")
    (tmp_path / "e.seg").write_text('customers from "data/customers.parquet" key customer_id\n'
                                    'enrichment firmo from "data/firmo.parquet" on website\nas of 2026-01-01\n'
                                    'let industry = firmo.industry\n')
    frame = segdsl.load(tmp_path / "e.seg").evaluate(include_traits=True, engine=engine)
    got = dict(frame.select("customer_id", "industry").iter_rows())
    assert got == {1: "software", 2: "software", 3: "retail", 4: None, 5: "software", 6: None, 7: "finance", 8: "finance"}
