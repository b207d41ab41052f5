"""Lark parse tree -> typed AST. Every node gets the span of the text it came from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lark import Token, Transformer, v_args

from segdsl import ast
from segdsl.diagnostics import Diagnostic
from segdsl.source import SourceFile, Span

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_COMPARISON_OPS = {"==", "!=", "<", "<=", ">", ">="}


def _unquote(token: Token) -> str:
    body = str(token)[1:-1]
    return body.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in body else body


@v_args(meta=True)
class ToAst(Transformer):
    """One instance per parsed chunk: `offset` maps chunk positions back into the file."""

    def __init__(self, source: SourceFile, offset: int = 0):
        super().__init__()
        self.source = source
        self.offset = offset
        self.diagnostics: list[Diagnostic] = []

    # ---- helpers -----------------------------------------------------------------------------

    def _span(self, meta: Any) -> Span:
        if getattr(meta, "empty", True):
            return Span(self.source, self.offset, self.offset)
        return Span(self.source, self.offset + meta.start_pos, self.offset + meta.end_pos)

    def _tok(self, token: Token) -> Span:
        return Span(self.source, self.offset + token.start_pos, self.offset + token.end_pos)

    def _date(self, token: Token) -> dt.date:
        try:
            return dt.date.fromisoformat(str(token))
        except ValueError:
            self.diagnostics.append(
                Diagnostic(
                    "E005",
                    f"`{token}` is not a valid date",
                    self._tok(token),
                    hints=("dates are written YYYY-MM-DD, e.g. 2026-11-01",),
                )
            )
            return dt.date(1970, 1, 1)

    # ---- statements --------------------------------------------------------------------------

    def start(self, meta, children):
        return children

    def import_stmt(self, meta, c):
        return ast.Import(self._span(meta), _unquote(c[0]))

    def customers_decl(self, meta, c):
        since = str(c[2]) if len(c) > 2 and c[2] is not None else None
        return ast.CustomersDecl(self._span(meta), _unquote(c[0]), str(c[1]), since)

    def events_decl(self, meta, c):
        return ast.EventsDecl(self._span(meta), str(c[0]), _unquote(c[1]), str(c[2]), str(c[3]))

    def enrichment_decl(self, meta, c):
        return ast.EnrichmentDecl(self._span(meta), str(c[0]), _unquote(c[1]), str(c[2]))

    def as_of_decl(self, meta, c):
        return ast.AsOf(self._span(meta), self._date(c[0]))

    def let_decl(self, meta, c):
        keep, name, expr = c
        return ast.Let(self._span(meta), str(name), self._tok(name), expr=expr, kept=keep is not None)

    def segment_decl(self, meta, c):
        name, description, *metas, expr = c
        tags: tuple[str, ...] = ()
        owner = None
        for kind, value in metas:
            if kind == "tags":
                tags = value
            else:
                owner = value
        return ast.Segment(
            self._span(meta), str(name), self._tok(name), expr=expr,
            description=_unquote(description) if description is not None else None,
            tags=tags, owner=owner,
        )

    def tags(self, meta, c):
        return ("tags", tuple(_unquote(t) for t in c))

    def owner(self, meta, c):
        return ("owner", _unquote(c[0]))

    def rules_segmentation(self, meta, c):
        name, *rules = c
        return ast.RuleSegmentation(self._span(meta), str(name), self._tok(name), rules=tuple(rules))

    def when_rule(self, meta, c):
        return ast.Rule(self._span(meta), self._label(c[0]), c[1])

    def otherwise_rule(self, meta, c):
        return ast.Rule(self._span(meta), self._label(c[0]), None)

    def tiers_segmentation(self, meta, c):
        name, basis, measure, *tiers = c
        return ast.TierSegmentation(
            self._span(meta), str(name), self._tok(name),
            basis=str(basis), measure=measure, tiers=tuple(tiers),
        )

    def top_tier(self, meta, c):
        return ast.Tier(self._span(meta), self._label(c[0]), "top", self._percent(c[1]))

    def next_tier(self, meta, c):
        return ast.Tier(self._span(meta), self._label(c[0]), "next", self._percent(c[1]))

    def rest_tier(self, meta, c):
        return ast.Tier(self._span(meta), self._label(c[0]), "rest", None)

    def expr_segmentation(self, meta, c):
        return ast.ExprSegmentation(self._span(meta), str(c[0]), self._tok(c[0]), expr=c[1])

    def score_decl(self, meta, c):
        keep, name, *rules = c
        return ast.Score(self._span(meta), str(name), self._tok(name), rules=tuple(rules), kept=keep is not None)

    def score_rule(self, meta, c):
        points = float(str(c[0]).replace(" ", "").replace("\t", ""))
        return ast.ScoreRule(self._span(meta), points, c[1])

    def model_decl(self, meta, c):
        name, *items = c
        fields: dict[str, Any] = {}
        for key, value in items:
            fields.update(value if key == "*" else {key: value})
        return ast.ModelDecl(self._span(meta), str(name), self._tok(name), **fields)

    def model_kind(self, meta, c):
        return ("*", {"kind": str(c[0]), "kind_span": self._tok(c[0])})

    def model_features(self, meta, c):
        return ("features", tuple(ast.Name(self._tok(t), (str(t),)) for t in c))

    def model_label(self, meta, c):
        return ("label", c[0])

    def model_train_as_of(self, meta, c):
        return ("train_as_of", self._date(c[0]))

    def model_file(self, meta, c):
        return ("*", {"file": _unquote(c[0]), "file_span": self._tok(c[0])})

    def model_params(self, meta, c):
        return ("*", {"params": tuple(p for p in c if p is not None), "params_span": self._span(meta)})

    def param(self, meta, c):
        name, value = c
        if value.type == "NUMBER":
            parsed: int | float | str = float(value) if "." in value else int(value)
        elif value.type == "STRING":
            parsed = _unquote(value)
        else:
            parsed = str(value)
        return (str(name), parsed)

    def model_clusters(self, meta, c):
        return ("cluster_names", tuple(p for p in c if p is not None))

    def cluster_name(self, meta, c):
        return (int(float(c[0])), _unquote(c[1]))

    # ---- expressions -------------------------------------------------------------------------

    def _label(self, token: Token) -> str:
        return _unquote(token) if token.type == "STRING" else str(token)

    def _percent(self, token: Token) -> ast.Percent:
        return ast.Percent(self._tok(token), float(str(token)[:-1]))

    def number(self, meta, c):
        text = str(c[0])
        return ast.Number(self._span(meta), float(text) if "." in text else int(text))

    def percent(self, meta, c):
        return self._percent(c[0])

    def string(self, meta, c):
        return ast.String(self._span(meta), _unquote(c[0]))

    def date(self, meta, c):
        return ast.Date(self._span(meta), self._date(c[0]))

    def true(self, meta, c):
        return ast.Bool(self._span(meta), True)

    def false(self, meta, c):
        return ast.Bool(self._span(meta), False)

    def duration(self, meta, c):
        unit = str(c[1])
        return ast.Duration(self._span(meta), int(float(c[0])), _UNITS.get(unit, unit))

    def name(self, meta, c):
        return ast.Name(self._span(meta), tuple(str(t) for t in c if t is not None))

    def list(self, meta, c):
        return ast.ListExpr(self._span(meta), tuple(x for x in c if x is not None))

    def holdout(self, meta, c):
        percent, segment, seed = c
        return ast.Holdout(
            self._span(meta), self._percent(percent),
            ast.Name(self._tok(segment), (str(segment),)),
            int(float(seed)) if seed is not None else 0,
        )

    def neg(self, meta, c):
        return ast.Negate(self._span(meta), c[0])

    def not_(self, meta, c):
        return ast.Not(self._span(meta), c[0])

    def or_(self, meta, c):
        return ast.Binary(self._span(meta), "or", c[0], c[1])

    def and_(self, meta, c):
        return ast.Binary(self._span(meta), "and", c[0], c[1])

    def arith(self, meta, c):
        return ast.Binary(self._span(meta), str(c[1]), c[0], c[2])

    def compare(self, meta, c):
        return ast.Binary(self._span(meta), str(c[1]), c[0], c[2])

    def in_list(self, meta, c):
        return ast.InList(self._span(meta), c[0], tuple(x for x in c[1:] if x is not None), False)

    def not_in_list(self, meta, c):
        return ast.InList(self._span(meta), c[0], tuple(x for x in c[1:] if x is not None), True)

    def between(self, meta, c):
        return ast.Between(self._span(meta), c[0], c[1], c[2])

    def is_missing(self, meta, c):
        return ast.IsMissing(self._span(meta), c[0], False)

    def is_present(self, meta, c):
        return ast.IsMissing(self._span(meta), c[0], True)

    def contains(self, meta, c):
        return ast.StringTest(self._span(meta), "contains", c[0], c[1])

    def starts_with(self, meta, c):
        return ast.StringTest(self._span(meta), "starts with", c[0], c[2])

    def ends_with(self, meta, c):
        return ast.StringTest(self._span(meta), "ends with", c[0], c[2])

    def matches(self, meta, c):
        return ast.StringTest(self._span(meta), "matches", c[0], c[1])

    def within_last(self, meta, c):
        return ast.WithinLast(self._span(meta), c[0], c[2])

    def call(self, meta, c):
        name, *rest = c
        suffixes = [x for x in rest if isinstance(x, tuple)]
        body = [x for x in rest if not isinstance(x, tuple)]
        # body: args..., WHERE token or None, where-expr or None
        where_token, where_expr = body[-2], body[-1]
        args = tuple(a for a in body[:-2] if a is not None)
        windows = []
        descending = False
        for kind, value in suffixes:
            if kind == "window":
                windows.append(value)
            elif kind == "order":
                descending = value
        return ast.Call(
            self._span(meta), str(name), self._tok(name), args,
            where=where_expr if where_token is not None else None,
            windows=tuple(windows), descending=descending,
        )

    def window_over(self, meta, c):
        return ("window", ast.Window(self._span(meta), "over", (c[-1],)))

    def window_between(self, meta, c):
        return ("window", ast.Window(self._span(meta), "between", (c[0], c[1])))

    def window_before(self, meta, c):
        return ("window", ast.Window(self._span(meta), "before", (c[0],)))

    def window_after(self, meta, c):
        return ("window", ast.Window(self._span(meta), "after", (c[0],)))

    def window_more_than_ago(self, meta, c):
        return ("window", ast.Window(self._span(meta), "more_than_ago", (c[0],)))

    def descending(self, meta, c):
        return ("order", True)

    def ascending(self, meta, c):
        return ("order", False)
