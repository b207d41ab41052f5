"""Erasure (`segdsl forget KEY`) across every store and destination table, and retention (at each
snapshot and with `forget --expired`), checked by reading the stores directly."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import duckdb
import polars as pl
from typer.testing import CliRunner

from segdsl.activation.history import record_snapshot
from segdsl.activation.postgres_table import upsert_membership
from segdsl.cli import app
from tests.activation.test_history import KEYS, dated, expected, stored

runner = CliRunner()
VICTIM = "ERASE-ME-4711"


def memberships(keys: list[str], segment: str) -> pl.DataFrame:
    return pl.DataFrame({"customer_key": keys, "segment": [segment] * len(keys)})


def embedded_rows(project, key: str) -> int:
    with duckdb.connect(str(project / ".segdsl" / "history.duckdb"), read_only=True) as handle:
        return handle.execute("SELECT count(*) FROM segdsl_history WHERE customer_key = ?", [key]).fetchone()[0]


def test_forget_reaches_every_store_and_table(db):
    project = db.project
    others = ["c1", "c2", "c3"]
    record_snapshot(project, dt.date(2026, 1, 1), memberships([VICTIM, *others], "vip"))
    record_snapshot(project, dt.date(2026, 2, 1), memberships(["c1"], "vip"))  # the victim left: a closed stay
    record_snapshot(project, dt.date(2026, 3, 1), memberships([VICTIM], "vip"))  # and came back: a second stay
    frame = pl.DataFrame({"customer_id": [VICTIM, *others], "email": ["v@x.org", "1@x.org", "2@x.org", "3@x.org"]})
    upsert_membership(db.connection(), "members", frame, "customer_id")
    (project / "segdsl.toml").write_text(  # from now on the history is kept in PostgreSQL
        f'[connections.dest]\nurl = "{db.url}"\n\n[history]\nconnection = "dest"\n', encoding="utf-8")
    record_snapshot(project, dt.date(2026, 4, 1), memberships([VICTIM, "c2"], "vip"))
    assert embedded_rows(project, VICTIM) == 2 and embedded_rows(project, "c1") == 1

    result = subprocess.run([sys.executable, "-m", "segdsl", "forget", VICTIM, "--yes", "--project", str(project)],
                            capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "erased 1 customers:"
    assert any("embedded store" in line and "segdsl_history: 2 rows removed (file rewritten)" in line for line in lines)
    assert any("PostgreSQL store of connection `dest`" in line and "segdsl_history: 1 rows removed" in line for line in lines)
    assert any("table public.members: 1 rows removed" in line for line in lines)

    assert embedded_rows(project, VICTIM) == 0 and embedded_rows(project, "c1") == 1
    assert VICTIM.encode() not in (project / ".segdsl" / "history.duckdb").read_bytes()  # gone from the disk too
    with db.session() as session:
        assert session.execute("SELECT count(*) FROM segdsl_history WHERE customer_key = %s", (VICTIM,)).fetchone()[0] == 0
        assert session.execute("SELECT count(*) FROM segdsl_history").fetchone()[0] == 1  # c2's stay is kept
    assert db.rows("members")["customer_id"].to_list() == others

    again = runner.invoke(app, ["forget", VICTIM, "--yes", "--project", str(project)])
    assert again.exit_code == 0 and "0 rows removed" in again.stdout


def test_forget_reports_a_table_it_cannot_reach(db):
    upsert_membership(db.connection(), "members", pl.DataFrame({"customer_id": ["a", "b"]}), "customer_id")
    (db.project / "segdsl.toml").write_text('[connections.dest]\nurl = "postgresql://postgres@127.0.0.1:1/none"\nconnect_timeout = 1\n',
                                            encoding="utf-8")
    result = runner.invoke(app, ["forget", "a", "--yes", "--project", str(db.project)])
    assert result.exit_code == 1 and "E346" in result.output and "customers not removed" in result.output


def test_forget_needs_confirmation_when_not_interactive(tmp_path):
    result = runner.invoke(app, ["forget", "a", "--project", str(tmp_path)])
    assert result.exit_code == 2 and "--yes" in result.output


def _steps():
    """Stays ending on many different dates: k0..k5 in and out of `a` month after month."""
    sequence = [(0 if i == 0 else 31, {(KEYS[j], "a") for j in range(6) if (i + j) % 3}, {"a"}) for i in range(8)]
    return dated(sequence)


def test_retention_at_each_snapshot(tmp_path):
    (tmp_path / "segdsl.toml").write_text("[history]\nretention_months = 2\n", encoding="utf-8")
    steps = _steps()
    expired = 0
    for day, members, scope in steps:
        summary = record_snapshot(tmp_path, day, pl.DataFrame(sorted(members), schema=["customer_key", "segment"], orient="row"),
                                  segments=scope)
        expired += summary.expired
    last = steps[-1][0]
    cutoff = dt.date(last.year, last.month - 2, last.day) if last.month > 2 else None
    assert cutoff is not None
    stays, _ = expected(steps)
    kept = stays.filter(pl.col("exited_at").is_null() | (pl.col("exited_at") >= cutoff))
    assert stored(tmp_path)[0].equals(kept)
    assert expired == stays.height - kept.height > 0


def test_forget_expired_applies_retention_now(tmp_path):
    steps = _steps()
    for day, members, scope in steps:
        record_snapshot(tmp_path, day, pl.DataFrame(sorted(members), schema=["customer_key", "segment"], orient="row"),
                        segments=scope)
    refused = runner.invoke(app, ["forget", "--expired", "--project", str(tmp_path)])
    assert refused.exit_code == 1 and "E340" in refused.output  # no retention configured
    (tmp_path / "segdsl.toml").write_text("[history]\nretention_months = 3\n", encoding="utf-8")
    stays, _ = expected(steps)
    cutoff = dt.date(2025, 6, 15)  # 3 months before --as-of
    kept = stays.filter(pl.col("exited_at").is_null() | (pl.col("exited_at") >= cutoff))
    result = runner.invoke(app, ["forget", "--expired", "--as-of", "2025-09-15", "--project", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"segdsl_history: {stays.height - kept.height} rows removed" in result.stdout
    assert stored(tmp_path)[0].equals(kept)
