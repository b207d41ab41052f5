"""`segdsl export` to a PostgreSQL table, end to end through the CLI: the declared connection,
consent, the upsert (a re-run writes nothing), the audience's history (`export:NAME`) and
`segdsl forget` reaching both. Expected rows are computed by hand in Polars."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import duckdb
import polars as pl

from segdsl.datagen import generate
from tests.activation.conftest import PASSWORD

AS_OF = dt.date(2026, 11, 1)
DEFINITION = '''customers from "data/customers.parquet" key customer_id personal (email, first_name, phone)
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
let orders_365d = count(orders) over 365 days
segment buyers = orders_365d >= 2
export crm_table { members buyers  to postgres connection "dest" table "public.crm_buyers"  columns (email, country)  consent email_optin }
'''


def segdsl(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "segdsl", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "DEST_PASSWORD": PASSWORD}, timeout=300)


def expected_rows(folder, as_of: dt.date) -> pl.DataFrame:
    """Buyers with e-mail consent, by hand: two or more orders in (as of - 365 days, as of]."""
    orders = pl.read_parquet(folder / "data/orders.parquet").filter(
        (pl.col("order_date") > as_of - dt.timedelta(days=365)) & (pl.col("order_date") <= as_of))
    buyers = orders.group_by("customer_id").len().filter(pl.col("len") >= 2).select("customer_id")
    customers = pl.read_parquet(folder / "data/customers.parquet")
    chosen = customers.join(buyers, on="customer_id").filter(pl.col("email_optin").fill_null(False))
    return chosen.select("customer_id", "email", "country").sort("customer_id")


def history(folder, name: str) -> pl.DataFrame:
    with duckdb.connect(str(folder / ".segdsl" / "history.duckdb"), read_only=True) as handle:
        rows = handle.execute("SELECT customer_key, entered_at, exited_at FROM segdsl_history WHERE segment = ?"
                              " ORDER BY customer_key", [name]).fetchall()
    return pl.DataFrame(rows, schema=["customer_key", "entered_at", "exited_at"], orient="row")


def test_export_to_postgres_records_history_and_forget_erases_both(db):
    folder = db.project
    generate(folder / "data", customers=600, seed=11)
    (folder / "shop.seg").write_text(DEFINITION, encoding="utf-8")
    (folder / "segdsl.toml").write_text(f'[connections.dest]\nurl = "{db.url}"\npassword_env = "DEST_PASSWORD"\n', encoding="utf-8")

    first = segdsl("export", "shop.seg", cwd=folder)
    assert first.returncode == 0, first.stderr
    want = expected_rows(folder, AS_OF)
    got = db.rows("public.crm_buyers").select("customer_id", "email", "country").sort("customer_id")
    assert got.height > 0 and got.to_dicts() == want.to_dicts()
    recorded = history(folder, "export:crm_table")
    assert sorted(int(k) for k in recorded["customer_key"]) == want["customer_id"].to_list()
    assert set(recorded["entered_at"].to_list()) == {AS_OF} and recorded["exited_at"].null_count() == recorded.height

    again = segdsl("export", "shop.seg", cwd=folder)  # same date, same data: nothing changes anywhere
    assert again.returncode == 0, again.stderr
    assert db.rows("public.crm_buyers").select("customer_id", "email", "country").sort("customer_id").to_dicts() == want.to_dicts()
    assert history(folder, "export:crm_table").height == recorded.height

    victim = str(want["customer_id"][0])
    erased = segdsl("forget", victim, "--yes", "--project", str(folder), cwd=folder)
    assert erased.returncode == 0, erased.stderr
    assert "table public.crm_buyers: 1 rows removed" in erased.stdout
    assert victim not in history(folder, "export:crm_table")["customer_key"].to_list()
    assert int(victim) not in db.rows("public.crm_buyers")["customer_id"].to_list()
    assert PASSWORD not in first.stdout + first.stderr + again.stdout + again.stderr + erased.stdout + erased.stderr
