"""Completion in context, read from the text before the cursor and the document's index:

- `orders.` -> the columns of `orders`, with their types;
- `rfm_group == ` / `in (` -> the segmentation's labels (or a column's known categories);
- a number in a window (`over 90 `) -> units;
- `score(` / `predict(` / `cluster(` -> models;
- inside an aggregation over a table -> that table's columns first;
- the start of a line -> statement keywords (as snippets), then names;
- elsewhere -> traits, segments, segmentations, scores, columns, tables, functions, keywords.
"""

from __future__ import annotations

import re

from lsprotocol import types

from segdsl.check.functions import AGGREGATES
from segdsl.lsp.index import Index
from segdsl.lsp.vocabulary import EXPRESSION_KEYWORDS, STATEMENT_SNIPPETS, UNITS, signatures, type_word
from segdsl.types import Type

Kind = types.CompletionItemKind
_MEMBER = re.compile(r"([A-Za-z_]\w*)\.(\w*)\Z")
_LABEL = re.compile(r"([A-Za-z_]\w*)\s*(?:==|!=)\s*[\"']?(\w*)\Z")
_LIST = re.compile(r"([A-Za-z_]\w*)\s+(?:not\s+)?in\s*\((?:[^()]*,)?\s*[\"']?(\w*)\Z")
_UNIT = re.compile(r"\b(?:over|last|than)[ \t]+\d+[ \t]+([a-z]*)\Z")
_MODEL = re.compile(r"\b(?:score|predict|cluster)\(\s*(\w*)\Z")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(\w*)\Z")
_DEFINITION_KINDS = {
    "trait": Kind.Variable, "segment": Kind.Class, "segmentation": Kind.Enum,
    "score": Kind.Value, "model": Kind.Interface, "measure": Kind.Value, "goal": Kind.Event, "experiment": Kind.Event, "export": Kind.Event,
}


MAX_ITEMS = 200  # more is noise to a person and slow to send: the client asks again as they type
_PREFIX = re.compile(r"[A-Za-z_]\w*\Z")


def complete(index: Index, text: str, offset: int) -> types.CompletionList:
    """Items for the cursor's context, narrowed to the word being typed (case-insensitive)."""
    before = text[max(0, offset - 2_000):offset]
    items = _candidates(index, before)
    typed = _PREFIX.search(before)
    if typed is not None:
        prefix = typed.group().lower()
        items = [item for item in items if item.label.lower().startswith(prefix)]
    items.sort(key=lambda item: item.sort_text or item.label)
    return types.CompletionList(is_incomplete=len(items) > MAX_ITEMS, items=items[:MAX_ITEMS])


def _candidates(index: Index, before: str) -> list[types.CompletionItem]:
    quoted = _inside_string_or_comment(before)
    label_context = _LABEL.search(before) or _LIST.search(before)
    if label_context:
        return _labels(index, label_context.group(1), quoted)
    if quoted:
        return []
    if member := _MEMBER.search(before):
        return _columns(index, member.group(1))
    if _UNIT.search(before):
        return [types.CompletionItem(label=u, kind=Kind.Unit) for u in UNITS]
    if _MODEL.search(before):
        return [_definition_item(index, n) for n in index.ns.definitions if index.kind_of(n) == "model"]
    items: list[types.CompletionItem] = []
    table = _aggregation_table(index, before)
    if table is not None:
        items += [_sorted(i, "0") for i in _columns(index, table)]
    if _LINE_START.search(before):
        items += [_statement_item(word, snippet) for word, snippet in STATEMENT_SNIPPETS.items()]
    return items + _names(index)


def _inside_string_or_comment(before: str) -> bool:
    """Whether the cursor is in a string or a comment of its line (strings never span lines)."""
    quote = None
    escaped = False
    for char in before[before.rfind("\n") + 1:]:
        if quote is not None:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            return True
    return quote is not None


def _labels(index: Index, owner: str, inside_quotes: bool) -> list[types.CompletionItem]:
    if index.kind_of(owner) == "segmentation":
        values, detail = index.labels.get(owner, []), f"label of {owner}"
    else:
        column = _customer_level_column(index, owner)
        values, detail = (list(column.categories or ()) if column else []), f"category of {owner}"
    return [types.CompletionItem(label=v, kind=Kind.EnumMember, detail=detail,
                                 insert_text=v if inside_quotes else f'"{v}"') for v in values]


def _customer_level_column(index: Index, name: str):
    ns = index.ns
    if ns.customers is not None and ns.customers.column(name) is not None:
        return ns.customers.column(name)
    return next((e.column(name) for e in ns.enrichments.values() if e.column(name) is not None), None)


def _columns(index: Index, table_name: str) -> list[types.CompletionItem]:
    table = index.table(table_name)
    if table is None or table.schema is None:
        return []
    return [types.CompletionItem(label=c.name, kind=Kind.Field, detail=f"{c.kind} column of {table_name}")
            for c in table.schema.columns.values()]


def _aggregation_table(index: Index, before: str) -> str | None:
    """The event table of the innermost open aggregation call, e.g. `count(orders where `."""
    depth = 0
    for position in range(len(before) - 1, -1, -1):
        char = before[position]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                call = re.search(r"([A-Za-z_]\w*)\s*$", before[:position])
                argument = re.match(r"\s*([A-Za-z_]\w*)", before[position + 1:])
                if call and argument and call.group(1) in AGGREGATES and index.table(argument.group(1)):
                    return argument.group(1)
                continue
            depth -= 1
    return None


def _names(index: Index) -> list[types.CompletionItem]:
    ns = index.ns
    items = [_definition_item(index, name) for name in ns.definitions]
    if ns.customers is not None and ns.customers.schema is not None:
        items += [types.CompletionItem(label=c.name, kind=Kind.Field, detail=f"{c.kind} column of customers",
                                       sort_text=f"1{c.name}") for c in ns.customers.schema.columns.values()]
    items += [types.CompletionItem(label=name, kind=Kind.Module, detail="event table", sort_text=f"1{name}")
              for name in ns.events]
    items += [types.CompletionItem(label=name, kind=Kind.Module, detail="enrichment table", sort_text=f"1{name}")
              for name in ns.enrichments]
    for name, (signature, doc) in signatures().items():
        items.append(types.CompletionItem(label=name, kind=Kind.Function, detail=signature,
                                          documentation=doc, sort_text=f"2{name}"))
    items += [types.CompletionItem(label=word, kind=Kind.Keyword, sort_text=f"3{word}") for word in EXPRESSION_KEYWORDS]
    return items


def _definition_item(index: Index, name: str) -> types.CompletionItem:
    kind = index.kind_of(name) or "trait"
    value_type: Type | None = index.analysis.checker.types.get(name)
    definition = index.ns.definitions[name]
    description = getattr(definition, "description", None)
    return types.CompletionItem(
        label=name, kind=_DEFINITION_KINDS.get(kind, Kind.Variable),
        detail=f"{kind}: {type_word(value_type)}" if kind not in ("model",) else "model",
        documentation=description, sort_text=f"1{name}",
    )


def _statement_item(word: str, snippet: str) -> types.CompletionItem:
    return types.CompletionItem(label=word, kind=Kind.Keyword, detail="statement", insert_text=snippet,
                                insert_text_format=types.InsertTextFormat.Snippet, sort_text=f"0{word}")


def _sorted(item: types.CompletionItem, prefix: str) -> types.CompletionItem:
    item.sort_text = f"{prefix}{item.label}"
    return item
