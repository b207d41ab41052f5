"""Saving and loading models safely.

Models are stored with skops, which (unlike pickle) rebuilds only types it trusts. Beyond skops'
own defaults we trust exactly TRUSTED_TYPES, the types our pipelines contain, so a model file from
elsewhere can never run code on load; anything else is refused by name. Pickle files need an
explicit opt-in because loading one can run arbitrary code. The sidecar records the model file's
SHA-256, so a model swapped under its description is caught.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path

import skops.io as sio
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.atomic import write_atomic
from segdsl.models.sidecar import feature_names, read_sidecar, write_sidecar

PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib")
# Every non-builtin type a segdsl pipeline of any kind contains (what `skops.io` would list for
# them without its defaults). Explicit, so the trust decision is ours and reviewable here.
TRUSTED_TYPES = frozenset({
    "numpy.dtype", "numpy.ndarray", "numpy.float64", "numpy.int64", "numpy.random.mtrand.RandomState",
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.impute._base.SimpleImputer",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._encoders.OneHotEncoder",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.tree._classes.DecisionTreeClassifier",
    "sklearn.tree._classes.DecisionTreeRegressor",
    "sklearn.tree._tree.Tree",
    "sklearn.ensemble._forest.RandomForestClassifier",
    "sklearn.ensemble._gb.GradientBoostingClassifier",
    "sklearn.dummy.DummyClassifier",
    "sklearn._loss.loss.HalfBinomialLoss",
    "sklearn._loss._loss.CyHalfBinomialLoss",
    "sklearn._loss.link.LogitLink",
    "sklearn._loss.link.Interval",
    "sklearn.cluster._kmeans.KMeans",
})


@dataclass(frozen=True)
class LoadedModel:
    pipeline: Pipeline
    metadata: dict[str, object]


def _error(code: str, message: str, path: Path, *hints: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic(code, message, file=str(path), hints=hints)])


def save_model(path: Path, pipeline: Pipeline, metadata: dict[str, object]) -> dict[str, object]:
    """Write the model (skops) then its sidecar, each atomically; returns the sidecar written.

    The sidecar goes second so that a crash in between leaves an old sidecar, whose recorded
    SHA-256 then no longer matches: the pair is refused rather than silently mismatched.
    Raises DiagnosticError E402 for a pickle-style file name.
    """
    path = Path(path)
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise _error("E402", f"segdsl saves models with skops, not pickle: `{path.name}`", path,
                     "name the model file `.skops`")
    data = sio.dumps(pipeline)
    write_atomic(path, lambda tmp: tmp.write_bytes(data))
    return write_sidecar(path, {**metadata, "model_sha256": hashlib.sha256(data).hexdigest()})


def load_model(path: Path, trust_pickle: bool = False) -> LoadedModel:
    """Load a model and its sidecar.

    Raises DiagnosticError: E401 file missing; E402 pickle without `trust_pickle`, or a skops
    file with types outside TRUSTED_TYPES (named); E405 corrupt file, not a Pipeline, missing or
    unreadable sidecar, or a sidecar that does not describe this file.
    """
    path = Path(path)
    if not path.is_file():
        raise _error("E401", f"model file `{path}` not found", path,
                     "train the model first; it writes the model file and its .json sidecar")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _error("E405", f"cannot read `{path.name}`: {error.strerror or error}", path,
                     "check the file's permissions") from None
    if path.suffix.lower() in PICKLE_SUFFIXES:
        pipeline = _load_pickle(path, data, trust_pickle)
    else:
        pipeline = _load_skops(path, data)
    if not isinstance(pipeline, Pipeline):
        raise _error("E405", f"`{path.name}` holds a {type(pipeline).__name__}, not a scikit-learn Pipeline",
                     path, "re-train the model with segdsl")
    metadata = read_sidecar(path)
    _check_sidecar(path, data, pipeline, metadata)
    return LoadedModel(pipeline, metadata)


def _load_skops(path: Path, data: bytes) -> object:
    """Check and load the same bytes, so the file cannot change between the two."""
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as error:  # noqa: BLE001 - any parse failure means a damaged or foreign file
        raise _error("E405", f"`{path.name}` is not a readable skops model: {_first_line(error)}", path,
                     "re-train the model") from None
    refused = sorted(set(untrusted) - TRUSTED_TYPES)
    if refused:
        raise _error("E402", f"`{path.name}` contains types segdsl does not trust: {', '.join(refused)}", path,
                     "only load models trained by segdsl; re-train it, or inspect the file with "
                     "skops.io.get_untrusted_types before trusting it")
    try:
        return sio.loads(data, trusted=list(untrusted))
    except Exception as error:  # noqa: BLE001 - skops raises many types on damaged files
        raise _error("E405", f"`{path.name}` could not be loaded: {_first_line(error)}", path,
                     "re-train the model") from None


def _load_pickle(path: Path, data: bytes, trust_pickle: bool) -> object:
    if not trust_pickle:
        raise _error("E402", f"refusing to load `{path.name}`: pickle files can run arbitrary code when loaded",
                     path, "re-save the model with skops (`.skops`), or pass --trust-pickle if you trust its source")
    try:
        if path.suffix.lower() == ".joblib":
            import joblib
            return joblib.load(path)
        return pickle.loads(data)  # noqa: S301 - explicitly trusted by the user
    except Exception as error:  # noqa: BLE001 - unpickling can raise anything
        raise _error("E405", f"`{path.name}` could not be unpickled: {_first_line(error)}", path,
                     "re-train the model") from None


def _check_sidecar(path: Path, data: bytes, pipeline: Pipeline, metadata: dict[str, object]) -> None:
    """The sidecar must describe these bytes and this pipeline's input columns."""
    recorded = metadata.get("model_sha256")
    if recorded is not None and recorded != hashlib.sha256(data).hexdigest():
        raise _error("E405", f"the metadata next to `{path.name}` describes a different model file", path,
                     "one of the two files was replaced or only partly written; re-train the model")
    fitted_on = [str(n) for n in getattr(pipeline, "feature_names_in_", [])]
    if sorted(fitted_on) != sorted(feature_names(metadata)):
        raise _error("E405", f"`{path.name}` was fitted on columns {', '.join(fitted_on) or '(unnamed)'} but its "
                     f"metadata lists {', '.join(feature_names(metadata))}", path, "re-train the model")


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
