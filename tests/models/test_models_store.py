"""Saving and loading: round trip, sidecar contents, and refusal of unsafe or broken files."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from segdsl.diagnostics import DiagnosticError
from segdsl.models.frames import prepare
from segdsl.models.sidecar import sidecar_path
from segdsl.models.store import load_model, save_model
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
