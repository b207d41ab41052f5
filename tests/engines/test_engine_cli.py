"""The engines from the command line: --engine on eval/test/diff/explain, the project default in
[tool.segdsl], and the diagnostics for an unknown engine or an unreachable server."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.cli import app
from segdsl.datagen import generate

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("project")
    for file in (*EXAMPLES.glob("*.seg"), *EXAMPLES.glob("*.segtest")):
        shutil.copy(file, folder / file.name)
    shutil.copytree(EXAMPLES / "fixtures", folder / "fixtures")
    generate(folder / "data", customers=400, seed=5)
    from segdsl.datagen import DOMAINS

    pl.DataFrame({"domain": DOMAINS, "industry": ["software"] * len(DOMAINS), "employee_count": [100] * len(DOMAINS),
                  "country_code": ["US"] * len(DOMAINS), "founded_year": [2000] * len(DOMAINS)}).write_parquet(folder / "data" / "firmographics.parquet")
    return folder


def test_eval_on_duckdb_writes_the_polars_output(project, tmp_path):
    for engine in ("polars", "duckdb"):
        result = runner.invoke(app, ["eval", str(project / "rfm.seg"), "--engine", engine, "--out", str(tmp_path / f"{engine}.parquet")])
        assert result.exit_code == 0, result.output
    polars_out = pl.read_parquet(tmp_path / "polars.parquet").sort("customer_id")
    duckdb_out = pl.read_parquet(tmp_path / "duckdb.parquet").sort("customer_id")
    assert polars_out.equals(duckdb_out)
    assert polars_out.height > 300


def test_project_default_engine_and_a_wrong_one(project, tmp_path):
    (project / "pyproject.toml").write_text('[tool.segdsl]\nengine = "duckdb"\n')
    try:
        result = runner.invoke(app, ["explain", str(project / "rfm.seg")])
        assert result.exit_code == 0, result.output
        assert "SQL (duckdb)" in result.stdout and "duckdb plan" in result.stdout
        (project / "pyproject.toml").write_text('[tool.segdsl]\nengine = "duckdbb"\n')
        result = runner.invoke(app, ["eval", str(project / "rfm.seg")])
        assert result.exit_code == 2
        assert "E370" in result.output and "did you mean `duckdb`" in result.output
    finally:
        (project / "pyproject.toml").unlink()


def test_unknown_engine_is_a_usage_error(project):
    result = runner.invoke(app, ["eval", str(project / "rfm.seg"), "--engine", "oracle"])
    assert result.exit_code == 2
    assert "E251" in result.output


def test_segment_tests_and_diff_on_duckdb(project):
    result = runner.invoke(app, ["test", str(project), "--engine", "duckdb"])
    assert result.exit_code == 0, result.output
    assert "passed" in result.stdout
    result = runner.invoke(app, ["diff", str(project / "rfm.seg"), str(project / "lifecycle.seg"), "--engine", "duckdb"])
    assert result.exit_code in (0, 1), result.output


def test_postgres_unreachable_is_a_diagnostic_without_the_password(project, monkeypatch):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from segdsl.engines import _OPEN

    monkeypatch.delitem(_OPEN, "postgres", raising=False)
    monkeypatch.setenv("SEGDSL_POSTGRES_URL", f"postgresql://alice:s3cret-pw@127.0.0.1:{port}/crm")
    result = runner.invoke(app, ["eval", str(project / "rfm.seg"), "--engine", "postgres"])
    assert result.exit_code == 2, result.output
    assert "E252" in result.output and f"127.0.0.1:{port}/crm" in result.output
    assert "s3cret-pw" not in result.output and "alice" not in result.output
    monkeypatch.delenv("SEGDSL_POSTGRES_URL")
    result = runner.invoke(app, ["eval", str(project / "rfm.seg"), "--engine", "postgres"])
    assert result.exit_code == 2 and "SEGDSL_POSTGRES_URL" in result.output
