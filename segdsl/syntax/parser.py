"""Parsing with recovery: a file with several syntax errors reports all of them.

Lark's LALR parser stops at the first error. Every statement begins with a keyword at the start
of a line, so on failure we re-parse statement by statement and keep every good statement; the
checker then still sees (and reports on) the rest of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark.exceptions import UnexpectedInput

from segdsl.ast import Module, Statement
from segdsl.diagnostics import Diagnostic
from segdsl.source import SourceFile, Span
from segdsl.limits import stack_headroom
from segdsl.syntax.errors import syntax_diagnostic
from segdsl.syntax.grammar import STATEMENT_KEYWORDS, lark_parser
from segdsl.syntax.nesting import nesting_problem
from segdsl.syntax.to_ast import ToAst

_STATEMENT_START = re.compile(
    r"^[ \t]*(?:%s)\b" % "|".join(STATEMENT_KEYWORDS), re.MULTILINE
)


@dataclass
class Chunk:
    """The statements parsed from text[start:end], their diagnostics, and every span in both."""

    start: int
    statements: list[Statement]
    diagnostics: list[Diagnostic]
    spans: list[Span]


def parse(source: SourceFile) -> tuple[Module, list[Diagnostic]]:
    try:
        chunk = parse_chunk(source, 0, len(source.text))
        return Module(source, tuple(chunk.statements)), chunk.diagnostics
    except UnexpectedInput:
        pass
    statements: list[Statement] = []
    diagnostics: list[Diagnostic] = []
    for start, end in statement_chunks(source.text):
        try:
            chunk = parse_chunk(source, start, end)
        except UnexpectedInput as error:
            diagnostics.append(syntax_diagnostic(source, error, start, end))
            continue
        statements.extend(chunk.statements)
        diagnostics.extend(chunk.diagnostics)
    return Module(source, tuple(statements)), diagnostics


def parse_chunk(source: SourceFile, start: int, end: int) -> Chunk:
    """Raises UnexpectedInput when text[start:end] is not a sequence of statements."""
    tree = lark_parser().parse(source.text[start:end])
    builder = ToAst(source, start)
    statements: list[Statement] = []
    too_deep: list[Diagnostic] = []
    with stack_headroom():
        for statement in tree.children:
            problem = nesting_problem(source, statement, start)
            if problem is not None:
                too_deep.append(problem)
            else:
                statements.append(builder.transform(statement))
    return Chunk(start, statements, too_deep + builder.diagnostics, builder.spans + [d.span for d in too_deep])


def statement_chunks(text: str) -> list[tuple[int, int]]:
    starts = [m.start() for m in _STATEMENT_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(text)]
    return list(zip(starts, ends))
