"""Parsing a document again after a small edit, for the language server.

A file is a sequence of statements, each starting with a keyword at the start of a line, and
most edits touch one of them. The LALR parse is most of the cost of checking a large file, so
each statement's Lark tree is kept by its text and only new or changed statements are parsed
again. Spans are always rebuilt for the current text (the tree-to-AST step runs on every
statement), so nothing downstream can see a stale offset or source.

The result is the same as `parse(source)`'s: when any statement does not parse on its own, the
whole text goes through `parse`, with its recovery and its diagnostics.
"""

from __future__ import annotations

from lark import Tree

from segdsl.ast import Module, Statement
from segdsl.diagnostics import Diagnostic
from segdsl.source import SourceFile
from segdsl.syntax.grammar import lark_parser
from segdsl.syntax.parser import _statement_chunks, parse
from segdsl.syntax.to_ast import ToAst


class IncrementalParser:
    """One per document: remembers the trees of the document's current statements only."""

    def __init__(self) -> None:
        self._trees: dict[str, Tree] = {}
        self._last: tuple[SourceFile, Module, list[Diagnostic]] | None = None

    def parse(self, source: SourceFile) -> tuple[Module, list[Diagnostic]]:
        if self._last is not None and self._last[0].text == source.text and self._last[0].name == source.name:
            return self._last[1], list(self._last[2])  # unchanged (an import): the very same module
        module, diagnostics = self._parse(source)
        self._last = (source, module, list(diagnostics))
        return module, diagnostics

    def _parse(self, source: SourceFile) -> tuple[Module, list[Diagnostic]]:
        current: dict[str, Tree] = {}
        statements: list[Statement] = []
        diagnostics: list[Diagnostic] = []
        for start, end in _statement_chunks(source.text):
            text = source.text[start:end]
            tree = current.get(text) or self._trees.get(text)
            try:
                if tree is None:
                    tree = lark_parser().parse(text)
                builder = ToAst(source, start)
                statements.extend(builder.transform(tree))
            except Exception:  # noqa: BLE001 - any trouble: the full parser decides and reports
                self._trees = {}
                return parse(source)
            current[text] = tree
            diagnostics.extend(builder.diagnostics)
        self._trees = current
        return Module(source, tuple(statements)), diagnostics
