"""`segdsl snapshot` and `segdsl history` as a user runs them, against memberships computed by
hand from the test tables."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
from typer.testing import CliRunner

from segdsl.cli import app
from tests.conftest import small_customers, small_orders, write_seg

runner = CliRunner()
BODY = ('segment recent = count(orders) over 30 days > 0\nsegment fr = country == "FR"\n'
        'segmentation plan_label { pro when plan == "pro"; other otherwise }\n')
DATES = [dt.date(2026, 10, 1), dt.date(2026, 11, 1)]


def recent(as_of: dt.date) -> set[int]:
    orders = small_orders().filter((pl.col("order_date") <= as_of) & (pl.col("order_date") > as_of - dt.timedelta(days=30)))
    return set(orders["customer_id"].to_list())


def test_snapshot_then_history(shop, monkeypatch):
    path = write_seg(shop, BODY)
    for day in DATES:
        result = runner.invoke(app, ["snapshot", str(path), "--as-of", day.isoformat()])
        assert result.exit_code == 0, result.output
    again = runner.invoke(app, ["snapshot", str(path), "--as-of", DATES[-1].isoformat()])
    assert "0 history rows written" in again.output
    monkeypatch.chdir(shop)
    document = json.loads(runner.invoke(app, ["history", "recent", "--format", "json"]).stdout)
    first, second = recent(DATES[0]), recent(DATES[1])
    assert document["snapshots"] == [
        {"as_of": DATES[0].isoformat(), "segment": "recent", "members": len(first), "entered": len(first), "exited": 0},
        {"as_of": DATES[1].isoformat(), "segment": "recent", "members": len(second),
         "entered": len(second - first), "exited": len(first - second)},
    ]
    pro = small_customers().filter(pl.col("plan") == "pro").height
    labels = json.loads(runner.invoke(app, ["history", "plan_label", "--format", "json"]).stdout)["snapshots"]
    assert [(r["segment"], r["members"]) for r in labels if r["as_of"] == DATES[1].isoformat()] == [
        ("plan_label=other", 6 - pro), ("plan_label=pro", pro)]
    mover = sorted(first - second)[0]
    moves = json.loads(runner.invoke(app, ["history", "recent", "--customer", str(mover), "--format", "json"]).stdout)
    assert moves["customer"]["moves"] == [{"segment": "recent", "entered_at": DATES[0].isoformat(), "exited_at": DATES[1].isoformat()}]
    text = runner.invoke(app, ["history", "recent"]).stdout
    assert "recent: sizes over time" in text and DATES[1].isoformat() in text


def test_snapshot_out_of_order_exits_1_without_traceback(shop):
    path = write_seg(shop, BODY)
    assert runner.invoke(app, ["snapshot", str(path), "--as-of", "2026-11-01"]).exit_code == 0
    result = runner.invoke(app, ["snapshot", str(path), "--as-of", "2026-10-01"])
    assert result.exit_code == 1 and "E341" in result.output and "Traceback" not in result.output


def test_history_of_a_project_without_snapshots(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["history", "anything"])
    assert result.exit_code == 0 and "nothing recorded" in result.stdout
    assert not (tmp_path / ".segdsl").exists()


def test_bad_history_settings_are_a_diagnostic(shop):
    (shop / "segdsl.toml").write_text("[history]\nretention_months = 0\n", encoding="utf-8")
    result = runner.invoke(app, ["snapshot", str(write_seg(shop, BODY)), "--as-of", "2026-11-01"])
    assert result.exit_code == 1 and "E340" in result.output and "retention_months" in result.output


def test_snapshot_without_duckdb_names_the_extra(shop):
    import subprocess
    import sys

    path = write_seg(shop, BODY)
    wrapper = ("import sys\nsys.modules['duckdb'] = None\nsys.argv = ['segdsl'] + sys.argv[1:]\n"
               "from segdsl.cli import main\nmain()\n")
    result = subprocess.run([sys.executable, "-c", wrapper, "snapshot", str(path)], capture_output=True, text=True)
    assert result.returncode == 2 and "E901" in result.stderr and 'segdsl[duckdb]' in result.stderr
    assert not (shop / ".segdsl" / "history.duckdb").exists()
