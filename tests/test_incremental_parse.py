"""The language server's incremental parser gives exactly what `parse` gives, after any edit."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from segdsl.source import SourceFile
from segdsl.syntax import parse
from segdsl.syntax.incremental import IncrementalParser


EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "examples").glob("*.seg"))]


def _same(text: str, parser: IncrementalParser) -> None:
    source = SourceFile("doc.seg", text)
    expected_module, expected_diagnostics = parse(source)
    module, diagnostics = parser.parse(source)
    assert module.statements == expected_module.statements
    assert [(s.span.start, s.span.end) for s in module.statements] == [(s.span.start, s.span.end) for s in expected_module.statements]
    assert [(d.code, d.message, d.span.start if d.span else None) for d in diagnostics] == \
        [(d.code, d.message, d.span.start if d.span else None) for d in expected_diagnostics]


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_edits_of_the_examples_parse_as_the_full_parser_does(data):
    parser = IncrementalParser()
    text = data.draw(st.sampled_from(EXAMPLE_TEXTS))
    _same(text, parser)
    for _ in range(4):  # successive edits on the same parser: cached trees must never leak
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        insert = data.draw(st.sampled_from(["", " ", "\n", "x", "1", "and ", "segment z = true\n", "#", '"', "(", "let"]))
        text = text[:start] + insert + text[end:]
        _same(text, parser)
