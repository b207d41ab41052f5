"""End-to-end: `segdsl enrich` in a subprocess against the local fixture web, values read back
from the Parquet file. One crawl covers every case (module fixture) to keep the suite fast."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from enrich.fixture_server import DEMO_DOMAINS, WEB_ROOT, start
from enrich.record import OUTPUT_SCHEMA

CASES = sorted(p.stem for p in WEB_ROOT.glob("case-*.json"))
CLI = [sys.executable, "-c", "from segdsl.cli import main; main()", "enrich"]


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server, port = start()
    yield port
    server.shutdown()


def enrich(args: list[str], port: int, extra_resolve: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    resolve = [f"--resolve={d}=127.0.0.1:{port}" for d in (*DEMO_DOMAINS, *CASES)]
    resolve += [f"--resolve={entry}" for entry in extra_resolve]
    return subprocess.run([*CLI, *args, *resolve, "--delay", "0", "--timeout", "1", "--max-bytes", "100000"],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def crawled(port: int, tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    folder = tmp_path_factory.mktemp("crawl")
    customers = [f"https://www.{d}/" for d in (*DEMO_DOMAINS, *CASES)] + ["info@northwind-software.com", None]
    pl.DataFrame({"id": range(len(customers)), "site": customers}).write_parquet(folder / "customers.parquet")
    result = enrich([str(folder / "customers.parquet"), "--out", str(folder / "firmo.parquet"), "--domain-column", "site"],
                    port, extra_resolve=("intranet.case-redirect-internal.com=10.0.0.7",))
    assert result.returncode == 0, result.stderr
    return pl.read_parquet(folder / "firmo.parquet")


def row(frame: pl.DataFrame, domain: str) -> dict:
    return frame.filter(pl.col("domain") == domain).to_dicts()[0]


def test_schema_and_one_row_per_domain(crawled: pl.DataFrame) -> None:
    assert crawled.schema == OUTPUT_SCHEMA
    assert sorted(crawled["domain"]) == sorted((*DEMO_DOMAINS, *CASES))


def test_demo_company_values(crawled: pl.DataFrame) -> None:
    northwind = row(crawled, "northwind-software.com")
    assert (northwind["name"], northwind["industry"], northwind["employee_count"], northwind["founded_year"],
            northwind["country_code"], northwind["status"], northwind["http_status"]) == (
        "Northwind Software", "software", 310, 2009, "US", "ok", 200)
    assert northwind["technologies"] == ["Google Analytics", "HubSpot", "React", "nginx"]
    bergmann = row(crawled, "bergmann-maschinenbau.de")
    assert (bergmann["employee_range_min"], bergmann["employee_range_max"], bergmann["postal_code"]) == (50, 200, "70565")
    assert row(crawled, "helios-health.de")["employee_count"] == 1200
    assert row(crawled, "case-latin1.fr")["locality"] == "Besançon"


def test_failures_are_rows(crawled: pl.DataFrame) -> None:
    assert (row(crawled, "case-404.com")["status"], row(crawled, "case-404.com")["error"], row(crawled, "case-404.com")["http_status"]) == ("failed", "HTTP 404", 404)
    assert row(crawled, "case-500.com")["error"] == "HTTP 500"
    assert row(crawled, "case-robots.com")["status"] == "robots"
    assert row(crawled, "case-robots.com")["founded_year"] is None


def test_limits(crawled: pl.DataFrame) -> None:
    slow, large = row(crawled, "case-slow.com"), row(crawled, "case-large.com")
    assert slow["status"] == "failed" and slow["error"].startswith("DownloadTimeoutError")
    assert large["status"] == "failed" and "larger than download max size (100000)" in large["error"]


def test_redirects(crawled: pl.DataFrame) -> None:
    other = row(crawled, "case-redirect-other.com")
    assert (other["status"], other["final_url"], other["name"]) == ("ok", "http://northwind-software.com/", "Northwind Software")
    private = row(crawled, "case-redirect-private.com")
    assert (private["status"], private["error"]) == ("blocked", "IP-literal host 169.254.169.254 is not allowed")
    internal = row(crawled, "case-redirect-internal.com")
    assert internal["status"] == "blocked"
    assert internal["error"] == ("intranet.case-redirect-internal.com resolves to 10.0.0.7, "
                                 "in blocked network 10.0.0.0/8")


def test_staff_page_leaks_nothing(crawled: pl.DataFrame) -> None:
    staff = row(crawled, "case-staff.com")
    text = json.dumps(staff, default=str)
    assert staff["name"] == "Staff Case Inc"
    for leak in ("Jane", "Roe", "John", "Smith", "@", "555", "Leaky"):
        assert leak not in text


def test_resume_and_refresh(port: int, tmp_path: Path) -> None:
    pl.DataFrame({"domain": ["pixel-forge.io"]}).write_csv(tmp_path / "in.csv")
    out = tmp_path / "out.parquet"
    assert enrich([str(tmp_path / "in.csv"), "--out", str(out)], port).returncode == 0
    first = pl.read_parquet(out)["fetched_at"][0]
    pl.DataFrame({"domain": ["pixel-forge.io", "quantum-ledger.com"]}).write_csv(tmp_path / "in.csv")
    assert enrich([str(tmp_path / "in.csv"), "--out", str(out)], port).returncode == 0
    resumed = pl.read_parquet(out).sort("domain")
    assert resumed["domain"].to_list() == ["pixel-forge.io", "quantum-ledger.com"]
    assert resumed["fetched_at"][0] == first
    assert enrich([str(tmp_path / "in.csv"), "--out", str(out), "--refresh"], port).returncode == 0
    assert pl.read_parquet(out).sort("domain")["fetched_at"][0] > first


def test_resolver_refuses_private_answer(tmp_path: Path) -> None:
    """Only loopback is exempt for --resolve'd names: a private answer is refused at resolution."""
    pl.DataFrame({"domain": ["pixel-forge.io"]}).write_csv(tmp_path / "in.csv")
    result = subprocess.run([*CLI, str(tmp_path / "in.csv"), "--out", str(tmp_path / "o.parquet"), "--delay", "0",
                             "--timeout", "1", "--resolve", "pixel-forge.io=192.168.1.20"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    got = pl.read_parquet(tmp_path / "o.parquet").to_dicts()[0]
    assert (got["status"], got["error"]) == ("blocked", "pixel-forge.io resolves to 192.168.1.20, in blocked network 192.168.0.0/16")


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["missing.csv", "--out", "o.parquet"], "error[E301 file-not-found]: input table missing.csv does not exist"),
        ("corrupt", ["bad.parquet", "--out", "o.parquet"], "error[E302 unreadable-data]: cannot read bad.parquet"),
        ("csv", ["in.csv", "--out", "o.parquet", "--domain-column", "site"], "error[E501 enrichment-input]: no column `site` in in.csv"),
        ("csv", ["in.csv", "--out", "o.csv"], "error[E306 output-error]: output o.csv must be a .parquet file"),
        ("csv", ["in.csv", "--out", "o.parquet", "--resolve", "nonsense"], "error[E501 enrichment-input]: bad --resolve `nonsense`"),
    ],
)
def test_bad_input_exits_2_with_diagnostic(tmp_path: Path, setup: str | None, args: list[str], message: str) -> None:
    if setup == "corrupt":
        (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    if setup == "csv":
        pl.DataFrame({"domain": ["a.com"]}).write_csv(tmp_path / "in.csv")
    result = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o.parquet").exists()
