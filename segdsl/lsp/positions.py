"""Offsets in Python strings <-> LSP positions (line, UTF-16 code unit), the protocol's default.

segdsl's spans are character offsets into the text; editors count columns in UTF-16 code units,
so a character outside the Basic Multilingual Plane (an emoji in a description) counts twice.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

from segdsl.source import Span, line_starts


class LineIndex:
    """Where each line starts, to convert both ways in O(log lines + line length)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = line_starts(text)

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        prefix = self.text[self.starts[line]:offset]
        return types.Position(line=line, character=_utf16_length(prefix))

    def offset(self, position: types.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(0, position.line)]
        end = self.starts[position.line + 1] - 1 if position.line + 1 < len(self.starts) else len(self.text)
        units = 0
        for index in range(start, end):
            if units >= position.character:
                return index
            units += 2 if ord(self.text[index]) > 0xFFFF else 1
        return end

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))

    def span_range(self, span: Span) -> types.Range:
        return self.range(span.start, span.end)


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
