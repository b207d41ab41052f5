"""Text to AST: `parse(source)` returns the module and the syntax diagnostics found."""

from segdsl.syntax.parser import parse

__all__ = ["parse"]
