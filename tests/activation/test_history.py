"""The membership history (SCD type 2) against an independent computation: a random sequence of
snapshots is recorded through `record_snapshot`, and the stored stays and sizes must equal those
derived by hand with Polars window functions from the same sequence — in the embedded DuckDB
store and in PostgreSQL."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdsl.activation.history import record_snapshot
from segdsl.diagnostics import DiagnosticError

KEYS = [f"k{i}" for i in range(6)]
SEGMENTS = ["a", "b", "lifecycle=x"]
START = dt.date(2025, 1, 31)

step = st.tuples(
    st.sampled_from([0, 1, 30, 31]),  # days after the previous snapshot (0: the same date again)
    st.sets(st.tuples(st.sampled_from(KEYS), st.sampled_from(SEGMENTS)), max_size=12),
    st.sets(st.sampled_from(SEGMENTS), min_size=1),
)
sequences = st.lists(step, min_size=1, max_size=7)


def dated(sequence) -> list[tuple[dt.date, set, set]]:
    day, found = START, []
    for gap, members, scope in sequence:
        day = day + dt.timedelta(days=gap)
        found.append((day, members, scope))
    return found


def expected(steps) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Stays and per-snapshot sizes, computed from the observations alone: for every segment a
    snapshot covers, who is in and who is not (a date recorded twice: the last recording)."""
    observations = pl.DataFrame(
        [(seg, day, key, (key, seg) in members, i) for i, (day, members, scope) in enumerate(steps)
         for seg in scope for key in KEYS],
        schema={"segment": pl.String, "as_of": pl.Date, "customer_key": pl.String, "member": pl.Boolean, "step": pl.Int64},
        orient="row",
    ).sort("step").unique(["segment", "as_of", "customer_key"], keep="last").sort("as_of")
    flagged = observations.with_columns(
        pl.col("member").shift(1).over(["customer_key", "segment"], order_by="as_of").fill_null(False).alias("before")
    ).with_columns(
        (pl.col("member") & ~pl.col("before")).alias("entered"),
        (~pl.col("member") & pl.col("before")).alias("exited"),
    )
    entries = flagged.filter("entered").select("customer_key", "segment", entered_at="as_of").with_columns(
        pl.int_range(pl.len()).over(["customer_key", "segment"], order_by="entered_at").alias("n"))
    exits = flagged.filter("exited").select("customer_key", "segment", exited_at="as_of").with_columns(
        pl.int_range(pl.len()).over(["customer_key", "segment"], order_by="exited_at").alias("n"))
    stays = entries.join(exits, on=["customer_key", "segment", "n"], how="left").drop("n")
    sizes = flagged.group_by("segment", "as_of").agg(
        pl.col("member").sum().alias("members"), pl.col("entered").sum().alias("entered"), pl.col("exited").sum().alias("exited"))
    return sorted_stays(stays), sorted_sizes(sizes)


def sorted_stays(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("customer_key", "segment", "entered_at", "exited_at").cast(
        {"entered_at": pl.Date, "exited_at": pl.Date}).sort("customer_key", "segment", "entered_at")


def sorted_sizes(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("segment", "as_of", "members", "entered", "exited").cast(
        {"as_of": pl.Date, "members": pl.Int64, "entered": pl.Int64, "exited": pl.Int64}).sort("segment", "as_of")


def stored(project: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    from segdsl.activation.config import project_settings
    from segdsl.activation.store import open_store

    with open_store(project_settings(project)) as store:
        stays = store.frame("SELECT customer_key, segment, entered_at, exited_at FROM segdsl_history")
        sizes = store.frame("SELECT segment, as_of, members, entered, exited FROM segdsl_snapshots")
    return sorted_stays(stays), sorted_sizes(sizes)


def record_all(project: Path, steps) -> None:
    for day, members, scope in steps:
        frame = pl.DataFrame(sorted(members), schema={"customer_key": pl.String, "segment": pl.String}, orient="row")
        record_snapshot(project, day, frame, segments=scope)


def check(project: Path, steps) -> None:
    record_all(project, steps)
    want_stays, want_sizes = expected(steps)
    got_stays, got_sizes = stored(project)
    assert got_stays.equals(want_stays), (got_stays, want_stays)
    assert got_sizes.equals(want_sizes), (got_sizes, want_sizes)
    day, members, scope = steps[-1]  # recording the last snapshot again writes nothing
    frame = pl.DataFrame(sorted(members), schema={"customer_key": pl.String, "segment": pl.String}, orient="row")
    assert record_snapshot(project, day, frame, segments=scope).rows_written == 0
    again_stays, again_sizes = stored(project)
    assert again_stays.equals(got_stays) and again_sizes.equals(got_sizes)


@settings(max_examples=60, deadline=None)
@given(sequences)
def test_embedded_history_matches_a_hand_computation(sequence):
    with tempfile.TemporaryDirectory() as folder:
        check(Path(folder), dated(sequence))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=sequences)
def test_postgres_history_matches_a_hand_computation(db, sequence):
    (db.project / "segdsl.toml").write_text(
        f'[connections.dest]\nurl = "{db.url}"\n\n[history]\nconnection = "dest"\n', encoding="utf-8")
    with db.session() as session:
        session.execute("DROP TABLE IF EXISTS segdsl_history, segdsl_snapshots, segdsl_destinations")
    check(db.project, dated(sequence))
    assert not (db.project / ".segdsl").exists()  # nothing went to the embedded store


def test_an_earlier_date_is_refused_and_changes_nothing(tmp_path):
    members = pl.DataFrame({"customer_key": ["1", "2"], "segment": ["a", "b"]})
    record_snapshot(tmp_path, dt.date(2026, 3, 1), members, segments=["a", "b"])
    before = stored(tmp_path)
    with pytest.raises(DiagnosticError) as caught:
        record_snapshot(tmp_path, dt.date(2026, 2, 1), members.head(1), segments=["a"])
    assert caught.value.diagnostics[0].code == "E341" and "a (2026-03-01)" in caught.value.diagnostics[0].message
    assert stored(tmp_path)[0].equals(before[0])
    # a segment never recorded may start at any date
    record_snapshot(tmp_path, dt.date(2026, 2, 1), pl.DataFrame({"customer_key": ["1"], "segment": ["c"]}), segments=["c"])


def test_default_scope_is_the_segments_present(tmp_path):
    record_snapshot(tmp_path, dt.date(2026, 1, 1), pl.DataFrame({"customer_key": ["1", "2"], "segment": ["a", "b"]}))
    summary = record_snapshot(tmp_path, dt.date(2026, 2, 1), pl.DataFrame({"customer_key": ["3"], "segment": ["a"]}))
    assert summary.segments == ("a",) and (summary.entered, summary.exited) == (1, 1)
    stays = stored(tmp_path)[0]
    assert stays.filter(pl.col("segment") == "b")["exited_at"].to_list() == [None]  # b was not covered


def test_segmentations_cover_labels_that_disappeared(tmp_path):
    record_snapshot(tmp_path, dt.date(2026, 1, 1),
                    pl.DataFrame({"customer_key": ["1", "2"], "segment": ["life=new", "life=old"]}), segmentations=["life"])
    summary = record_snapshot(tmp_path, dt.date(2026, 2, 1), pl.DataFrame({"customer_key": ["1"], "segment": ["life=old"]}),
                              segmentations=["life"])
    assert summary.segments == ("life=new", "life=old")
    stays = stored(tmp_path)[0]
    assert stays.rows() == [("1", "life=new", dt.date(2026, 1, 1), dt.date(2026, 2, 1)),
                            ("1", "life=old", dt.date(2026, 2, 1), None),
                            ("2", "life=old", dt.date(2026, 1, 1), dt.date(2026, 2, 1))]


def test_concurrent_snapshots_take_turns_on_the_embedded_store(tmp_path):
    import os
    import subprocess
    import sys

    script = ("import sys, datetime as dt, polars as pl\nfrom pathlib import Path\n"
              "from segdsl.activation.history import record_snapshot\n"
              "segment = sys.argv[1]\nkeys = [f'{segment}{i}' for i in range(20000)]\n"
              "record_snapshot(Path(sys.argv[2]), dt.date(2026, 1, 1), pl.DataFrame({'customer_key': keys, 'segment': [segment] * len(keys)}))\n")
    runs = [subprocess.Popen([sys.executable, "-c", script, name, str(tmp_path)], env=os.environ.copy(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("a", "b", "c")]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read().decode()
    _, sizes = stored(tmp_path)
    assert sizes.select("segment", "members").rows() == [("a", 20000), ("b", 20000), ("c", 20000)]
