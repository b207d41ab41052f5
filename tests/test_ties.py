"""Order-dependent aggregations follow the tie-break of the README whatever the file order and the
number of threads: shuffled copies of the same events (hypothesis) and POLARS_MAX_THREADS 1, 2
and 8 (subprocesses) give identical results, equal to the rule computed in plain Python."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segdsl

AS_OF = dt.date(2026, 11, 1)
DAYS = [dt.date(2026, 10, 1), dt.date(2026, 10, 2), dt.date(2026, 11, 1), dt.date(2026, 11, 2)]  # the last is after as of
DEFINITION = '''customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
keep let first_amount   = first(orders.amount)
keep let last_amount    = last(orders.amount)
keep let first_category = first(orders.category)
keep let last_category  = last(orders.category where amount is present)
keep let usual_category = most_frequent(orders.category)
keep let usual_amount   = most_frequent(orders.amount)
keep let spend          = sum(orders.amount)
keep let kinds          = count_distinct(orders.category)
keep let first_day      = first(orders.order_date)
keep let r              = quintile(spend)
segmentation value by share of spend { high top 50% mid next 30% low rest }
segment held = holdout 50% of buyers seed 3
segment buyers = count(orders) > 0
'''
EVENT = st.tuples(
    st.integers(1, 6),
    st.sampled_from(DAYS),
    st.one_of(st.none(), st.sampled_from([1.0, 2.5, 2.5, 10.0])),
    st.one_of(st.none(), st.sampled_from(["a", "b", "c"])),
)


# ---- the rule, written independently ------------------------------------------------------------


def reference(events: list[tuple], customers: list[int]) -> dict[int, dict[str, object]]:
    counted = [e for e in events if e[1] is not None and e[1] <= AS_OF]
    result = {}
    for cid in customers:
        mine = [e for e in counted if e[0] == cid]
        result[cid] = {
            "first_amount": _pick(mine, 2, earliest=True),
            "last_amount": _pick(mine, 2, earliest=False),
            "first_category": _pick(mine, 3, earliest=True),
            "last_category": _pick([e for e in mine if e[2] is not None], 3, earliest=False),
            "usual_category": _most_frequent([e[3] for e in mine]),
            "usual_amount": _most_frequent([e[2] for e in mine]),
            "kinds": len({e[3] for e in mine if e[3] is not None}),
            "first_day": min((e[1] for e in mine), default=None),
        }
    return result


def _pick(events: list[tuple], field: int, earliest: bool) -> object:
    """The value on the earliest (latest) event; ties: smallest (largest) value, missing only if all miss it."""
    if not events:
        return None
    moment = (min if earliest else max)(e[1] for e in events)
    values = [e[field] for e in events if e[1] == moment and e[field] is not None]
    return (min if earliest else max)(values) if values else None


def _most_frequent(values: list[object]) -> object:
    present = [v for v in values if v is not None]
    if not present:
        return None
    top = max(present.count(v) for v in present)
    return min(v for v in present if present.count(v) == top)


# ---- helpers ------------------------------------------------------------------------------------


def write_shop(folder: Path, events: list[tuple], customers: list[int]) -> Path:
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    pl.DataFrame({"customer_id": customers}, schema={"customer_id": pl.Int64}).write_parquet(data / "customers.parquet")
    pl.DataFrame(events, schema={"customer_id": pl.Int64, "order_date": pl.Date, "amount": pl.Float64,
                                 "category": pl.String}, orient="row").write_parquet(data / "orders.parquet")
    path = folder / "ties.seg"
    path.write_text(DEFINITION, encoding="utf-8")
    return path


def evaluated(path: Path) -> pl.DataFrame:
    return segdsl.load(path).evaluate(include_traits=True).sort("customer_id")


def check_against_reference(frame: pl.DataFrame, events: list[tuple], customers: list[int]) -> None:
    expected = reference(events, customers)
    for row in frame.iter_rows(named=True):
        for name, value in expected[row["customer_id"]].items():
            assert row[name] == value, (row["customer_id"], name, row[name], value)


# ---- shuffled rows ------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(EVENT, min_size=1, max_size=40), seeds=st.lists(st.integers(0, 2**32 - 1), min_size=2, max_size=3))
def test_shuffled_copies_give_the_same_answer_and_follow_the_rule(tmp_path_factory, events, seeds):
    customers = list(range(1, 7))
    frames = []
    for seed in seeds:
        rng = random.Random(seed)
        shuffled_events, shuffled_customers = events[:], customers[:]
        rng.shuffle(shuffled_events)
        rng.shuffle(shuffled_customers)
        frames.append(evaluated(write_shop(tmp_path_factory.mktemp("shuffle"), shuffled_events, shuffled_customers)))
    for frame in frames[1:]:
        assert frame.equals(frames[0])
    check_against_reference(frames[0], events, customers)


# ---- threads ------------------------------------------------------------------------------------


def big_ties(seed: int = 5, customers: int = 2_000, events: int = 60_000) -> list[tuple]:
    """Many customers, few distinct days and values: most first/last/most_frequent are ties."""
    rng = random.Random(seed)
    amounts = [None, 1.0, 2.5, 10.0, 99.5]
    return [(rng.randint(1, customers), rng.choice(DAYS), rng.choice(amounts), rng.choice([None, "a", "b", "c", "d"]))
            for _ in range(events)]


_CHILD = """
import sys, segdsl
frame = segdsl.load(sys.argv[1]).evaluate(include_traits=True).sort("customer_id")
frame.write_ndjson(sys.argv[2])
"""


def test_one_two_and_eight_threads_and_reversed_files_agree_with_the_rule(tmp_path):
    events = big_ties()
    customers = list(range(1, 2_001))
    orders = {"as written": (events, customers), "reversed": (events[::-1], customers[::-1])}
    outputs = []
    for label, (rows, keys) in orders.items():
        path = write_shop(tmp_path / label.replace(" ", "_"), rows, keys)
        for threads in (1, 2, 8):
            out = tmp_path / f"{label.replace(' ', '_')}_{threads}.ndjson"
            env = os.environ | {"POLARS_MAX_THREADS": str(threads)}
            subprocess.run([sys.executable, "-c", _CHILD, str(path), str(out)], env=env, check=True, timeout=300)
            outputs.append((label, threads, out.read_text()))
    first = outputs[0][2]
    for label, threads, text in outputs[1:]:
        assert text == first, f"{label} with {threads} threads differs"
    frame = pl.DataFrame([json.loads(line) for line in first.splitlines()])
    frame = frame.with_columns(pl.col("first_day").str.to_date())
    check_against_reference(frame, events, customers)


def test_preview_samples_the_smallest_keys_whatever_the_file_order(tmp_path):
    from typer.testing import CliRunner

    from segdsl.cli import app

    events = [(cid, DAYS[0], 1.0, "a") for cid in range(1, 7)]
    outputs = []
    for label, customers in (("forward", list(range(1, 7))), ("backward", list(range(6, 0, -1)))):
        path = write_shop(tmp_path / label, events[::-1] if label == "backward" else events, customers)
        result = CliRunner().invoke(app, ["preview", str(path), "--segment", "buyers", "--limit", "2"],
                                    env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout[result.stdout.index("Sample of buyers"):])
    assert outputs[0] == outputs[1]
    rows = [line.split("│")[1].strip() for line in outputs[0].splitlines() if line.count("│") > 2]
    assert rows == ["1", "2"]
