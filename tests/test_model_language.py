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
    assert "ROC AUC" in result.output and "random hold-out" in result.output and "silhouette" in result.output
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
    personas = next(m for m in definition.ir.models if m.name == "personas")
    assert set(frame["persona"].unique()) == {name for _, name in personas.cluster_names}


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


def _validate_codes(path: Path) -> list[str]:
    return [d.code for d in segdsl.check_file(path).diagnostics]


def test_validate_warns_when_a_model_was_trained_from_another_declaration(trained, tmp_path):
    for name in ("common.seg", "models.seg"):
        shutil.copy(trained / name, tmp_path / name)
    (tmp_path / "models").symlink_to(trained / "models")
    (tmp_path / "data").symlink_to(trained / "data")
    models_seg = tmp_path / "models.seg"
    assert "W104" not in _validate_codes(models_seg)

    original = models_seg.read_text()
    models_seg.write_text("# a comment and a new segment change nothing the models learnt from\n"
                          + original + "\nsegment extra = frequency > 3\n")
    assert "W104" not in _validate_codes(models_seg)

    models_seg.write_text(original.replace("params(k=4)", "params(k=5)"))
    warnings = [d for d in segdsl.check_file(models_seg).diagnostics if d.code == "W104"]
    assert [d.message for d in warnings] == ["model `personas` was trained before its declaration last changed"]
    assert warnings[0].span.text() == '"models/personas.skops"'

    models_seg.write_text(original)
    common = (tmp_path / "common.seg").read_text()
    (tmp_path / "common.seg").write_text(common.replace("over 365 days", "over 180 days"))
    stale = sorted(d.message.split("`")[1] for d in segdsl.check_file(models_seg).diagnostics if d.code == "W104")
    assert stale == ["churn", "home_buyer", "personas"]  # all use `monetary`, defined in the imported file


def test_misspelt_model_parameter_is_an_error_in_validate(tmp_path):
    (tmp_path / "m.seg").write_text(
        'customers from "c.csv" key id\nmodel m {\n    kind kmeans\n    features x\n'
        '    params(k=3, max_iters=5)\n    file "m.skops"\n}\nsegmentation s = cluster(m)\n')
    (tmp_path / "c.csv").write_text("id,x\n1,2.5\n")
    [error] = segdsl.check_file(tmp_path / "m.seg").diagnostics
    assert (error.code, error.message) == ("E405", "kmeans does not take parameter(s) `max_iters`")
    assert error.hints == ("allowed: k, max_iter, tol", "did you mean `max_iter`?")
    assert error.span.text() == "params(k=3, max_iters=5)"


def test_cluster_profile_matches_an_independent_computation(trained):
    from segdsl.models.profile import cluster_profiling

    definition = segdsl.load(trained / "models.seg")
    profiling = cluster_profiling(definition.ir)
    [found] = profiling.profiles(profiling.extend(definition).evaluate(dt.date(2026, 11, 1), keep=profiling.keep))
    frame = definition.evaluate(include_traits=True)
    names = dict(found.model.cluster_names)
    expected = (frame.group_by("persona").agg(pl.len().alias("size"), pl.col("frequency").mean().alias("frequency_mean"))
                .sort("persona"))
    profile = found.profile.select(pl.col("name").alias("persona"), "size", "frequency_mean").sort("persona")
    assert profile["persona"].to_list() == expected["persona"].to_list() == sorted(names.values())
    assert profile["size"].to_list() == expected["size"].to_list()
    assert np.allclose(profile["frequency_mean"].to_numpy(), expected["frequency_mean"].to_numpy(), rtol=1e-12)
    assert found.population["frequency"] == pytest.approx(frame["frequency"].mean(), rel=1e-12)

    result = runner.invoke(app, ["preview", str(trained / "models.seg")])
    assert result.exit_code == 0, result.output
    assert "Clusters of personas: mean (index, 100 = all customers)" in result.output


def test_explain_says_how_each_model_is_scored(trained):
    result = runner.invoke(app, ["explain", str(trained / "models.seg")])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.replace("│", " ").split())
    for name in ("churn", "home_buyer", "personas"):
        assert f"model {name}: " in flat
    assert flat.count("scored by native Polars expression") == 3

    forest = trained / "forest.seg"
    forest.write_text((trained / "models.seg").read_text()
                      .replace("kind gradient_boosting", "kind random_forest")
                      .replace("params(n_estimators=100, max_depth=3, learning_rate=0.1)", "params(n_estimators=30)")
                      .replace('"models/home_buyer.skops"', '"models/forest.skops"'))
    assert runner.invoke(app, ["train", str(forest), "--model", "home_buyer"]).exit_code == 0
    flat = " ".join(runner.invoke(app, ["explain", str(forest)]).output.replace("│", " ").split())
    assert "scored by map_batches (a Python call per batch: over 4,000 tree nodes" in flat
