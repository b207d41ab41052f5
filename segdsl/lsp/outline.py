"""Document symbols (the outline: tables, traits, segments, segmentations with their labels,
scores, models) and semantic tokens (each name coloured by what it resolves to)."""

from __future__ import annotations

import re
from pathlib import Path

from lsprotocol import types

from segdsl import ast
from segdsl.lsp.index import KINDS, Index, Occurrence
from segdsl.lsp.positions import LineIndex
from segdsl.syntax.grammar import STATEMENT_KEYWORDS

Symbol = types.SymbolKind
_SYMBOL_KINDS = {"trait": Symbol.Variable, "segment": Symbol.Class, "segmentation": Symbol.Enum,
                 "score": Symbol.Number, "model": Symbol.Interface, "measure": Symbol.Number,
                 "goal": Symbol.Event, "experiment": Symbol.Event, "export": Symbol.Event}

TOKEN_TYPES = ["keyword", "string", "number", "comment", "operator", "function", "variable", "class",
               "enum", "enumMember", "property", "namespace", "interface"]
LEGEND = types.SemanticTokensLegend(token_types=TOKEN_TYPES, token_modifiers=["declaration"])
_TARGET_TOKENS = {"function": "function", "column": "property", "table": "namespace", "label": "enumMember"}
_DEFINITION_TOKENS = {"trait": "variable", "segment": "class", "segmentation": "enum", "score": "variable",
                      "model": "interface", "measure": "variable", "goal": "variable", "experiment": "variable",
                      "export": "variable"}
_LEXICAL = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?)
  | (?P<number>\d{4}-\d{2}-\d{2}|[+-]?\d+(?:\.\d+)?%?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<operator>==|!=|<=|>=|[<>+\-*/])
""", re.VERBOSE)
KEYWORDS = frozenset(STATEMENT_KEYWORDS) | {
    "from", "key", "time", "on", "of", "and", "or", "not", "in", "is", "missing", "present", "between",
    "contains", "starts", "ends", "with", "matches", "within", "last", "where", "over", "before", "after",
    "more", "than", "ago", "descending", "ascending", "true", "false", "when", "otherwise", "top", "next",
    "rest", "holdout", "seed", "by", "tags", "owner", "kind", "features", "label", "train", "file",
    "params", "clusters", "share", "quantile", "keep", "kpi", "goal", "experiment", "next", "total", "average",
    "rate", "per", "up", "down", "to", "targets", "measure", "starts", "detect", "export", "members", "columns",
    "consent", "personal", "connection", "table", "as", "days", "day", "weeks", "week", "months", "month", "years", "year",
}


def document_symbols(index: Index, path: Path, lines: LineIndex) -> list[types.DocumentSymbol]:
    symbols = []
    for module in index.analysis.loaded.modules:
        if (module.source.path or Path(module.source.name)).resolve() != path:
            continue
        for statement in module.statements:
            symbol = _symbol(index, statement, lines)
            if symbol is not None:
                symbols.append(symbol)
    return symbols


def _symbol(index: Index, statement: ast.Statement, lines: LineIndex) -> types.DocumentSymbol | None:
    whole = lines.span_range(statement.span)
    if isinstance(statement, (ast.CustomersDecl, ast.EventsDecl, ast.EnrichmentDecl)):
        name = "customers" if isinstance(statement, ast.CustomersDecl) else statement.name
        detail = {ast.CustomersDecl: "customer table", ast.EventsDecl: "event table",
                  ast.EnrichmentDecl: "enrichment table"}[type(statement)]
        return types.DocumentSymbol(name=name, detail=detail, kind=Symbol.Module, range=whole, selection_range=whole)
    if not isinstance(statement, ast.Definition):
        return None
    kind = KINDS.get(type(statement), "trait")
    children = []
    for item in getattr(statement, "rules", ()) if kind == "segmentation" else getattr(statement, "tiers", ()):
        item_range = lines.span_range(item.span)
        children.append(types.DocumentSymbol(name=item.label, detail="label", kind=Symbol.EnumMember,
                                             range=item_range, selection_range=item_range))
    return types.DocumentSymbol(name=statement.name, detail=kind, kind=_SYMBOL_KINDS[kind], range=whole,
                                selection_range=lines.span_range(statement.name_span), children=children or None)


def semantic_tokens(index: Index, path: Path, text: str, lines: LineIndex) -> types.SemanticTokens:
    """Lexical classes for every token, refined by the index for names (a segment, a column…).
    A regular expression lexer, not the parser's, so a broken document is still coloured."""
    resolved: dict[int, Occurrence] = {o.span.start: o for o in index.in_file(path)}
    data: list[int] = []
    previous_line = previous_start = 0
    for match in _LEXICAL.finditer(text):
        kind = match.lastgroup or "operator"
        start, end = match.span()
        token = _token_type(index, kind, match.group(), resolved.get(start))
        if token is None:
            continue
        position = lines.position(start)
        length = lines.position(end).character - position.character if "\n" not in match.group() else len(match.group())
        modifiers = 1 if (found := resolved.get(start)) is not None and found.is_definition else 0
        delta_line = position.line - previous_line
        delta_start = position.character - previous_start if delta_line == 0 else position.character
        data += [delta_line, delta_start, length, TOKEN_TYPES.index(token), modifiers]
        previous_line, previous_start = position.line, position.character
    return types.SemanticTokens(data=data)


def _token_type(index: Index, kind: str, word: str, occurrence: Occurrence | None) -> str | None:
    if occurrence is not None:
        target = occurrence.target
        if target.kind == "definition":
            return _DEFINITION_TOKENS.get(index.kind_of(target.name) or "trait", "variable")
        return _TARGET_TOKENS.get(target.kind)
    if kind == "word":
        return "keyword" if word in KEYWORDS else None
    return kind
