"""Lark parsers built once per machine, not once per process.

Building the LALR tables for the grammar takes about half a second: more than everything else
`segdsl validate` does. The built parser is saved as JSON in the user's cache folder, keyed by
the grammar's text, the options and the Lark version, so any change rebuilds it. JSON rather than
Lark's own cache (a pickle): a cache file must never be able to run code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import lark
from lark import Lark
from lark.grammar import Rule
from lark.lark import _LOAD_ALLOWED_OPTIONS
from lark.lexer import TerminalDef

from segdsl.atomic import write_atomic
from segdsl.cache_dir import cache_folder
from segdsl.diagnostics import DiagnosticError

_DICT, _TUPLE = "__dict__", "__tuple__"  # JSON has neither non-string keys nor tuples


def cached_lark(grammar: Path, **options: Any) -> Lark:
    """`Lark.open(grammar, **options)`, loaded from the cache when it was built before.

    Options Lark cannot store (callbacks) are passed at load time; a missing, unreadable or
    unwritable cache only costs the build."""
    stored = {k: v for k, v in options.items() if k not in _LOAD_ALLOWED_OPTIONS}
    load_time = {k: v for k, v in options.items() if k in _LOAD_ALLOWED_OPTIONS}
    text = grammar.read_text(encoding="utf-8")
    key = hashlib.sha256(json.dumps([text, repr(sorted(stored.items())), lark.__version__]).encode()).hexdigest()[:20]
    path = cache_folder() / f"parser-{key}.json"
    try:
        tables = json.loads(path.read_text(encoding="utf-8"), object_hook=_decode)
        return Lark.__new__(Lark)._load(tables, **load_time)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, lark.exceptions.LarkError):
        pass
    parser = Lark(text, **options)
    _save(parser, path)
    return parser


def _save(parser: Lark, path: Path) -> None:
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data["options"] = {k: v for k, v in data["options"].items() if k not in _LOAD_ALLOWED_OPTIONS}
    try:
        text = json.dumps(_encode({"data": data, "memo": memo}), separators=(",", ":"))
        write_atomic(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    except (DiagnosticError, TypeError, ValueError):
        pass  # read-only home, or an option Lark stores that JSON cannot hold: build each time


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {_DICT: [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {_TUPLE: [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in a parser cache")


def _decode(value: dict[str, Any]) -> Any:
    if _DICT in value:
        return {tuple(k) if isinstance(k, list) else k: v for k, v in value[_DICT]}
    if _TUPLE in value:
        return tuple(value[_TUPLE])
    return value
