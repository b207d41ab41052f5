"""The PostgreSQL history store's own paths: re-recording a date undoes that date's entries and
exits, the first load into an empty table builds the key index after the rows (and a second
load into an emptied table does it again), and concurrent snapshots take turns on the advisory
lock, including their bulk loads. Expectations are written out by hand."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import polars as pl

from segdsl.activation.erasure import forget
from segdsl.activation.history import record_snapshot
from tests.activation.test_history import sorted_stays, stored

D1, D2 = dt.date(2026, 1, 1), dt.date(2026, 2, 1)


def pg_project(db):
    (db.project / "segdsl.toml").write_text(
        f'[connections.dest]\nurl = "{db.url}"\n\n[history]\nconnection = "dest"\n', encoding="utf-8")
    return db.project


def members(*keys: str, segment: str = "a") -> pl.DataFrame:
    return pl.DataFrame({"customer_key": list(keys), "segment": [segment] * len(keys)})


def stays(*rows: tuple) -> pl.DataFrame:
    return sorted_stays(pl.DataFrame(list(rows), schema=["customer_key", "segment", "entered_at", "exited_at"], orient="row"))


def history_indexes(db) -> list[str]:
    with db.session() as session:
        return [r[0] for r in session.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'segdsl_history' ORDER BY indexname").fetchall()]


def test_rerecording_a_date_undoes_its_entries_and_exits(db):
    project = pg_project(db)
    assert record_snapshot(project, D1, members("1", "2", "3"), segments=["a"]).rows_written == 3
    step = record_snapshot(project, D2, members("2", "4"), segments=["a"])
    assert (step.rows_written, step.entered, step.exited) == (3, 1, 2)
    # D2 again: 1 is back (its exit on D2 is undone), 4 never came (its stay is removed), 3 stays out
    again = record_snapshot(project, D2, members("1", "2"), segments=["a"])
    assert (again.rows_written, again.members, again.entered, again.exited) == (2, 2, 0, 1)
    got, sizes = stored(project)
    assert got.equals(stays(("1", "a", D1, None), ("2", "a", D1, None), ("3", "a", D1, D2)))
    assert sizes.filter(pl.col("as_of") == D2).select("members", "entered", "exited").row(0) == (2, 0, 1)
    assert record_snapshot(project, D2, members("1", "2"), segments=["a"]).rows_written == 0


def test_the_key_index_is_built_after_a_first_load_and_again_after_an_emptying(db):
    project = pg_project(db)
    keys = [str(k) for k in range(5000)]
    record_snapshot(project, D1, members(*keys), segments=["a"])
    index = ["CREATE INDEX segdsl_history_key ON public.segdsl_history USING btree (customer_key, segment)"]
    assert history_indexes(db) == index
    assert forget(project, keys).rows >= len(keys)  # the history table is empty again
    assert stored(project)[0].height == 0
    assert record_snapshot(project, D2, members("7", "8"), segments=["a"]).rows_written == 2
    assert history_indexes(db) == index
    assert stored(project)[0].equals(stays(("7", "a", D2, None), ("8", "a", D2, None)))


def test_concurrent_snapshots_take_turns_on_the_postgres_store(db):
    project = pg_project(db)
    script = ("import sys, datetime as dt, polars as pl\nfrom pathlib import Path\n"
              "from segdsl.activation.history import record_snapshot\n"
              "segment = sys.argv[1]\nkeys = [f'{segment}{i}' for i in range(20000)]\n"
              "record_snapshot(Path(sys.argv[2]), dt.date(2026, 1, 1), pl.DataFrame({'customer_key': keys, 'segment': [segment] * len(keys)}))\n")
    runs = [subprocess.Popen([sys.executable, "-c", script, name, str(project)], env=os.environ.copy(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("a", "b", "c")]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read().decode()
    got, sizes = stored(project)
    assert sizes.select("segment", "members", "entered").rows() == [("a", 20000, 20000), ("b", 20000, 20000), ("c", 20000, 20000)]
    assert got.group_by("segment").len().sort("segment").rows() == [("a", 20000), ("b", 20000), ("c", 20000)]
    assert got.filter(pl.col("exited_at").is_not_null()).height == 0
    assert len(history_indexes(db)) == 1
