"""The protocol layer: pygls receives requests, the language features answer them.

Every handler is wrapped so that no text, however broken, can stop the server: a failure
inside a feature is logged to the client and answered with "nothing", and the server keeps
serving. Documents are checked again on every change (the checker reads schemas, never data),
and the files that import a changed document are checked again too.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from segdsl.check import cycle_collection_paused
from segdsl.lsp import actions, completion, convert, hover, navigation, outline
from segdsl.lsp.documents import Documents
from segdsl.lsp.positions import LineIndex

log = logging.getLogger("segdsl.lsp")


class SegServer(LanguageServer):
    def __init__(self) -> None:
        from segdsl import __version__

        super().__init__("segdsl", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.documents = Documents()
        self.published: dict[Path, list[types.Diagnostic]] = {}  # the last complete diagnostics

    def path(self, uri: str) -> Path:
        parsed = urlparse(uri)
        return Path(unquote(parsed.path)).resolve() if parsed.scheme == "file" else Path(uri)

    def lines(self, path: Path) -> LineIndex:
        return LineIndex(self.documents.text(path))

    def publish(self, path: Path, lints: bool = True, carried: list[types.Diagnostic] = ()) -> None:
        """Send the document's diagnostics; without lints, the previous version's lint warnings
        (moved by the edit) stand in for the new ones until they are ready."""
        try:
            analysis = self.documents.analyse(path, lints=lints)
            found = convert.to_lsp(analysis.result.diagnostics, path, self.lines(path)) + list(carried)
        except Exception:  # noqa: BLE001 - the server must keep serving whatever the text
            log.exception("checking %s failed", path)
            found = []
        if lints:
            self.published[path] = found
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=path.as_uri(), diagnostics=found))

    def refresh(self, path: Path, changes: list | None = None) -> None:
        """Check a changed document at once (errors), then its lints and the open documents
        that import it, unless another edit came first."""
        version = self.documents.versions.get(path)
        carried = convert.carry_over(self.published.get(path, []), changes) if changes else []
        with cycle_collection_paused():  # the collector scans the new analysis once the errors are out
            self.publish(path, lints=False, carried=carried)
        asyncio.get_running_loop().call_soon(self._complete, path, version)

    def _complete(self, path: Path, version: int | None) -> None:
        if self.documents.versions.get(path) != version:
            return  # a newer edit is being checked; it will complete itself
        self.publish(path)
        for importer in self.documents.importers(path):
            self.documents.invalidate(importer)
            self.publish(importer)


server = SegServer()


def safely(default=None):
    """Answer `default` instead of failing: a bug must cost one answer, not the session."""
    def wrap(handler):
        @functools.wraps(handler)
        def guarded(ls: SegServer, params):
            try:
                return handler(ls, params)
            except navigation.RenameRefused:
                raise
            except Exception:  # noqa: BLE001
                log.exception("%s failed", handler.__name__)
                return default
        return guarded
    return wrap


@server.feature(types.INITIALIZED)
def initialized(ls: SegServer, params: types.InitializedParams) -> None:
    folders = ls.workspace.folders.values() if ls.workspace.folders else []
    roots = [ls.path(f.uri) for f in folders]
    if not roots and ls.workspace.root_uri:
        roots = [ls.path(ls.workspace.root_uri)]
    ls.documents.roots = roots


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
@safely()
def did_open(ls: SegServer, params: types.DidOpenTextDocumentParams) -> None:
    path = ls.path(params.text_document.uri)
    ls.documents.open(path, params.text_document.text)
    ls.refresh(path)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
@safely()
def did_change(ls: SegServer, params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)  # pygls applies the incremental changes
    path = ls.path(uri)
    ls.documents.open(path, document.source)
    ls.refresh(path, list(params.content_changes))


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
@safely()
def did_save(ls: SegServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.documents.schemas_changed()
    ls.refresh(ls.path(params.text_document.uri))


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
@safely()
def did_close(ls: SegServer, params: types.DidCloseTextDocumentParams) -> None:
    path = ls.path(params.text_document.uri)
    ls.documents.close(path)
    ls.published.pop(path, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=path.as_uri(), diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
@safely()
def watched_files(ls: SegServer, params: types.DidChangeWatchedFilesParams) -> None:
    ls.documents.schemas_changed()
    for path in list(ls.documents.texts):
        ls.refresh(path)


@server.feature(types.TEXT_DOCUMENT_COMPLETION,
                types.CompletionOptions(trigger_characters=[".", "(", " ", '"', "'"]))
@safely(default=None)
def completions(ls: SegServer, params: types.CompletionParams) -> types.CompletionList:
    path = ls.path(params.text_document.uri)
    text = ls.documents.text(path)
    offset = LineIndex(text).offset(params.position)
    return completion.complete(ls.documents.index(path), text, offset)


@server.feature(types.TEXT_DOCUMENT_HOVER)
@safely()
def on_hover(ls: SegServer, params: types.HoverParams) -> types.Hover | None:
    path = ls.path(params.text_document.uri)
    lines = ls.lines(path)
    return hover.hover(ls.documents.index(path), path, lines.offset(params.position), lines)


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
@safely()
def on_definition(ls: SegServer, params: types.DefinitionParams) -> types.Location | None:
    path = ls.path(params.text_document.uri)
    return navigation.definition(ls.documents.index(path), path, ls.lines(path).offset(params.position))


@server.feature(types.TEXT_DOCUMENT_REFERENCES)
@safely(default=[])
def on_references(ls: SegServer, params: types.ReferenceParams) -> list[types.Location]:
    path = ls.path(params.text_document.uri)
    occurrence = ls.documents.index(path).at(path, ls.lines(path).offset(params.position))
    if occurrence is None:
        return []
    return navigation.references(ls.documents.project_indexes(), occurrence.target, params.context.include_declaration)


@server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
@safely()
def on_prepare_rename(ls: SegServer, params: types.PrepareRenameParams) -> types.Range | None:
    path = ls.path(params.text_document.uri)
    lines = ls.lines(path)
    occurrence = ls.documents.index(path).at(path, lines.offset(params.position))
    if occurrence is None or occurrence.target.kind not in navigation.RENAMEABLE:
        return None
    return lines.span_range(occurrence.span)


@server.feature(types.TEXT_DOCUMENT_RENAME)
def on_rename(ls: SegServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
    from pygls.exceptions import JsonRpcInvalidParams

    path = ls.path(params.text_document.uri)
    try:
        index = ls.documents.index(path)
        return navigation.rename(ls.documents.project_indexes(), index, path,
                                 ls.lines(path).offset(params.position), params.new_name)
    except navigation.RenameRefused as refused:
        raise JsonRpcInvalidParams(str(refused)) from None


@server.feature(types.TEXT_DOCUMENT_FORMATTING)
@safely()
def on_formatting(ls: SegServer, params: types.DocumentFormattingParams) -> list[types.TextEdit] | None:
    path = ls.path(params.text_document.uri)
    return actions.format_document(ls.documents.text(path), str(path))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
@safely(default=[])
def on_code_action(ls: SegServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    return actions.quick_fixes(params.text_document.uri, list(params.context.diagnostics))


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
@safely(default=[])
def on_document_symbol(ls: SegServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
    path = ls.path(params.text_document.uri)
    return outline.document_symbols(ls.documents.index(path), path, ls.lines(path))


@server.feature(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, outline.LEGEND)
@safely()
def on_semantic_tokens(ls: SegServer, params: types.SemanticTokensParams) -> types.SemanticTokens | None:
    path = ls.path(params.text_document.uri)
    text = ls.documents.text(path)
    return outline.semantic_tokens(ls.documents.index(path), path, text, LineIndex(text))


def serve() -> None:
    logging.basicConfig(level=logging.WARNING, format="segdsl lsp: %(levelname)s %(message)s")
    server.start_io()
