"""`segdsl fmt`: one canonical layout for definition files.

    formatted = format_source(text, "rfm.seg")   # raises DiagnosticError on syntax errors

The text is printed again from its concrete tree (`printer`), comments are put back by position
(`comments`), then blank lines and comment columns are settled (`lines`). Before anything is
returned, the result is parsed again: its AST must equal the original's and every comment must
still be there, so a formatter bug can never silently change or lose a definition.
"""

from __future__ import annotations

from collections import Counter

from segdsl.diagnostics import DiagnosticError
from segdsl.formatting.comments import attach_comments
from segdsl.formatting.lines import render
from segdsl.formatting.printer import print_module
from segdsl.limits import with_stack_headroom
from segdsl.source import SourceFile
from segdsl.syntax import parse
from segdsl.syntax.grammar import parse_concrete

__all__ = ["FormattingError", "format_source"]


class FormattingError(RuntimeError):
    """The formatted text would not mean the same as the original: a bug in the formatter."""


@with_stack_headroom
def format_source(text: str, name: str = "<stdin>") -> str:
    module, diagnostics = parse(SourceFile(name, text))
    if diagnostics:
        raise DiagnosticError(diagnostics)
    tree, comments = parse_concrete(text)
    try:
        return _printed(tree, text, comments, module, name, keep_separators=False)
    except FormattingError:  # e.g. a label read as a keyword once its `;` is gone: keep the `;`s
        return _printed(tree, text, comments, module, name, keep_separators=True)


def _printed(tree, text: str, comments: list, module, name: str, keep_separators: bool) -> str:
    lines = print_module(tree, text, keep_separators)
    end_comments = attach_comments(lines, comments, text)
    formatted = render(lines, end_comments, text)
    _verify(module.statements, comments, formatted, name)
    return formatted


def _verify(statements: tuple, comments: list, formatted: str, name: str) -> None:
    again, diagnostics = parse(SourceFile(name, formatted))
    if diagnostics or again.statements != statements:
        raise FormattingError(f"formatting {name} would change its meaning; it was left as it is")
    _, comments_after = parse_concrete(formatted)
    if _texts(comments_after) != _texts(comments):
        raise FormattingError(f"formatting {name} would lose comments; it was left as it is")


def _texts(comments: list) -> Counter[str]:
    return Counter(str(comment).rstrip() for comment in comments)
