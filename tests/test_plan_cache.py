"""The cache of checked plans (segdsl.plan_cache): a plan survives the JSON round trip exactly,
any change to what made it means a fresh check with the diagnostics a run without the cache
gives, and an entry cannot make the loader build anything but the plan's own classes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl import plan_cache
from segdsl.api import check_file
from segdsl.cli import app
from tests.conftest import small_customers, small_orders, write_seg
from tests.robustness.helpers import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
IMPORTED = 'let spend = sum(orders.amount) over 365 days\n'
MAIN = 'import "traits.seg"\nsegment big = spend > 60\nsegment fr = country == "FR"\n'


@pytest.fixture(autouse=True)
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.seg")), ids=lambda p: p.name)
def test_every_example_plan_survives_the_round_trip_exactly(example):
    plan = check_file(example, lints=False).plan
    assert plan is not None
    decoded = plan_cache._decode(json.loads(json.dumps(plan_cache._encode(plan))))
    assert decoded == plan
    assert repr(decoded) == repr(plan)  # also 1 vs 1.0 vs True, which == does not tell apart


def evaluate(path: Path, *options: str) -> tuple[int, pl.DataFrame | None]:
    out = path.parent / "out.parquet"
    out.unlink(missing_ok=True)
    code = cli("eval", str(path), "--out", str(out), *options)
    return code, (pl.read_parquet(out).sort("customer_id") if out.exists() else None)


def expected(threshold: float) -> pl.DataFrame:
    """Hand-written: spend over the 365 days up to 2026-11-01, customers without orders at 0."""
    orders = small_orders().filter(pl.col("order_date").is_between(pl.date(2025, 11, 2), pl.date(2026, 11, 1)))
    spend = orders.group_by("customer_id").agg(pl.col("amount").sum().alias("spend"))
    frame = small_customers().join(spend, on="customer_id", how="left").with_columns(pl.col("spend").fill_null(0))
    return frame.select("customer_id", (pl.col("spend") > threshold).alias("big"),
                        (pl.col("country") == "FR").fill_null(False).alias("fr")).sort("customer_id")


def project(shop: Path) -> Path:
    (shop / "traits.seg").write_text(IMPORTED, encoding="utf-8")
    return write_seg(shop, MAIN)


def entries(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "segdsl" / "plans").glob("*.json"))


def test_a_second_run_uses_the_entry_and_gives_the_same_rows(shop, cache_home):
    path = project(shop)
    code, frame = evaluate(path)
    assert code == 0 and frame.equals(expected(60))
    [entry] = entries(cache_home)
    written = entry.stat().st_mtime_ns
    code, frame = evaluate(path)
    assert code == 0 and frame.equals(expected(60))
    assert entry.stat().st_mtime_ns == written  # read, not rewritten
    assert plan_cache.cached_definition(path) is not None


def test_editing_an_import_means_a_fresh_check(shop, cache_home):
    path = project(shop)
    evaluate(path)
    (shop / "traits.seg").write_text('let spend = sum(orders.amount) over 30 days\n', encoding="utf-8")
    assert plan_cache.cached_definition(path) is None
    code, frame = evaluate(path)
    orders = small_orders().filter(pl.col("order_date").is_between(pl.date(2026, 10, 3), pl.date(2026, 11, 1)))
    spend = orders.group_by("customer_id").agg(pl.col("amount").sum().alias("spend"))
    big = small_customers().join(spend, on="customer_id", how="left").select(
        "customer_id", (pl.col("spend").fill_null(0) > 60).alias("big")).sort("customer_id")
    assert code == 0 and frame.select("customer_id", "big").equals(big)


def test_an_import_that_breaks_gives_the_diagnostics_of_a_run_without_the_cache(shop, cache_home):
    path = project(shop)
    evaluate(path)
    (shop / "traits.seg").write_text('let spend = sum(orders.amont) over 365 days\n', encoding="utf-8")
    cached, fresh = CliRunner().invoke(app, ["eval", str(path)]), CliRunner().invoke(app, ["eval", str(path), "--no-cache"])
    assert cached.exit_code == fresh.exit_code == 1
    assert cached.stderr == fresh.stderr and "amont" in cached.stderr


def test_a_data_file_whose_schema_changed_means_a_fresh_check(shop, cache_home):
    path = project(shop)
    evaluate(path)
    small_customers().with_columns(pl.col("country").cast(pl.Categorical).to_physical().alias("country")) \
        .write_parquet(shop / "data" / "customers.parquet")  # country is now a number
    assert plan_cache.cached_definition(path) is None
    cached, fresh = CliRunner().invoke(app, ["eval", str(path)]), CliRunner().invoke(app, ["eval", str(path), "--no-cache"])
    assert cached.exit_code == fresh.exit_code == 1
    assert cached.stderr == fresh.stderr and "E201" in cached.stderr


def test_a_schema_file_appearing_beside_the_definition_means_a_fresh_check(shop, cache_home):
    """`segdsl.schema.json` marks columns personal even when the data file exists."""
    path = project(shop)
    evaluate(path)
    (shop / "segdsl.schema.json").write_text(json.dumps({"segdsl_schema": 1, "tables": [
        {"source": "customers.parquet", "columns": [{"name": "country", "type": "string", "personal": True}]}]}))
    assert plan_cache.cached_definition(path) is None
    fresh = check_file(path, lints=False).plan
    code, _ = evaluate(path)
    assert code == 0 and plan_cache.cached_definition(path).ir == fresh
    assert "country" in fresh.customers.personal


def test_a_moved_definition_or_another_working_folder_has_its_own_entry(shop, cache_home, monkeypatch):
    path = project(shop)
    evaluate(path)
    monkeypatch.chdir(shop)
    assert plan_cache.cached_definition(Path("test.seg")) is None  # same file, other spelling
    assert evaluate(Path("test.seg"))[0] == 0
    assert len(entries(cache_home)) == 2


def test_errors_and_warnings_are_never_cached(shop, cache_home):
    path = write_seg(shop, 'segment x = plan == 3\n')
    assert evaluate(path)[0] == 1
    assert entries(cache_home) == []


def test_no_cache_neither_reads_nor_writes(shop, cache_home):
    path = project(shop)
    code, frame = evaluate(path, "--no-cache")
    assert code == 0 and frame.equals(expected(60)) and entries(cache_home) == []


@pytest.mark.parametrize("forged", [
    ["ir", "Plan", [["customers", ["ir", "os.system", []]]]],   # a class outside the allow-list
    ["ir", "__class__", []],
    ["call", "os.system", "echo hacked"],
    ["ir", "Literal", [["type", ["Type", "number"]], ["value", 1], ["extra", 2]]],
    "not a plan",
])
def test_a_forged_entry_builds_nothing_and_means_a_fresh_check(shop, cache_home, forged):
    path = project(shop)
    evaluate(path)
    [entry] = entries(cache_home)
    document = json.loads(entry.read_text())
    document["plan"] = forged
    entry.write_text(json.dumps(document))
    assert plan_cache.cached_definition(path) is None
    code, frame = evaluate(path)
    assert code == 0 and frame.equals(expected(60))
    assert plan_cache.cached_definition(path) is not None  # rewritten by the fresh check


def test_an_unreadable_or_broken_entry_only_costs_a_check(shop, cache_home):
    path = project(shop)
    evaluate(path)
    [entry] = entries(cache_home)
    entry.write_text("{not json")
    code, frame = evaluate(path)
    assert code == 0 and frame.equals(expected(60))
    shutil.rmtree(cache_home)
    cache_home.mkdir()
    (cache_home / "segdsl").write_text("a file where the folder should be")
    code, frame = evaluate(path)
    assert code == 0 and frame.equals(expected(60))


def test_a_changed_segdsl_module_means_a_fresh_check(shop, cache_home):
    path = project(shop)
    evaluate(path)
    [entry] = entries(cache_home)
    document = json.loads(entry.read_text())
    names = [name for name, _ in document["code"]]
    assert any(name.endswith(os.path.join("segdsl", "check", "definitions.py")) for name in names)
    document["code"][0][1] = [0, 0, 0, 0]  # as if a module had been edited since
    entry.write_text(json.dumps(document))
    assert plan_cache.cached_definition(path) is None
