"""Model cards: what `segdsl models` lists for each model a project declares.

Read from the definitions and the JSON sidecars only (no scikit-learn, no model file is
loaded), so it runs in CI as cheaply as `validate`: kind, task, features, label, training dates,
both validations' headline metrics, staleness (W104, W130), library versions and file size.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from segdsl import ast
from segdsl.diagnostics import DiagnosticError
from segdsl.models.sidecar import read_sidecar, sidecar_path

SKIPPED_FOLDERS = {"data", "out", "models", "node_modules", "__pycache__"}


@dataclass
class ModelCard:
    name: str
    definition: str
    kind: str
    file: str
    label: str | None
    features: list[str]
    trained: bool
    task: str | None = None
    classes: list[str] = field(default_factory=list)
    train_as_of: str | None = None
    label_as_of: str | None = None
    trained_at: str | None = None
    holdout: dict[str, object] = field(default_factory=dict)
    out_of_time: dict[str, object] = field(default_factory=dict)
    staleness: list[str] = field(default_factory=list)
    versions: dict[str, object] = field(default_factory=dict)
    file_bytes: int | None = None
    problem: str | None = None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def definition_files(path: Path) -> list[Path]:
    """The file itself, or every *.seg under a folder (hidden, data and output folders skipped)."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.seg")
                  if not any(part.startswith(".") or part in SKIPPED_FOLDERS for part in p.relative_to(path).parts[:-1]))


def collect_cards(files: list[Path]) -> list[ModelCard]:
    """One card per model file (a model imported by several definitions is listed once)."""
    from segdsl.api import check_file
    from segdsl.models.fingerprint import declaration_fingerprint
    from segdsl.models.staleness import staleness_warnings

    cards: dict[Path, ModelCard] = {}
    for file in files:
        try:
            result = check_file(file)
        except DiagnosticError:
            continue
        if result.plan is None:
            continue
        declarations = {s.name: s for m in result.modules for s in m.statements if isinstance(s, ast.ModelDecl)}
        for model in result.plan.models:
            path = Path(model.path).resolve()
            if path in cards:
                continue
            declaration = declarations.get(model.name)
            origin = declaration.span.source.path if declaration is not None else file
            label = declaration.label.span.text() if declaration is not None and declaration.label is not None else None
            card = ModelCard(model.name, str(origin), model.kind, str(model.path), label, list(model.features),
                             trained=path.is_file())
            if card.trained:
                _fill(card, path)
                card.staleness = [d.message for d in staleness_warnings(model, declaration_fingerprint(result.plan, model))]
            cards[path] = card
    return list(cards.values())


def _fill(card: ModelCard, path: Path) -> None:
    from segdsl.render.metrics import headline

    card.file_bytes = path.stat().st_size
    if not sidecar_path(path).is_file():
        card.problem = "no metadata file (.json) next to the model"
        return
    try:
        sidecar = read_sidecar(path)
    except (DiagnosticError, RecursionError, ValueError) as error:
        card.problem = error.diagnostics[0].message if isinstance(error, DiagnosticError) else "unreadable metadata"
        return
    metrics = sidecar.get("metrics") if isinstance(sidecar.get("metrics"), dict) else {}
    card.task = _text(sidecar.get("task")) or ("clustering" if card.kind == "kmeans" else None)
    card.classes = [c for c in sidecar.get("classes", []) if isinstance(c, str)] if isinstance(sidecar.get("classes"), list) else []
    card.train_as_of, card.label_as_of = _text(sidecar.get("train_as_of")), _text(sidecar.get("label_as_of"))
    card.trained_at = _text(sidecar.get("created_at"))
    card.versions = sidecar["versions"] if isinstance(sidecar.get("versions"), dict) else {}
    try:
        if card.kind == "kmeans":
            card.holdout = {k: metrics[k] for k in ("k", "silhouette", "cluster_sizes") if k in metrics}
        else:
            card.holdout = dict(headline(metrics))
            later = metrics.get("out_of_time")
            if isinstance(later, dict):
                card.out_of_time = {"skipped": later["skipped"]} if "skipped" in later else \
                    {**dict(headline(later)), **({"dates": later["dates"]} if "dates" in later else {})}
    except (KeyError, TypeError, ValueError):
        card.problem = "metrics in the metadata are not in the expected shape; re-train the model"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _size(count: int | None) -> str:
    if count is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,.0f} {unit}" if unit == "B" else f"{count:,.1f} {unit}"
        count /= 1024
    return str(count)


def _figures(values: dict[str, object]) -> str:
    return ", ".join(f"{k} {v}" for k, v in values.items() if k != "dates") or "-"


def as_markdown(cards: list[ModelCard]) -> str:
    lines = ["| model | kind | label | features | trained as of | hold-out | out-of-time | staleness | versions | size |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for c in cards:
        versions = ", ".join(f"{k} {v}" for k, v in c.versions.items() if v) or "-"
        state = "not trained" if not c.trained else ("; ".join(c.staleness) or c.problem or "up to date")
        cells = [f"`{c.name}`", f"{c.kind}" + (f" ({c.task})" if c.task else ""), f"`{c.label}`" if c.label else "-",
                 ", ".join(c.features), c.train_as_of or "-", _figures(c.holdout), _figures(c.out_of_time), state,
                 versions, _size(c.file_bytes)]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def as_json(cards: list[ModelCard]) -> str:
    return json.dumps({"version": 1, "models": [c.to_json() for c in cards]}, indent=2, default=str) + "\n"
