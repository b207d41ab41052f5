"""Where a key sits in a .segtest file. `tomllib` returns values without positions, so problems
are pointed at by finding the key's text again: a diagnostic with a caret on the right line is
worth far more to a marketer than "somewhere in rfm.segtest"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from segdsl.source import SourceFile, Span

_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([^\]\n]*?)[ \t]*\]", re.MULTILINE)
_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _key_pattern(key: str) -> re.Pattern[str]:
    """`key` used as a TOML key (bare or quoted), at the start of a key or after a dot."""
    quoted = re.escape(key)
    return re.compile(rf"""(?<![^\s.\[{{,])(?:"{quoted}"|'{quoted}'|{quoted})(?=[ \t]*[=.\]])""")


class Locator:
    """Finds the span of a key path such as ("case", 2, "members", "champions")."""

    def __init__(self, source: SourceFile):
        self.source = source
        self._headers = [(m.start(), m.group(1) == "[[", m.group(2).replace(" ", "")) for m in _HEADER.finditer(source.text)]

    def span(self, path: Sequence[str | int], value: str | None = None) -> Span | None:
        """The last key of `path` that can be found (or `value` on its line when given)."""
        keys = [str(k) for k in path]
        ranges = [(0, len(self.source.text))]
        if len(path) >= 2 and path[0] == "case" and isinstance(path[1], int):
            ranges, keys = [self._case_range(path[1])], keys[2:]
            if None in ranges:
                return None
        elif path and path[0] != "case":
            ranges = self._outside_cases()
        found: Span | None = None
        position = ranges[0][0]
        for key in keys:
            match = self._next(_key_pattern(key), ranges, position)
            if match is None:
                break
            found, position = match, match.end
        if found is not None and value is not None:
            return self._value_on_line(found, value) or found
        return found

    def string_start(self, key: Span) -> int | None:
        """Offset where a multi-line string assigned to `key` starts (after `\"\"\"` and the
        newline TOML trims), or None for other values (their text has escapes, no lines)."""
        match = re.compile(r"""[ \t]*=[ \t]*("{3}|'{3})(\r?\n)?""").match(self.source.text, key.end)
        return match.end() if match else None

    def _case_range(self, index: int) -> tuple[int, int] | None:
        starts = [start for start, array, name in self._headers if array and name == "case"]
        if index >= len(starts):
            return None
        later = [start for start, array, name in self._headers
                 if start > starts[index] and (name == "case" or not name.startswith("case."))]
        return starts[index], later[0] if later else len(self.source.text)

    def _outside_cases(self) -> list[tuple[int, int]]:
        ranges, position = [], 0
        for index in range(sum(1 for _, array, name in self._headers if array and name == "case")):
            start, end = self._case_range(index)  # type: ignore[misc]
            ranges.append((position, start))
            position = end
        ranges.append((position, len(self.source.text)))
        return ranges

    def _next(self, pattern: re.Pattern[str], ranges: list[tuple[int, int]], position: int) -> Span | None:
        for start, end in ranges:
            match = pattern.search(self.source.text, max(start, position), end) if end > position else None
            if match:
                return Span(self.source, match.start(), match.end())
        return None

    def _value_on_line(self, key: Span, value: str) -> Span | None:
        text = self.source.text
        line_end = text.find("\n", key.end)
        line_end = len(text) if line_end < 0 else line_end
        match = re.compile(rf"""(?<![\w-])(?:"{re.escape(value)}"|'{re.escape(value)}'|{re.escape(value)})(?![\w-])""").search(text, key.end, line_end)
        return Span(self.source, match.start(), match.end()) if match else None


def toml_error_span(source: SourceFile, message: str) -> Span:
    """The position `tomllib` names in its message: '(at line 3, column 5)' or the end."""
    match = _POSITION.search(message)
    if match is None:
        return Span(source, len(source.text), len(source.text))
    line, column = int(match.group(1)), int(match.group(2))
    lines = source.text.split("\n")
    offset = sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
    offset = min(offset, len(source.text))
    return Span(source, offset, min(offset + 1, len(source.text)))


def toml_error_reason(message: str) -> str:
    reason = _POSITION.sub("", message).replace("(at end of document)", "").strip()
    return reason[:1].lower() + reason[1:]
