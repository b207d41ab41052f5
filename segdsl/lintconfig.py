"""Which warnings `segdsl validate` reports: `--select`/`--ignore`, and `select`/`ignore` in the
`[tool.segdsl]` section of the nearest pyproject.toml (searched upward from each .seg file's
folder). A command-line option replaces the same key of the configuration.

Only warnings can be selected or ignored. Errors always report: a definition with an error has
no plan and cannot be evaluated, so hiding the reason would leave a failure nobody can explain.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from segdsl.diagnostics import CODES, Diagnostic, DiagnosticError, Severity, suggest

WARNINGS = frozenset(code for code in CODES if code.startswith("W"))
CONFIG_FILE = "pyproject.toml"
CODE = "E801"


@dataclass(frozen=True)
class Selection:
    """The warnings to report; errors are always reported."""

    warnings: frozenset[str] = WARNINGS

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        return [d for d in diagnostics if d.severity is Severity.ERROR or d.code in self.warnings]


@dataclass(frozen=True)
class Config:
    path: Path
    select: frozenset[str] | None
    ignore: frozenset[str] | None


def parse_codes(values: Sequence[str], where: str, file: Path | None = None) -> frozenset[str]:
    """Warning codes from codes (`W105`), prefixes (`W1`) or names (`always-false`), comma-separated."""
    codes: set[str] = set()
    for value in values:
        for token in (t.strip() for t in value.split(",")):
            if token:
                codes |= _codes(token, where, file)
    return frozenset(codes)


def _codes(token: str, where: str, file: Path | None) -> set[str]:
    by_slug = [code for code, slug in CODES.items() if slug == token.lower()]
    matched = set(by_slug) or {code for code in CODES if code.startswith(token.upper())}
    if not matched:
        guess = suggest(token, [*WARNINGS, *(CODES[c] for c in WARNINGS)])
        raise _invalid(f"unknown warning code `{token}` in {where}", file,
                       ((f"did you mean `{guess[0]}`?",) if guess else ()) +
                       ("use a code (`W105`), a prefix (`W1`: all of W101-W109) or a name (`always-false`)",))
    warnings = matched & WARNINGS
    if not warnings:
        raise _invalid(f"`{token}` in {where} names errors, which cannot be selected or ignored", file,
                       ("errors always report: a definition with an error cannot be evaluated; only warnings (W...) can be chosen",))
    return warnings


def _invalid(message: str, file: Path | None, hints: tuple[str, ...]) -> DiagnosticError:
    return DiagnosticError([Diagnostic(CODE, message, hints=hints, file=str(file) if file else None)])


class LintSettings:
    """The command line's choices combined with each file's configuration (read once per folder)."""

    def __init__(self, select: Sequence[str] = (), ignore: Sequence[str] = ()):
        self.select = parse_codes(select, "--select") if select else None
        self.ignore = parse_codes(ignore, "--ignore") if ignore else None
        self._configs: dict[Path, Config | None] = {}

    def selection_for(self, seg_file: Path) -> Selection:
        config = self.config_for(seg_file.resolve().parent)
        select = self.select if self.select is not None else config.select if config else None
        ignore = self.ignore if self.ignore is not None else config.ignore if config else None
        return Selection((WARNINGS if select is None else select) - (ignore or frozenset()))

    def config_for(self, directory: Path) -> Config | None:
        """The nearest pyproject.toml with a [tool.segdsl] section, from `directory` upward."""
        if directory not in self._configs:
            candidate = directory / CONFIG_FILE
            found = read_config(candidate) if candidate.is_file() else None
            if found is None and directory.parent != directory:
                found = self.config_for(directory.parent)
            self._configs[directory] = found
        return self._configs[directory]


def read_config(path: Path) -> Config | None:
    """[tool.segdsl] of a pyproject.toml, or None when it has none. Other keys are left to others."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _invalid(f"cannot read {path.name}: {error}", path, ("fix the file: segdsl looks for [tool.segdsl] in it",)) from None
    tool = document.get("tool")
    section = tool.get("segdsl") if isinstance(tool, dict) else None
    if section is None:
        return None
    if not isinstance(section, dict):
        raise _invalid("[tool.segdsl] must be a table", path, ("write it as a section: [tool.segdsl]",))
    return Config(path, _config_codes(section, "select", path), _config_codes(section, "ignore", path))


def _config_codes(section: dict, key: str, path: Path) -> frozenset[str] | None:
    if key not in section:
        return None
    values = section[key]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _invalid(f"`{key}` in [tool.segdsl] must be a list of codes", path, (f'e.g. {key} = ["W105", "W1"]',))
    return parse_codes(values, f"`{key}` of [tool.segdsl]", path)
