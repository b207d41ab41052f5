"""`enrich_command` on bad input: exit 2, one diagnostic on stderr, no traceback, no output file.
In-process (these paths stop before the crawl, so Scrapy is never imported)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from segdsl_enrich.command import _conclude, enrich_command, read_domains
from segdsl_enrich.inputs import why_not_a_domain
from segdsl_enrich.progress import Outcome
from segdsl_enrich.workers import parse_message
from segdsl.diagnostics import DiagnosticError

app = typer.Typer()
app.command()(enrich_command)


def write_csv(folder: Path) -> None:
    pl.DataFrame({"domain": ["a.com"]}).write_csv(folder / "in.csv")


@pytest.mark.parametrize(
    ("setup", "args", "lines"),
    [
        (None, ["missing.csv", "--out", "o.parquet"],
         ["error[E301 file-not-found]: input table missing.csv does not exist", "  --> missing.csv", "   = hint: check the path"]),
        ("corrupt", ["bad.parquet", "--out", "o.parquet"],
         ["error[E302 unreadable-data]: cannot read bad.parquet: ", "   = hint: is it a valid .parquet, .csv or .ndjson file?"]),
        ("csv", ["in.csv", "--out", "o.parquet", "--domain-column", "site"],
         ["error[E501 enrichment-input]: no column `site` in in.csv", "   = hint: pick one with --domain-column: domain"]),
        ("empty", ["in.csv", "--out", "o.parquet"],
         ["error[E501 enrichment-input]: column `domain` of in.csv holds no usable domain",
          "   = hint: values must be domains, URLs or e-mail addresses"]),
        ("csv", ["in.xlsx", "--out", "o.parquet"], ["error[E301 file-not-found]: input table in.xlsx does not exist"]),
        ("xlsx", ["in.xlsx", "--out", "o.parquet"], ["error[E307 unsupported-format]: unsupported data file type `.xlsx`"]),
        ("csv", ["in.csv", "--out", "o.csv"], ["error[E306 output-error]: output o.csv must be a .parquet file"]),
        ("csv", ["in.csv", "--out", "in.csv/o.parquet"], ["error[E306 output-error]: cannot write in.csv/o.parquet: "]),
        ("not-ours", ["in.csv", "--out", "o.parquet"],
         ["error[E302 unreadable-data]: existing output o.parquet is not an enrichment file",
          "   = hint: delete it, or pass --refresh to overwrite it"]),
        ("csv", ["in.csv", "--out", "o.parquet", "--resolve", "nonsense"],
         ["error[E501 enrichment-input]: bad --resolve `nonsense`: expected HOST=IP or HOST=IP:PORT with a domain name as HOST",
          "   = hint: example: --resolve example.com=127.0.0.1:8080"]),
        ("csv", ["in.csv", "--out", "o.parquet", "--cache-dir", "in.csv"],
         ["error[E501 enrichment-input]: --cache-dir in.csv is not a directory"]),
        ("csv", ["in.csv", "--out", "o.parquet", "--resolve", "a.com=127.0.0.1:99999"],
         ["error[E501 enrichment-input]: bad --resolve `a.com=127.0.0.1:99999`: port 99999 is out of range"]),
    ],
)
def test_bad_input_exits_2_with_a_diagnostic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: str | None,
                                             args: list[str], lines: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    if setup == "corrupt":
        (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    if setup in ("csv", "not-ours"):
        write_csv(tmp_path)
    if setup == "empty":
        pl.DataFrame({"domain": ["localhost", None, "127.0.0.1"]}).write_csv(tmp_path / "in.csv")
    if setup == "xlsx":
        (tmp_path / "in.xlsx").write_bytes(b"PK")
    if setup == "not-ours":
        pl.DataFrame({"x": [1]}).write_parquet(tmp_path / "o.parquet")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    stderr = result.stderr.splitlines()
    for expected in lines:
        assert any(line.startswith(expected) for line in stderr), (expected, stderr)
    assert "Traceback" not in result.output
    assert not (tmp_path / "o.parquet").exists() or setup == "not-ours"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def test_workers_below_one_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_csv(tmp_path)
    result = CliRunner().invoke(app, ["in.csv", "--out", "o.parquet", "--workers", "0"])
    assert result.exit_code == 2
    assert "Invalid value for '--workers': 0 is not in the range 1<=x<=64." in " ".join(result.output.replace("│", " ").split())
    assert not (tmp_path / "o.parquet").exists()


def test_read_domains_normalises_and_deduplicates(tmp_path: Path) -> None:
    path = tmp_path / "customers.ndjson"
    pl.DataFrame({"email": ["jane@Acme.com", "https://www.acme.com/about", None, "bob@shop.example.co.uk",
                            "localhost"]}).write_ndjson(path)
    domains, skipped = read_domains(path, "email")
    assert domains == ["acme.com", "example.co.uk"]
    assert (skipped.count, skipped.empty, skipped.examples) == (2, 1, [(5, "localhost", "no dot: not a public domain name")])


@pytest.mark.parametrize(
    ("value", "why"),
    [("10.0.0.1", "an IP address, not a domain name"), ("http://[::1]:8080/", "an IP address, not a domain name"),
     ("n/a", "no dot: not a public domain name"), ("acme dot com", "not a host name (spaces or characters a domain cannot hold)"),
     ("shop.internal", "no public suffix: not a registrable domain")],
)
def test_why_a_value_is_not_a_domain(value: str, why: str) -> None:
    assert why_not_a_domain(value) == why


def test_skipped_rows_are_counted_beyond_the_ones_shown(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    pl.DataFrame({"domain": ["acme.com"] + [f"host{i}" for i in range(8)]}).write_csv(path)
    _, skipped = read_domains(path, "domain")
    assert skipped.count == 8 and [row for row, _, _ in skipped.examples] == [2, 3, 4, 5, 6]
    assert skipped.describe("domain").endswith("; and 3 more")


def test_read_domains_reports_non_text_column(tmp_path: Path) -> None:
    pl.DataFrame({"domain": [1, 2]}).write_parquet(tmp_path / "in.parquet")
    with pytest.raises(DiagnosticError) as caught:
        read_domains(tmp_path / "in.parquet", "domain")
    assert caught.value.diagnostics[0].code == "E501"


@pytest.mark.parametrize(
    ("outcome", "code", "message"),
    [
        (Outcome(rows=[{"status": "ok"}, {"status": "failed"}], pages=5), 0, None),
        (Outcome(rows=[{"status": "ok"}], pages=2, interrupted=True), 130,
         "interrupted: 1 domains saved to out.parquet; run again to resume the other 2"),
        (Outcome(rows=[], returncode=1, log_tail="MemoryError"), 1,
         "error: the crawl process exited with code 1; 0 domains saved to out.parquet; run again to resume the other 3."),
    ],
)
def test_conclusion_and_exit_code(outcome: Outcome, code: int, message: str | None) -> None:
    console = Console(record=True, width=200)
    assert _conclude(console, outcome, Path("out.parquet"), todo=3, skipped=4) == code
    text = console.export_text()
    ok = sum(row["status"] == "ok" for row in outcome.rows)
    assert re.search(rf"ok\s+│\s+{ok} │", text) and re.search(r"skipped \(already in output\)\s+│\s+4 │", text)
    assert (message in text) if message else ("error" not in text and "interrupted" not in text)


def test_result_lines_cut_short_are_dropped() -> None:
    stream = io.StringIO('{"page": "http://a.com/"}\nnot json\n{"row": {"domain": "a.com"}}\n[1]\n{"row": {"dom')
    parsed = [parse_message(line) for line in stream]
    assert [message for message in parsed if message] == [{"page": "http://a.com/"}, {"row": {"domain": "a.com"}}]


def test_cli_startup_never_imports_scrapy() -> None:
    """`segdsl validate` imports segdsl_enrich.command at start-up; Scrapy and Twisted must stay out."""
    code = "import sys, segdsl.cli, segdsl_enrich.command; print('scrapy' in sys.modules, 'twisted' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"


def test_a_crawl_process_loads_neither_polars_nor_the_definition_parser() -> None:
    """Each crawl process pays its imports (one per CPU): Polars and Lark are the CLI's, not its."""
    code = ("import sys; from segdsl_enrich.crawl import warm_up; warm_up(); "
            "print([name for name in ('polars', 'lark', 'segdsl.syntax', 'py3langid') if name in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['py3langid']"  # the warm-up did load the language model


def test_an_output_from_an_older_version_is_named_as_such(tmp_path: Path) -> None:
    from segdsl_enrich.command import read_previous
    from segdsl_enrich.record import OUTPUT_SCHEMA

    older = {name: dtype for name, dtype in OUTPUT_SCHEMA.items() if name not in ("sources", "industry_inferred")}
    pl.DataFrame(schema=older).write_parquet(tmp_path / "old.parquet")
    with pytest.raises(DiagnosticError) as caught:
        read_previous(tmp_path / "old.parquet")
    assert caught.value.diagnostics[0].message == (
        f"existing output {tmp_path / 'old.parquet'} was written by an older segdsl (no `sources` column)")
