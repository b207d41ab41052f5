"""While the lints of a new version run, the previous lint warnings are moved by the edit."""

from __future__ import annotations

from lsprotocol import types

from segdsl.lsp.convert import carry_over


def diagnostic(code: str, line: int, start: int, end: int) -> types.Diagnostic:
    where = types.Range(start=types.Position(line=line, character=start), end=types.Position(line=line, character=end))
    return types.Diagnostic(range=where, message=code, code=code)


def edit(start: tuple[int, int], end: tuple[int, int], text: str) -> types.TextDocumentContentChangePartial:
    return types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=start[0], character=start[1]),
                          end=types.Position(line=end[0], character=end[1])), text=text)


def spans(found: list[types.Diagnostic]) -> list[tuple[str, int, int, int]]:
    return [(d.code, d.range.start.line, d.range.start.character, d.range.end.character) for d in found]


def test_warnings_before_the_edit_stay_after_it_move_and_touched_ones_go():
    previous = [diagnostic("W105", 1, 4, 9), diagnostic("W106", 3, 0, 5), diagnostic("W107", 5, 10, 12),
                diagnostic("E104", 6, 0, 3), diagnostic("W101", 7, 0, 3)]
    # replace line 3 columns 2-4 by two lines: "ab\ncd" -> one more line, line 5 moves to 6
    changes = [edit((3, 2), (3, 4), "ab\ncd")]
    assert spans(carry_over(previous, changes)) == [("W105", 1, 4, 9), ("W107", 6, 10, 12), ("W101", 8, 0, 3)]


def test_an_insertion_on_the_same_line_shifts_columns():
    previous = [diagnostic("W109", 2, 20, 25)]
    assert spans(carry_over(previous, [edit((2, 5), (2, 5), "xyz")])) == [("W109", 2, 23, 28)]
    assert spans(carry_over([diagnostic("W109", 2, 20, 25)], [edit((2, 5), (2, 8), "")])) == [("W109", 2, 17, 22)]


def test_a_whole_document_change_carries_nothing():
    whole = types.TextDocumentContentChangeWholeDocument(text="x")
    assert carry_over([diagnostic("W105", 0, 0, 1)], [whole]) == []
