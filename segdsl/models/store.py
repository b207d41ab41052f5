"""Saving and loading models safely.

Models are stored with skops, which (unlike pickle) only rebuilds types it is told to trust. We
trust skops' defaults plus an explicit allow-list of the few extra types our own pipelines
contain, so a model file from elsewhere can never run code on load. Pickle files need an
explicit opt-in because loading one can run arbitrary code.
"""

from __future__ import annotations

import pickle
import zipfile
from dataclasses import dataclass
from pathlib import Path

import skops.io as sio
from sklearn.pipeline import Pipeline

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.io import write_atomic
from segdsl.models.sidecar import read_sidecar, write_sidecar

PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib")
# Types outside skops' default trust that segdsl pipelines legitimately contain.
TRUSTED_TYPES = frozenset({"numpy.dtype", "sklearn.tree._tree.Tree"})


@dataclass(frozen=True)
class LoadedModel:
    pipeline: Pipeline
    metadata: dict[str, object]


def _error(code: str, message: str, path: Path, *hints: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic(code, message, file=str(path), hints=hints)])


def save_model(path: Path, pipeline: Pipeline, metadata: dict[str, object]) -> dict[str, object]:
    """Write the model (skops) then its sidecar, each atomically; returns the sidecar written.

    The sidecar goes second so that a crash in between leaves an old sidecar rather than a
    model whose description claims to be newer than it is.
    """
    path = Path(path)
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise _error("E402", f"segdsl saves models with skops, not pickle: `{path.name}`", path,
                     "name the model file `.skops`")
    write_atomic(path, lambda tmp: sio.dump(pipeline, tmp))
    return write_sidecar(path, metadata)


def load_model(path: Path, trust_pickle: bool = False) -> LoadedModel:
    """Load a model and its sidecar.

    Raises DiagnosticError: E401 file missing; E402 pickle without `trust_pickle` or a skops
    file with types outside the allow-list; E405 corrupt file, not a Pipeline, or no sidecar.
    """
    path = Path(path)
    if not path.is_file():
        raise _error("E401", f"model file `{path}` not found", path,
                     "train the model first; it writes the model file and its .json sidecar")
    if path.suffix.lower() in PICKLE_SUFFIXES:
        pipeline = _load_pickle(path, trust_pickle)
    else:
        pipeline = _load_skops(path)
    if not isinstance(pipeline, Pipeline):
        raise _error("E405", f"`{path.name}` holds a {type(pipeline).__name__}, not a scikit-learn Pipeline",
                     path, "re-train the model with segdsl")
    return LoadedModel(pipeline, read_sidecar(path))


def _load_skops(path: Path) -> object:
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise _error("E405", f"`{path.name}` is not a readable skops model: {error}", path,
                     "re-train the model") from None
    refused = sorted(set(untrusted) - TRUSTED_TYPES)
    if refused:
        raise _error("E402", f"`{path.name}` contains types segdsl does not trust: {', '.join(refused)}", path,
                     "only load models trained by segdsl; re-train it, or inspect the file with "
                     "skops.io.get_untrusted_types before trusting it")
    try:
        return sio.load(path, trusted=list(untrusted))
    except Exception as error:  # noqa: BLE001 - skops raises many types on damaged files
        raise _error("E405", f"`{path.name}` could not be loaded: {error}", path, "re-train the model") from None


def _load_pickle(path: Path, trust_pickle: bool) -> object:
    if not trust_pickle:
        raise _error("E402", f"refusing to load `{path.name}`: pickle files can run arbitrary code when loaded",
                     path, "re-save the model with skops (`.skops`), or pass --trust-pickle if you trust its source")
    try:
        if path.suffix.lower() == ".joblib":
            import joblib
            return joblib.load(path)
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - explicitly trusted by the user
    except Exception as error:  # noqa: BLE001 - unpickling can raise anything
        raise _error("E405", f"`{path.name}` could not be unpickled: {error}", path, "re-train the model") from None
