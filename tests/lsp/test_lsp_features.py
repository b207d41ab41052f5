"""Every feature of `segdsl lsp`, driven by a real LSP client over stdio on the examples.

Expected answers are derived independently of the server: positions are found by searching the
text, expected diagnostics come from `segdsl.check_file` (what `validate` reports), expected
formatting from `segdsl fmt`'s `format_source`.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from segdsl.api import check_file
from segdsl.formatting import format_source

pytestmark = pytest.mark.asyncio(loop_scope="module")


def position_of(text: str, needle: str, occurrence: int = 0, shift: int = 0) -> types.Position:
    """The LSP position of the `occurrence`-th `needle` in `text` (+ `shift` characters)."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += shift
    line = text.count("\n", 0, index)
    return types.Position(line=line, character=index - (text.rfind("\n", 0, index) + 1))


async def diagnostics_for(client: LanguageClient, *uris: str) -> None:
    """Wait until fresh diagnostics arrived for every uri (callers pop the old ones first)."""
    while not all(uri in client.diagnostics for uri in uris):
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30)


async def until(client: LanguageClient, condition) -> None:
    """Wait for published diagnostics until `condition()` holds (notifications can arrive late)."""
    while not condition():
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30)


async def open_document(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    text = path.read_text(encoding="utf-8") if text is None else text
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="segdsl", version=version, text=text)))
    await diagnostics_for(client, uri)
    return uri


async def change_document(client: LanguageClient, uri: str, text: str, version: int, *also: str) -> list[types.Diagnostic]:
    for waited in (uri, *also):
        client.diagnostics.pop(waited, None)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    await diagnostics_for(client, uri, *also)
    return client.diagnostics[uri]


async def test_examples_have_the_diagnostics_validate_reports(client: LanguageClient, project: Path):
    for path in sorted(project.glob("*.seg")):
        uri = await open_document(client, path)
        expected = [d for d in check_file(path).diagnostics if d.span is not None and Path(d.span.source.path).resolve() == path.resolve()]
        # errors come at once, the lints right after: wait for the complete set
        await until(client, lambda: sorted(d.code for d in client.diagnostics[uri]) == sorted(d.code for d in expected))
        got = client.diagnostics[uri]
        for diagnostic, original in zip(sorted(got, key=lambda d: (d.range.start.line, d.code)),
                                        sorted(expected, key=lambda d: (d.span.start_line_col[0], d.code))):
            assert diagnostic.message.startswith(original.message)
            assert diagnostic.range.start.line == original.span.start_line_col[0] - 1


async def test_a_typo_gets_the_checker_message_and_a_quick_fix(client: LanguageClient, project: Path):
    path = project / "typo.seg"
    text = 'import "common.seg"\nsegment eu = countyr in ("FR", "BE")\n'
    path.write_text(text, encoding="utf-8")
    uri = await open_document(client, path)
    [diagnostic] = [d for d in client.diagnostics[uri] if d.code == "E104"]
    assert "no column `countyr`" in diagnostic.message and "did you mean `country`?" in diagnostic.message
    assert diagnostic.range.start == position_of(text, "countyr")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))
    [fix] = actions
    [edit] = fix.edit.changes[uri]
    assert edit.new_text == "country" and edit.range == diagnostic.range


@pytest.mark.parametrize(("condition", "wrong", "right"), [
    ("recency = 3", "=", "=="), ("recency > 3 AND frequency == 2", "AND", "and"),
])
async def test_syntax_habits_have_quick_fixes(client: LanguageClient, project: Path, condition: str, wrong: str, right: str):
    path = project / f"habit_{right}.seg"
    text = f'import "common.seg"\nsegment a = {condition}\n'
    path.write_text(text, encoding="utf-8")
    uri = await open_document(client, path)
    [diagnostic] = client.diagnostics[uri]
    assert diagnostic.code == "E001"
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))
    [edit] = actions[0].edit.changes[uri]
    assert edit.new_text == right and edit.range.start == position_of(text, f" {wrong} ", occurrence=wrong == "=", shift=1)


async def test_diagnostics_follow_edits_and_reach_importers(client: LanguageClient, project: Path):
    common = project / "common.seg"
    rfm = project / "rfm.seg"
    common_uri = await open_document(client, common)
    rfm_uri = await open_document(client, rfm)
    assert not [d for d in client.diagnostics[rfm_uri] if d.code.startswith("E")]
    broken = common.read_text(encoding="utf-8").replace("let recency ", "let recncy ")
    await change_document(client, common_uri, broken, 2)
    # rfm.seg imports common.seg: it is checked again and now names an unknown trait
    await until(client, lambda: any(d.code == "E102" and "`recency`" in d.message
                                    for d in client.diagnostics.get(rfm_uri, [])))
    [rfm_error] = [d for d in client.diagnostics[rfm_uri] if d.code == "E102"]
    assert rfm_error.range.start == position_of(rfm.read_text(encoding="utf-8"), "recency is missing")
    await change_document(client, common_uri, common.read_text(encoding="utf-8"), 3)
    await until(client, lambda: not [d for d in client.diagnostics.get(rfm_uri, []) if d.code.startswith("E")])


async def completion_labels(client: LanguageClient, uri: str, position: types.Position) -> dict[str, types.CompletionItem]:
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position))
    items = result.items if isinstance(result, types.CompletionList) else result
    return {item.label: item for item in items}


async def test_completion_in_context(client: LanguageClient, project: Path):
    path = project / "completing.seg"
    lines = [
        'import "common.seg"',
        "let web = count(orders where ",            # 1: inside an aggregation over orders
        "let x = orders.",                         # 2: member access
        "segment s = rfm_group == ",               # 3: labels of a segmentation
        "let y = count(orders) over 30 ",          # 4: a unit
        "",                                        # 5: a new statement
    ]
    text = "\n".join(lines) + "\n"
    text = text.replace('import "common.seg"', 'import "rfm.seg"')  # rfm_group is declared in rfm.seg
    path.write_text(text, encoding="utf-8")
    uri = await open_document(client, path, text)
    schema = json.loads((project / "segdsl.schema.json").read_text(encoding="utf-8"))
    orders = next(t for t in schema["tables"] if t["source"] == "orders.parquet")
    schema_columns = {c["name"] for c in orders["columns"]}
    amount_type = next(c["type"] for c in orders["columns"] if c["name"] == "amount")

    inside = await completion_labels(client, uri, types.Position(line=1, character=len(lines[1])))
    assert schema_columns <= set(inside)
    assert inside["amount"].detail == f"{amount_type} column of orders"
    assert {"recency", "and", "days_since"} <= set(inside)  # names and functions still offered

    members = await completion_labels(client, uri, types.Position(line=2, character=len(lines[2])))
    assert set(members) == schema_columns

    labels = await completion_labels(client, uri, types.Position(line=3, character=len(lines[3])))
    rfm_text = (project / "rfm.seg").read_text(encoding="utf-8")
    rule_labels = {line.split()[0] for line in rfm_text.split("segmentation rfm_group {")[1].split("}")[0].strip().splitlines()}
    assert set(labels) == rule_labels
    assert labels["champions"].insert_text == '"champions"'

    units = await completion_labels(client, uri, types.Position(line=4, character=len(lines[4])))
    assert set(units) == {"days", "weeks", "months", "years"}

    start = await completion_labels(client, uri, types.Position(line=5, character=0))
    assert {"segment", "segmentation", "let", "model", "events"} <= set(start)
    assert start["champions"].detail == "segment: boolean"
    assert start["recency"].detail == "trait: number"
    assert "(" in start["days_since"].detail  # functions come with their signatures


async def test_hover_on_a_name_a_column_a_function_and_a_diagnostic(client: LanguageClient, project: Path):
    path = project / "rfm.seg"
    text = path.read_text(encoding="utf-8")
    uri = await open_document(client, path)

    async def hover_text(position: types.Position) -> str:
        result = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position))
        return result.contents.value if result is not None else ""

    segmentation = await hover_text(position_of(text, "rfm_group ==", shift=2))
    assert "**segmentation** `rfm_group`" in segmentation and "`champions`" in segmentation
    assert "defined in `rfm.seg`" in segmentation
    champions = await hover_text(position_of(text, "segment champions", shift=9))
    assert "**segment** `champions`: boolean" in champions and "Bought recently, often and a lot" in champions
    column = await hover_text(position_of(text, "country in", shift=1))
    assert "**column** `country` of `customers`: string" in column
    common = (project / "common.seg").read_text(encoding="utf-8")
    common_uri = await open_document(client, project / "common.seg")
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=common_uri), position=position_of(common, "quintile(", shift=2)))
    assert "quintile(x) [descending]" in result.contents.value

    broken = project / "hover_error.seg"
    broken_text = 'import "common.seg"\nsegment eu = countyr == "FR"\n'
    broken.write_text(broken_text, encoding="utf-8")
    broken_uri = await open_document(client, broken)
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=broken_uri), position=position_of(broken_text, "countyr", shift=3)))
    assert "E104 unknown-column" in result.contents.value and "did you mean `country`?" in result.contents.value


async def test_definition_and_references_across_imports(client: LanguageClient, project: Path):
    rfm = project / "rfm.seg"
    text = rfm.read_text(encoding="utf-8")
    uri = await open_document(client, rfm)
    location = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "monetary > 200", shift=2)))
    common = (project / "common.seg").read_text(encoding="utf-8")
    assert location.uri == (project / "common.seg").as_uri()
    assert location.range.start == position_of(common, "let monetary", shift=4)

    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "monetary > 200", shift=2),
        context=types.ReferenceContext(include_declaration=True)))
    # independently: every whole-word `monetary` in the project's files that is code, not a comment or string
    expected = set()
    for path in project.glob("*.seg"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            code = line.split("#")[0]
            for match in re.finditer(r"(?<![\w.\"])monetary\b(?!\")", code):
                expected.add((path.as_uri(), number, match.start()))
    got = {(r.uri, r.range.start.line, r.range.start.character) for r in references}
    assert got == expected and len(got) >= 3


async def test_rename_a_trait_and_a_label_everywhere_and_refuse_clashes(client: LanguageClient, project: Path):
    rfm = project / "rfm.seg"
    text = rfm.read_text(encoding="utf-8")
    uri = await open_document(client, rfm)
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "monetary > 200", shift=1),
        new_name="spend_365d"))
    files = {Path(types_uri.removeprefix("file://")).name for types_uri in edit.changes}
    assert {"common.seg", "rfm.seg"} <= files
    assert all(e.new_text == "spend_365d" for edits in edit.changes.values() for e in edits)
    # applying the edits gives files that still check, with the trait renamed
    for file_uri, edits in edit.changes.items():
        path = Path(file_uri.removeprefix("file://"))
        assert apply(path.read_text(encoding="utf-8"), edits).count("spend_365d") == len(edits)

    label_edit = await client.text_document_rename_async(types.RenameParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, '"champions"', shift=2),
        new_name="stars"))
    renamed = apply(text, label_edit.changes[uri])
    assert re.search(r"^\s+stars\s+when r >= 4", renamed, re.MULTILINE) and 'rfm_group == "stars"' in renamed
    assert '"champions"' not in renamed

    with pytest.raises(Exception, match="already defined"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, "monetary > 200", shift=1),
            new_name="recency"))
    with pytest.raises(Exception, match="already has a label"):
        await client.text_document_rename_async(types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position_of(text, '"champions"', shift=2),
            new_name="loyal"))


def apply(text: str, edits: list[types.TextEdit]) -> str:
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(position: types.Position) -> int:
        return offsets[position.line] + position.character

    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


async def test_formatting_is_segdsl_fmt(client: LanguageClient, project: Path):
    path = project / "messy.seg"
    text = 'import "common.seg"\nsegment   big =monetary>100   and  frequency>=2\nlet a=1\nlet bbb = 2\n'
    path.write_text(text, encoding="utf-8")
    uri = await open_document(client, path)
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=types.TextDocumentIdentifier(uri=uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True)))
    assert apply(text, edits) == format_source(text)
    broken_uri = await open_document(client, project / "typo_broken.seg", "segment = \n")
    assert await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=types.TextDocumentIdentifier(uri=broken_uri), options=types.FormattingOptions(tab_size=4, insert_spaces=True))) is None


async def test_outline_and_semantic_tokens(client: LanguageClient, project: Path):
    path = project / "rfm.seg"
    text = path.read_text(encoding="utf-8")
    uri = await open_document(client, path)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    declared = re.findall(r"^(?:keep\s+)?(?:let|segment|segmentation|score|model|kpi|goal|experiment)\s+([A-Za-z_]\w*)",
                          text, re.MULTILINE)
    assert [s.name for s in symbols] == declared
    rfm_group = next(s for s in symbols if s.name == "rfm_group")
    assert rfm_group.detail == "segmentation" and [c.name for c in rfm_group.children][:2] == ["prospects", "champions"]

    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    legend = ["keyword", "string", "number", "comment", "operator", "function", "variable", "class",
              "enum", "enumMember", "property", "namespace", "interface"]
    decoded, line, start = {}, 0, 0
    for i in range(0, len(tokens.data), 5):
        delta_line, delta_start, length, kind, _ = tokens.data[i:i + 5]
        line += delta_line
        start = start + delta_start if delta_line == 0 else delta_start
        decoded[(line, start)] = (text.splitlines()[line][start:start + length], legend[kind])

    def at(needle: str, shift: int = 0) -> tuple[str, str]:
        position = position_of(text, needle, shift=shift)
        return decoded[(position.line, position.character)]

    assert at("segmentation rfm_group") == ("segmentation", "keyword")
    assert at("rfm_group {") == ("rfm_group", "enum")
    assert at('"champions"') == ('"champions"', "enumMember")
    assert at("country in") == ("country", "property")
    assert at("# RFM")[1] == "comment"


async def test_exports_appear_in_the_outline_and_produce_no_error(client: LanguageClient, project: Path):
    path = project / "lifecycle.seg"
    uri = await open_document(client, path)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    exports = [s for s in symbols if s.detail == "export"]
    assert [s.name for s in exports] == ["hubspot_reactivate", "google_lost"]
    assert not [d for d in client.diagnostics[uri] if d.severity == types.DiagnosticSeverity.Error]


BROKEN_TEXTS = [
    "", "segment", "segment a =", "let x = (((((", "segmentation s { a when }", '"unterminated', "\x00\x01",
    "let a = b\nlet b = a\n", "model m { kind kmeans params(k=) }", "import \"missing.seg\"\nsegment s = x",
    "let x = " + "not " * 400 + "true", "segment s = orders.", "let é = 1 # 😀\nsegment 😀 = true",
]


async def test_broken_text_never_stops_the_server(client: LanguageClient, project: Path):
    path = project / "broken.seg"
    uri = await open_document(client, path, "")
    for version, text in enumerate(BROKEN_TEXTS, start=2):
        await change_document(client, uri, text, version)
        for line in range(text.count("\n") + 1):
            position = types.Position(line=line, character=3)
            ident = types.TextDocumentIdentifier(uri=uri)
            await client.text_document_completion_async(types.CompletionParams(text_document=ident, position=position))
            await client.text_document_hover_async(types.HoverParams(text_document=ident, position=position))
            await client.text_document_definition_async(types.DefinitionParams(text_document=ident, position=position))
            await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=ident))
            await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=ident))
    final = await change_document(client, uri, 'import "common.seg"\nsegment ok = recency < 30\n', 100)
    assert [d for d in final if d.code.startswith("E")] == []
    await asyncio.sleep(0)
