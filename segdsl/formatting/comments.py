"""Attaching comments to output lines. The grammar ignores comments, so they are placed by
position: every comment lands on some line, none is ever dropped.

- An own-line comment goes above the line that prints the first token after it (inside a block
  when that token is the closing `}`; at the end of the file when no token follows).
- An end-of-line comment stays at the end of the line that prints the token before it.
Lines can merge (a condition written over several lines may fit on one), so a comment may move
to the nearest line that still exists, but it keeps its text and its order.
"""

from __future__ import annotations

import bisect

from lark import Token

from segdsl.formatting.lines import Line


def attach_comments(lines: list[Line], comments: list[Token], text: str) -> list[Token]:
    """Fill each line's `before` and `trailing` comments; return those left for the file's end."""
    placed = sorted(((token.start_pos, token.end_pos, line) for line in lines for token in line.tokens), key=lambda p: p[0])
    starts = [start for start, _, _ in placed]
    ends = [end for _, end, _ in placed]
    end_of_file: list[Token] = []
    for comment in comments:
        if not _own_line(comment, text):
            index = bisect.bisect_right(ends, comment.start_pos) - 1
            if index >= 0:
                placed[index][2].trailing.append(comment)
                continue
        index = bisect.bisect_left(starts, comment.end_pos)
        if index < len(placed):
            placed[index][2].before.append(comment)
        else:
            end_of_file.append(comment)
    return end_of_file


def _own_line(comment: Token, text: str) -> bool:
    line_start = text.rfind("\n", 0, comment.start_pos) + 1
    return not text[line_start : comment.start_pos].strip()
