"""Output lines and their final rendering: comments, kept blank lines, aligned trailing comments.

The printer decides what goes on each line; this module decides what goes between and beside
them, so both the printer and the comment placement stay free of whitespace bookkeeping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token

INDENT = 4
COMMENT_GAP = 2  # spaces between code and the column of its trailing comment

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass
class Line:
    """One line of code, with the source tokens printed on it (to place comments and to see
    where the author left blank lines)."""

    indent: int
    code: str
    tokens: list[Token]
    item_start: bool = False  # starts a statement or a block item: a blank line may precede it
    opens_block: bool = False  # ends with `{`: never followed by a blank line
    closes_block: bool = False  # `}`: comments placed before it belong inside the block
    before: list[Token] = field(default_factory=list)  # own-line comments, printed above
    trailing: list[Token] = field(default_factory=list)  # end-of-line comments


@dataclass(frozen=True)
class _Row:
    indent: int
    code: str
    comment: str | None
    source_start: int
    source_end: int
    blank_allowed: bool
    opens_block: bool = False


def render(lines: list[Line], end_comments: list[Token], text: str) -> str:
    """The formatted file: `text` (the original) tells where the author had blank lines."""
    rows = [row for line in lines for row in _rows(line)]
    rows += [_comment_row(c, 0, blank_allowed=True) for c in end_comments]
    out: list[str] = []
    run: list[tuple[int, _Row]] = []  # consecutive lines with end-of-line comments, same indent
    previous: _Row | None = None
    for row in rows:
        blank = previous is not None and _keeps_blank(previous, row, text)
        if blank or row.comment is None or (run and run[-1][1].indent != row.indent):
            _align(out, run)
            run = []
        if blank:
            out.append("")
        if row.comment is not None:
            run.append((len(out), row))
        out.append(" " * row.indent + row.code)
        previous = row
    _align(out, run)
    return "\n".join(out) + "\n" if out else ""


def _rows(line: Line) -> list[_Row]:
    first = line.tokens[0].start_pos
    inner = line.indent + (INDENT if line.closes_block else 0)
    above = [(c, inner, line.item_start or line.closes_block) for c in line.before]
    # Two end-of-line comments cannot share a line: all but the last move above it.
    above += [(c, line.indent, line.item_start) for c in line.trailing[:-1]]
    above.sort(key=lambda entry: entry[0].start_pos)
    rows = [_comment_row(comment, indent, blank_allowed, first) for comment, indent, blank_allowed in above]
    comment = line.trailing[-1] if line.trailing else None
    rows.append(_Row(
        line.indent, line.code, _comment_text(comment) if comment else None,
        first, line.tokens[-1].end_pos, line.item_start, line.opens_block,
    ))
    return rows


def _comment_row(comment: Token, indent: int, blank_allowed: bool, limit: int | None = None) -> _Row:
    """A comment moved above a line from inside it counts as being at the line's start, so the
    blank lines kept are those of the gaps between statements, whatever moved."""
    start, end = comment.start_pos, comment.end_pos
    if limit is not None:
        start, end = min(start, limit), min(end, limit)
    return _Row(indent, _comment_text(comment), None, start, end, blank_allowed)


def _comment_text(comment: Token) -> str:
    return str(comment).rstrip()


def _keeps_blank(previous: _Row, row: _Row, text: str) -> bool:
    """One blank line where the author had one or more, only between statements, block items
    and comments: never right after `{`, before `}` or inside an expression."""
    if not row.blank_allowed or previous.opens_block or previous.source_end > row.source_start:
        return False
    return has_blank_line(text, previous.source_end, row.source_start)


def has_blank_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] contains an empty (or whitespace-only) line."""
    return _BLANK_LINE.search(text, start, end) is not None


def _align(out: list[str], run: list[tuple[int, _Row]]) -> None:
    """The end-of-line comments of a run start in one column, two spaces after the longest code."""
    if not run:
        return
    column = max(len(out[index]) for index, _ in run) + COMMENT_GAP
    for index, row in run:
        out[index] = out[index].ljust(column) + str(row.comment)
