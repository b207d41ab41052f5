"""`segdsl load-example-db` against the real test server: the example tables land in the
database, and the examples read from there give exactly what they give from the files."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

from segdsl.datagen import generate
from tests.sources.conftest import APP_PASSWORD
from tests.sources.test_db_tables import cli

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def test_load_example_db_then_the_examples_read_from_postgres(pg, pg_env, tmp_path):
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES, examples, ignore=shutil.ignore_patterns("data", "models", "out"))
    generate(examples / "data", customers=400, seed=3)
    (examples / "segdsl.toml").write_text(pg.connection_toml("examples"))

    result = cli("load-example-db", "--connection", "examples", "--examples", str(examples))
    assert result.returncode == 0, result.stderr
    assert "loaded 400 rows into segdsl_examples.customers" in result.stderr
    assert APP_PASSWORD not in result.stdout + result.stderr
    orders = pl.read_parquet(examples / "data" / "orders.parquet")
    assert pg.sql("SELECT count(*) FROM segdsl_examples.orders").strip() == str(orders.height)

    files_out, db_out = tmp_path / "files.parquet", tmp_path / "db.parquet"
    assert cli("eval", str(examples / "rfm.seg"), "--out", str(files_out)).returncode == 0
    common = examples / "common.seg"
    text = common.read_text()
    text = text.replace('from "data/customers.parquet"', 'from examples "segdsl_examples.customers"')
    text = text.replace('from "data/orders.parquet"', 'from examples "segdsl_examples.orders"')
    assert 'from examples "segdsl_examples.orders"' in text
    common.write_text(text)
    result = cli("eval", str(examples / "rfm.seg"), "--out", str(db_out))
    assert result.returncode == 0, result.stderr
    assert_frame_equal(pl.read_parquet(db_out).sort("customer_id"), pl.read_parquet(files_out).sort("customer_id"))


def test_load_example_db_without_data_is_a_usage_error(tmp_path):
    result = cli("load-example-db", "--connection", "examples", "--examples", str(tmp_path))
    assert result.returncode == 2
    assert "no data files" in result.stderr
