"""What every name in a file set means and where it stands: the language features' one source.

An `Index` is built from a checker `Analysis` (the same namespace and types `validate` uses):
each occurrence of a definition, table, column, segmentation label or function in every loaded
file, with the target it resolves to. Go-to-definition, references, rename, hover, completion
and semantic tokens are lookups in it, so they can never disagree with the checker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from segdsl import ast
from segdsl.check import Analysis
from segdsl.check.functions import ALL_FUNCTIONS
from segdsl.check.lints_tree import children, expressions_of, is_aggregate
from segdsl.check.namespace import Namespace, TableInfo
from segdsl.source import SourceFile, Span

KINDS = {
    ast.Let: "trait", ast.Segment: "segment", ast.RuleSegmentation: "segmentation",
    ast.TierSegmentation: "segmentation", ast.ExprSegmentation: "segmentation",
    ast.Score: "score", ast.ModelDecl: "model", ast.Kpi: "measure", ast.Goal: "goal", ast.Experiment: "experiment",
    ast.Export: "export",
}


@dataclass(frozen=True)
class Target:
    """What an occurrence means: a definition, table, column (of `owner`), label (of the
    segmentation `owner`) or function."""

    kind: str
    name: str
    owner: str | None = None
    home: str | None = None  # the file that declares it: two unrelated files may reuse a name


@dataclass(frozen=True)
class Occurrence:
    span: Span
    target: Target
    is_definition: bool = False


@dataclass
class Index:
    """Occurrences are found on first use: completion needs only names, kinds and labels."""

    analysis: Analysis
    _occurrences: list[Occurrence] | None = None
    _labels: dict[str, list[str]] | None = None
    _homes: dict[int, str] = field(default_factory=dict)  # id(SourceFile) -> its resolved path

    @property
    def occurrences(self) -> list[Occurrence]:
        if self._occurrences is None:
            found: list[Occurrence] = []
            for module in self.analysis.loaded.modules:
                for statement in module.statements:
                    found.extend(_statement_occurrences(self, statement))
            self._occurrences = found
        return self._occurrences

    @property
    def labels(self) -> dict[str, list[str]]:
        """segmentation -> its labels, in the order its rules or tiers give them."""
        if self._labels is None:
            self._labels = {name: labels for name, definition in self.ns.definitions.items()
                            if (labels := _labels_of(self.ns, definition)) is not None}
        return self._labels

    @property
    def ns(self) -> Namespace:
        return self.analysis.ns

    def in_file(self, path: Path) -> list[Occurrence]:
        return [o for o in self.occurrences if _path(o.span.source) == path]

    def at(self, path: Path, offset: int) -> Occurrence | None:
        """The innermost occurrence under the cursor (a cursor right after a name counts)."""
        found = [o for o in self.in_file(path) if o.span.start <= offset <= o.span.end]
        return min(found, key=lambda o: o.span.end - o.span.start) if found else None

    def definition_of(self, target: Target) -> Occurrence | None:
        return next((o for o in self.occurrences if o.is_definition and o.target == target), None)

    def references_to(self, target: Target) -> list[Occurrence]:
        return [o for o in self.occurrences if o.target == target]

    def kind_of(self, name: str) -> str | None:
        definition = self.ns.definitions.get(name)
        return KINDS.get(type(definition)) if definition is not None else None

    def target(self, kind: str, name: str, owner: str | None = None) -> Target:
        """A target with its home: the file declaring the definition, segmentation or table."""
        declaring = owner if kind in ("label", "column") else name
        if kind in ("definition", "label"):
            statement = self.ns.definitions.get(declaring or "")
        else:
            table = self.table(declaring or "")
            statement = table.declaration if table is not None else None
        home = self._home(statement.span.source) if statement is not None else None
        return Target(kind, name, owner, home)

    def _home(self, source: SourceFile) -> str:
        """Resolving a path asks the file system: once per file, not once per name."""
        found = self._homes.get(id(source))
        if found is None:
            found = self._homes[id(source)] = str(_path(source))
        return found

    def table(self, name: str) -> TableInfo | None:
        ns = self.ns
        if name == "customers":
            return ns.customers
        return ns.events.get(name) or ns.enrichments.get(name)


def path_of(source: SourceFile) -> Path:
    return _path(source)


def _path(source: SourceFile) -> Path:
    return (source.path or Path(source.name)).resolve()


def build_index(analysis: Analysis) -> Index:
    return Index(analysis)


def _labels_of(ns: Namespace, definition: ast.Definition) -> list[str] | None:
    if isinstance(definition, (ast.RuleSegmentation, ast.TierSegmentation)):
        items = definition.rules if isinstance(definition, ast.RuleSegmentation) else definition.tiers
        return list(dict.fromkeys(item.label for item in items))
    if isinstance(definition, ast.ExprSegmentation) and isinstance(definition.expr, ast.Call):
        model = ns.definitions.get(_first_name(definition.expr) or "")
        if definition.expr.name == "cluster" and isinstance(model, ast.ModelDecl):
            return [name for _, name in model.cluster_names]
    return None


# ---- statements --------------------------------------------------------------------------------


def _statement_occurrences(index: Index, statement: ast.Statement) -> Iterator[Occurrence]:
    if isinstance(statement, ast.CustomersDecl):
        yield Occurrence(_word(statement.span, "customers"), index.target("table", "customers"), True)
        yield Occurrence(_word(statement.span, statement.key, after="key"), index.target("column", statement.key, "customers"))
    elif isinstance(statement, ast.EventsDecl):
        yield Occurrence(_word(statement.span, statement.name, after="events"), index.target("table", statement.name), True)
        yield Occurrence(_word(statement.span, statement.key, after="key"), index.target("column", statement.key, statement.name))
        yield Occurrence(_word(statement.span, statement.time, after="time"), index.target("column", statement.time, statement.name))
    elif isinstance(statement, ast.EnrichmentDecl):
        yield Occurrence(_word(statement.span, statement.name, after="enrichment"), index.target("table", statement.name), True)
        yield Occurrence(_word(statement.span, statement.on, after="on"), index.target("column", statement.on, "customers"))
    elif isinstance(statement, ast.Definition):
        yield Occurrence(statement.name_span, index.target("definition", statement.name), True)
        yield from _label_definitions(index, statement)
        for expr in expressions_of(statement):
            yield from _expression_occurrences(index, expr, None)


def _label_definitions(index: Index, statement: ast.Definition) -> Iterator[Occurrence]:
    items = statement.rules if isinstance(statement, ast.RuleSegmentation) else (
        statement.tiers if isinstance(statement, ast.TierSegmentation) else ())
    for item in items:
        yield Occurrence(_leading_token(item.span), index.target("label", item.label, statement.name), True)


def _first_name(call: ast.Call) -> str | None:
    first = call.args[0] if call.args else None
    return first.parts[0] if isinstance(first, ast.Name) else None


# ---- expressions -------------------------------------------------------------------------------


def _expression_occurrences(index: Index, node: ast.Expr, table: str | None) -> Iterator[Occurrence]:
    stack: list[tuple[ast.Expr, str | None]] = [(node, table)]
    while stack:  # iterative: definitions can nest deeply
        node, table = stack.pop()
        if isinstance(node, ast.Call):
            yield Occurrence(node.name_span, Target("function", node.name))
            if is_aggregate(node) and node.args and isinstance(node.args[0], ast.Name):
                first = node.args[0]
                if index.table(first.parts[0]) is not None:
                    yield from _qualified(index, first, first.parts[0])
                    stack.extend((child, t) for child, t in children(node, table) if child is not first)
                    continue
        elif isinstance(node, ast.Name):
            yield from _name(index, node, table)
        elif isinstance(node, ast.Holdout):
            yield Occurrence(node.segment.span, index.target("definition", node.segment.parts[0]))
        yield from _label_uses(index, node, table)
        stack.extend(children(node, table))


def _name(index: Index, node: ast.Name, table: str | None) -> Iterator[Occurrence]:
    if len(node.parts) == 2:
        yield from _qualified(index, node, node.parts[0])
        return
    bare = node.parts[0]
    event_table = index.table(table) if table is not None else None
    if event_table is not None and event_table.column(bare) is not None:
        yield Occurrence(node.span, index.target("column", bare, table))
    elif bare in index.ns.definitions:
        yield Occurrence(node.span, index.target("definition", bare))
    elif index.ns.customers is not None and index.ns.customers.column(bare) is not None:
        yield Occurrence(node.span, index.target("column", bare, "customers"))
    else:
        owner = next((e.name for e in index.ns.enrichments.values() if e.column(bare) is not None), None)
        if owner is not None:
            yield Occurrence(node.span, index.target("column", bare, owner))


def _qualified(index: Index, node: ast.Name, table: str) -> Iterator[Occurrence]:
    """`orders.amount`: the table part and the column part are two occurrences."""
    table_span = Span(node.span.source, node.span.start, node.span.start + len(table))
    yield Occurrence(table_span, index.target("table", table))
    if len(node.parts) == 2:
        column_start = node.span.end - len(node.parts[1])
        yield Occurrence(Span(node.span.source, column_start, node.span.end), index.target("column", node.parts[1], table))


def _label_uses(index: Index, node: ast.Expr, table: str | None) -> Iterator[Occurrence]:
    """`rfm_group == "champions"`, `rfm_group in ("a", "b")`: the strings name labels."""
    if isinstance(node, ast.Binary) and node.op in ("==", "!="):
        pairs = [(node.left, node.right), (node.right, node.left)]
    elif isinstance(node, ast.InList):
        pairs = [(node.operand, item) for item in node.items]
    else:
        return
    for operand, text in pairs:
        if isinstance(operand, ast.Name) and isinstance(text, ast.String) and table is None:
            segmentation = operand.parts[0] if len(operand.parts) == 1 else None
            if segmentation is not None and index.kind_of(segmentation) == "segmentation":
                yield Occurrence(text.span, index.target("label", text.value, segmentation))


# ---- locating words in statements --------------------------------------------------------------


def _word(span: Span, word: str, after: str | None = None) -> Span:
    """The span of `word` in a declaration (after keyword `after`), for precise locations."""
    text = span.text()
    start = 0
    if after is not None:
        keyword = re.search(rf"\b{re.escape(after)}\b", text)
        start = keyword.end() if keyword else 0
    found = re.compile(rf"\b{re.escape(word)}\b").search(text, start)
    if found is None:
        return Span(span.source, span.start, span.start)
    return Span(span.source, span.start + found.start(), span.start + found.end())


_LEADING_TOKEN = re.compile(r"\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|[A-Za-z_][A-Za-z0-9_]*")


def _leading_token(span: Span) -> Span:
    """A rule's or tier's label: its first token, quoted or bare."""
    found = _LEADING_TOKEN.match(span.text())
    end = span.start + (found.end() if found else 0)
    return Span(span.source, span.start, end)


FUNCTIONS = frozenset(ALL_FUNCTIONS)
