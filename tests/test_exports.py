"""`export` declarations and `segdsl export`: what the checker refuses, and each destination
written for real, read back and compared with an independent computation (plain Polars for
membership and consent, Python's hashlib and the phonenumbers parser for the ad lists)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import phonenumbers
import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.api import check_file
from segdsl.cli import app
from segdsl.datagen import generate

AS_OF = dt.date(2026, 11, 1)
HEADER = '''customers from "data/customers.parquet" key customer_id personal (email, first_name, phone)
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
let orders_365d = count(orders) over 365 days
segment buyers = orders_365d >= 2
segmentation tier { regular when orders_365d >= 2; other otherwise }
'''
EXPORTS = '''
export crm { members buyers  to hubspot "out/hubspot.csv"  columns (email, first_name, country, plan)  consent email_optin }
export sf { members tier.regular  to salesforce "out/salesforce.csv"  columns (email, first_name as first_name, country)  consent email_optin }
export generic { members buyers  to csv "out/generic.csv"  columns (customer_id as "Customer", email as "E-mail", plan)  consent email_optin and plan != "free" }
export pq { members buyers  to parquet "out/buyers.parquet"  columns (customer_id, country, orders_365d) }
export google { members buyers  to google_ads "out/google.csv"  columns (email, phone, first_name, country)  consent ads_optin }
export meta { members buyers  to meta "out/meta.csv"  columns (email, phone, country)  consent ads_optin }
'''
runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    generate(folder / "data", customers=800, seed=5)
    (folder / "shop.seg").write_text(HEADER + EXPORTS, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ran(project):
    result = runner.invoke(app, ["export", str(project / "shop.seg")])
    return result


def expected_members(project: Path) -> pl.DataFrame:
    """Buyers by hand: two or more orders in (as of - 365 days, as of]."""
    orders = pl.read_parquet(project / "data/orders.parquet")
    recent = orders.filter((pl.col("order_date") > AS_OF - dt.timedelta(days=365)) & (pl.col("order_date") <= AS_OF))
    counts = recent.group_by("customer_id").len()
    customers = pl.read_parquet(project / "data/customers.parquet")
    return customers.join(counts, on="customer_id", how="left").with_columns(pl.col("len").fill_null(0)).filter(pl.col("len") >= 2)


def test_every_export_is_written_and_counted(ran, project):
    assert ran.exit_code == 0, ran.output
    members = expected_members(project)
    consenting = members.filter(pl.col("email_optin").fill_null(False))
    with_email = consenting.filter(pl.col("email").str.strip_chars().str.len_chars() > 0)
    line = next(l for l in ran.output.splitlines() if l.startswith("crm:"))
    assert line == (f"crm: {with_email.height:,} exported to {project / 'out/hubspot.csv'} ({members.height:,} members; "
                    f"{members.height - consenting.height:,} dropped for consent; "
                    f"{consenting.height - with_email.height:,} dropped for a missing identifier)")


def test_hubspot_file_has_hubspot_headers_and_only_consenting_members(ran, project):
    members = expected_members(project).filter(pl.col("email_optin").fill_null(False) & pl.col("email").is_not_null())
    expected = members.select(pl.col("email").str.strip_chars().str.to_lowercase().alias("Email"),
                              pl.col("first_name").alias("First Name"), pl.col("country").alias("Country/Region"),
                              pl.col("plan")).sort("Email")
    written = pl.read_csv(project / "out/hubspot.csv", infer_schema=False)
    assert written.columns == ["Email", "First Name", "Country/Region", "plan"]
    assert written.sort("Email").equals(expected)


def test_salesforce_file_uses_data_loader_field_names(ran, project):
    written = pl.read_csv(project / "out/salesforce.csv", infer_schema=False)
    assert written.columns == ["Email", "FirstName", "MailingCountry"]
    assert written.height == expected_members(project).filter(pl.col("email_optin").fill_null(False) & pl.col("email").is_not_null()).height


def test_generic_csv_uses_the_declared_headers_and_consent_expression(ran, project):
    members = expected_members(project).filter(pl.col("email_optin").fill_null(False) & (pl.col("plan") != "free"))
    written = pl.read_csv(project / "out/generic.csv", infer_schema=False)
    assert written.columns == ["Customer", "E-mail", "plan"]
    assert sorted(map(int, written["Customer"])) == sorted(members["customer_id"].to_list())


def test_parquet_export_without_personal_columns_needs_no_consent(ran, project):
    written = pl.read_parquet(project / "out/buyers.parquet")
    members = expected_members(project).select("customer_id", "country", pl.col("len").alias("orders_365d")).sort("customer_id")
    assert written.columns == ["customer_id", "country", "orders_365d"]
    assert written.sort("customer_id").equals(members.cast(written.schema))


def _sha(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def _google_email(raw: str | None) -> str | None:
    if raw is None or not raw.strip():
        return None
    local, _, domain = raw.strip().lower().partition("@")
    return f"{local.replace('.', '')}@{domain}" if domain in ("gmail.com", "googlemail.com") else f"{local}@{domain}"


def _e164(raw: str | None, region: str | None) -> str | None:
    """The phonenumbers parser: an implementation of its own of what the plan computes."""
    if raw is None:
        return None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_google_list_is_normalised_and_hashed_as_hashlib_says(ran, project):
    members = expected_members(project).filter(pl.col("ads_optin"))
    rows = [(_sha(_google_email(r["email"])), _sha(_e164(r["phone"], r["country"])),
             _sha(r["first_name"].strip().lower() if r["first_name"] else None), r["country"])
            for r in members.iter_rows(named=True)]
    rows = sorted([r for r in rows if r[0] or r[1]], key=str)
    written = pl.read_csv(project / "out/google.csv", infer_schema=False)
    assert written.columns == ["Email", "Phone", "First Name", "Country"]
    assert sorted(written.iter_rows(), key=str) == rows
    assert written["Email"].drop_nulls().str.contains(r"^[0-9a-f]{64}$").all()


def test_meta_list_hashes_digits_only_phones_and_lower_case_countries(ran, project):
    members = expected_members(project).filter(pl.col("ads_optin"))
    rows = []
    for r in members.iter_rows(named=True):
        email = r["email"].strip().lower() if r["email"] and r["email"].strip() else None
        phone = _e164(r["phone"], r["country"])
        if email or phone:
            rows.append((_sha(email), _sha(phone[1:] if phone else None), _sha(r["country"].lower() if r["country"] else None)))
    written = pl.read_csv(project / "out/meta.csv", infer_schema=False)
    assert written.columns == ["email", "phone", "country"]
    assert sorted(written.iter_rows(), key=str) == sorted(rows, key=str)


# ---- normalisation against the platforms' published rules ------------------------------------------


@pytest.mark.parametrize(("raw", "google", "expected"), [
    (" Jane.Doe@Gmail.com ", True, "janedoe@gmail.com"),      # Google: trim, lower, no dots before @gmail.com
    ("jane.doe@googlemail.com", True, "janedoe@googlemail.com"),
    ("Jane.Doe@example.com", True, "jane.doe@example.com"),    # other domains keep their dots
    (" Jane.Doe@Gmail.com ", False, "jane.doe@gmail.com"),    # Meta: trim and lower only
    ("   ", False, None),
])
def test_email_normalisation(raw, google, expected):
    from segdsl.exports.normalise import email

    assert pl.select(email(pl.lit(raw), google)).item() == expected


@pytest.mark.parametrize(("raw", "region", "google", "meta"), [
    ("+1 (616) 954-78 88", "US", "+16169547888", "16169547888"),  # Meta's documented example: digits with country code
    ("06 12 34 56 78", "FR", "+33612345678", "33612345678"),       # national: trunk 0 dropped, +33 added
    ("0033 6 12 34 56 78", "FR", "+33612345678", "33612345678"),
    ("+44 (0)20 7946 0018", "GB", "+442079460018", "442079460018"),
    ("06 6988 1234", "IT", "+390669881234", "390669881234"),       # Italy keeps its leading 0
    ("n/a", "FR", None, None),
])
def test_phone_normalisation_to_e164(raw, region, google, meta):
    from segdsl.exports.formats import GOOGLE_ADS, META
    from segdsl.exports.normalise import PHONE, prepared, with_calling_codes

    frame = with_calling_codes(pl.LazyFrame({"p": [raw], "c": [region]}), pl.col("c"))
    got = frame.select(prepared(pl.col("p"), PHONE, GOOGLE_ADS).alias("g"), prepared(pl.col("p"), PHONE, META).alias("m")).collect()
    assert (got["g"][0], got["m"][0]) == (google, meta)


def test_hashing_matches_hashlib():
    from segdsl.exports.normalise import sha256

    values = ["test@example.com", "é@ü.de", "", None]
    got = pl.DataFrame({"v": values}, schema={"v": pl.String}).select(sha256(pl.col("v"))).to_series().to_list()
    assert got == [_sha(v) for v in values]


# ---- the checker --------------------------------------------------------------------------------------


def check(project: Path, body: str):
    path = project / "check.seg"
    path.write_text(HEADER + body, encoding="utf-8")
    return check_file(path).diagnostics


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def test_personal_columns_without_consent_are_refused(project):
    found = check(project, 'export x { members buyers  to hubspot "out/x.csv"  columns (email) }')
    assert codes(found) == ["E151"] and "email" in found[0].message


def test_a_personal_value_in_clear_to_an_ad_platform_is_refused(project):
    found = check(project, 'export x { members buyers  to google_ads "out/x.csv"  columns (email, first_name as "Name")  consent ads_optin }')
    assert codes(found) == ["E152"]


def test_unknown_fields_warn_and_unknown_names_suggest(project):
    found = check(project, 'export x { members buyers  to hubspot "out/x.csv"  columns (email, countyr)  consent email_optin }')
    assert codes(found) == ["E104"] and "did you mean `country`?" in (found[0].note or "")
    found = check(project, 'export x { members buyers  to hubspot "out/x.csv"  columns (email, plan)  consent email_optin }')
    assert codes(found) == ["W150"] and "`plan`" in found[0].message
    found = check(project, 'export x { members buyers  to hubspt "out/x.csv"  columns (email)  consent email_optin }')
    assert codes(found) == ["E150"] and "did you mean `hubspot`?" in (found[0].note or "")
    found = check(project, 'export x { members buyer  to csv "out/x.csv"  columns (plan) }')
    assert codes(found) == ["E146"]


def test_consent_must_be_a_condition_and_the_file_name_must_fit(project):
    assert codes(check(project, 'export x { members buyers  to csv "out/x.csv"  columns (email)  consent plan }')) == ["E201"]
    assert codes(check(project, 'export x { members buyers  to parquet "out/x.csv"  columns (plan) }')) == ["E150"]


def test_personal_clause_names_real_columns(project):
    path = project / "typo.seg"
    path.write_text(HEADER.replace("personal (email,", "personal (emial,"), encoding="utf-8")
    found = check_file(path).diagnostics
    assert codes(found) == ["E104"] and "did you mean `email`?" in (found[0].note or "")


# ---- runs that must not write ---------------------------------------------------------------------------


def test_a_failed_destination_writes_nothing_and_the_others_still_run(project):
    (project / "blocked.csv").mkdir(exist_ok=True)  # a folder where the file should go
    path = project / "fail.seg"
    path.write_text(HEADER + '''
export bad { members buyers  to csv "blocked.csv"  columns (plan) }
export good { members buyers  to csv "out/good.csv"  columns (plan) }
export db { members buyers  to postgres connection "crm" table "public.members"  columns (plan) }
''', encoding="utf-8")
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 1
    assert "E306" in result.output  # the folder where the file should go
    assert "E130" in result.output and "no connection named `crm`" in result.output  # none declared
    assert (project / "out/good.csv").is_file() and (project / "blocked.csv").is_dir()
    assert not list(project.glob(".blocked.csv.*.tmp"))


def test_unknown_export_name_is_a_usage_error(project, ran):
    result = runner.invoke(app, ["export", str(project / "shop.seg"), "crn"])
    assert result.exit_code == 2 and "did you mean `crm`?" in result.output
