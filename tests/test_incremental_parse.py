"""The language server's incremental parser gives exactly what `parse` gives, after any edit."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from segdsl.source import SourceFile, Span
from segdsl.syntax import parse
from segdsl.syntax.incremental import IncrementalParser


EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "examples").glob("*.seg"))]


def _flat(value, source: SourceFile) -> object:
    """Every field of every node, spans as (start, end), after checking that each span points
    into `source` itself (a kept statement must not keep the previous text)."""
    if isinstance(value, Span):
        assert value.source is source
        return ("span", value.start, value.end)
    if is_dataclass(value) and not isinstance(value, (type, SourceFile)):
        return (type(value).__name__, *(_flat(getattr(value, f.name), source) for f in fields(value)))
    if isinstance(value, (tuple, list)):
        return tuple(_flat(item, source) for item in value)
    if isinstance(value, dict):
        return tuple((key, _flat(item, source)) for key, item in value.items())
    return value


def _same(text: str, parser: IncrementalParser) -> None:
    source = SourceFile("doc.seg", text)
    expected_module, expected_diagnostics = parse(source)
    module, diagnostics = parser.parse(source)
    assert module.source == source  # the very same module when the text did not change
    assert _flat(module.statements, module.source) == _flat(expected_module.statements, source)
    assert _flat(diagnostics, module.source) == _flat(expected_diagnostics, source)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_edits_of_the_examples_parse_as_the_full_parser_does(data):
    parser = IncrementalParser()
    text = data.draw(st.sampled_from(EXAMPLE_TEXTS))
    _same(text, parser)
    for _ in range(4):  # successive edits on the same parser: cached trees must never leak
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        insert = data.draw(st.sampled_from(["", " ", "\n", "x", "1", "and ", "segment z = true\n", "#", '"', "(", "let",
                                            "segment y = " + "(" * 201 + "1" + ")" * 201 + "\n", '"\\q"', "2026-13-45"]))
        text = text[:start] + insert + text[end:]
        _same(text, parser)


def test_kept_statements_with_diagnostics_move_with_the_edit():
    """Statements whose own diagnostics (too deep E006, bad date E005, bad escape E008) are kept
    from the previous parse carry them to their new place."""
    parser = IncrementalParser()
    deep = "(" * 201 + "1" + ")" * 201
    text = ('customers from "c.parquet" key id\nlet a = 1\n'
            f"segment deep = {deep} > 0\nas of 2026-13-45\n" 'segment s = country == "\\N{nope}"\n')
    _same(text, parser)
    for edited in (text.replace("let a = 1", "let a = 12345"), text.replace("let a = 1", "let a = 1 +\n 2")):
        _same(edited, parser)
        _same(text, parser)


def test_a_statement_split_by_a_keyword_at_a_line_start_is_parsed_whole():
    """A rule labelled `model` starts a line with a statement keyword: that chunk does not parse
    alone but the whole text does, so the statements are the full parser's, before and after
    edits around it, and while a later statement is unfinished."""
    parser = IncrementalParser()
    text = ('customers from "c.parquet" key id\nlet x = 1\nsegmentation g {\n    model when x > 1\n'
            '    other otherwise\n}\nsegment s = x > 2\n')
    for edited in (text, text.replace("x > 2", "x > 3"), text.replace("let x = 1", "let x = 10"),
                   text.replace("x > 2", "x >"), text + "segment t = \n"):
        _same(edited, parser)
