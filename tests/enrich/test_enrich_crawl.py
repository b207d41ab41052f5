"""End-to-end: `enrich_command` in a subprocess (Scrapy runs once per process) against the local
fixture web, values read back from the Parquet file and requests read back from the server's log.
One crawl covers every fixture site (module fixture) to keep the suite fast."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

import polars as pl
import pytest

from segdsl_enrich.fixture_server import DEMO_DOMAINS, WEB_ROOT, FixtureServer, Hit, start
from segdsl_enrich.record import OUTPUT_SCHEMA

CASES = sorted(p.stem for p in WEB_ROOT.glob("case-*.json"))
# A one-command Typer app around enrich_command, as the segdsl CLI registers it.
CLI = [sys.executable, "-c", "import typer; from segdsl_enrich.command import enrich_command; "
       "app = typer.Typer(); app.command()(enrich_command); app()"]
DELAY = 0.2
TIMEOUT = 1.0  # --timeout given to every crawl below
T = TypeVar("T")


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    server, _ = start()
    yield server
    server.shutdown()


def enrich(server: FixtureServer, args: list[str], *extra_resolve: str, delay: float = 0) -> subprocess.CompletedProcess[str]:
    port = server.server_address[1]
    resolve = [f"--resolve={d}=127.0.0.1:{port}" for d in (*DEMO_DOMAINS, *CASES)]
    resolve += [f"--resolve={entry}" for entry in extra_resolve]
    return subprocess.run([*CLI, *args, *resolve, "--delay", str(delay), "--timeout", str(TIMEOUT), "--max-bytes", "100000"],
                          capture_output=True, text=True, timeout=60)


def hits_during(server: FixtureServer, run: Callable[[], T]) -> tuple[T, list[Hit]]:
    """What `run` returned, and the requests the fixture web served meanwhile."""
    before = len(server.web.hits)
    result = run()
    return result, server.web.hits[before:]


def paths(hits: list[Hit], host: str) -> list[str]:
    return [hit.path for hit in hits if hit.host == host]


@pytest.fixture(scope="module")
def customers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The messy shapes of a real customer table: URLs, www., upper case, e-mails, nulls, repeats."""
    path = tmp_path_factory.mktemp("customers") / "customers.parquet"
    sites = [f"https://www.{d}/" for d in (*DEMO_DOMAINS, *CASES)]
    sites += ["info@northwind-software.com", "PIXEL-FORGE.IO/contact", None, "not a domain"]
    pl.DataFrame({"id": range(len(sites)), "site": sites}).write_parquet(path)
    return path


class Crawl(NamedTuple):
    frame: pl.DataFrame
    hits: list[Hit]
    result: subprocess.CompletedProcess[str]


def crawl_customers(server: FixtureServer, customers: Path, out: Path, workers: int) -> Crawl:
    result, hits = hits_during(server, lambda: enrich(
        server, [str(customers), "--out", str(out), "--domain-column", "site", "--workers", str(workers)],
        "intranet.case-redirect-internal.com=10.0.0.7", delay=DELAY))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(rf"crawling \d+ domains in {workers} process", result.stderr)
    return Crawl(pl.read_parquet(out), hits, result)


@pytest.fixture(scope="module")
def crawl(server: FixtureServer, customers: Path, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    """The crawl most tests read: two crawl processes, so that every rule below (politeness,
    robots.txt, redirects, the guard) is checked across processes."""
    return crawl_customers(server, customers, tmp_path_factory.mktemp("crawl") / "firmo.parquet", workers=2)


@pytest.fixture(scope="module")
def crawl_result(crawl: Crawl) -> subprocess.CompletedProcess[str]:
    return crawl.result


@pytest.fixture(scope="module")
def crawled(crawl: Crawl) -> pl.DataFrame:
    return crawl.frame


def row(frame: pl.DataFrame, domain: str) -> dict:
    return frame.filter(pl.col("domain") == domain).to_dicts()[0]


def test_the_number_of_crawl_processes_does_not_change_the_rows(
        server: FixtureServer, customers: Path, crawl: Crawl, tmp_path: Path) -> None:
    alone, hits, _ = crawl_customers(server, customers, tmp_path / "firmo.parquet", workers=1)
    assert alone.drop("fetched_at").equals(crawl.frame.drop("fetched_at"))
    # Sets: the server notes a request when it has answered, and case-slow.com answers after the
    # crawler has given up (and may have ended), so a count could include the previous crawl's.
    assert {(hit.host, hit.path) for hit in hits} == {(hit.host, hit.path) for hit in crawl.hits}


def test_schema_and_one_row_per_domain(crawled: pl.DataFrame) -> None:
    assert crawled.schema == OUTPUT_SCHEMA
    assert crawled["domain"].to_list() == sorted((*DEMO_DOMAINS, *CASES))


def test_demo_company_values(crawled: pl.DataFrame) -> None:
    northwind = row(crawled, "northwind-software.com")
    assert (northwind["name"], northwind["industry"], northwind["employee_count"], northwind["founded_year"],
            northwind["country_code"], northwind["status"], northwind["http_status"], northwind["error"]) == (
        "Northwind Software", "software", 310, 2009, "US", "ok", 200, None)
    assert northwind["technologies"] == ["Google Analytics", "HubSpot", "React", "nginx"]
    assert northwind["final_url"] == "https://northwind-software.com/"
    assert northwind["fetched_at"].tzinfo is not None
    bergmann = row(crawled, "bergmann-maschinenbau.de")
    assert (bergmann["employee_range_min"], bergmann["employee_range_max"], bergmann["postal_code"]) == (50, 200, "70565")
    assert row(crawled, "helios-health.de")["employee_count"] == 1200
    lumiere = row(crawled, "lumiere-conseil.fr")
    assert (lumiere["employee_count"], lumiere["language"], lumiere["country_code"]) == (200, "fr", "FR")
    assert row(crawled, "case-latin1.fr")["locality"] == "Besançon"
    assert all(row(crawled, d)["status"] == "ok" and row(crawled, d)["industry"] for d in DEMO_DOMAINS)


def test_https_first_then_http(crawled: pl.DataFrame) -> None:
    """case-french.fr refuses TLS (like a closed port 443): the crawl falls back to http."""
    french = row(crawled, "case-french.fr")
    assert (french["status"], french["final_url"], french["founded_year"]) == ("ok", "http://case-french.fr/", 2004)


def test_failures_are_rows(crawled: pl.DataFrame) -> None:
    missing = row(crawled, "case-404.com")
    assert (missing["status"], missing["error"], missing["http_status"]) == ("failed", "HTTP 404", 404)
    assert (row(crawled, "case-500.com")["error"], row(crawled, "case-500.com")["http_status"]) == ("HTTP 500", 500)


def test_robots_txt_is_obeyed(crawl: Crawl) -> None:
    frame, hits = crawl.frame, crawl.hits
    robots = row(frame, "case-robots.com")
    assert (robots["status"], robots["error"], robots["founded_year"]) == ("robots", "forbidden by robots.txt", None)
    # An http-only site: the failed https robots.txt must not stand for the http one.
    assert paths(hits, "case-robots.com") == ["/robots.txt"]


def test_a_page_robots_txt_forbids_is_never_fetched(crawl: Crawl) -> None:
    frame, hits = crawl.frame, crawl.hits
    got = row(frame, "case-robots-page.com")
    assert (got["status"], got["name"], got["founded_year"], got["legal_name"]) == ("ok", "Robots Page Case", 2001, None)
    assert sorted(paths(hits, "case-robots-page.com")) == ["/", "/about", "/robots.txt"]
    # Every robots.txt is asked once per scheme and host, never per page.
    assert paths(hits, "case-robots-page.com").count("/robots.txt") == 1


def test_rows_without_a_domain_are_reported(crawl_result: subprocess.CompletedProcess[str]) -> None:
    bad_row = len(DEMO_DOMAINS) + len(CASES) + 4  # 1-based row of "not a domain": after the sites, 2 more values, a null
    report = " ".join(crawl_result.stderr.split())
    assert (f"skipped 2 rows of `site` that hold no usable domain (1 empty): row {bad_row}: 'not a domain' "
            "(not a host name (spaces or characters a domain cannot hold))") in report
    assert re.search(r"skipped \(not a domain\)\s+│\s+2 │", crawl_result.stderr)


def test_timeout_and_size_cap(crawled: pl.DataFrame) -> None:
    slow, large = row(crawled, "case-slow.com"), row(crawled, "case-large.com")
    assert slow["status"] == "failed" and slow["error"].startswith("DownloadTimeoutError: ")
    assert "1.0" in slow["error"]
    assert large["status"] == "failed"
    assert "larger than download max size (100000)" in large["error"]
    assert large["founded_year"] is None


def test_redirects(crawled: pl.DataFrame) -> None:
    other = row(crawled, "case-redirect-other.com")
    assert (other["status"], other["final_url"], other["name"]) == ("ok", "http://northwind-software.com/", "Northwind Software")
    private = row(crawled, "case-redirect-private.com")
    assert (private["status"], private["error"]) == ("blocked", "IP-literal host 169.254.169.254 is not allowed")
    internal = row(crawled, "case-redirect-internal.com")
    assert (internal["status"], internal["error"]) == (
        "blocked", "intranet.case-redirect-internal.com resolves to 10.0.0.7, in blocked network 10.0.0.0/8")


def test_a_team_page_is_fetched_only_for_a_head_count_and_nothing_personal_is_stored(
        crawl: Crawl) -> None:
    """No other page states a head count, so the home page's first team page is fetched once more,
    and only its head count is kept: not its Person JSON-LD, its names, e-mails, phones or the
    "worksFor" name. A person's own page is never fetched."""
    frame, hits = crawl.frame, crawl.hits
    staff = row(frame, "case-staff.com")
    assert staff["name"] == "Staff Case"
    assert staff["description"] == "Staff Case makes widgets."
    assert (staff["employee_count"], staff["employee_range_min"], staff["employee_range_max"]) == (12, 12, 12)
    source = next(entry for entry in staff["sources"] if entry["field"] == "employee_count")
    assert (source["source"], source["url"].split("://")[1]) == ("text", "case-staff.com/team")
    text = json.dumps(staff, default=str)
    for leak in ("Jane", "Roe", "John", "Smith", "@", "555", "Leaky"):
        assert leak not in text
    assert sorted(paths(hits, "case-staff.com")) == ["/", "/about", "/robots.txt", "/team"]


def test_a_team_page_is_not_fetched_when_another_page_states_the_head_count(
        crawl: Crawl) -> None:
    frame, hits = crawl.frame, crawl.hits
    # case-french.fr states "plus de 200 salariés" on its home page: no team page is asked for
    assert not any("team" in path or "equipe" in path for path in paths(hits, "case-french.fr"))


def test_one_request_at_a_time_per_site_with_a_delay(crawl: Crawl) -> None:
    by_host: dict[str, list[Hit]] = defaultdict(list)
    for hit in crawl.hits:
        by_host[hit.host].append(hit)
    several = {host: sorted(hits, key=lambda h: h.started) for host, hits in by_host.items() if len(hits) > 2}
    assert len(several) >= 10
    for host, hits in several.items():
        for previous, following in zip(hits, hits[1:]):
            # A request the crawler gave up on (--timeout 1) ends for it after 1 s, whatever the server does next;
            # the server notes its start a little after the crawler's clock started, hence the 50 ms.
            assert following.started >= min(previous.finished, previous.started + TIMEOUT - 0.05), f"overlapping requests to {host}"
            # Scrapy randomises the delay between 0.5x and 1.5x.
            assert following.started - previous.started >= DELAY * 0.5 - 0.02, f"no delay between requests to {host}"


def test_page_budget(server: FixtureServer, tmp_path: Path) -> None:
    """--max-pages 2: the home page and the best-ranked link only (the legal notice)."""
    pl.DataFrame({"domain": ["lumiere-conseil.fr"]}).write_csv(tmp_path / "in.csv")
    result, hits = hits_during(server, lambda: enrich(
        server, [str(tmp_path / "in.csv"), "--out", str(tmp_path / "o.parquet"), "--max-pages", "2"]))
    assert result.returncode == 0, result.stderr
    assert sorted(paths(hits, "lumiere-conseil.fr")) == ["/", "/mentions-legales", "/robots.txt"]
    assert re.search(r"pages fetched\s+│\s+2 │", result.stderr)
    got = pl.read_parquet(tmp_path / "o.parquet").to_dicts()[0]
    assert (got["legal_name"], got["postal_code"], got["founded_year"]) == ("Lumière Conseil SAS", "69002", 2004)


def test_resume_refresh_and_cache(server: FixtureServer, tmp_path: Path) -> None:
    out, cache = tmp_path / "out.parquet", tmp_path / "cache"
    args = [str(tmp_path / "in.csv"), "--out", str(out), "--cache-dir", str(cache)]
    pl.DataFrame({"domain": ["pixel-forge.io"]}).write_csv(tmp_path / "in.csv")
    assert enrich(server, args).returncode == 0
    first = pl.read_parquet(out)
    pl.DataFrame({"domain": ["pixel-forge.io", "quantum-ledger.com"]}).write_csv(tmp_path / "in.csv")

    result, hits = hits_during(server, lambda: enrich(server, args))
    assert result.returncode == 0, result.stderr
    resumed = pl.read_parquet(out)
    assert resumed["domain"].to_list() == ["pixel-forge.io", "quantum-ledger.com"]
    assert resumed.row(0) == first.row(0)
    assert {hit.host for hit in hits} == {"quantum-ledger.com"}

    result, hits = hits_during(server, lambda: enrich(server, [*args, "--refresh"]))
    assert result.returncode == 0, result.stderr
    refreshed = pl.read_parquet(out)
    assert refreshed["fetched_at"][0] > first["fetched_at"][0]
    assert refreshed.drop("fetched_at").equals(resumed.drop("fetched_at"))
    assert hits == []  # every page came from --cache-dir


def test_retry_failed_recrawls_failed_domains_only(server: FixtureServer, tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    args = [str(tmp_path / "in.csv"), "--out", str(out)]
    pl.DataFrame({"domain": ["pixel-forge.io", "case-500.com"]}).write_csv(tmp_path / "in.csv")
    assert enrich(server, args).returncode == 0
    first = pl.read_parquet(out)
    assert first["status"].to_list() == ["failed", "ok"]  # sorted by domain: case-500.com, pixel-forge.io

    result, hits = hits_during(server, lambda: enrich(server, args))
    assert result.returncode == 0 and hits == []  # a plain re-run keeps failed rows too

    result, hits = hits_during(server, lambda: enrich(server, [*args, "--retry-failed"]))
    assert result.returncode == 0, result.stderr
    assert {hit.host for hit in hits} == {"case-500.com"}
    again = pl.read_parquet(out)
    assert again.row(1) == first.row(1)  # the good domain's row is kept as it was
    assert again["fetched_at"][0] > first["fetched_at"][0]


def test_resolver_refuses_private_answer(server: FixtureServer, tmp_path: Path) -> None:
    """Only loopback is exempt for --resolve'd names: a private answer is refused at resolution."""
    pl.DataFrame({"domain": ["pixel-forge.io"]}).write_csv(tmp_path / "in.csv")
    result = subprocess.run([*CLI, str(tmp_path / "in.csv"), "--out", str(tmp_path / "o.parquet"), "--delay", "0",
                             "--timeout", "1", "--resolve", "pixel-forge.io=192.168.1.20"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    got = pl.read_parquet(tmp_path / "o.parquet").to_dicts()[0]
    assert (got["status"], got["error"]) == ("blocked", "pixel-forge.io resolves to 192.168.1.20, in blocked network 192.168.0.0/16")


def test_a_bot_challenge_on_the_home_page_is_blocked_not_failed(crawled: pl.DataFrame) -> None:
    got = row(crawled, "case-challenge.com")
    assert (got["status"], got["error"]) == ("blocked", "HTTP 403: bot challenge (cf-mitigated: challenge)")
    assert got["name"] is None
