"""The example data generator: deterministic, well-formed, and with the behaviour segments need."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from segdsl.datagen import DOMAINS, generate, main

AS_OF = dt.date(2026, 11, 1)
SCHEMAS = {
    "customers": {"customer_id": pl.Int64, "signup_date": pl.Date, "country": pl.String, "plan": pl.String,
                  "domain": pl.String, "newsletter_optin": pl.Boolean, "birth_year": pl.Int32,
                  "acquisition_channel": pl.String, "first_name": pl.String, "email": pl.String, "phone": pl.String,
                  "email_optin": pl.Boolean, "ads_optin": pl.Boolean, "sms_optin": pl.Boolean},
    "orders": {"order_id": pl.Int64, "customer_id": pl.Int64, "order_date": pl.Date, "amount": pl.Float64,
               "channel": pl.String, "category": pl.String},
    "email_events": {"customer_id": pl.Int64, "event_time": pl.Datetime("us"), "event": pl.String,
                     "campaign": pl.String},
    "web_visits": {"customer_id": pl.Int64, "visit_time": pl.Datetime("us"), "page": pl.String},
}


def read_all(paths: dict[str, Path]) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(path) for name, path in paths.items()}


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pl.DataFrame]:
    return read_all(generate(tmp_path_factory.mktemp("data"), customers=2000, seed=7))


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    a = read_all(generate(tmp_path / "a", customers=500, seed=3))
    b = read_all(generate(tmp_path / "b", customers=500, seed=3))
    c = read_all(generate(tmp_path / "c", customers=500, seed=4))
    assert all(a[name].equals(b[name]) for name in a)
    assert not any(a[name].equals(c[name]) for name in a)


def test_cli_writes_the_same_tables(tmp_path, capsys):
    main(["--out", str(tmp_path / "cli"), "--customers", "300", "--seed", "5"])
    assert "orders:" in capsys.readouterr().out
    direct = read_all(generate(tmp_path / "direct", customers=300, seed=5))
    assert all(pl.read_parquet(tmp_path / "cli" / f"{name}.parquet").equals(frame) for name, frame in direct.items())


def test_schemas_are_exact(tables):
    assert {name: dict(frame.schema) for name, frame in tables.items()} == SCHEMAS


def test_keys_are_unique_and_referenced(tables):
    customers = tables["customers"]
    assert customers["customer_id"].to_list() == list(range(1, 2001))
    assert tables["orders"]["order_id"].is_unique().all()
    for name in ("orders", "email_events", "web_visits"):
        assert tables[name]["customer_id"].is_in(customers["customer_id"].implode()).all(), name


def test_no_order_before_signup_and_some_after_as_of(tables):
    joined = tables["orders"].join(tables["customers"], on="customer_id")
    assert (joined["order_date"] >= joined["signup_date"]).all()
    assert joined["order_date"].max() <= dt.date(2026, 11, 22)
    assert (joined["order_date"] > AS_OF).any()


def test_buyer_archetypes(tables):
    customers, orders = tables["customers"], tables["orders"]
    counts = customers.join(orders.group_by("customer_id").len(), on="customer_id", how="left")["len"].fill_null(0)
    assert 0.08 < (counts == 0).mean() < 0.16  # never ordered ~12%
    assert (counts == 1).mean() > 0.1  # one-timers
    assert (counts >= 40).mean() > 0.03  # heavy buyers ~5%
    assert 8 < orders.height / customers.height < 12
    assert 0.001 < orders["amount"].null_count() / orders.height < 0.01
    assert ((orders["amount"].drop_nulls() * 4) % 1 == 0).all()  # exact sums in every engine


def test_holiday_season_is_busier(tables):
    months = tables["orders"].filter(pl.col("order_date").dt.year() == 2025)["order_date"].dt.month()
    per_month = months.value_counts().sort("order_date")["count"].to_list()
    assert min(per_month[10:]) > max(per_month[:10])


def test_domains_are_messy_variants_of_the_twelve_companies(tables):
    domains = tables["customers"]["domain"]
    assert 0.1 < domains.null_count() / domains.len() < 0.2
    present = domains.drop_nulls()
    bare = present.str.to_lowercase().str.replace(r"^https?://", "").str.replace(r"^www\.", "").str.replace(r"/.*$", "")
    assert set(bare.unique()) == set(DOMAINS)
    assert present.str.starts_with("https://www.").any() and present.str.starts_with("http://").any()
    assert present.str.contains("[A-Z]").any() and present.is_in(DOMAINS).any()


def test_events_average_about_four_and_three_per_customer(tables):
    assert 3.5 < tables["email_events"].height / 2000 < 4.5
    assert 2.5 < tables["web_visits"].height / 2000 < 3.5
    assert set(tables["email_events"]["event"].unique()) == {"sent", "open", "click", "unsubscribe"}


# ---- synthetic personal columns ------------------------------------------------------------------


def test_personal_columns_are_deterministic_and_leave_the_other_columns_alone(tmp_path):
    from segdsl.datagen_personal import personal_columns

    customers = pl.read_parquet(generate(tmp_path / "a", customers=400, seed=11)["customers"])
    again = personal_columns(11, customers["customer_id"].to_numpy(), customers["country"])
    assert customers.select(again.columns).equals(again)  # from the seed only
    other = personal_columns(12, customers["customer_id"].to_numpy(), customers["country"])
    assert not other.equals(again)
    # the columns that existed before are drawn exactly as before (their own generator)
    without = customers.drop(again.columns)
    assert list(without.columns) == list(SCHEMAS["customers"])[:8]


def test_emails_need_normalising_and_are_unique_once_normalised(tables):
    emails = tables["customers"]["email"].drop_nulls()
    normalised = emails.str.strip_chars().str.to_lowercase()
    assert normalised.is_unique().all()
    assert (emails != emails.str.strip_chars()).any()  # stray spaces
    assert (emails.str.strip_chars() != normalised).any()  # capitals
    assert normalised.str.contains(r"^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$").all()
    assert normalised.str.ends_with("@gmail.com").any() and normalised.str.ends_with("@googlemail.com").any()
    assert 0.04 < tables["customers"]["email"].null_count() / tables["customers"].height < 0.12


def test_phones_are_written_in_mixed_national_and_international_forms(tables):
    phones = tables["customers"].select("country", "phone").drop_nulls()
    text = phones["phone"]
    assert text.str.starts_with("+").any() and text.str.starts_with("00").any() and text.str.starts_with("0").any()
    assert text.str.contains(" ").any() and text.str.contains("-").any() and text.str.contains(r"\(").any()
    digits = text.str.replace_all(r"[^0-9]", "").str.len_chars()
    assert digits.min() >= 9 and digits.max() <= 15  # with a 00 prefix
    french = phones.filter(pl.col("country") == "FR")["phone"]
    assert french.str.contains(r"^(0[1-9]|\+33 |0033 )").all()


def test_names_are_not_a_category_column(tables):
    """More than 50 distinct first names: `segdsl schema` never lists them as categories."""
    assert tables["customers"]["first_name"].n_unique() > 50
