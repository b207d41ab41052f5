"""Every example and every segment test, on every engine, gives the Polars engine's answer.

The engines are real: DuckDB in process, a PostgreSQL server and a local[2] Spark session
started by the fixtures in tests/conftest.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import segdsl
from segdsl.datagen import DOMAINS, generate
from segdsl.diagnostics import DiagnosticError
from segdsl.engines.choice import using
from segdsl.testing.runner import run_file

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
SQL_ENGINES = ["duckdb", "postgres", "spark"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    for file in (*EXAMPLES.glob("*.seg"), *EXAMPLES.glob("*.segtest")):
        shutil.copy(file, folder / file.name)
    shutil.copytree(EXAMPLES / "fixtures", folder / "fixtures")
    generate(folder / "data", customers=1500, seed=11)
    count = len(DOMAINS)
    pl.DataFrame({
        "domain": DOMAINS,
        "industry": (["software", "finance", "retail", None] * count)[:count],
        "employee_count": pl.Series([40 * i + 10 for i in range(count)], dtype=pl.Int64),
        "country_code": (["US", "FR", None] * count)[:count],
        "founded_year": pl.Series([1990 + i for i in range(count)], dtype=pl.Int32),
    }).write_parquet(folder / "data" / "firmographics.parquet")
    return folder


def evaluated(path: Path, engine: str) -> pl.DataFrame:
    definition = segdsl.load(path)
    return definition.evaluate(include_traits=True, engine=engine).sort(definition.key)


@pytest.mark.parametrize("engine", SQL_ENGINES)
@pytest.mark.parametrize("name", ["rfm", "lifecycle", "b2b"])
def test_every_example_gives_the_polars_answer(sql_engines, workspace, name, engine):
    expected = evaluated(workspace / f"{name}.seg", "polars")
    got = evaluated(workspace / f"{name}.seg", engine)
    assert expected.height > 100
    assert_frame_equal(got, expected, check_exact=False, rel_tol=1e-9)


@pytest.fixture(scope="module")
def trained(workspace) -> Path:
    """examples/models.seg with its three models trained (logistic regression, gradient boosting, k-means)."""
    from segdsl.cli import app
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["train", str(workspace / "models.seg")])
    assert result.exit_code == 0, result.output
    return workspace / "models.seg"


@pytest.mark.parametrize("engine", SQL_ENGINES)
def test_models_compiled_to_sql_give_the_polars_answer(sql_engines, trained, engine):
    """score(), predict() and cluster() compiled into the engine's SQL equal the native Polars scoring."""
    expected = evaluated(trained, "polars")
    got = evaluated(trained, engine)
    assert_frame_equal(got, expected, check_exact=False, rel_tol=1e-9)


@pytest.mark.parametrize("engine", SQL_ENGINES)
def test_a_model_too_large_for_sql_is_a_diagnostic_naming_model_and_engine(sql_engines, trained, tmp_path, engine):
    text = (trained.read_text().replace("kind gradient_boosting", "kind random_forest")
            .replace("params(n_estimators=100, max_depth=3, learning_rate=0.1)", "params(n_estimators=300)")
            .replace('"models/home_buyer.skops"', '"models/big_forest.skops"'))
    big = trained.parent / "big_models.seg"
    big.write_text(text)
    from segdsl.cli import app
    from typer.testing import CliRunner

    assert CliRunner().invoke(app, ["train", str(big), "--model", "home_buyer"]).exit_code == 0
    definition = segdsl.load(big)
    with pytest.raises(DiagnosticError) as raised:
        definition.evaluate(engine=engine)
    codes = {d.code for d in raised.value.diagnostics}
    assert codes == {"E250"}
    message = raised.value.diagnostics[0].message
    assert engine in message and "model `home_buyer` (random_forest)" in message and "tree nodes" in message


@pytest.mark.parametrize("engine", SQL_ENGINES)
def test_every_segment_test_case_passes(sql_engines, workspace, tmp_path, engine):
    files = sorted(workspace.glob("*.segtest"))
    assert files
    cases = 0
    with using(engine):
        for index, file in enumerate(files):
            result = run_file(file, tmp_path / str(index), None)
            assert not result.diagnostics, (file.name, result.diagnostics)
            for case in result.cases:
                cases += 1
                assert case.outcome == "PASSED", (engine, file.name, case.name, case)
    assert cases >= 5
