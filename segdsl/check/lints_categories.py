"""W109 unknown-category and E113 unknown-label: testing a value against text it can never take.

A column's categories come from its schema (a Polars Enum, or "categories" in a schema file, which
`segdsl schema` writes for low-cardinality text columns); they describe the data seen so far, so
an unknown category is a warning (W109). A segmentation's labels come from its rules, tiers,
crosses or named clusters: they are known for certain when checking, so comparing a segmentation
with a label it never produces is an error (E113), in every file of the set, imports included.
`==`, `!=`, `in` and `not in` against such text never match (or, negated, always do).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from segdsl import ast
from segdsl.check.lints_tree import Names, expressions_of, in_source_order, walk
from segdsl.diagnostics import Diagnostic, available, suggest

MAX_CROSS_LABELS = 10_000


@dataclass(frozen=True)
class Vocabulary:
    """The texts a value can take; `numbered`: also any cluster number (unnamed clusters)."""

    owner: str  # "column `plan`" / "segmentation `rfm_group`"
    word: str  # "category" / "label"
    words: str  # "categories" / "labels"
    values: frozenset[str]
    numbered: bool = False

    def knows(self, value: str) -> bool:
        return value in self.values or (self.numbered and value.isdigit())


def category_warnings(names: Names) -> list[Diagnostic]:
    """W109 for the file being checked; E113 for every file of the set."""
    ns = names.ns
    found = []
    for name in in_source_order(ns, set(ns.definitions)):
        in_root = name in ns.root_definitions
        for expr in expressions_of(ns.definitions[name]):
            for node, table in walk(expr):
                found += [d for d in _check(names, node, table) if in_root or d.code == "E113"]
    return found


def _check(names: Names, node: ast.Expr, table: str | None) -> list[Diagnostic]:
    if isinstance(node, ast.InList):
        operand, texts, negated = node.operand, [i for i in node.items if isinstance(i, ast.String)], node.negated
    elif isinstance(node, ast.Binary) and node.op in ("==", "!="):
        operand, text = (node.left, node.right) if isinstance(node.right, ast.String) else (node.right, node.left)
        texts, negated = [text] if isinstance(text, ast.String) else [], node.op == "!="
    else:
        return []
    vocabulary = _vocabulary(names, operand, table) if texts and isinstance(operand, ast.Name) else None
    if vocabulary is None:
        return []
    return [_unknown(vocabulary, text, negated) for text in texts if not vocabulary.knows(text.value)]


def _unknown(vocabulary: Vocabulary, text: ast.String, negated: bool) -> Diagnostic:
    guess = suggest(text.value, vocabulary.values)
    effect = ("so this test is true for every customer with a value" if negated
              else "so this test never matches")
    listing = available(vocabulary.values)[len("available: "):]
    return Diagnostic(
        "E113" if vocabulary.word == "label" else "W109",
        f'{vocabulary.owner} has no {vocabulary.word} "{text.value}"', text.span,
        note=f'did you mean "{guess[0]}"?' if guess else None,
        hints=(f"{vocabulary.words}: {listing}" if vocabulary.values else f"it has no {vocabulary.words}", effect),
    )


def _vocabulary(names: Names, node: ast.Name, table: str | None, depth: int = 0) -> Vocabulary | None:
    resolved = names.resolve(node, table)
    column = names.column(resolved)
    if column is not None:
        if column.categories is None:
            return None
        return Vocabulary(f"column `{node.dotted}`", "category", "categories", frozenset(column.categories))
    definition = names.ns.definitions.get(resolved[1]) if resolved[0] == "definition" else None
    if definition is None or depth > 10:  # deeper crosses of crosses are not worth following
        return None
    owner = f"segmentation `{definition.name}`"
    if isinstance(definition, ast.RuleSegmentation):
        return Vocabulary(owner, "label", "labels", frozenset(r.label for r in definition.rules))
    if isinstance(definition, ast.TierSegmentation):
        return Vocabulary(owner, "label", "labels", frozenset(t.label for t in definition.tiers))
    if isinstance(definition, ast.ExprSegmentation) and isinstance(definition.expr, ast.Call):
        call = definition.expr
        if call.name == "cluster":
            model = names.definition(call.args[0], None) if len(call.args) == 1 else None
            if isinstance(model, ast.ModelDecl):
                return Vocabulary(owner, "label", "labels", frozenset(n for _, n in model.cluster_names), numbered=True)
        if call.name == "cross" and all(isinstance(a, ast.Name) for a in call.args):
            parts = [_vocabulary(names, a, None, depth + 1) for a in call.args]
            if all(p is not None and not p.numbered for p in parts):
                return _crossed(owner, [p.values for p in parts])
    return None


def _crossed(owner: str, parts: list[frozenset[str]]) -> Vocabulary | None:
    size = 1
    for part in parts:
        size *= len(part)
    if size > MAX_CROSS_LABELS:
        return None
    return Vocabulary(owner, "label", "labels", frozenset("/".join(c) for c in itertools.product(*parts)))
