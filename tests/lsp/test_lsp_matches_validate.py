"""After any sequence of edits, the server's diagnostics are exactly `validate`'s on the final text.

The server keeps state between edits (statements' parse trees, the open imports' modules, the
previous analysis and index); none of it may leak into an answer. This drives the server's own
`Documents` through random edits, in the order an edit is handled (errors first, the index a
feature may ask for, then the lints; importers checked again), and compares every field of the
converted diagnostics (code, message with note and hints, range, severity, related locations,
data) with a fresh `check_file` of the same text on disk, converted the same way.
"""

from __future__ import annotations

import asyncio
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types
from pytest_lsp import LanguageClient

from segdsl.api import check_file
from segdsl.lsp import convert
from segdsl.lsp.documents import Documents
from segdsl.lsp.positions import LineIndex
from tests.lsp.test_lsp_features import open_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ROOTS = ["rfm.seg", "lifecycle.seg", "b2b.seg", "channel.seg", "value.seg", "models.seg"]
INSERTS = ["", " ", "\n", "x", "1", "0", "and ", " or ", "not ", "segment z = true\n", "let q = count(orders)\n",
           "#", '"', "(", ")", "{", "}", "let", "segment", "==", "=", "AND", "recency", "orders.", "countyr",
           "\nsegment w = r >= 4 and r < 2\n", "\nlet r = 1\n", 'import "common.seg"\n', "over 30 days"]


def _validate(path: Path, lints: bool = True) -> list:
    return convert.to_lsp(check_file(path, lints=lints).diagnostics, path, LineIndex(path.read_text(encoding="utf-8")))


def _edit(data, text: str) -> str:
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, min(len(text), start + 30)), label="end")
    return text[:start] + data.draw(st.sampled_from(INSERTS), label="insert") + text[end:]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_diagnostics_after_edits_are_those_of_validate(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("project")
    shutil.copy(EXAMPLES / "segdsl.schema.json", folder)
    shutil.copy(EXAMPLES / "common.seg", folder)
    root = folder / data.draw(st.sampled_from(ROOTS), label="file")
    shutil.copy(EXAMPLES / root.name, root)
    common = folder / "common.seg"
    documents = Documents()
    opened = [common, root] if data.draw(st.booleans(), label="import open") else [root]  # else read from disk
    for path in opened:
        documents.open(path, path.read_text(encoding="utf-8"))
        documents.analyse(path)
    for _ in range(data.draw(st.integers(1, 5), label="edits")):
        edited = data.draw(st.sampled_from([root, *opened]), label="edited")  # the root, or an open import
        text = _edit(data, documents.text(edited))
        edited.write_text(text, encoding="utf-8")  # validate reads the disk; the server, its buffers
        documents.open(edited, text)
        errors = convert.to_lsp(documents.analyse(edited, lints=False).result.diagnostics, edited, LineIndex(text))
        assert errors == _validate(edited, lints=False)
        if data.draw(st.booleans(), label="index"):
            documents.index(edited)  # a feature asked before the lints were ready
        for importer in documents.importers(edited):
            documents.invalidate(importer)
    for path in opened:
        text = documents.text(path)
        complete = convert.to_lsp(documents.analyse(path).result.diagnostics, path, LineIndex(text))
        assert complete == _validate(path)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_real_client_gets_validate_diagnostics_after_incremental_edits(client: LanguageClient, project: Path):
    """The same over stdio, with the ranged changes an editor sends (pygls applies them, the
    previous lint warnings are carried over while the new ones are computed)."""
    rng = random.Random(14)  # edits that bring errors and new warnings (W101, W105) both
    codes = set()
    for name in ("rfm.seg", "b2b.seg", "models.seg"):
        path = project / f"edited_{name}"
        text = (project / name).read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        uri = await open_document(client, path)
        for version in range(2, 10):
            start = rng.randrange(len(text) + 1)
            end = min(len(text), start + rng.randrange(30))
            insert = rng.choice(INSERTS)
            change = types.TextDocumentContentChangePartial(range=LineIndex(text).range(start, end), text=insert)
            text = text[:start] + insert + text[end:]
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]))
        path.write_text(text, encoding="utf-8")
        expected = _validate(path)
        for _ in range(300):  # the last edit's lints arrive last; nothing says which notification that is
            if list(client.diagnostics.get(uri, ())) == expected:
                break
            await asyncio.sleep(0.1)
        assert list(client.diagnostics.get(uri, ())) == expected
        codes |= {d.code for d in expected}
    assert {"W101", "W105"} <= codes and any(code.startswith("E") for code in codes)
