"""Scoring glue: model outputs inside a definition's plan, feature checks and staleness."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest

from segdsl import api, ir
from segdsl.diagnostics import DiagnosticError
from segdsl.models.frames import prepare
from segdsl.models.scoring import ModelScorer
from segdsl.models.staleness import staleness_warnings
from segdsl.models.sidecar import installed_version, read_sidecar, sidecar_path, write_sidecar
from segdsl.models.store import save_model
from segdsl.models.train import train
from segdsl.types import Type
from tests.models.conftest import FEATURES

NUMERIC = FEATURES[:4]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory, training_frame: pl.DataFrame) -> Path:
    """customers.parquet plus a trained churn classifier and a k-means persona model."""
    folder = tmp_path_factory.mktemp("shop")
    (folder / "data").mkdir()
    training_frame.with_row_index("customer_id").write_parquet(folder / "data" / "customers.parquet")
    churn = train("logistic_regression", training_frame, FEATURES, "churned", {"C": 1.0})
    save_model(folder / "models" / "churn.skops", churn.pipeline, churn.metadata())
    personas = train("kmeans", training_frame, NUMERIC, None, {"k": 3})
    save_model(folder / "models" / "personas.skops", personas.pipeline, personas.metadata())
    return folder


def declared(shop: Path, name: str, kind: str, features: list[str]) -> ir.Model:
    return ir.Model(name, kind, shop / "models" / f"{name}.skops", tuple(features), None, None, (), ())


def output(model: str, kind: str) -> ir.ModelOutput:
    dtype = {"score": Type.NUMBER, "predict": Type.BOOLEAN, "cluster": Type.NUMBER}[kind]
    return ir.ModelOutput(dtype, model, kind, features=())


def plan_of(*models: ir.Model) -> ir.Plan:
    return ir.Plan(customers=None, events=(), enrichments=(), models=models, derived=(), as_of=None)


def test_scorer_matches_the_saved_pipeline(shop: Path, training_frame: pl.DataFrame) -> None:
    from segdsl.models.store import load_model

    scorer = ModelScorer(plan_of(declared(shop, "churn", "logistic_regression", FEATURES),
                                  declared(shop, "personas", "kmeans", NUMERIC)))
    out = training_frame.lazy().select(
        scorer(output("churn", "score")).alias("risk"),
        scorer(output("churn", "predict")).alias("churns"),
        scorer(output("personas", "cluster")).alias("persona"),
    ).collect()
    churn = load_model(shop / "models" / "churn.skops").pipeline
    x = prepare(training_frame, NUMERIC, ["country"])
    np.testing.assert_allclose(out["risk"].to_numpy(), churn.predict_proba(x)[:, 1], rtol=0, atol=1e-9)
    assert out["churns"].to_list() == churn.predict(x).tolist()
    personas = load_model(shop / "models" / "personas.skops").pipeline
    assert out["persona"].dtype == pl.Int64
    assert out["persona"].to_list() == personas.predict(prepare(training_frame, NUMERIC, [])).tolist()


def test_features_differing_from_the_declaration_is_e403(shop: Path) -> None:
    scorer = ModelScorer(plan_of(declared(shop, "churn", "logistic_regression", ["recency", "country"])))
    with pytest.raises(DiagnosticError) as error:
        scorer(output("churn", "score"))
    diagnostic = error.value.diagnostics[0]
    assert diagnostic.code == "E403"
    assert "recency, frequency, monetary, vip, country" in diagnostic.message
    assert "declares recency, country" in diagnostic.message


def test_missing_model_file_is_e401(shop: Path) -> None:
    scorer = ModelScorer(plan_of(declared(shop, "ghost", "kmeans", NUMERIC)))
    with pytest.raises(DiagnosticError) as error:
        scorer(output("ghost", "cluster"))
    assert error.value.diagnostics[0].code == "E401"


def test_staleness_by_declaration_and_by_version(shop: Path, tmp_path: Path) -> None:
    copy = tmp_path / "models" / "personas.skops"
    copy.parent.mkdir()
    copy.write_bytes((shop / "models" / "personas.skops").read_bytes())
    metadata = read_sidecar(shop / "models" / "personas.skops")
    kept = {k: v for k, v in metadata.items() if k not in ("versions", "created_at", "format")}
    model = declared(tmp_path, "personas", "kmeans", NUMERIC)

    write_sidecar(copy, kept)  # trained outside a definition: no fingerprint to compare
    assert staleness_warnings(model, "abc") == []
    write_sidecar(copy, {**kept, "declaration": "abc"})
    assert staleness_warnings(model, "abc") == []
    [warning] = staleness_warnings(model, "def")
    assert warning.message == "model `personas` was trained before its declaration last changed"

    sidecar = sidecar_path(copy)
    sidecar.write_text(sidecar.read_text().replace(metadata["versions"]["scikit-learn"], "0.0.1"))
    [warning] = staleness_warnings(model, "abc")
    assert warning.message == f"model `personas` was saved with scikit-learn 0.0.1; {installed_version('scikit-learn')} is installed"


SEG = '''customers from "data/customers.parquet" key customer_id
as of 2026-11-01

model churn {
  kind logistic_regression
  features recency, frequency, monetary, vip, country
  label churned
  file "models/churn.skops"
}
model personas {
  kind kmeans
  features recency, frequency, monetary, vip
  params(k=3)
  file "models/personas.skops"
}
let churn_risk = score(churn)
segmentation persona = cluster(personas)
'''


def test_end_to_end_through_a_definition(shop: Path, training_frame: pl.DataFrame) -> None:
    path = shop / "shop.seg"
    path.write_text(SEG, encoding="utf-8")
    definition = api.load(path)
    result = definition.plan(include_traits=True).collect()
    assert result.height == training_frame.height
    assert result["churn_risk"].is_between(0, 1).all()


def test_validate_side_modules_do_not_import_sklearn() -> None:
    import subprocess
    import sys

    code = ("import sys, segdsl.models, segdsl.models.scoring, segdsl.models.sidecar; "
            "sys.exit(int(any(m.split('.')[0] in ('sklearn', 'skops') for m in sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
