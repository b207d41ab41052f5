"""segdsl: segment definitions as code, compiled to one Polars query plan.

The public names load on first use (PEP 562): importing a submodule (`segdsl.cli`, `segdsl.ir`)
does not import the parser and checker, so `segdsl eval` with a cached plan never loads them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Definition", "Diagnostic", "DiagnosticError", "check_file", "load"]
__version__ = "0.1.0"

_HOMES = {"Definition": "segdsl.api", "check_file": "segdsl.api", "load": "segdsl.api",
          "Diagnostic": "segdsl.diagnostics", "DiagnosticError": "segdsl.diagnostics"}

if TYPE_CHECKING:
    from segdsl.api import Definition, check_file, load
    from segdsl.diagnostics import Diagnostic, DiagnosticError


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'segdsl' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
