"""`segdsl audit`: problems planted in generated CSV files are each found, with the right count
and location. Expected counts come from the rows the test itself wrote (plain Python)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from segdsl.audit.model import Level
from segdsl.audit.run import audit_definition

AS_OF = dt.date(2026, 11, 1)
DEFINITION = '''customers from "customers.csv" key customer_id
events orders from "orders.csv" key customer_id time order_date
as of 2026-11-01
let spend = sum(orders.amount)
segment big = spend > 100
'''


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture
def planted(tmp_path: Path) -> dict:
    """A seeded random shop with problems planted at random rows; returns what was planted."""
    rng = random.Random(20261101)
    customers = []
    for i in range(1, 401):
        signup = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        customers.append([i, signup.isoformat(), rng.choice(["FR", "DE", "BE"]), rng.choice(["free", "pro"])])
    spelled = rng.sample(range(400), 12)
    for index, variant in zip(spelled, ["fr", "France", " FR", "fr"] * 3):
        customers[index][2] = variant
    customers[rng.randrange(400)][3] = "Pro "  # the plan `pro` spelt with a capital and a space
    bad_dates = sorted(rng.sample(range(400), 3))
    for index in bad_dates:
        customers[index][1] = "05/11/2024"
    duplicate_of = customers[10][0]
    customers.append([duplicate_of, "2024-01-01", "DE", "free"])
    customers.append(["", "2024-01-01", "DE", "free"])  # a customer without a key
    orders = []
    for _ in range(3000):
        customer = rng.randrange(1, 401)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(1100))  # some after as of
        orders.append([customer, day.isoformat(), round(rng.uniform(5, 120), 2)])
    planted_rows = rng.sample(range(3000), 12)
    for index in planted_rows[:3]:
        orders[index][0] = 9000 + index  # unknown customers
    for index in planted_rows[3:5]:
        orders[index][2] = "NaN"
    orders[planted_rows[5]][2] = "inf"
    for index in planted_rows[6:8]:
        orders[index][2] = -15.5
    orders[planted_rows[8]][2] = 1_000_000.0  # far out
    _write_csv(tmp_path / "customers.csv", ["customer_id", "signup_date", "country", "plan"], customers)
    _write_csv(tmp_path / "orders.csv", ["customer_id", "order_date", "amount"], orders)
    (tmp_path / "shop.seg").write_text(DEFINITION, encoding="utf-8")
    return {"folder": tmp_path, "customers": customers, "orders": orders}


def _rows_where(rows: list[list[object]], test) -> list[int]:
    """1-based data rows (header excluded) where `test(row)` holds."""
    return [i + 1 for i, row in enumerate(rows) if test(row)]


def _only(report, code: str, column: str | None = None):
    found = [f for f in report.findings if f.code == code and (column is None or f.column == column)]
    assert len(found) == 1, [f.message for f in report.findings]
    return found[0]


def _amount(value: object) -> float:
    return float(value)


def test_every_planted_problem_is_found_with_its_rows(planted):
    report = audit_definition(planted["folder"] / "shop.seg")
    customers, orders = planted["customers"], planted["orders"]
    ids = {row[0] for row in customers if row[0] != ""}

    assert [t.rows for t in report.tables] == [len(customers), len(orders)]

    duplicate = _only(report, "A101")
    expected = _rows_where(customers, lambda r: r[0] != "" and sum(1 for o in customers if o[0] == r[0]) > 1)
    assert duplicate.count == len(expected) == 2 and [e.row for e in duplicate.examples] == expected

    missing_key = _only(report, "A102")
    assert [e.row for e in missing_key.examples] == _rows_where(customers, lambda r: r[0] == "")

    dates = _only(report, "A113", "signup_date")
    bad = _rows_where(customers, lambda r: r[1] == "05/11/2024")
    assert dates.level is Level.ERROR and dates.count == len(bad)
    assert [(e.row, e.value) for e in dates.examples] == [(row, "05/11/2024") for row in bad]

    countries = _only(report, "A114", "country")
    variants = {"fr", "France", " FR"}
    assert countries.count == sum(1 for r in customers if r[2] in variants)
    assert {e.value for e in countries.examples} == variants
    for example in countries.examples:
        assert example.row == _rows_where(customers, lambda r, v=example.value: r[2] == v)[0]
    plans = _only(report, "A114", "plan")
    assert [(e.row, e.value) for e in plans.examples] == [(_rows_where(customers, lambda r: r[3] == "Pro ")[0], "Pro ")]

    orphans = _only(report, "A105")
    expected = _rows_where(orders, lambda r: r[0] not in ids)
    assert orphans.count == len(expected) == 3 and [e.row for e in orphans.examples] == expected

    nonfinite = _only(report, "A103", "amount")
    expected = _rows_where(orders, lambda r: not math.isfinite(_amount(r[2])))
    assert nonfinite.count == len(expected) == 3 and [e.row for e in nonfinite.examples] == expected

    negative = _only(report, "A104", "amount")
    assert [e.row for e in negative.examples] == _rows_where(orders, lambda r: math.isfinite(_amount(r[2])) and _amount(r[2]) < 0)

    future = _only(report, "A111", "order_date")
    assert future.count == sum(1 for r in orders if dt.date.fromisoformat(r[1]) > AS_OF) > 0

    outliers = _only(report, "A109", "amount")
    finite = sorted(_amount(r[2]) for r in orders if math.isfinite(_amount(r[2])))
    q1, q3 = _quantile(finite, 0.25), _quantile(finite, 0.75)
    far = _rows_where(orders, lambda r: math.isfinite(_amount(r[2])) and not q1 - 3 * (q3 - q1) <= _amount(r[2]) <= q3 + 3 * (q3 - q1))
    assert outliers.count == len(far) and [e.row for e in outliers.examples] == far[:5]
    assert 1_000_000.0 in [e.value for e in outliers.examples]


def _quantile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), written out."""
    position = (len(values) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


def test_clean_data_has_no_errors_or_warnings(tmp_path):
    _write_csv(tmp_path / "customers.csv", ["customer_id", "signup_date", "country", "plan"],
               [[1, "2024-01-01", "FR", "pro"], [2, "2024-02-01", "DE", "free"]])
    _write_csv(tmp_path / "orders.csv", ["customer_id", "order_date", "amount"], [[1, "2025-01-01", 10.0], [2, "2025-02-01", 12.5]])
    (tmp_path / "shop.seg").write_text(DEFINITION, encoding="utf-8")
    report = audit_definition(tmp_path / "shop.seg")
    assert [f for f in report.findings if f.level is not Level.INFO] == []


def _audit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "segdsl", "audit", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_thresholds_and_formats(planted):
    seg = str(planted["folder"] / "shop.seg")
    text = _audit(seg)
    assert text.returncode == 1 and "error[A113]: customers.signup_date" in text.stdout and "row " in text.stdout
    document = json.loads(_audit(seg, "--format", "json", "--fail-on", "100").stdout)
    assert document["segdsl_audit"] == 1
    errors_and_warnings = document["summary"]["errors"] + document["summary"]["warnings"]
    assert errors_and_warnings == sum(1 for f in document["findings"] if f["level"] != "info")
    assert _audit(seg, "--fail-on", str(errors_and_warnings)).returncode == 0
    assert _audit(seg, "--fail-on", str(errors_and_warnings - 1)).returncode == 1
    markdown = _audit(seg, "--format", "markdown", "--fail-on", "100")
    assert markdown.returncode == 0 and markdown.stdout.startswith("# Data audit") and "| error | A101 |" in markdown.stdout
    usage = _audit(seg, "--fail-on", "sometimes")
    assert usage.returncode == 2 and "E330" in usage.stderr and "Traceback" not in usage.stderr


def test_missing_data_file_is_a_usage_error(tmp_path):
    (tmp_path / "shop.seg").write_text(DEFINITION, encoding="utf-8")
    result = _audit(str(tmp_path / "shop.seg"))
    assert result.returncode == 2 and "E301" in result.stderr and "Traceback" not in result.stderr


def test_audit_of_the_example_after_generating_its_data(tmp_path):
    from segdsl.datagen import generate

    examples = Path(__file__).resolve().parent.parent / "examples"
    shutil.copytree(examples, tmp_path / "examples", ignore=shutil.ignore_patterns("data", "models", "out"))
    generate(tmp_path / "examples" / "data", customers=300, seed=3)
    result = _audit("examples/rfm.seg", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [t["name"] for t in document["tables"]] == ["customers", "orders"]
    assert document["tables"][0]["rows"] == 300


def test_since_values_missing_and_in_the_future_are_reported(tmp_path):
    """`customers ... since signup_date`: customers without one exist at every date; those whose
    `since` is after the as-of date do not exist yet. Counts and rows from the rows written here."""
    rows = [[1, "2024-01-01", "FR"], [2, "", "DE"], [3, "2026-12-24", "FR"], [4, "2026-11-01", "BE"],
            [5, "2027-03-01", "DE"], [6, "", "FR"]]
    _write_csv(tmp_path / "customers.csv", ["customer_id", "signup_date", "country"], rows)
    _write_csv(tmp_path / "orders.csv", ["customer_id", "order_date", "amount"], [[1, "2025-01-01", 10.0]])
    (tmp_path / "shop.seg").write_text(DEFINITION.replace("key customer_id\n", "key customer_id since signup_date\n", 1),
                                       encoding="utf-8")
    report = audit_definition(tmp_path / "shop.seg")
    missing = _only(report, "A108", "signup_date")
    assert [e.row for e in missing.examples] == _rows_where(rows, lambda r: r[1] == "")
    future = _only(report, "A112", "signup_date")
    assert [e.row for e in future.examples] == _rows_where(rows, lambda r: r[1] and dt.date.fromisoformat(r[1]) > AS_OF)
    assert future.count == 2 and future.level is Level.INFO
