"""`segdsl test`: the shipped example tests pass (with and without example data), a wrong
expectation fails with the exact expected/actual report, every E60x problem is reported with
its exact text, and the examples' expectations agree with an independent computation."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tomllib
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.cli import app

EXAMPLES = Path(__file__).parent.parent / "examples"
SUMMARY = re.compile(r"(\d+) passed, (\d+) failed(?:, (\d+) errors?)?(?:, (\d+) deselected)? in \d+\.\d\ds")
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["test", *args])


def summary(result) -> tuple[int, int, int, int]:
    """(passed, failed, errors, deselected) from the last line, which must be the summary."""
    last = result.stdout.splitlines()[-1]
    match = SUMMARY.fullmatch(last)
    assert match, last
    return tuple(int(group or 0) for group in match.groups())  # type: ignore[return-value]


@pytest.fixture
def fresh_clone(tmp_path: Path, monkeypatch) -> Path:
    """examples/ as a fresh clone has it: definitions, tests, fixtures, schema file, no data."""
    examples = tmp_path / "examples"
    examples.mkdir()
    for pattern in ("*.seg", "*.segtest", "segdsl.schema.json"):
        for path in EXAMPLES.glob(pattern):
            shutil.copy(path, examples / path.name)
    shutil.copytree(EXAMPLES / "fixtures", examples / "fixtures")
    monkeypatch.chdir(tmp_path)
    return examples


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the shipped examples --------------------------------------------------------------------


def test_example_tests_pass_in_the_repository():
    result = run(str(EXAMPLES))
    assert result.exit_code == 0, result.output
    passed, failed, errors, deselected = summary(result)
    assert passed == 30 and (failed, errors, deselected) == (0, 0, 0)
    lines = result.stdout.splitlines()[:-1]
    assert len(lines) == 30 and all(line.endswith(" PASSED") for line in lines)
    assert f"{EXAMPLES / 'rfm.segtest'}::champions bought recently, often and a lot PASSED" in lines


def test_example_tests_pass_without_example_data(fresh_clone: Path):
    assert not (fresh_clone / "data").exists()
    result = run("examples")
    assert result.exit_code == 0, result.output
    assert summary(result)[:3] == (30, 0, 0)
    assert "examples/b2b.segtest::with an empty firmographics table, nothing is known PASSED" in result.stdout.splitlines()


def test_keyword_selects_cases_by_name_ignoring_case(fresh_clone: Path):
    result = run("examples/rfm.segtest", "-k", "HOLDOUT")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "examples/rfm.segtest::the holdout is a fixed draw: 19 is held out, 12 is contacted PASSED"
    assert summary(result) == (1, 0, 0, 8)


# ---- failures ----------------------------------------------------------------------------------


def test_a_wrong_membership_fails_with_missing_and_unexpected_keys(fresh_clone: Path):
    test = fresh_clone / "rfm.segtest"
    test.write_text(test.read_text().replace("members.champions = [11, 13]", "members.champions = [11, 12]"))
    result = run("examples/rfm.segtest", "-k", "champions bought")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:-1] == [
        "examples/rfm.segtest::champions bought recently, often and a lot FAILED",
        "=================================== FAILURES ===================================",
        "_______ examples/rfm.segtest::champions bought recently, often and a lot _______",
        "as of 2026-11-01",
        "segment champions: members differ",
        "  expected but missing     : 12",
        "  present but not expected : 13",
    ]
    assert summary(result) == (0, 1, 0, 8)


def test_wrong_labels_and_traits_fail_with_a_key_expected_actual_table(fresh_clone: Path):
    test = fresh_clone / "rfm.segtest"
    text = test.read_text()
    text = text.replace('12 = "at_risk", 13 = "champions"', '12 = "loyal", 13 = "champions"')
    text = text.replace("traits.monetary = { 11 = 850, 18 = 0 }", 'traits.monetary = { 11 = 850.5, 18 = "missing" }')
    text = text.replace("not_members.win_back = [20]", "not_members.win_back = [19, 20]")
    test.write_text(text)
    result = run("examples/rfm.segtest")
    assert result.exit_code == 1
    failures = result.stdout.splitlines()
    failures = failures[failures.index("=================================== FAILURES ==================================="):-1]
    assert failures == [
        "=================================== FAILURES ===================================",
        "_______ examples/rfm.segtest::every customer gets the expected RFM group _______",
        "as of 2026-11-01",
        "segmentation rfm_group: labels differ",
        "  key | expected | actual",
        "  12  | loyal    | at_risk",
        "___ examples/rfm.segtest::an order on the as of day counts, an order after it never does ___",
        "as of 2026-11-01",
        "trait monetary: values differ",
        "  key | expected | actual",
        "  11  | 850.5    | 850",
        "  18  | missing  | 0",
        "___ examples/rfm.segtest::win back: drifting customers who spent more than 200 ___",
        "as of 2026-11-01",
        "segment win_back: members that should not be",
        "  present but not expected : 19",
    ]
    assert summary(result) == (6, 3, 0, 0)


def test_an_evaluation_problem_is_an_error_of_its_case(fresh_clone: Path):
    write(fresh_clone, "dup.segtest", '''definition = "b2b.seg"
[tables.customers]
csv = """
customer_id,signup_date,domain
1,2022-01-10,acme.com
"""
[tables.firmographics]
csv = """
domain,industry,employee_count,founded_year,country_code
acme.com,software,10,2000,FR
https://www.acme.com,software,10,2000,FR
"""
[[case]]
name = "two rows for one domain"
members.big_b2b = []
''')
    result = run("examples/dup.segtest")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "examples/dup.segtest::two rows for one domain ERROR"
    assert result.stderr == (
        "error[E502 enrichment-duplicates]: firmographics: 1 row repeats a domain (e.g. 'acme.com')\n"
        "  --> examples/dup.segtest:14:8\n"
        "   |\n"
        '14 | name = "two rows for one domain"\n'
        "   |        ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "   = hint: each domain must appear once in firmographics.parquet; deduplicate it first\n"
    )
    assert summary(result) == (0, 0, 1, 0)


# ---- problems in test files: exact text --------------------------------------------------------


def test_e601_malformed_toml_points_at_the_line_and_column(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", 'definition = "rfm.seg"\nas_of = 2026-11-01\n[[case]]\nname = champions\n')
    result = run("examples/bad.segtest")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "examples/bad.segtest ERROR"
    assert result.stderr == (
        "error[E601 test-file]: invalid TOML: invalid value\n"
        " --> examples/bad.segtest:4:8\n"
        "  |\n"
        "4 | name = champions\n"
        "  |        ^\n"
        '  = hint: text needs quotes, dates are written 2026-11-01, CSV goes between triple quotes """\n'
    )
    assert summary(result) == (0, 0, 1, 0)


def test_e601_unknown_key_with_did_you_mean(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", 'definition = "rfm.seg"\nas_of = 2026-11-01\n[[case]]\nname = "champions"\nmember.champions = [11]\n')
    result = run("examples/bad.segtest")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E601 test-file]: unknown key `member` in case `champions`\n"
        " --> examples/bad.segtest:5:1\n"
        "  |\n"
        "5 | member.champions = [11]\n"
        "  | ^^^^^^ did you mean `members`?\n"
        "  = hint: known keys: `name`, `as_of`, `tables`, `members`, `not_members`, `labels`, `traits`\n"
    )


def test_e601_definition_not_found_and_no_cases(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", 'definition = "rfm.seg"\n')
    write(fresh_clone, "gone.segtest", 'definition = "rfn.seg"\n[[case]]\nname = "x"\nmembers.champions = []\n')
    result = run("examples/bad.segtest", "examples/gone.segtest")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == ["examples/bad.segtest ERROR", "examples/gone.segtest ERROR"]
    assert result.stderr == (
        "error[E601 test-file]: no test cases: add a [[case]] with a name and what you expect\n"
        "  --> examples/bad.segtest\n"
        '   = hint: e.g. [[case]]  name = "recent buyers are active"  members.active = [1, 2]\n'
        "error[E601 test-file]: definition file not found: examples/rfn.seg\n"
        " --> examples/gone.segtest:1:14\n"
        "  |\n"
        '1 | definition = "rfn.seg"\n'
        "  |              ^^^^^^^^^\n"
        "  = hint: the path is relative to the .segtest file\n"
    )
    assert summary(result) == (0, 0, 2, 0)


def test_a_test_needs_a_date_and_a_customer_fixture(fresh_clone: Path):
    write(fresh_clone, "undated.seg", 'customers from "data/customers.parquet" key customer_id\nsegment french = country == "FR"\n')
    write(fresh_clone, "undated.segtest", 'definition = "undated.seg"\n[[case]]\nname = "french"\nmembers.french = []\n')
    result = run("examples/undated.segtest")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E601 test-file]: no `as_of`: examples/undated.seg declares no `as of`, and a test must not depend on today's date\n"
        "  --> examples/undated.segtest\n"
        "   = hint: add `as_of = 2026-11-01` (your date) at the top of the test file\n"
        "error[E602 test-fixture]: no fixture for the customers table\n"
        "  --> examples/undated.segtest\n"
        '   = hint: add [tables.customers] with csv = """ a header line, then one line per customer """\n'
    )


FIXTURE_HEADER = '''definition = "rfm.seg"
as_of = 2026-11-01

[tables.customers]
csv = """
'''


def test_e602_a_value_that_does_not_cast_names_table_column_row_and_value(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", FIXTURE_HEADER + 'customer_id,signup_date,country\n1,2026-01-15,FR\n2,2026-02-30,DE\n"""\n\n'
          '[[case]]\nname = "nobody is a champion"\nmembers.champions = []\n')
    result = run("examples/bad.segtest")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E602 test-fixture]: customers.signup_date, row 2: `2026-02-30` is not a date (YYYY-MM-DD)\n"
        " --> examples/bad.segtest:8:3\n"
        "  |\n"
        "8 | 2,2026-02-30,DE\n"
        "  |   ^^^^^^^^^^\n"
        "  = hint: the definition reads `signup_date` as date\n"
    )


def test_e602_missing_and_unknown_columns(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", FIXTURE_HEADER + 'customer_id,contry\n1,FR\n"""\n\n'
          '[[case]]\nname = "nobody is a champion"\nmembers.champions = []\n')
    result = run("examples/bad.segtest")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E602 test-fixture]: the customers fixture lacks columns `country`, `signup_date`, which examples/rfm.seg reads\n"
        " --> examples/bad.segtest:6:1\n"
        "  |\n"
        "6 | customer_id,contry\n"
        "  | ^^^^^^^^^^^^^^^^^^\n"
        "  = hint: add them to the header line; leave cells empty for missing values\n"
        "error[E602 test-fixture]: the customers table has no column `contry`\n"
        " --> examples/bad.segtest:6:13\n"
        "  |\n"
        "6 | customer_id,contry\n"
        "  |             ^^^^^^ did you mean `country`?\n"
        "  = hint: available: `acquisition_channel`, `ads_optin`, `birth_year`, `country`, `customer_id`, `domain`, "
        "`email`, `email_optin`, `first_name`, `newsletter_optin`, `phone`, `plan` and 2 more\n"
    )


def test_e602_in_a_fixture_file_points_into_that_file(fresh_clone: Path):
    write(fresh_clone / "fixtures", "orders.csv", "customer_id,order_date,amount\n1,2026-01-15,12.5\n1,2026-01-16,twelve\n")
    write(fresh_clone, "bad.segtest", FIXTURE_HEADER + 'customer_id,signup_date,country\n1,2026-01-15,FR\n"""\n\n'
          '[tables.orders]\nfile = "fixtures/orders.csv"\n\n[[case]]\nname = "nobody is a champion"\nmembers.champions = []\n')
    result = run("examples/bad.segtest")
    assert result.stderr == (
        "error[E602 test-fixture]: orders.amount, row 2: `twelve` is not a number\n"
        " --> examples/fixtures/orders.csv:3:14\n"
        "  |\n"
        "3 | 1,2026-01-16,twelve\n"
        "  |              ^^^^^^\n"
        "  = hint: the definition reads `amount` as float\n"
    )


def test_e603_unknown_names_and_keys_not_in_the_fixture(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", FIXTURE_HEADER + 'customer_id,signup_date,country\n1,2026-01-15,FR\n"""\n\n'
          '[tables.order]\ncsv = "customer_id,order_date,amount"\n\n'
          '[[case]]\nname = "champions"\nmembers.champion = [1]\nnot_members.win_back = [1, 7]\nlabels.champions = { 1 = "x" }\n')
    result = run("examples/bad.segtest")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E603 test-expectation]: examples/rfm.seg declares no table `order`\n"
        "  --> examples/bad.segtest:10:9\n"
        "   |\n"
        "10 | [tables.order]\n"
        "   |         ^^^^^ did you mean `orders`?\n"
        "   = hint: available: `customers`, `orders`\n"
        "error[E603 test-expectation]: no segment `champion` in examples/rfm.seg\n"
        "  --> examples/bad.segtest:15:9\n"
        "   |\n"
        "15 | members.champion = [1]\n"
        "   |         ^^^^^^^^ did you mean `champions`?\n"
        "   = hint: available: `champions`, `eu_big_spenders`, `win_back`, `win_back_holdout`, `win_back_send`\n"
        "error[E603 test-expectation]: customer `7` is not in the customers fixture\n"
        "  --> examples/bad.segtest:16:28\n"
        "   |\n"
        "16 | not_members.win_back = [1, 7]\n"
        "   |                            ^\n"
        "   = hint: expectations can only name customers of the fixture the case uses\n"
        "error[E603 test-expectation]: `champions` is a segment, not a segmentation\n"
        "  --> examples/bad.segtest:17:8\n"
        "   |\n"
        '17 | labels.champions = { 1 = "x" }\n'
        "   |        ^^^^^^^^^\n"
        "   = hint: check its members with members.champions = [KEYS]\n"
    )


def test_e603_a_key_of_the_wrong_type_and_a_trait_value_of_the_wrong_type(fresh_clone: Path):
    write(fresh_clone, "bad.segtest", FIXTURE_HEADER + 'customer_id,signup_date,country\n1,2026-01-15,FR\n"""\n\n'
          '[[case]]\nname = "types"\nmembers.champions = ["c1"]\ntraits.recency = { 1 = "recent" }\n')
    result = run("examples/bad.segtest")
    assert result.stderr == (
        "error[E603 test-expectation]: `c1` is not a customer key: a customer_id is a whole number\n"
        "  --> examples/bad.segtest:12:22\n"
        "   |\n"
        '12 | members.champions = ["c1"]\n'
        "   |                      ^^^^\n"
        "   = hint: write the customer_id of a customer of the fixture\n"
        "error[E603 test-expectation]: traits.recency: `recent` for customer `1` is not a number\n"
        "  --> examples/bad.segtest:13:20\n"
        "   |\n"
        '13 | traits.recency = { 1 = "recent" }\n'
        "   |                    ^\n"
        '   = hint: `recency` is a number; write "missing" for a missing value\n'
    )


# ---- usage errors ------------------------------------------------------------------------------


def test_a_missing_path_exits_2(fresh_clone: Path):
    result = run("examples", "nowhere.segtest")
    assert result.exit_code == 2
    assert result.stderr == "error: no such file or folder: nowhere.segtest\n"
    assert result.stdout == ""


def test_a_folder_without_test_files_exits_2(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = run("empty")
    assert result.exit_code == 2
    assert result.stderr == "error: no .segtest files found in empty\n"


def test_a_keyword_matching_no_case_exits_2(fresh_clone: Path):
    result = run("examples", "-k", "no such case")
    assert result.exit_code == 2
    assert summary(result) == (0, 0, 0, 30)
    assert result.stderr == "error: no test case matches -k 'no such case'\n"


# ---- the expectations, computed independently --------------------------------------------------


def _quintiles(values: dict[int, float | None], descending: bool = False) -> dict[int, int | None]:
    """README: score = floor((rank_min - 1) * 5 / count) + 1 among customers with a value."""
    present = [v for v in values.values() if v is not None]
    scores: dict[int, int | None] = {}
    for key, value in values.items():
        if value is None:
            scores[key] = None
            continue
        before = sum(1 for other in present if (other > value if descending else other < value))
        scores[key] = before * 5 // len(present) + 1
    return scores


def _rfm_group(r: int | None, f: int, m: int) -> str:
    if r is None:
        return "prospects"
    rules = [
        ("champions", r >= 4 and f >= 4 and m >= 4), ("cant_lose_them", r <= 2 and f >= 4 and m >= 4),
        ("loyal", r >= 3 and f >= 3), ("at_risk", r <= 2 and f >= 3), ("potential_loyalists", r >= 4 and f >= 2),
        ("new_customers", r == 5 and f == 1), ("promising", r == 4 and f == 1), ("need_attention", r == 3 and f >= 2),
        ("about_to_sleep", r == 3), ("hibernating", r == 2),
    ]
    return next((label for label, matched in rules if matched), "lost")


def test_rfm_expectations_agree_with_plain_polars_and_python():
    spec = tomllib.loads((EXAMPLES / "rfm.segtest").read_text(encoding="utf-8"))
    as_of: dt.date = spec["as_of"]
    customers = pl.read_csv(io.StringIO(spec["tables"]["customers"]["csv"]))
    orders = pl.read_csv(EXAMPLES / "fixtures" / "rfm_orders.csv", comment_prefix="#", try_parse_dates=True)
    per_customer = orders.filter(pl.col("order_date") <= as_of).group_by("customer_id").agg(
        last=pl.col("order_date").max(),
        frequency=pl.len(),
        monetary=pl.col("amount").filter(pl.col("order_date") > as_of - dt.timedelta(days=365)).sum(),
    )
    rows = customers.join(per_customer, on="customer_id", how="left").sort("customer_id").to_dicts()
    recency = {row["customer_id"]: (as_of - row["last"]).days if row["last"] else None for row in rows}
    r = _quintiles(recency, descending=True)
    f = _quintiles({row["customer_id"]: row["frequency"] or 0 for row in rows})
    monetary = {row["customer_id"]: row["monetary"] or 0.0 for row in rows}
    m = _quintiles(monetary)
    groups = {key: _rfm_group(r[key], f[key], m[key]) for key in recency}

    cases = {case["name"]: case for case in spec["case"]}
    assert groups == {int(key): label for key, label in cases["every customer gets the expected RFM group"]["labels"]["rfm_group"].items()}
    champions = sorted(key for key, group in groups.items() if group == "champions")
    assert champions == cases["champions bought recently, often and a lot"]["members"]["champions"]
    win_back = sorted(key for key, group in groups.items() if group in ("at_risk", "cant_lose_them") and monetary[key] > 200)
    assert win_back == cases["win back: drifting customers who spent more than 200"]["members"]["win_back"]
    scores = cases["scores: ties share a score, customers without orders rank for frequency and monetary only"]["traits"]
    assert {int(k): (None if v == "missing" else v) for k, v in scores["r"].items()} == {k: r[k] for k in map(int, scores["r"])}
    assert {int(k): v for k, v in scores["f"].items()} == {k: f[k] for k in map(int, scores["f"])}
    assert {int(k): v for k, v in scores["m"].items()} == {k: m[k] for k in map(int, scores["m"])}
    # and segdsl agrees with the same file
    assert run(str(EXAMPLES / "rfm.segtest")).exit_code == 0
