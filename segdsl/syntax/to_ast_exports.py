"""Lark parse tree -> AST for `export` declarations (a part of ToAst, kept apart for size).

An export is a block of items in any order, like an experiment; each item is returned as a dict
of the Export fields it sets, merged by `export_decl`.
"""

from __future__ import annotations

from typing import Any

from segdsl import ast


class ExportsToAst:
    """Mixed into ToAst, whose helpers (`_span`, `_tok`, `_unquote`, `_path`) it uses; its rule
    methods join ToAst's table of rules (`rule(self, meta, children)`)."""

    def export_decl(self, meta, c):
        name, description, *items = c
        fields: dict[str, Any] = {}
        for item in items:
            fields.update(item)
        return ast.Export(self._span(meta), str(name), self._tok(name),
                          description=self._unquote(description) if description is not None else None, **fields)

    def export_members(self, meta, c):
        return {"members": c[0]}

    def export_to(self, meta, c):
        return {"destination": c[0]}

    def export_columns(self, meta, c):
        return {"columns": tuple(c)}

    def export_consent(self, meta, c):
        return {"consent": c[0], "consent_span": self._span(meta)}

    def file_destination(self, meta, c):
        kind, path = c
        return ast.Destination(self._span(meta), str(kind), self._tok(kind), path=self._path(path))

    def postgres_destination(self, meta, c):
        connection, table = c
        return ast.Destination(self._span(meta), "postgres", None, connection=self._unquote(connection),
                               table=self._unquote(table))

    def export_column(self, meta, c):
        name, header = c
        if header is None:
            return ast.ExportColumn(self._span(meta), str(name))
        if header.type == "STRING":
            return ast.ExportColumn(self._span(meta), str(name), self._unquote(header), False)
        return ast.ExportColumn(self._span(meta), str(name), str(header), True)
