"""`segdsl compile`: one SQL statement per definition and dialect, golden files in
tests/fixtures/sql/, each parsed back by sqlglot. Set SEGDSL_UPDATE_GOLDEN=1 to rewrite them
after a deliberate change, then review the diff."""

from __future__ import annotations

import shutil

import os
from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp
from typer.testing import CliRunner

import segdsl
from segdsl.cli import app
from segdsl.engines.commands import DIALECT_NAMES, compile_sql

ROOT = Path(__file__).parent.parent.parent
GOLDEN = ROOT / "tests" / "fixtures" / "sql"
UPDATE = os.environ.get("SEGDSL_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("dialect", DIALECT_NAMES)
@pytest.mark.parametrize("name", ["rfm", "lifecycle", "b2b"])
def test_compiled_sql_matches_golden_and_parses_back(name, dialect):
    definition = segdsl.load(ROOT / "examples" / f"{name}.seg")
    text = compile_sql(definition, dialect)
    golden = GOLDEN / f"{name}.{dialect}.sql"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"missing golden file {golden}; run with SEGDSL_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")
    statements = [s for s in sqlglot.parse(text, read=dialect) if s is not None]
    assert len(statements) == 1
    query = statements[0]
    assert isinstance(query, exp.Select)
    outputs = [column.alias_or_name for column in query.expressions]
    assert outputs == [definition.key, *definition.ir.outputs()]
    assert len(list(query.find_all(exp.CTE))) >= 3  # CTEs, not nested string pieces


def test_identifiers_and_literals_are_quoted_by_the_tree(tmp_path):
    """Names and text with quotes in them survive every dialect: the tree quotes them."""
    import polars as pl

    data = tmp_path / "data"
    data.mkdir()
    pl.DataFrame({"customer_id": [1], "plan": ["it's"]}).write_parquet(data / "customers.parquet")
    (tmp_path / "q.seg").write_text('customers from "data/customers.parquet" key customer_id\nas of 2026-11-01\n'
                                    'segment quoted = plan == "it\'s \\"x\\""\n', encoding="utf-8")
    definition = segdsl.load(tmp_path / "q.seg")
    for dialect in DIALECT_NAMES:
        text = compile_sql(definition, dialect)
        parsed = sqlglot.parse_one(text, read=dialect)
        literals = {literal.this for literal in parsed.find_all(exp.Literal) if literal.is_string}
        assert 'it\'s "x"' in literals, (dialect, literals)


def test_compile_command_prints_sql_and_rejects_unknown_dialects():
    runner = CliRunner()
    result = runner.invoke(app, ["compile", str(ROOT / "examples" / "rfm.seg"), "--dialect", "snowflake"])
    assert result.exit_code == 0, result.output
    assert sqlglot.parse_one(result.stdout, read="snowflake") is not None
    result = runner.invoke(app, ["compile", str(ROOT / "examples" / "rfm.seg"), "--dialect", "oracle"])
    assert result.exit_code == 2
    assert "E254" in result.output


def test_a_model_not_trained_yet_cannot_be_compiled_and_says_which(tmp_path):
    """Models compile to SQL from their fitted file: without it, the missing file is named."""
    runner = CliRunner()
    shutil.copy(ROOT / "examples" / "models.seg", tmp_path / "models.seg")
    shutil.copy(ROOT / "examples" / "common.seg", tmp_path / "common.seg")
    shutil.copy(ROOT / "examples" / "segdsl.schema.json", tmp_path / "segdsl.schema.json")
    result = runner.invoke(app, ["compile", str(tmp_path / "models.seg"), "--dialect", "duckdb"])
    assert result.exit_code == 1
    assert "E401" in result.output and "churn.skops" in result.output
