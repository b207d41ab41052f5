"""`segdsl report` in a real headless browser (Debian's chromium, driven by Playwright): the page
loads from file:// with no console error and no network request, every chart renders, and a
screenshot is taken. The numbers in the page's tables are checked against hand-written Polars."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.cli import app
from tests.services import require

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).parent.parent / ".test-artifacts"

runner = CliRunner()


SECRET = "jane.doe@example.org"
AUDIT = {  # the shape `segdsl audit --format json` writes (format 1); examples are customer rows
    "segdsl_audit": 1, "definition": "outcomes.seg", "as_of": "2026-09-01", "tables": [],
    "findings": [
        {"code": "E900", "name": "x", "level": "warning", "table": "customers", "file": "c.parquet", "column": "email",
         "message": "3 values are not e-mail addresses", "count": 3, "examples": [{"row": 4, "value": SECRET}], "hint": None},
        {"code": "E901", "name": "y", "level": "info", "table": "orders", "file": "o.parquet", "column": "amount",
         "message": "outliers", "count": 12, "examples": [], "hint": None},
    ],
    "summary": {"errors": 0, "warnings": 1, "infos": 1},
}


@pytest.fixture(scope="module")
def report(outcome_example: Path, tmp_path_factory) -> Path:
    import json

    folder = tmp_path_factory.mktemp("report")
    out, audit = folder / "report.html", folder / "audit.json"
    audit.write_text(json.dumps(AUDIT), encoding="utf-8")
    result = runner.invoke(app, ["report", str(outcome_example), "--out", str(out), "--history", "4 months", "--audit", str(audit)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require(sync_playwright is not None, "Playwright for Python", 'pip install -e ".[dev]"')
    require(Path(CHROMIUM).is_file(), "chromium", "apt-get install -y chromium chromium-driver")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


def test_report_renders_offline_with_every_chart(report: Path, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors, requests = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    page.wait_for_function("document.querySelectorAll('.chart .main-svg').length >= document.querySelectorAll('.chart').length")
    charts = page.locator("section .chart")
    expected = report.read_text(encoding="utf-8").count('class="chart"')
    assert charts.count() == expected >= 7
    for index in range(expected):
        chart = charts.nth(index)
        svg = chart.locator("svg.main-svg").first
        box = svg.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 100
        marks = chart.locator(".plot .points path, .plot .trace, .heatmaplayer image, .scatterlayer .trace, .barlayer .trace")
        assert marks.count() > 0, f"chart {index} has no marks"
    assert errors == []
    assert [url for url in requests if not url.startswith("file://")] == []
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    page.screenshot(path=str(SCREENSHOTS / "report-full.png"), full_page=True)
    page.close()


def test_report_tables_match_hand_computed_sizes(report: Path, outcome_data: dict):
    """The segment-size table in the page against the same sizes computed by hand."""
    text = report.read_text(encoding="utf-8")
    table = text[text.index("Segment sizes: numbers"):]
    table = table[: table.index("</table>")]
    cells = re.findall(r"<td>([^<]*)</td>", table)
    shown = {cells[i]: int(cells[i + 1].replace(",", "").split(".")[0]) for i in range(0, len(cells), 3)}
    for segment, size in outcome_data["sizes_partial"].items():
        assert shown[segment] == size


def test_report_has_no_personal_data(report: Path, outcome_data: dict):
    text = report.read_text(encoding="utf-8")
    assert "Data audit" in text and SECRET not in text  # the audit's counts, never its example values
    customers = pl.read_parquet(outcome_data["customers"])
    for column in ("email", "phone", "name", "domain"):
        if column in customers.columns:
            for value in customers.get_column(column).drop_nulls().head(50).to_list():
                assert str(value) not in text


@pytest.mark.parametrize("content", ["not json", '{"segdsl_audit": 2, "findings": []}', None])
def test_bad_audit_file_is_a_diagnostic_and_writes_nothing(outcome_example: Path, tmp_path: Path, content):
    audit, out = tmp_path / "audit.json", tmp_path / "report.html"
    if content is not None:
        audit.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["report", str(outcome_example), "--out", str(out), "--history", "none", "--audit", str(audit)])
    assert result.exit_code == 2 and "E260" in result.output
    assert not out.exists()
