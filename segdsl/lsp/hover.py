"""Hover: what a name is (kind, type, description, where it is defined), a column's table and
type, a function's signature and documentation, and the explanation of a diagnostic."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from segdsl import ast
from segdsl.diagnostics import Diagnostic
from segdsl.lsp.index import Index, Occurrence, path_of
from segdsl.lsp.positions import LineIndex
from segdsl.lsp.vocabulary import signatures, type_word


def hover(index: Index, path: Path, offset: int, lines: LineIndex) -> types.Hover | None:
    parts: list[str] = []
    occurrence = index.at(path, offset)
    if occurrence is not None:
        parts.append(describe(index, occurrence))
    parts += [_diagnostic(d) for d in index.analysis.result.diagnostics if _covers(d, path, offset)]
    if not parts:
        return None
    where = lines.span_range(occurrence.span) if occurrence is not None else None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
                       range=where)


def describe(index: Index, occurrence: Occurrence) -> str:
    target = occurrence.target
    if target.kind == "definition":
        return _definition(index, target.name)
    if target.kind == "column":
        table = index.table(target.owner or "")
        column = table.column(target.name) if table is not None else None
        kind = column.kind if column is not None else "unknown type"
        text = f"**column** `{target.name}` of `{target.owner}`: {kind}"
        if column is not None and column.categories:
            text += "\n\ncategories: " + ", ".join(f'"{c}"' for c in column.categories[:20])
        return text
    if target.kind == "table":
        table = index.table(target.name)
        role = table.kind if table is not None else "table"
        source = f" from `{table.declaration.path}`" if table is not None else ""
        columns = f" ({len(table.column_names)} columns)" if table is not None and table.schema else ""
        return f"**{role} table** `{target.name}`{source}{columns}"
    if target.kind == "label":
        return f"**label** `{target.name}` of segmentation `{target.owner}`"
    signature, doc = signatures().get(target.name, (target.name, ""))
    return f"```\n{signature}\n```\n{doc}"


def _definition(index: Index, name: str) -> str:
    definition = index.ns.definitions.get(name)
    if definition is None:
        return f"`{name}`"
    kind = index.kind_of(name) or "definition"
    value_type = index.analysis.checker.types.get(name)
    header = f"**{kind}** `{name}`" + (f": {type_word(value_type)}" if kind != "model" else "")
    lines = [header]
    description = getattr(definition, "description", None)
    if description:
        lines.append(description)
    if isinstance(definition, ast.ModelDecl) and definition.kind:
        lines.append(f"kind `{definition.kind}`")
    if kind == "segmentation" and index.labels.get(name):
        lines.append("labels: " + ", ".join(f"`{label}`" for label in index.labels[name]))
    first_line = definition.span.text().splitlines()[0] if definition.span.text() else ""
    source = definition.span.source
    line, _ = source.line_col(definition.span.start)
    lines.append(f"```segdsl\n{first_line}\n```\ndefined in `{path_of(source).name}` line {line}")
    return "\n\n".join(lines)


def _covers(diagnostic: Diagnostic, path: Path, offset: int) -> bool:
    span = diagnostic.span
    return span is not None and path_of(span.source) == path and span.start <= offset <= max(span.end, span.start + 1)


def _diagnostic(diagnostic: Diagnostic) -> str:
    severity = "warning" if diagnostic.code.startswith("W") else "error"
    lines = [f"**{severity}[{diagnostic.code} {diagnostic.slug}]**: {diagnostic.message}"]
    if diagnostic.note:
        lines.append(diagnostic.note)
    lines += [f"- hint: {hint}" for hint in diagnostic.hints]
    return "\n\n".join(lines)
