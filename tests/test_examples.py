"""The bundled examples on generated data: they evaluate, segments are neither empty nor
everyone, and key results match independent computations."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest

import segdsl
from segdsl.datagen import DOMAINS, generate
from segdsl.schema import read_table_schema, with_observed_categories

EXAMPLES = Path(__file__).parent.parent / "examples"
AS_OF = dt.date(2026, 11, 1)
INDUSTRIES = ["software", "consulting", "manufacturing", "finance", "retail", "healthcare",
              "software", "logistics", "food", "finance", "education", "retail"]
EMPLOYEES = [300, 220, 120, 90, None, 1200, 12, 60, 45, 800, 150, 70]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    for seg in EXAMPLES.glob("*.seg"):
        shutil.copy(seg, folder / seg.name)
    generate(folder / "data", customers=3000, seed=7)
    pl.DataFrame({
        "domain": DOMAINS, "industry": INDUSTRIES, "employee_count": pl.Series(EMPLOYEES, dtype=pl.Int64),
        "country_code": ["US", "FR", "DE", "GB", "US", "DE", "GB", "FR", "GB", "US", "US", "SE"],
        "founded_year": pl.Series([1998, 2004, 1987, 2012, 1975, 2001, 2019, 1990, 2015, 2011, 2008, 1999], dtype=pl.Int32),
    }).write_parquet(folder / "data" / "firmographics.parquet")
    return folder


@pytest.mark.parametrize("name", ["rfm", "lifecycle", "b2b"])
def test_every_segment_is_neither_empty_nor_everyone(workspace, name):
    definition = segdsl.load(workspace / f"{name}.seg")
    frame = definition.evaluate()
    customers = pl.read_parquet(workspace / "data" / "customers.parquet")
    existing = customers.filter(pl.col("signup_date").is_null() | (pl.col("signup_date") <= AS_OF))
    assert 0 < frame.height == existing.height < 3000  # `since signup_date`: later sign-ups do not exist yet
    for segment in definition.segments:
        members = frame[segment].sum()
        assert 0 < members < frame.height, f"{name}.seg: segment {segment} has {members} members"
    for segmentation in definition.segmentations:
        assert frame[segmentation].n_unique() >= 3, f"{name}.seg: {segmentation} is trivial"


def test_rfm_groups_are_all_present(workspace):
    frame = segdsl.load(workspace / "rfm.seg").evaluate()
    groups = set(frame["rfm_group"].unique())
    assert groups == {"prospects", "champions", "cant_lose_them", "loyal", "at_risk", "potential_loyalists",
                      "new_customers", "promising", "need_attention", "about_to_sleep", "hibernating", "lost"}


def test_rfm_scores_match_an_independent_computation(workspace):
    frame = segdsl.load(workspace / "rfm.seg").evaluate(include_traits=True).sort("customer_id")
    orders = pl.read_parquet(workspace / "data" / "orders.parquet").filter(pl.col("order_date") <= AS_OF)
    per_customer = orders.group_by("customer_id").agg(
        last=pl.col("order_date").max(),
        n=pl.len(),
        spend=pl.col("amount").filter(pl.col("order_date") > AS_OF - dt.timedelta(days=365)).sum(),
    )
    customers = pl.read_parquet(workspace / "data" / "customers.parquet").filter(
        pl.col("signup_date").is_null() | (pl.col("signup_date") <= AS_OF)).select("customer_id")
    expected = customers.join(per_customer, on="customer_id", how="left").sort("customer_id")
    recency = [(AS_OF - d).days if d is not None else None for d in expected["last"]]
    assert frame["recency"].to_list() == recency
    assert frame["frequency"].to_list() == expected["n"].fill_null(0).to_list()
    assert frame["monetary"].to_list() == pytest.approx(expected["spend"].fill_null(0.0).to_list())
    present = sorted(r for r in recency if r is not None)
    import bisect
    r_scores = [None if r is None else (len(present) - bisect.bisect_right(present, r)) * 5 // len(present) + 1 for r in recency]
    assert frame["r"].to_list() == r_scores


def test_b2b_joins_firmographics_on_normalised_domains(workspace):
    frame = segdsl.load(workspace / "b2b.seg").evaluate(include_traits=True).sort("customer_id")
    from segdsl.domains import normalise_domain

    customers = pl.read_parquet(workspace / "data" / "customers.parquet").sort("customer_id").filter(
        pl.col("signup_date").is_null() | (pl.col("signup_date") <= AS_OF))
    facts = dict(zip(DOMAINS, zip(INDUSTRIES, EMPLOYEES)))
    expected = []
    for raw in customers["domain"]:
        industry, employees = facts.get(normalise_domain(raw), (None, None))
        expected.append(employees is not None and employees > 250 and industry in ("software", "finance"))
    assert frame["big_b2b"].to_list() == expected
    assert frame["employees"].null_count() > 0 and frame["niche_size"].str.contains("/").all()


def test_committed_schema_file_matches_generated_data(workspace):
    committed = json.loads((EXAMPLES / "segdsl.schema.json").read_text())
    tables = {t["source"]: t["columns"] for t in committed["tables"]}
    for name in ("customers", "orders", "email_events", "web_visits"):
        path = workspace / "data" / f"{name}.parquet"
        actual = with_observed_categories(read_table_schema(path), path).to_json()  # what `segdsl schema` writes
        # `"personal": true` is added by hand (data files cannot say which columns identify a person)
        committed_columns = [{k: v for k, v in c.items() if k != "personal"} for c in tables[f"{name}.parquet"]]
        assert committed_columns == actual["columns"], f"regenerate examples/segdsl.schema.json ({name})"
    marked = [c["name"] for t in committed["tables"] for c in t["columns"] if c.get("personal")]
    assert marked == ["first_name", "email", "phone"]


def test_previews_of_the_examples_show_no_personal_column(workspace):
    from typer.testing import CliRunner

    from segdsl.cli import app

    customers = pl.read_parquet(workspace / "data" / "customers.parquet")
    secrets = {v for column in ("email", "first_name", "phone") for v in customers[column].drop_nulls().to_list()}
    for name, segment in (("lifecycle", "reactivate"), ("rfm", "champions"), ("lifecycle", "cross_sell")):
        result = CliRunner().invoke(app, ["preview", str(workspace / f"{name}.seg"), "--segment", segment, "--limit", "50"])
        assert result.exit_code == 0, result.output
        shown = set(re.findall(r"[^\s│┃]+", result.stdout.lower()))
        assert not shown & {s.strip().lower() for s in secrets}, f"{name}.seg shows personal data"
        if name == "lifecycle":
            assert "contact_email" in result.output  # the personal trait is named as hidden, its values are not shown
