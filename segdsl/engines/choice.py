"""Which engine a command uses: `--engine`, else `engine = "..."` in the `[tool.segdsl]` section
of the nearest pyproject.toml (searched upward from the definition's folder, as lint settings
are), else Polars. The choice is held in a context variable while a command runs, so every
evaluation inside it (segment tests, both sides of a diff, training features) uses it without
threading a parameter through each layer.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.engines import DEFAULT_ENGINE, ENGINES, unknown_engine

_CURRENT: contextvars.ContextVar[str] = contextvars.ContextVar("segdsl_engine", default=DEFAULT_ENGINE)


def current_engine() -> str:
    return _CURRENT.get()


@contextmanager
def using(name: str) -> Iterator[str]:
    token = _CURRENT.set(name)
    try:
        yield name
    finally:
        _CURRENT.reset(token)


def configured_engine(start: Path) -> str | None:
    """`engine` of the nearest [tool.segdsl], or None. E370 for a value that names no engine."""
    folder = start.resolve()
    folder = folder if folder.is_dir() else folder.parent
    for directory in (folder, *folder.parents):
        candidate = directory / "pyproject.toml"
        if not candidate.is_file():
            continue
        import tomllib  # only once a pyproject.toml is found

        try:
            document = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None  # `validate` reports an unreadable configuration (E801)
        section = document.get("tool", {}).get("segdsl") if isinstance(document.get("tool"), dict) else None
        if not isinstance(section, dict):
            continue
        value = section.get("engine")
        if value is None:
            return None
        if not isinstance(value, str) or value not in ENGINES:
            found = unknown_engine(str(value), f"[tool.segdsl] of {candidate}")
            raise DiagnosticError([Diagnostic("E370", found.message, hints=found.hints, file=str(candidate))])
        return value
    return None


def resolve_engine(option: str | None, definition_path: Path | None) -> str:
    """The engine for a command: the option, else the project's default, else Polars."""
    if option is not None:
        if option not in ENGINES:
            raise DiagnosticError([unknown_engine(option)])
        return option
    return (configured_engine(definition_path) if definition_path is not None else None) or DEFAULT_ENGINE
