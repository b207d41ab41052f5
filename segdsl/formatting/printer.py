"""Concrete syntax tree -> lines of canonical code.

It prints Lark's concrete tree, not the AST, because the AST keeps meaning and drops spelling
the author chose: `in last` or `over`, `is present` or `is not missing`, `3.50`, escapes in
strings, the order of a model's items. Only whitespace, `;` and quote characters change.
"""

from __future__ import annotations

import re

from lark import Token, Tree

from segdsl.formatting.lines import INDENT, Line, has_blank_line

WIDTH = 100

_TIGHT = {"name", "neg", "param", "cluster_name"}  # printed without spaces: `a.b`, `-x`, `k=4`
_CALL_LIKE = {"call", "model_params", "model_clusters"}  # `(` hugs the word before it
_ALIGNED_BLOCKS = {"rules_segmentation", "tiers_segmentation", "score_decl"}
_CONDITION_ITEMS = {"when_rule", "score_rule", "model_label"}  # items ending in a breakable expression
_MULTI_WORD = {"STARTS_WITH", "ENDS_WITH", "IN_LAST", "WITHIN_LAST"}


def print_module(tree: Tree, text: str) -> list[Line]:
    """`text` is the parsed source: blank lines in it end a run of aligned `let`s."""
    return _Printer(text).module(tree)


class _Printer:
    def __init__(self, text: str):
        self.text = text
        self.lines: list[Line] = []

    def module(self, tree: Tree) -> list[Line]:
        statements = [child for child in tree.children if isinstance(child, Tree)]
        for statement, padding in zip(statements, self._let_padding(statements)):
            self._statement(statement, padding)
        return self.lines

    def _let_padding(self, statements: list[Tree]) -> list[int]:
        """Consecutive `let`s (no blank line between) align their `=`: names are padded to the
        longest. A `let` too long for one line (its `=` ends the line) is not padded and ends the run."""
        runs: list[list[int]] = []
        for index, statement in enumerate(statements):
            if statement.data != "let_decl" or len(_flat(statement)) > WIDTH:
                continue
            if runs and runs[-1][-1] == index - 1 and not self._blank_between(statements[index - 1], statement):
                runs[-1].append(index)
            else:
                runs.append([index])
        padding = [0] * len(statements)
        for run in runs:
            width = max(len(_let_head(statements[i])) for i in run)
            for i in run:
                padding[i] = width
        return padding

    def _blank_between(self, first: Tree, second: Tree) -> bool:
        return has_blank_line(self.text, _leaves(first)[-1].end_pos, _leaves(second)[0].start_pos)

    # ---- statements ----------------------------------------------------------------------------

    def _statement(self, statement: Tree, padding: int) -> None:
        children = _visible(statement.children)
        if any(_is(child, "LBRACE") for child in children):
            self._block(statement.data, children)
        elif any(_is(child, "EQUAL") for child in children):
            self._definition(statement.data, children, padding)
        else:
            self._add(0, _flat(statement), _leaves(statement), item_start=True)

    def _definition(self, rule: str, children: list, padding: int) -> None:
        """`head = expression`; too long: the expression on its own line, one level deeper."""
        equal = next(i for i, child in enumerate(children) if _is(child, "EQUAL"))
        head_children, expr = children[: equal + 1], children[-1]
        texts = [_flat(child) for child in head_children]
        if rule == "let_decl":  # `let`/`keep let` NAME: the name is padded so the `=` align
            name = next(i for i, child in enumerate(head_children) if _is(child, "NAME"))
            texts[name] += " " * max(0, padding - len(_let_head(Tree(rule, children))))
        head = _join(rule, head_children, texts)
        head_tokens = [token for child in head_children for token in _leaves(child)]
        one_line = f"{head} {_flat(expr)}"
        if len(one_line) <= WIDTH:
            self._add(0, one_line, head_tokens + _leaves(expr), item_start=True)
            return
        head = _join(rule, head_children, [_flat(child) for child in head_children])
        self._add(0, head, head_tokens, item_start=True)
        self._expression(expr, INDENT, "", [], INDENT)

    def _block(self, rule: str, children: list) -> None:
        brace = next(i for i, child in enumerate(children) if _is(child, "LBRACE"))
        header, items, closing = children[: brace + 1], children[brace + 1 : -1], children[-1]
        self._add(0, _join(rule, header, [_flat(c) for c in header]),
                  [token for child in header for token in _leaves(child)], item_start=True, opens_block=True)
        width = max(len(_flat(item.children[0])) for item in items) if rule in _ALIGNED_BLOCKS else 0
        for item in items:
            self._item(item, width)
        self._add(0, "}", [closing], closes_block=True)

    def _item(self, item: Tree, width: int) -> None:
        """A rule, tier, score rule or model item; labels and points padded to `width`."""
        children = _visible(item.children)
        texts = [_flat(child) for child in children]
        texts[0] = texts[0].ljust(width)
        if item.data not in _CONDITION_ITEMS:
            self._add(INDENT, _join(item.data, children, texts), _leaves(item), item_start=True)
            return
        head = _join(item.data, children[:-1], texts[:-1])
        head_tokens = [token for child in children[:-1] for token in _leaves(child)]
        self._expression(children[-1], INDENT, head + " ", head_tokens, 2 * INDENT, item_start=True)

    # ---- long expressions ----------------------------------------------------------------------

    def _expression(self, expr, indent: int, prefix: str, prefix_tokens: list[Token], continuation: int,
                    item_start: bool = False) -> None:
        """Print `prefix expr` from `indent`; too long: break before each `or` (else each `and`)
        of the loosest level, continuation lines at `continuation`; parts still too long break
        the same way one level deeper. Parentheses, calls and lists never break."""
        text = prefix + _flat(expr)
        parts = _chain(expr)
        if len(parts) == 1 or indent + len(text) <= WIDTH:
            self._add(indent, text, prefix_tokens + _leaves(expr), item_start)
            return
        (_, first), *rest = parts
        self._expression(first, indent, prefix, prefix_tokens, continuation + INDENT, item_start)
        for operator, part in rest:
            self._expression(part, continuation, f"{operator} ", [operator], continuation + INDENT)

    def _add(self, indent: int, code: str, tokens: list[Token], item_start: bool = False,
             opens_block: bool = False, closes_block: bool = False) -> None:
        self.lines.append(Line(indent, code.rstrip(), tokens, item_start, opens_block, closes_block))


# ---- one-line printing -------------------------------------------------------------------------


def _let_head(statement: Tree) -> str:
    """`let name` or `keep let name`: what comes before the `=`."""
    children = _visible(statement.children)
    equal = next(i for i, child in enumerate(children) if _is(child, "EQUAL"))
    return " ".join(_flat(child) for child in children[:equal])


def _flat(node: Tree | Token) -> str:
    """A subtree on one line: single spaces between tokens, none inside brackets, before `,`,
    after a unary `-`, around `.` and `=` in `a.b` and `k=4`, or between a function and `(`."""
    if isinstance(node, Token):
        return _token_text(node)
    children = _visible(node.children)
    return _join(node.data, children, [_flat(child) for child in children])


def _join(rule: str, children: list, texts: list[str]) -> str:
    if rule in _TIGHT:
        return "".join(texts)
    out = texts[0]
    for previous, child, text in zip(children, children[1:], texts[1:]):
        glued = (_is(previous, "LPAR", "LSQB") or _is(child, "RPAR", "RSQB", "COMMA")
                 or (rule in _CALL_LIKE and _is(child, "LPAR")))
        out += text if glued else " " + text
    return out


def _token_text(token: Token) -> str:
    text = str(token)
    if token.type == "STRING":
        return _double_quoted(text)
    if token.type == "POINTS":
        return re.sub(r"\s+", "", text)
    if token.type in _MULTI_WORD:
        return " ".join(text.split())
    return text


def _double_quoted(literal: str) -> str:
    """'text' becomes "text" unless that would need an escape; escapes are kept as written."""
    body = literal[1:-1]
    if literal[0] == "'" and '"' not in body and "\\" not in body:
        return f'"{body}"'
    return literal


def _chain(expr) -> list[tuple[Token | None, Tree | Token]]:
    """The operands of a top-level `or` (or `and`) chain, each with the operator before it."""
    if not (isinstance(expr, Tree) and expr.data in ("or_", "and_")):
        return [(None, expr)]
    left, operator, right = expr.children
    if isinstance(left, Tree) and left.data == expr.data:
        return _chain(left) + [(operator, right)]
    return [(None, left), (operator, right)]


def _visible(children: list) -> list:
    """Children without `;`: one item per line needs no separator."""
    return [child for child in children if not _is(child, "_SEP")]


def _leaves(node: Tree | Token) -> list[Token]:
    if isinstance(node, Token):
        return [] if node.type == "_SEP" else [node]
    return [token for child in node.children for token in _leaves(child)]


def _is(node: Tree | Token, *types: str) -> bool:
    return isinstance(node, Token) and node.type in types
