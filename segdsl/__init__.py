"""segdsl: segment definitions as code, compiled to one Polars query plan."""

from segdsl.api import Definition, check_file, load
from segdsl.diagnostics import Diagnostic, DiagnosticError

__all__ = ["Definition", "Diagnostic", "DiagnosticError", "check_file", "load"]
__version__ = "0.1.0"
