"""`segdsl lsp`: start the language server on standard input/output (for editors)."""

from __future__ import annotations


def lsp_command() -> None:
    """Start the language server (LSP over stdio) for editors: diagnostics, completion, hover, go to definition, references, rename, formatting, quick fixes, outline, semantic tokens."""
    from segdsl.extras import require_module

    require_module("pygls", "lsp", "the language server")
    from segdsl.lsp.server import serve

    serve()
