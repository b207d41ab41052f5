"""W104: a trained model that no longer matches its declaration or the installed scikit-learn.

Part of `segdsl validate`, so it reads only the JSON sidecar and imports neither Polars nor
scikit-learn.
"""

from __future__ import annotations

from pathlib import Path

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.models.sidecar import installed_version, read_sidecar
from segdsl.source import Span


def staleness_warnings(model: ir.Model, fingerprint: str, span: Span | None = None) -> list[Diagnostic]:
    """W104 when the model was trained from another declaration (see `models.fingerprint`) or
    saved by another scikit-learn version.

    Reads only the JSON sidecar; missing files are reported elsewhere (E401), not here. `span`
    (the declaration's `file "..."`) locates the warning; without it the model file is named.
    """
    path = Path(model.path)
    where = {"span": span} if span is not None else {"file": str(path)}
    try:
        sidecar = read_sidecar(path) if path.is_file() else None
    except DiagnosticError as error:  # eval refuses such a model (E405); say it here already
        reason = error.diagnostics[0].message if error.diagnostics else "it cannot be read"
        return [Diagnostic("W104", f"model `{model.name}` cannot be used as it is: {reason}", **where,
                           hints=(f"re-train it: segdsl train FILE --model {model.name}",))]
    if sidecar is None:
        return []
    warnings: list[Diagnostic] = []
    trained_from = sidecar.get("declaration")
    if trained_from is not None and trained_from != fingerprint:
        warnings.append(Diagnostic(
            "W104", f"model `{model.name}` was trained before its declaration last changed", **where,
            hints=("its kind, params, features, label or the traits they use differ from the training run; "
                   f"re-train it: segdsl train FILE --model {model.name}",)))
    warnings += stale_name_warnings(model.name, dict(model.cluster_names), sidecar.get("cluster_names"), **where)
    versions = sidecar.get("versions")
    saved = versions.get("scikit-learn") if isinstance(versions, dict) else None
    installed = installed_version("scikit-learn")
    if saved and installed and saved != installed:
        warnings.append(Diagnostic("W104", f"model `{model.name}` was saved with scikit-learn {saved}; "
                                   f"{installed} is installed", **where,
                                   hints=("re-train it so predictions match the installed version",)))
    return warnings


def stale_name_warnings(model_name: str, declared: dict[int, str], record: object, **where: object) -> list[Diagnostic]:
    """W130 for each declared cluster name that the sidecar records as moved at the last training
    (see `cluster_names`); names edited since then were re-read, so they are quiet."""
    if not isinstance(record, dict) or not isinstance(record.get("moved"), list):
        return []
    warnings = []
    for entry in record["moved"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("cluster"), int) \
                or declared.get(entry["cluster"]) != entry.get("name"):
            continue
        nearest = entry.get("nearest")
        now = f"; the name's cluster is now nearest to cluster {nearest}" \
            if isinstance(nearest, int) and nearest != entry["cluster"] else ""
        warnings.append(Diagnostic(
            "W130", f"cluster {entry['cluster']} of `{model_name}` (\"{entry['name']}\") is not the cluster the name "
            f"was read from: the re-trained model's clusters moved{now}", **where,
            hints=("look at the new profile (segdsl preview FILE) and rename the clusters in `clusters(...)`",)))
    return warnings
