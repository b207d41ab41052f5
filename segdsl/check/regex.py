"""The portable subset of regular expressions that `matches` accepts (README "Regular expressions").

Patterns are run by the engine, not by Python: Polars (Rust `regex`), DuckDB (RE2), PostgreSQL
(ARE) and Spark (java.util.regex). Their common ground is RE2's syntax without its extensions, so
a pattern is checked against that subset here, at validate time, with the place and a hint;
anything outside it would pass on one engine and fail (or mean something else) on another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Escapes every engine reads the same way.
_CLASS_ESCAPES = set("dDwWsS")
_ASSERTION_ESCAPES = set("bB")
_CONTROL_ESCAPES = set("nrtf")
_PUNCTUATION = set(r"\.^$|?*+()[]{}/-#&~ '\"!@%,:;<=>`_")


@dataclass(frozen=True)
class RegexProblem:
    """What is outside the subset, where in the pattern (0-based), and how to write it instead."""

    message: str
    offset: int
    hint: str


def portable_regex_problem(pattern: str) -> RegexProblem | None:
    """The first construct outside the portable subset, or None if the pattern is portable."""
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= len(pattern):
                return RegexProblem("the pattern ends with a lone `\\`", i, "write `\\\\` for a backslash")
            problem = _escape(pattern[i + 1], i, in_class)
            if problem is not None:
                return problem
            i += 2
            continue
        if in_class:
            if ch == "[" and pattern[i + 1 : i + 2] == ":":
                return RegexProblem("POSIX classes such as `[:alpha:]` are not portable", i,
                                    "list the characters, e.g. `[A-Za-z]`")
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # `[]a]`: a literal `]` first
                i += 1
        elif ch == "(" and pattern[i + 1 : i + 2] == "?":
            problem = _group(pattern, i)
            if problem is not None:
                return problem
        elif ch in "*+?}" and pattern[i + 1 : i + 2] == "+":
            return RegexProblem("possessive quantifiers (`*+`, `++`, `?+`) are not portable", i + 1,
                                "leave out the second `+`")
        i += 1
    try:
        re.compile(pattern)
    except re.error as error:
        return RegexProblem(f"invalid regular expression: {error.msg}", error.pos or 0,
                            "check the brackets, parentheses and quantifiers")
    return None


def _escape(ch: str, at: int, in_class: bool) -> RegexProblem | None:
    if ch in _CLASS_ESCAPES or ch in _CONTROL_ESCAPES or ch in _PUNCTUATION:
        return None
    if ch in _ASSERTION_ESCAPES and not in_class:
        return None
    if ch.isdigit():
        return RegexProblem(f"backreferences (`\\{ch}`) are not supported by RE2 or Rust regex", at,
                            "match the text again explicitly, or split the test in two conditions")
    if ch in "AzZ":
        return RegexProblem(f"`\\{ch}` differs between engines", at, "use `^` for the start and `$` for the end of the text")
    if ch in "pP":
        return RegexProblem(f"Unicode classes (`\\{ch}{{...}}`) are not portable (PostgreSQL has none)", at,
                            "list the characters, e.g. `[A-Za-zÀ-ÖØ-öø-ÿ]` for Latin letters")
    return RegexProblem(f"the escape `\\{ch}` is not portable", at,
                        "portable escapes: \\d \\w \\s \\D \\W \\S \\b \\B \\n \\t \\r \\f and a backslash before punctuation")


def _group(pattern: str, at: int) -> RegexProblem | None:
    rest = pattern[at + 2 :]
    if rest.startswith(":"):
        return None
    if at == 0 and rest.startswith("i)"):
        return None
    if rest[:1] in ("=", "!") or rest[:2] in ("<=", "<!"):
        return RegexProblem("lookahead and lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported by RE2 or Rust regex",
                            at, "split the test: `x matches \"a\" and not (x matches \"ab\")`")
    if rest.startswith(("P<", "<", "'")):
        return RegexProblem("named groups are written differently by each engine", at, "use a plain group `( )` or `(?: )`")
    return RegexProblem("this `(?` construct is not portable", at,
                        "portable groups: `( )`, `(?: )`, and `(?i)` at the very start for case-insensitive matching")
