"""Optional parts of segdsl (extras) and the one diagnostic for a missing one.

The core (validate, fmt, test) installs the language only. Models, enrichment, engines and the
editor server need heavier libraries, shipped as extras; a command that needs a missing extra
stops with E901 naming the install command, never with an ImportError.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from segdsl.diagnostics import Diagnostic, DiagnosticError

# extra name -> what it enables (for the message)
EXTRAS: dict[str, str] = {
    "models": "training and scoring models (scikit-learn, skops)",
    "enrich": "crawling company websites (Scrapy)",
    "duckdb": "the DuckDB engine",
    "postgres": "PostgreSQL tables and the PostgreSQL engine",
    "spark": "the Spark engine",
    "lsp": "the language server",
    "report": "experiment statistics and the HTML report (SciPy, Plotly)",
    "exports": "ad-platform customer lists (polars-hash for SHA-256, phonenumbers for E.164)",
}


def install_command(extra: str) -> str:
    return f'pip install "segdsl[{extra}]"'


def missing_extra(extra: str, module: str, needed_for: str | None = None) -> Diagnostic:
    purpose = needed_for or EXTRAS.get(extra, extra)
    return Diagnostic(
        "E901",
        f"{purpose} needs the `{extra}` extra (Python module `{module}` is not installed)",
        hints=(f"install it with: {install_command(extra)}",),
    )


def require_module(module: str, extra: str, needed_for: str | None = None) -> ModuleType:
    """Import `module`, or raise a DiagnosticError (E901) naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise DiagnosticError([missing_extra(extra, module, needed_for)]) from None


# extra -> the modules it installs that segdsl imports (checked before any of them is imported,
# so a missing one is E901 and never an ImportError from deep inside a library)
EXTRA_MODULES: dict[str, tuple[str, ...]] = {
    "models": ("sklearn", "skops", "numpy"),
    "enrich": ("scrapy", "twisted"),
}


def require_extra(extra: str, needed_for: str | None = None) -> None:
    """Raise E901 unless every module of `extra` imports."""
    for module in EXTRA_MODULES[extra]:
        require_module(module, extra, needed_for)
