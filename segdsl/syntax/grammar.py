"""Locating and loading the one grammar, cached for the life of the process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lark import Lark

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
    return Lark.open(
        str(grammar_path()),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=True,
    )


STATEMENT_KEYWORDS = (
    "import", "customers", "events", "enrichment", "as", "let",
    "segment", "segmentation", "score", "model",
)
