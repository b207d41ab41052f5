"""The command line as a user runs it: exit codes, output formats, files written, bad input."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.cli import app
from tests.conftest import small_customers, small_orders, write_seg

runner = CliRunner()
GOOD = 'segment fr = country == "FR"\nsegment buyers = count(orders) > 0\nsegmentation plan_label { pro when plan == "pro"; other otherwise }\n'
BAD = 'segment fr = countyr == "FR"\nsegment x = plan == 3\n'


def run(*args: str):
    return runner.invoke(app, list(args))


def test_validate_clean_file_exits_zero(shop):
    result = run("validate", str(write_seg(shop, GOOD)))
    assert result.exit_code == 0
    assert "1 file checked: 0 errors, 0 warnings" in result.output


def test_validate_reports_every_error_with_location_and_exit_one(shop):
    path = write_seg(shop, BAD)
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert f"{path}:4:14" in result.output and "did you mean `country`?" in result.output
    assert f"{path}:5:13" in result.output and "error[E201 type-mismatch]" in result.output


def test_validate_json_format(shop):
    path = write_seg(shop, BAD)
    result = run("validate", str(path), "--format", "json")
    records = json.loads(result.stdout)["diagnostics"]
    assert [r["code"] for r in records] == ["E104", "E201"]
    first = records[0]
    assert set(first) >= {"code", "severity", "message", "file", "line", "column", "end_line", "end_column", "hints"}
    assert (first["file"], first["line"], first["column"], first["end_column"]) == (str(path), 4, 14, 21)


def test_validate_github_format(shop):
    path = write_seg(shop, BAD)
    lines = run("validate", str(path), "--format", "github").stdout.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(rf"::error file={re.escape(str(path))},line=4,col=14,endLine=4,endColumn=21,title=E104 unknown-column::no column `countyr` in customers%0Ahint: .*", lines[0])


def test_validate_sarif_format(shop):
    path = write_seg(shop, BAD)
    document = json.loads(run("validate", str(path), "--format", "sarif").stdout)
    assert document["version"] == "2.1.0" and document["$schema"].endswith("sarif-2.1.0.json")
    run_ = document["runs"][0]
    assert [rule["id"] for rule in run_["tool"]["driver"]["rules"]] == ["E104", "E201"]
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 4, "startColumn": 14, "endLine": 4, "endColumn": 21}
    assert run_["results"][0]["level"] == "error"


def test_validate_unknown_format_and_missing_file_exit_two(shop):
    assert run("validate", str(write_seg(shop, GOOD)), "--format", "xml").exit_code == 2
    result = run("validate", str(shop / "nope.seg"))
    assert result.exit_code == 2 and "file not found" in result.output


def test_schema_file_lets_ci_validate_without_data(shop, tmp_path):
    schema = run("schema", str(shop / "data/customers.parquet"), str(shop / "data/orders.parquet"))
    assert schema.exit_code == 0
    schema_file = tmp_path / "schema.json"
    schema_file.write_text(schema.stdout)
    columns = {c["name"]: c["type"] for c in json.loads(schema.stdout)["tables"][0]["columns"]}
    assert columns == {"customer_id": "integer", "signup_date": "date", "country": "string", "plan": "string",
                       "name": "string", "score": "float"}
    path = write_seg(shop, GOOD)
    for data in (shop / "data").iterdir():
        data.unlink()  # no data at all, as in CI
    assert run("validate", str(path)).exit_code == 1  # without a schema the tables are missing
    assert run("validate", str(path), "--schema", str(schema_file)).exit_code == 0


def test_eval_writes_membership_atomically(shop):
    path = write_seg(shop, GOOD)
    out = shop / "out" / "members.parquet"
    result = run("eval", str(path), "--out", str(out))
    assert result.exit_code == 0, result.output
    frame = pl.read_parquet(out).sort("customer_id")
    customers = small_customers()
    buyers = set(small_orders().filter(pl.col("order_date") <= pl.date(2026, 11, 1))["customer_id"])
    assert frame["fr"].to_list() == [c == "FR" for c in customers["country"]]
    assert frame["buyers"].to_list() == [c in buyers for c in customers["customer_id"]]
    assert frame["plan_label"].to_list() == ["pro" if p == "pro" else "other" for p in customers["plan"]]
    assert [p.name for p in out.parent.iterdir()] == ["members.parquet"]  # no temporary left


@pytest.mark.parametrize("suffix", ["csv", "ndjson"])
def test_eval_long_format(shop, suffix):
    out = shop / f"long.{suffix}"
    assert run("eval", str(write_seg(shop, GOOD)), "--long", "--out", str(out)).exit_code == 0
    frame = pl.read_csv(out) if suffix == "csv" else pl.read_ndjson(out)
    rows = set(frame.iter_rows())
    assert (1, "fr") in rows and (4, "fr") in rows and (2, "fr") not in rows
    assert (1, "plan_label=pro") in rows and (2, "plan_label=other") in rows


def test_eval_with_errors_writes_nothing(shop):
    out = shop / "members.parquet"
    result = run("eval", str(write_seg(shop, BAD)), "--out", str(out))
    assert result.exit_code == 1 and not out.exists()


def test_eval_rejects_unknown_output_format(shop):
    result = run("eval", str(write_seg(shop, GOOD)), "--out", str(shop / "members.xlsx"))
    assert result.exit_code == 2 and "unknown output format" in result.output


def test_corrupt_data_file_is_a_diagnostic(shop):
    (shop / "data" / "orders.parquet").write_bytes(b"PAR1 this is not parquet")
    out = shop / "members.parquet"
    result = run("eval", str(write_seg(shop, GOOD)), "--out", str(out))
    assert result.exit_code == 1
    assert "error[E302 unreadable-data]: cannot read" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_duplicate_keys_and_empty_table(shop):
    customers = small_customers()
    pl.concat([customers, customers.head(1)]).write_parquet(shop / "data" / "customers.parquet")
    result = run("eval", str(write_seg(shop, GOOD)))
    assert result.exit_code == 1
    assert "error[E304 duplicate-keys]: customers: 1 row repeats a key `customer_id` (e.g. 1)" in result.output
    customers.clear().write_parquet(shop / "data" / "customers.parquet")
    result = run("eval", str(write_seg(shop, GOOD)))
    assert result.exit_code == 1 and "error[E303 empty-table]" in result.output


def test_preview_shows_sizes_distributions_and_samples(shop):
    result = run("preview", str(write_seg(shop, GOOD)), "--segment", "fr", "--limit", "5")
    assert result.exit_code == 0, result.output
    assert re.search(r"fr\s+│\s+2 │\s+33\.3%", result.output)
    assert "Segmentation plan_label" in result.output and "Sample of fr" in result.output
    assert run("preview", str(write_seg(shop, GOOD)), "--segment", "frr").exit_code == 2


def test_explain_shows_the_pushed_down_plan(shop):
    result = run("explain", str(write_seg(shop, GOOD)))
    assert result.exit_code == 0, result.output
    assert "SELECTION: col(\"order_date\") <= 2026-11-01" in result.output
    assert result.output.count("Parquet SCAN") == 2 and "AGGREGATE" in result.output


def test_validate_does_not_import_scikit_learn_or_scrapy(shop):
    path = write_seg(shop, GOOD)
    code = (
        "import sys\n"
        "from segdsl.cli import main\n"
        f"sys.argv = ['segdsl', 'validate', {str(path)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scrapy', 'skops', 'twisted'))\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip().endswith("HEAVY=")


def test_examples_validate_on_a_fresh_clone():
    """With no data generated, `segdsl.schema.json` beside the examples is the schema source."""
    examples = Path(__file__).parent.parent / "examples"
    result = run("validate", *map(str, sorted(examples.glob("*.seg"))))
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.output


def test_enrichment_join_refuses_two_rows_for_one_domain(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    pl.DataFrame({"customer_id": [1, 2], "domain": ["https://www.acme.com/x", "beta.fr"]}).write_parquet(data / "customers.parquet")
    pl.DataFrame({"domain": ["acme.com", "WWW.ACME.COM"], "employee_count": [10, 20]}).write_parquet(data / "firmographics.parquet")
    header = 'customers from "data/customers.parquet" key customer_id\nenrichment firmographics from "data/firmographics.parquet" on domain\n'
    path = write_seg(tmp_path, "segment big = firmographics.employee_count > 5\n", header=header)
    result = run("eval", str(path))
    assert result.exit_code == 1
    assert "error[E502 enrichment-duplicates]: firmographics: 1 row repeats a domain (e.g. 'acme.com')" in result.output
    pl.DataFrame({"domain": ["acme.com"], "employee_count": [10]}).write_parquet(data / "firmographics.parquet")
    frame = pl.read_csv(run("eval", str(path)).stdout.encode())
    assert frame.sort("customer_id")["big"].to_list() == [True, False]


def test_validate_from_schema_files_does_not_import_polars(tmp_path):
    """In CI (no data, schema files only) Polars' import would be a third of validate's time."""
    for source in (Path(__file__).parent.parent / "examples").glob("*.seg"):
        shutil.copy(source, tmp_path / source.name)
    shutil.copy(Path(__file__).parent.parent / "examples" / "segdsl.schema.json", tmp_path)
    code = (
        "import sys\n"
        "from segdsl.cli import main\n"
        f"sys.argv = ['segdsl', 'validate', {str(tmp_path)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    print('EXIT=' + str(exit.code))\n"
        "print('POLARS=' + str('polars' in sys.modules))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["EXIT=0", "POLARS=False"]


def test_eval_loads_only_what_it_needs_and_turns_the_collector_back_on(shop):
    """`segdsl eval` imports neither the other commands' modules, nor Rich, nor NumPy; the garbage
    collector, off during start-up, is on again when the evaluation runs."""
    path = write_seg(shop, GOOD)
    out = shop / "members.parquet"
    code = (
        "import gc, sys\n"
        "from segdsl.cli import main\n"
        "import segdsl.api as api\n"
        "original = api.Definition.evaluate_to\n"
        "def spy(self, *args, **kwargs):\n"
        "    print('GC=' + str(gc.isenabled()))\n"
        "    return original(self, *args, **kwargs)\n"
        "api.Definition.evaluate_to = spy\n"
        f"sys.argv = ['segdsl', 'eval', {str(path)!r}, '--out', {str(out)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    print('EXIT=' + str(exit.code))\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('segdsl.formatting', 'segdsl.audit', 'segdsl.testing', "
        "'segdsl.diffing', 'segdsl.lsp', 'segdsl.insight', 'segdsl.report', 'segdsl_enrich', 'rich', 'numpy')))\n"
        "print('LOADED=' + ','.join(loaded))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert output == ["GC=True", "EXIT=0", "LOADED="], output
    assert pl.read_parquet(out).height == small_customers().height
