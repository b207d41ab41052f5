"""Lark's parse errors -> Diagnostics a marketer can act on.

Lark reports terminals (`LPAR`, `NAME`); users need words ("`(`", "a name") and, for the
mistakes people really make, the fix: `=` or `<>` from SQL and Excel, upper-case `AND`,
`&&`, or a misspelt keyword at the start of a statement.
"""

from __future__ import annotations

from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.lexer import PatternStr

from segdsl.diagnostics import Diagnostic, suggest
from segdsl.source import SourceFile, Span
from segdsl.syntax.grammar import STATEMENT_KEYWORDS, lark_parser

_FRIENDLY = {
    "NAME": "a name",
    "STRING": "a string",
    "NUMBER": "a number",
    "PERCENT": "a percentage",
    "DATE": "a date (YYYY-MM-DD)",
    "UNIT": "a unit (days, weeks, months, years)",
    "COMPARE": "a comparison (==, !=, <, <=, >, >=)",
    "ADD_OP": "`+` or `-`",
    "MUL_OP": "`*` or `/`",
    "POINTS": "points such as `+10`",
    "TIER_BASIS": "`share` or `quantile`",
    "STARTS_WITH": "`starts with`",
    "ENDS_WITH": "`ends with`",
    "IN_LAST": "`in last`",
    "WITHIN_LAST": "`within last`",
    "$END": "the end of the file",
}

_HABITS = {
    "&&": ("`&&` is not an operator here", "write `and`"),
    "||": ("`||` is not an operator here", "write `or`"),
    "!": ("`!` is not an operator here", "write `not`, or `!=` to compare"),
    "<>": ("`<>` is not an operator here", "write `!=` for 'not equal'"),
}
_UPPER_KEYWORDS = {"AND", "OR", "NOT", "IN", "IS", "BETWEEN", "TRUE", "FALSE", "WHERE", "LIKE", "NULL"}


def syntax_diagnostic(source: SourceFile, error: UnexpectedInput, offset: int, end: int) -> Diagnostic:
    """`offset`/`end` delimit the text that was parsed (the whole file, or one statement)."""
    if isinstance(error, UnexpectedToken):
        return _unexpected_token(source, error, offset, end)
    if isinstance(error, UnexpectedCharacters):
        return _unexpected_character(source, error, offset)
    if isinstance(error, UnexpectedEOF):
        return _end_of_file(source, error.expected, end)
    return Diagnostic("E001", "syntax error", Span(source, offset, offset + 1))


def _describe(terminal: str) -> str:
    if terminal in _FRIENDLY:
        return _FRIENDLY[terminal]
    definition = lark_parser().get_terminal(terminal)
    if isinstance(definition.pattern, PatternStr):
        return f"`{definition.pattern.value}`"
    return terminal.lower()


def _expected_list(expected: set[str] | frozenset[str]) -> str:
    words = sorted({_describe(t) for t in expected})
    if len(words) > 8:
        words = words[:8] + ["…"]
    return ", ".join(words)


def _end_of_file(source: SourceFile, expected, end: int) -> Diagnostic:
    end = len(source.text[:end].rstrip())
    return Diagnostic(
        "E003",
        "this statement is not finished",
        Span(source, max(0, end - 1), end),
        hints=(f"expected {_expected_list(expected)}",),
        note="unfinished here",
    )


def _unexpected_token(source: SourceFile, error: UnexpectedToken, offset: int, end: int) -> Diagnostic:
    token = error.token
    if token.type == "$END":
        return _end_of_file(source, error.expected, end)
    start = offset + token.start_pos
    span = Span(source, start, offset + token.end_pos)
    text = str(token)
    expected = set(error.expected)
    expecting = f"expected {_expected_list(expected)}"

    previous = source.text[start - 1 : start] if start > 0 else ""
    if text == ">" and previous == "<":
        message, fix = _HABITS["<>"]
        return Diagnostic("E001", message, Span(source, start - 1, span.end), hints=(fix,), note=fix)
    if text == "=" and "COMPARE" in expected | _comparison_context(expected):
        fix = "use `==` to compare values; `=` only gives a definition its body"
        return Diagnostic("E001", "`=` is not a comparison", span, hints=(fix,), note="did you mean `==`?")
    if token.type == "NAME" and text.upper() in _UPPER_KEYWORDS and text != text.lower():
        fix = f"keywords are lower-case: write `{text.lower()}`"
        return Diagnostic("E001", f"unexpected `{text}`", span, hints=(fix,), note=f"did you mean `{text.lower()}`?")
    if token.type == "NAME" and _expects_statement(expected):
        guess = suggest(text, STATEMENT_KEYWORDS)
        note = f"did you mean `{guess[0]}`?" if guess else None
        return Diagnostic(
            "E001", f"`{text}` does not start a statement", span,
            hints=(f"a statement starts with one of: {', '.join(STATEMENT_KEYWORDS)}",),
            note=note,
        )
    return Diagnostic("E001", f"unexpected {_token_words(token)}", span, hints=(expecting,), note=expecting)


def _comparison_context(expected: set[str]) -> set[str]:
    """After a value, the parser expects operators; `=` there is meant as a comparison."""
    return {"COMPARE"} if expected & {"ADD_OP", "MUL_OP", "AND", "OR"} else set()


def _expects_statement(expected: set[str]) -> bool:
    keywords = {k.upper() for k in STATEMENT_KEYWORDS}
    return len(expected & keywords) >= 3


def _token_words(token) -> str:
    if token.type == "NAME":
        return f"name `{token}`"
    return f"`{token}`"


def _unexpected_character(source: SourceFile, error: UnexpectedCharacters, offset: int) -> Diagnostic:
    start = offset + error.pos_in_stream
    two = source.text[start : start + 2]
    one = source.text[start : start + 1]
    for habit in (two, one):
        if habit in _HABITS:
            message, fix = _HABITS[habit]
            return Diagnostic("E001", message, Span(source, start, start + len(habit)), hints=(fix,), note=fix)
    if one in "\"'":
        return Diagnostic(
            "E004", "this string is never closed", Span(source, start, start + 1),
            hints=(f"end the string with {one} on the same line",), note="string starts here",
        )
    allowed = error.allowed or set()
    hints = (f"expected {_expected_list(allowed)}",) if allowed else ()
    return Diagnostic(
        "E002", f"unexpected character `{one}`", Span(source, start, start + 1), hints=hints,
        note=hints[0] if hints else None,
    )
