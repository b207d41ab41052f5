"""Where a project's activation state lives, and its `[tool.segdsl.history]` settings.

The project folder is the nearest folder (from where a command starts, upward) holding a
`segdsl.toml`, or a `pyproject.toml` with a `[tool.segdsl]` section; without one, the starting
folder itself. The embedded history store is `.segdsl/history.duckdb` in that folder, so the
definitions of a project, its connections and its history sit together.

    [tool.segdsl.history]          # or [history] in segdsl.toml
    connection = "warehouse"       # keep the history in this connection's database instead
    retention_months = 24          # drop rows whose exit is older than 24 months
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError

STATE_FOLDER = ".segdsl"
EMBEDDED_FILE = "history.duckdb"
_KEYS = {"connection", "retention_months"}


@dataclass(frozen=True)
class HistorySettings:
    root: Path  # the project folder
    connection: str | None = None
    retention_months: int | None = None
    declared_in: Path | None = None

    @property
    def embedded_path(self) -> Path:
        return self.root / STATE_FOLDER / EMBEDDED_FILE


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DiagnosticError([Diagnostic("E340", f"cannot read {path.name}: {error}", file=str(path),
                                          hints=("fix the TOML syntax of the file",))]) from None


def _section(path: Path) -> dict | None:
    """The segdsl settings of a configuration file (None: the file does not configure segdsl)."""
    document = _read(path)
    if path.name == "segdsl.toml":
        return document
    tool = document.get("tool")
    section = tool.get("segdsl") if isinstance(tool, dict) else None
    return section if isinstance(section, dict) else None


def project_settings(start: Path) -> HistorySettings:
    """The project folder above `start` (a file or a folder) and its history settings."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        for name in ("segdsl.toml", "pyproject.toml"):
            path = directory / name
            if path.is_file():
                section = _section(path)
                if section is not None:
                    return _settings(directory, path, section.get("history", {}))
    return HistorySettings(folder)


def _settings(root: Path, path: Path, entry: object) -> HistorySettings:
    where = "[history]" if path.name == "segdsl.toml" else "[tool.segdsl.history]"

    def problem(message: str, hint: str) -> DiagnosticError:
        return DiagnosticError([Diagnostic("E340", f"{where} of {path.name}: {message}", file=str(path), hints=(hint,))])

    if not isinstance(entry, dict):
        raise problem("must be a table of settings", f"write it as {where}")
    unknown = set(entry) - _KEYS
    if unknown:
        raise problem(f"unknown setting {', '.join(sorted(unknown))}", "the settings are connection and retention_months")
    connection = entry.get("connection")
    if connection is not None and (not isinstance(connection, str) or not connection):
        raise problem("connection must be the name of a declared connection", 'e.g. connection = "warehouse"')
    months = entry.get("retention_months")
    if months is not None and (isinstance(months, bool) or not isinstance(months, int) or months < 1):
        raise problem("retention_months must be a whole number of months, at least 1", "e.g. retention_months = 24")
    return HistorySettings(root, connection, months, path)
