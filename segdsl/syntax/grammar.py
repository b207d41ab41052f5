"""Locating and loading the one grammar, cached for the life of the process."""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache
from pathlib import Path

from lark import Lark, Token, Tree

from segdsl.syntax.tables import cached_lark

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def grammar_path() -> Path:
    """The grammar inside an installed wheel, else the repository's `grammars/` folder."""
    for candidate in (_PACKAGE_DIR / "grammars", _PACKAGE_DIR.parent / "grammars"):
        path = candidate / "segdsl.lark"
        if path.is_file():
            return path
    raise FileNotFoundError("segdsl.lark not found next to the segdsl package")


@cache
def lark_parser() -> Lark:
    return cached_lark(
        grammar_path(),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=True,
    )


# Where `parse_concrete` collects the comments of the text being parsed (one list per call, so
# the cached parser stays safe to share between threads).
_comment_sink: ContextVar[list[Token] | None] = ContextVar("segdsl_comment_sink", default=None)


def _collect_comment(token: Token) -> Token:
    sink = _comment_sink.get()
    if sink is not None:
        sink.append(token)
    return token


@cache
def _concrete_parser() -> Lark:
    return cached_lark(
        grammar_path(),
        parser="lalr",
        lexer="contextual",
        keep_all_tokens=True,
        maybe_placeholders=False,
        lexer_callbacks={"COMMENT": _collect_comment},
    )


def parse_concrete(text: str) -> tuple[Tree, list[Token]]:
    """The concrete tree (every token kept: keywords, separators, spelling) and the comments,
    which the grammar ignores: what a formatter needs and the AST leaves out. Raises Lark's
    UnexpectedInput on a syntax error (use `segdsl.syntax.parse` for diagnostics)."""
    comments: list[Token] = []
    reset = _comment_sink.set(comments)
    try:
        tree = _concrete_parser().parse(text)
    finally:
        _comment_sink.reset(reset)
    return tree, comments


STATEMENT_KEYWORDS = (
    "import", "customers", "events", "enrichment", "as", "let",
    "segment", "segmentation", "score", "model", "keep", "kpi", "goal", "experiment", "export",
)
