"""Parsing a document again after a small edit, for the language server.

A file is a sequence of statements, each starting with a keyword at the start of a line, and
most edits touch one of them. Each statement chunk's AST is kept by its text; after an edit only
new or changed chunks are parsed, and the kept ones are moved to the new text: their spans get
the new source and, after the edit, the shifted offsets. Spans are frozen for everyone else; this
is the one place that changes them, between two analyses of the document (the server drops the
previous analysis and index of a document before it parses the new text), so that every later
stage sees exactly what `parse(source)` would have given, at a cost proportional to the number
of spans rather than to Lark's transform (the reused nodes also keep their identity).

The result is the same as `parse(source)`'s. When a chunk does not parse on its own, `parse`
first tries the whole text; when that fails too (almost always: the user is typing), its
recovery is what we did, with the failing chunks' syntax errors. Otherwise `parse` decides.
Whether the whole text parses is decided from the chunk before the first failing one (chunk m):
chunks 0..m-1 each parse alone, so their concatenation parses, and the LALR(1) parser (the
grammar is unambiguous, the parser deterministic) ends a statement at the start of chunk m-1
when it reads that concatenation. Its action there depends only on the text before and on the
next token, which the whole text shares, so the whole text's parse ends a statement there too:
the whole text parses exactly when the text from chunk m-1 on is a sequence of statements. That
parse stops at its first error, near the edit: a few statements of work instead of the whole
file on every keystroke of an unfinished statement.
"""

from __future__ import annotations

from lark.exceptions import UnexpectedInput

from segdsl.ast import Module, Statement
from segdsl.diagnostics import Diagnostic
from segdsl.source import SourceFile
from segdsl.syntax.errors import syntax_diagnostic
from segdsl.syntax.grammar import lark_parser
from segdsl.syntax.parser import Chunk, parse, parse_chunk, statement_chunks


class IncrementalParser:
    """One per document: remembers the chunks of the document's current text only. With
    `keep_chunks=False`, only the last module (returned again while the text is the same)."""

    def __init__(self, keep_chunks: bool = True) -> None:
        self.keep_chunks = keep_chunks
        self._chunks: dict[str, list[Chunk]] = {}  # by text: identical statements can repeat
        self._last: tuple[SourceFile, Module, list[Diagnostic]] | None = None

    def parse(self, source: SourceFile) -> tuple[Module, list[Diagnostic]]:
        if self._last is not None and self._last[0].text == source.text and self._last[0].name == source.name:
            return self._last[1], list(self._last[2])  # unchanged (an import): the very same module
        if not self.keep_chunks:
            module, diagnostics = parse(source)
        else:
            try:
                module, diagnostics = self._parse(source)
            except Exception:  # noqa: BLE001 - any trouble: the full parser decides and reports
                self._chunks = {}
                module, diagnostics = parse(source)
        self._last = (source, module, list(diagnostics))
        return module, diagnostics

    def _parse(self, source: SourceFile) -> tuple[Module, list[Diagnostic]]:
        current: dict[str, list[Chunk]] = {}
        statements: list[Statement] = []
        diagnostics: list[Diagnostic] = []
        failed_after: int | None = None  # where the whole text's parse must be tried from
        previous = 0
        for start, end in statement_chunks(source.text):
            text = source.text[start:end]
            kept = self._chunks.get(text)
            if kept:
                chunk = kept.pop()
                _move(chunk, source, start)
            else:
                try:
                    chunk = parse_chunk(source, start, end)
                except UnexpectedInput as error:
                    if failed_after is None:
                        failed_after = previous
                    diagnostics.append(syntax_diagnostic(source, error, start, end))
                    previous = start
                    continue
            previous = start
            current.setdefault(text, []).append(chunk)
            statements.extend(chunk.statements)
            diagnostics.extend(chunk.diagnostics)
        self._chunks = current
        if failed_after is not None and _parses(source.text[failed_after:]):
            return parse(source)  # a statement split where a line starts with a keyword: rare
        return Module(source, tuple(statements)), diagnostics


def _move(chunk: Chunk, source: SourceFile, start: int) -> None:
    """Rebase a kept chunk onto the new text (see the module docstring for why in place)."""
    delta = start - chunk.start
    chunk.start = start
    for span in chunk.spans:
        fields = span.__dict__
        fields["source"] = source
        if delta:
            fields["start"] += delta
            fields["end"] += delta


def _parses(text: str) -> bool:
    try:
        lark_parser().parse(text)
    except UnexpectedInput:
        return False
    return True
