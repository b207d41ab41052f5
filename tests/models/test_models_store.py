"""Saving and loading: round trip, sidecar contents, and refusal of unsafe or broken files."""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import joblib

import numpy as np
import polars as pl
import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from segdsl.diagnostics import DiagnosticError
from segdsl.models.frames import prepare
from segdsl.models.sidecar import sidecar_path
from segdsl.models.store import TRUSTED_TYPES, load_model, save_model
from segdsl.models.train import TrainResult, train
from tests.models.conftest import FEATURES


@pytest.fixture(scope="module")
def trained(training_frame: pl.DataFrame) -> TrainResult:
    return train("gradient_boosting", training_frame, FEATURES, "churned", {"n_estimators": 10})


def code_of(error: pytest.ExceptionInfo[DiagnosticError]) -> str:
    return error.value.diagnostics[0].code


def test_round_trip_keeps_predictions_and_writes_sidecar(tmp_path: Path, trained: TrainResult,
                                                         training_frame: pl.DataFrame) -> None:
    path = tmp_path / "models" / "churn.skops"
    save_model(path, trained.pipeline, trained.metadata("count(orders) over 90 days == 0"))
    loaded = load_model(path)
    x = prepare(training_frame, ["recency", "frequency", "monetary", "vip"], ["country"])
    np.testing.assert_array_equal(loaded.pipeline.predict_proba(x), trained.pipeline.predict_proba(x))
    sidecar = json.loads(sidecar_path(path).read_text())
    assert sidecar == loaded.metadata
    assert sidecar["kind"] == "gradient_boosting" and sidecar["label"] == "count(orders) over 90 days == 0"
    assert [f["name"] for f in sidecar["features"]] == FEATURES
    assert sidecar["features"][-1]["type"] == "categorical"
    assert sidecar["data"]["rows"] == training_frame.height and len(sidecar["data"]["hash"]) == 32
    assert set(sidecar["versions"]) == {"scikit-learn", "skops", "polars", "numpy"}
    assert sidecar["metrics"]["roc_auc"] > 0.6 and sidecar["created_at"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["churn.skops", "churn.skops.json"]  # no temp files


def test_missing_file_is_e401(tmp_path: Path) -> None:
    with pytest.raises(DiagnosticError) as error:
        load_model(tmp_path / "nope.skops")
    assert code_of(error) == "E401"


@pytest.mark.parametrize("suffix", [".pkl", ".pickle", ".joblib"])
def test_pickle_is_refused_unless_trusted(tmp_path: Path, trained: TrainResult, suffix: str) -> None:
    path = tmp_path / f"churn{suffix}"
    path.write_bytes(pickle.dumps(trained.pipeline))
    sidecar_path(path).write_text(json.dumps(trained.metadata()))
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E402"
    assert "arbitrary code" in error.value.diagnostics[0].message
    assert any("--trust-pickle" in h for h in error.value.diagnostics[0].hints)
    if suffix != ".joblib":
        assert load_model(path, trust_pickle=True).pipeline.n_features_in_ == len(FEATURES)


def test_untrusted_types_are_refused_and_named(tmp_path: Path, trained: TrainResult) -> None:
    path = tmp_path / "evil.skops"
    sio.dump(Pipeline([("payload", FunctionTransformer(print))]), path)
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E402"
    assert "builtins.print" in error.value.diagnostics[0].message


def test_a_file_that_is_not_a_pipeline_is_e405(tmp_path: Path) -> None:
    path = tmp_path / "scaler.skops"
    sio.dump(FunctionTransformer(np.log1p), path)
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E405" and "not a scikit-learn Pipeline" in error.value.diagnostics[0].message


def test_corrupt_file_is_e405(tmp_path: Path) -> None:
    path = tmp_path / "broken.skops"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E405"


def test_missing_sidecar_is_a_diagnostic(tmp_path: Path, trained: TrainResult) -> None:
    path = tmp_path / "churn.skops"
    save_model(path, trained.pipeline, trained.metadata())
    sidecar_path(path).unlink()
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E405" and "churn.skops.json" in error.value.diagnostics[0].message


def test_saving_as_pickle_is_refused(tmp_path: Path, trained: TrainResult) -> None:
    with pytest.raises(DiagnosticError) as error:
        save_model(tmp_path / "m.pkl", trained.pipeline, trained.metadata())
    assert code_of(error) == "E402"


KINDS = {"logistic_regression": {}, "decision_tree": {"max_depth": 3}, "random_forest": {"n_estimators": 3},
         "gradient_boosting": {"n_estimators": 5, "subsample": 0.8}, "kmeans": {"k": 3}}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_round_trips_within_the_allow_list(kind: str, tmp_path: Path, training_frame: pl.DataFrame) -> None:
    result = train(kind, training_frame, FEATURES, None if kind == "kmeans" else "churned", KINDS[kind])
    path = tmp_path / f"{kind}.skops"
    save_model(path, result.pipeline, result.metadata())
    assert set(sio.get_untrusted_types(file=path)) <= TRUSTED_TYPES
    loaded = load_model(path)
    x = prepare(training_frame, ["recency", "frequency", "monetary", "vip"], ["country"])
    np.testing.assert_array_equal(loaded.pipeline.predict(x), result.pipeline.predict(x))


def test_a_sidecar_describing_another_model_is_e405(tmp_path: Path, trained: TrainResult,
                                                    training_frame: pl.DataFrame) -> None:
    other = train("logistic_regression", training_frame, FEATURES, "churned", {})
    save_model(tmp_path / "a.skops", trained.pipeline, trained.metadata())
    save_model(tmp_path / "b.skops", other.pipeline, other.metadata())
    sidecar_path(tmp_path / "a.skops").write_bytes(sidecar_path(tmp_path / "b.skops").read_bytes())
    with pytest.raises(DiagnosticError) as error:
        load_model(tmp_path / "a.skops")
    assert code_of(error) == "E405" and "different model" in error.value.diagnostics[0].message


def test_a_sidecar_listing_other_features_is_e405(tmp_path: Path, trained: TrainResult) -> None:
    path = tmp_path / "churn.skops"
    metadata = trained.metadata()
    save_model(path, trained.pipeline, {**metadata, "features": metadata["features"][:2]})
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E405" and "fitted on columns" in error.value.diagnostics[0].message


@pytest.mark.parametrize("damage", ["truncate", "schema", "sidecar"])
def test_damaged_files_are_e405(tmp_path: Path, trained: TrainResult, damage: str) -> None:
    path = tmp_path / "churn.skops"
    save_model(path, trained.pipeline, trained.metadata())
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "schema":
        with zipfile.ZipFile(path) as archive:
            entries = {name: archive.read(name) for name in archive.namelist()}
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in entries.items():
                archive.writestr(name, b"{not json" if name == "schema.json" else data)
    else:
        sidecar_path(path).write_text("{truncated", encoding="utf-8")
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E405"


def test_untrusted_type_inside_a_real_pipeline_is_named(tmp_path: Path, trained: TrainResult) -> None:
    path = tmp_path / "sneaky.skops"
    sio.dump(Pipeline([("features", trained.pipeline[0]), ("hook", FunctionTransformer(eval)),
                       ("model", trained.pipeline[-1])]), path)
    with pytest.raises(DiagnosticError) as error:
        load_model(path)
    assert code_of(error) == "E402" and "builtins.eval" in error.value.diagnostics[0].message


def test_trusted_joblib_loads(tmp_path: Path, trained: TrainResult) -> None:
    path = tmp_path / "churn.joblib"
    joblib.dump(trained.pipeline, path)
    sidecar_path(path).write_text(json.dumps(trained.metadata()))
    assert load_model(path, trust_pickle=True).metadata["kind"] == "gradient_boosting"
