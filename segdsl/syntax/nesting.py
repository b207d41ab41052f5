"""The nesting limit (README "Limits"), measured without recursion on the parse tree and on the
brackets of the text, so that an input too deep for the later stages is a diagnostic (E006) at
the place where it crosses the limit, never a RecursionError."""

from __future__ import annotations

from lark import Tree

from segdsl.diagnostics import Diagnostic
from segdsl.limits import MAX_NESTING
from segdsl.source import SourceFile, Span

_OPENING, _CLOSING = "([{", ")]}"


def nesting_problem(source: SourceFile, statement: Tree, offset: int) -> Diagnostic | None:
    """E006 when one statement nests deeper than MAX_NESTING (operators or brackets)."""
    position = _deepest_node(statement) or _deepest_bracket(source.text, offset, statement)
    if position is None:
        return None
    start = offset + position
    return Diagnostic(
        "E006", f"this expression nests more than {MAX_NESTING} levels deep",
        Span(source, start, min(len(source.text), start + 1)),
        note="the limit is crossed here",
        hints=(f"at most {MAX_NESTING} levels of operators, calls and parentheses (each operator of a chain "
               "such as `a and b and c` counts); split it into named traits with `let`, or use `in (...)`",),
    )


def _deepest_node(statement: Tree) -> int | None:
    """Chunk offset of the first node deeper than the limit, iteratively."""
    stack: list[tuple[Tree, int]] = [(statement, -1)]  # the statement itself is no level
    while stack:
        node, depth = stack.pop()
        inner = [child for child in node.children if isinstance(child, Tree)]
        if not inner:
            continue  # a name or a literal: no level of its own
        if depth + 1 > MAX_NESTING:
            meta = node.meta
            return 0 if getattr(meta, "empty", True) else meta.start_pos
        stack.extend((child, depth + 1) for child in inner)
    return None


def _deepest_bracket(text: str, offset: int, statement: Tree) -> int | None:
    """Chunk offset of the first bracket opened beyond the limit (strings and comments skipped)."""
    meta = statement.meta
    if getattr(meta, "empty", True):
        return None
    depth, quote, i, end = 0, "", offset + meta.start_pos, offset + meta.end_pos
    while i < end:
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote or ch == "\n":
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            newline = text.find("\n", i)
            i = end if newline == -1 else newline
            continue
        elif ch in _OPENING:
            depth += 1
            if depth > MAX_NESTING:
                return i - offset
        elif ch in _CLOSING:
            depth -= 1
        i += 1
    return None
