"""The parser cache: built once per machine as JSON, rebuilt when missing, corrupt or unwritable."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Lark

from segdsl.syntax.grammar import grammar_path
from segdsl.syntax.tables import cached_lark

EXAMPLES = Path(__file__).parent.parent / "examples"
OPTIONS = {"parser": "lalr", "lexer": "contextual", "propagate_positions": True, "maybe_placeholders": True}


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "segdsl"


def _trees(parser: Lark) -> list:
    return [parser.parse(path.read_text()) for path in sorted(EXAMPLES.glob("*.seg"))]


def test_second_parser_is_loaded_from_the_cache_and_parses_the_same(cache):
    reference = _trees(Lark.open(str(grammar_path()), **OPTIONS))
    built = cached_lark(grammar_path(), **OPTIONS)
    [stored] = cache.glob("parser-*.json")
    loaded = cached_lark(grammar_path(), **OPTIONS)
    assert built.source_path != "<deserialized>" and loaded.source_path == "<deserialized>"
    assert _trees(built) == _trees(loaded) == reference
    assert stored.read_text().startswith('{"__dict__"')  # JSON, never a pickle


def test_other_options_get_their_own_cache_entry(cache):
    cached_lark(grammar_path(), **OPTIONS)
    cached_lark(grammar_path(), **{**OPTIONS, "keep_all_tokens": True, "maybe_placeholders": False})
    assert len(list(cache.glob("parser-*.json"))) == 2


def test_a_corrupt_cache_file_is_rebuilt(cache):
    cached_lark(grammar_path(), **OPTIONS)
    [stored] = cache.glob("parser-*.json")
    stored.write_text('{"__dict__": [["data", 1]]}')
    parser = cached_lark(grammar_path(), **OPTIONS)
    assert parser.source_path != "<deserialized>"
    assert cached_lark(grammar_path(), **OPTIONS).source_path == "<deserialized>"


def test_an_unwritable_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    parser = cached_lark(grammar_path(), **OPTIONS)
    assert _trees(parser) == _trees(Lark.open(str(grammar_path()), **OPTIONS))
