"""The JSON sidecar written next to every model file (`<model>.json`).

Kept free of scikit-learn so that `segdsl validate` can check features and staleness by
reading a few hundred bytes of JSON instead of deserialising the model.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from segdsl.atomic import write_atomic
from segdsl.diagnostics import Diagnostic, DiagnosticError

FORMAT = 1
VERSIONED_PACKAGES = ("scikit-learn", "skops", "polars", "numpy")


def sidecar_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name + ".json")


def installed_version(package: str) -> str | None:
    """Version without importing the package (importing scikit-learn costs about a second)."""
    from importlib import metadata as package_metadata  # not at import: `eval` loads this module

    try:
        return package_metadata.version(package)
    except package_metadata.PackageNotFoundError:
        return None


def write_sidecar(model_path: Path, metadata: dict[str, object]) -> dict[str, object]:
    """Write `metadata` plus versions and creation time; returns what was written."""
    full = {
        "format": FORMAT,
        **metadata,
        "versions": {p: installed_version(p) for p in VERSIONED_PACKAGES},
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    text = json.dumps(full, indent=2, sort_keys=True, default=str) + "\n"
    write_atomic(sidecar_path(model_path), lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return full


def read_sidecar(model_path: Path) -> dict[str, object]:
    """The sidecar's contents; E405 when it is missing or not a JSON object."""
    path = sidecar_path(model_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiagnosticError([Diagnostic(
            "E405", f"model `{model_path.name}` has no metadata file `{path.name}`", file=str(model_path),
            hints=("re-train the model with segdsl, which writes both files",))]) from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        # ValueError: not JSON, or a number too long to convert; RecursionError: nested too deep
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error).splitlines()[0][:200]
        raise DiagnosticError([Diagnostic("E405", f"cannot read model metadata `{path.name}`: {reason}",
                                          file=str(path), hints=("re-train the model",))]) from None
    problem = _shape_problem(data)
    if problem is not None:
        raise DiagnosticError([Diagnostic("E405", f"model metadata `{path.name}` is not valid: {problem}", file=str(path),
                                          hints=("re-train the model, which rewrites it",))])
    return data


# The fields segdsl reads, with the JSON types they must have (None: may be absent or null).
_OPTIONAL_TEXT = ("kind", "declaration", "model_sha256", "created_at")


def _shape_problem(data: object) -> str | None:
    """What is wrong with a sidecar's structure, or None: every field segdsl reads is checked
    here, once, so no later `metadata[...]` can fail on a string where an object was expected."""
    if not isinstance(data, dict):
        return f"expected a JSON object, found {type(data).__name__}"
    features = data.get("features")
    if not isinstance(features, list):
        return "`features` must be a list"
    for index, feature in enumerate(features):
        name = feature.get("name") if isinstance(feature, dict) else feature
        if not isinstance(name, str) or not name:
            return f"feature {index + 1} has no name"
    for field in _OPTIONAL_TEXT:
        if data.get(field) is not None and not isinstance(data[field], str):
            return f"`{field}` must be text"
    versions = data.get("versions")
    if versions is not None and not (isinstance(versions, dict) and all(v is None or isinstance(v, str) for v in versions.values())):
        return "`versions` must map package names to version text"
    return None


def feature_names(metadata: dict[str, object]) -> list[str]:
    return [f["name"] if isinstance(f, dict) else str(f) for f in metadata["features"]]


def trained_classes(model_path: Path) -> list[str] | None:
    """The classes a multi-class model saw at training, from its sidecar; None when unknown
    (not trained yet, unreadable, or not a multi-class model), so `validate` stays quiet then."""
    try:
        if not sidecar_path(model_path).is_file():
            return None
        data = read_sidecar(model_path)
    except (DiagnosticError, OSError, RecursionError, ValueError):
        return None
    classes = data.get("classes")
    if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
        return None
    return classes
