"""Models declared in a definition: train through the CLI, score inside the plan, refuse bad files."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

import segdsl
from segdsl.cli import app
from segdsl.datagen import generate

EXAMPLES = Path(__file__).parent.parent / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("models")
    for name in ("common.seg", "models.seg"):
        shutil.copy(EXAMPLES / name, folder / name)
    generate(folder / "data", customers=1500, seed=11)
    result = runner.invoke(app, ["train", str(folder / "models.seg")])
    assert result.exit_code == 0, result.output
    assert "ROC AUC (hold-out)" in result.output and "silhouette" in result.output
    return folder


def test_training_saves_skops_files_with_sidecars(trained):
    declared = {m.name: list(m.features) for m in segdsl.load(trained / "models.seg").ir.models}
    for name in ("churn", "personas"):
        assert (trained / "models" / f"{name}.skops").is_file()
        sidecar = json.loads((trained / "models" / f"{name}.skops.json").read_text())
        assert [f["name"] for f in sidecar["features"]] == declared[name]
    churn = json.loads((trained / "models" / "churn.skops.json").read_text())
    assert churn["train_as_of"] == "2026-08-03" and 0.5 < churn["metrics"]["roc_auc"] <= 1.0


def test_in_plan_scores_equal_scikit_learn(trained):
    from segdsl.backend.polars_plan import build_lazyframe
    from segdsl.models.frames import feature_kinds, prepare
    from segdsl.models.store import load_model

    definition = segdsl.load(trained / "models.seg")
    frame = definition.evaluate(include_traits=True).sort("customer_id")
    churn = next(m for m in definition.ir.models if m.name == "churn")
    features = build_lazyframe(definition.ir, dt.date(2026, 11, 1), include_traits=True, model_output=lambda n: pl.lit(None),
                               keep=churn.features).collect().sort("customer_id").select(churn.features)
    pipeline = load_model(churn.path).pipeline
    numeric, categorical = feature_kinds(features.schema, list(churn.features))
    expected = pipeline.predict_proba(prepare(features, numeric, categorical))[:, 1]
    assert np.allclose(frame["churn_risk"].to_numpy(), expected, rtol=0, atol=1e-9)
    assert frame["save_now"].to_list() == [(s >= 0.6 and m >= 4) for s, m in zip(expected, frame["m"].fill_null(0))]
    assert set(frame["persona"].unique()) <= {"bargain hunters", "loyal regulars", "big spenders", "newcomers"}


def _with_model_file(folder: Path, model_file: str, label: str = "count(orders) over 90 days == 0") -> Path:
    text = (folder / "models.seg").read_text()
    text = text.replace('file "models/churn.skops"', f'file "{model_file}"').replace(
        "label count(orders) over 90 days == 0", f"label {label}")
    path = folder / f"variant_{abs(hash((model_file, label)))}.seg"
    path.write_text(text)
    return path


def test_pickle_files_are_refused(trained):
    (trained / "models" / "churn.pkl").write_bytes(pickle.dumps({"not": "a model"}))
    result = runner.invoke(app, ["eval", str(_with_model_file(trained, "models/churn.pkl"))])
    assert result.exit_code == 1
    assert "error[E402 unsafe-model-file]" in result.output and "arbitrary code" in result.output


def test_missing_model_file_is_a_diagnostic(trained):
    result = runner.invoke(app, ["eval", str(_with_model_file(trained, "models/nope.skops"))])
    assert result.exit_code == 1 and "error[E401 model-not-found]" in result.output


def test_constant_label_cannot_be_trained(trained):
    path = _with_model_file(trained, "models/constant.skops", label="customer_id > 0")
    result = runner.invoke(app, ["train", str(path), "--model", "churn"])
    assert result.exit_code == 1 and "error[E404 training-error]" in result.output
    assert not (trained / "models" / "constant.skops").exists()
