"""Go to definition, find references and rename, across imports and the workspace's files.

A target is identified by what it means (a definition name, a table, a column of a table, a
label of a segmentation), and names are unique across a file set, so the occurrences of one
target in every analysed file are the same thing.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from segdsl.lsp.index import Index, Occurrence, Target, path_of
from segdsl.lsp.positions import LineIndex
from segdsl.lsp.vocabulary import IDENTIFIER

RENAMEABLE = {"definition", "label"}
RESERVED = frozenset({
    "import", "customers", "events", "enrichment", "as", "of", "let", "segment", "segmentation", "score",
    "model", "from", "key", "time", "on", "and", "or", "not", "in", "is", "missing", "present", "between",
    "contains", "matches", "where", "over", "before", "after", "more", "than", "ago", "descending",
    "ascending", "true", "false", "when", "otherwise", "top", "next", "rest", "holdout", "seed", "by",
    "tags", "owner", "kind", "features", "label", "train", "file", "params", "clusters", "share", "quantile",
    "keep", "kpi", "goal", "experiment", "since", "connection",
})


class RenameRefused(ValueError):
    """The new name would clash or is not a name; the message says why."""


def definition(index: Index, path: Path, offset: int) -> types.Location | None:
    occurrence = index.at(path, offset)
    if occurrence is None:
        return None
    found = index.definition_of(occurrence.target)
    return _location(found) if found is not None else None


def references(indexes: list[Index], target: Target, include_declaration: bool) -> list[types.Location]:
    occurrences = _all_occurrences(indexes, target)
    return [_location(o) for o in occurrences if include_declaration or not o.is_definition]


def rename(indexes: list[Index], index: Index, path: Path, offset: int, new_name: str) -> types.WorkspaceEdit:
    occurrence = index.at(path, offset)
    if occurrence is None or occurrence.target.kind not in RENAMEABLE:
        raise RenameRefused("only traits, segments, segmentations, scores, models and labels can be renamed here")
    target = occurrence.target
    _check_new_name(index, target, new_name)
    changes: dict[str, list[types.TextEdit]] = {}
    for found in _all_occurrences(indexes, target):
        lines = LineIndex(found.span.source.text)
        edit = types.TextEdit(range=lines.span_range(found.span), new_text=_spelling(found, new_name))
        changes.setdefault(path_of(found.span.source).as_uri(), []).append(edit)
    return types.WorkspaceEdit(changes=changes)


def _check_new_name(index: Index, target: Target, new_name: str) -> None:
    if target.kind == "label":
        if new_name in index.labels.get(target.owner or "", []) and new_name != target.name:
            raise RenameRefused(f"segmentation `{target.owner}` already has a label `{new_name}`")
        if not new_name or "\n" in new_name:
            raise RenameRefused("a label cannot be empty or span lines")
        return
    if not IDENTIFIER.match(new_name) or new_name in RESERVED:
        raise RenameRefused(f"`{new_name}` is not a name: use letters, digits and _, not a keyword")
    ns = index.ns
    if new_name != target.name and new_name in ns.definitions:
        raise RenameRefused(f"`{new_name}` is already defined")
    if new_name in ns.table_names():
        raise RenameRefused(f"`{new_name}` is the name of a table")
    if ns.customers is not None and ns.customers.column(new_name) is not None:
        raise RenameRefused(f"`{new_name}` is a column of customers: the new name would hide it")


def _spelling(occurrence: Occurrence, new_name: str) -> str:
    """Labels keep their quotes (a label used in a comparison is a string); a bare label in a
    rule stays bare when the new one is a name."""
    written = occurrence.span.text()
    if written[:1] in "\"'":
        quote = written[0]
        return quote + new_name.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote
    if occurrence.target.kind == "label" and not IDENTIFIER.match(new_name):
        return '"' + new_name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return new_name


def _all_occurrences(indexes: list[Index], target: Target) -> list[Occurrence]:
    seen: set[tuple[Path, int, int]] = set()
    found = []
    for index in indexes:
        for occurrence in index.references_to(target):
            key = (path_of(occurrence.span.source), occurrence.span.start, occurrence.span.end)
            if key not in seen:
                seen.add(key)
                found.append(occurrence)
    return found


def _location(occurrence: Occurrence) -> types.Location:
    lines = LineIndex(occurrence.span.source.text)
    return types.Location(uri=path_of(occurrence.span.source).as_uri(), range=lines.span_range(occurrence.span))
