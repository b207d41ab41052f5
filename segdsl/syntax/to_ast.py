"""Lark parse tree -> typed AST. Every node gets the span of the text it came from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lark import Token, Tree

from segdsl import ast
from segdsl.diagnostics import Diagnostic
from segdsl.limits import MAX_DIGITS
from segdsl.source import SourceFile, Span
from segdsl.syntax.to_ast_exports import ExportsToAst

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_COMPARISON_OPS = {"==", "!=", "<", "<=", ">", ">="}


_MAX_DAYS = {"days": 3_652_059, "weeks": 521_722, "months": 119_988, "years": 9_999}  # 9,999 years


def _unquote_text(token: Token) -> str:
    body = str(token)[1:-1]
    return body.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in body else body


def _optional(token: Token | None) -> str | None:
    return None if token is None else str(token)


class ToAst(ExportsToAst):
    """One instance per parsed chunk: `offset` maps chunk positions back into the file.

    Each grammar rule has a method `rule(self, meta, children)`, called bottom-up. Lark's
    `Transformer` with `v_args(meta=True)` does the same, but it builds a new bound wrapper (with
    `functools.update_wrapper`) for every tree node it visits: two thirds of the transform's time
    on a large file. The methods are looked up once per class instead (`_RULES`, below)."""

    def __init__(self, source: SourceFile, offset: int = 0):
        self.source = source
        self.offset = offset
        self.diagnostics: list[Diagnostic] = []
        self.spans: list[Span] = []  # every span made (all through `_at`): the language server moves them

    def transform(self, tree: Tree) -> Any:
        """The AST of a Lark tree; a rule without a method stays a Tree (as with Lark)."""
        children = [self.transform(child) if isinstance(child, Tree) else child for child in tree.children]
        method = _RULES.get(tree.data)
        return Tree(tree.data, children, tree.meta) if method is None else method(self, tree.meta, children)

    # ---- helpers -----------------------------------------------------------------------------

    def _unquote(self, token: Token) -> str:
        """A string literal's value; a bad escape (`\\x`, `\\N{nope}`, a lone surrogate) is E008."""
        try:
            value = _unquote_text(token)
            value.encode("utf-8")  # a lone surrogate (`\\ud800`) cannot be written anywhere
            return value
        except (UnicodeDecodeError, UnicodeEncodeError, ValueError):
            self.diagnostics.append(Diagnostic(
                "E008", "this string has an invalid escape sequence", self._tok(token),
                hints=("escapes are `\\\\`, `\\\"`, `\\'`, `\\n`, `\\t`, `\\uXXXX` (not a surrogate) and "
                       "`\\N{NAME}` with a Unicode character name; write a backslash as `\\\\`",),
            ))
            return ""

    def _number_value(self, token: Token, kind: str = "number") -> int | float:
        """A number literal: at most MAX_DIGITS digits, and a whole part that fits 64 bits."""
        text = str(token).rstrip("%").replace(" ", "").replace("\t", "")
        whole = text.split(".")[0].lstrip("+-")
        if len(whole.lstrip("0")) > 18 or len(text) > MAX_DIGITS + 1:
            self.diagnostics.append(Diagnostic(
                "E007", f"this {kind} is too long ({len(text)} characters)", self._tok(token),
                hints=(f"numbers may have at most 18 digits before the decimal point and {MAX_DIGITS} digits in all",),
            ))
            return 0
        return float(text) if "." in text else int(text)

    def _path(self, token: Token) -> str:
        """A file path: a NUL character (which no file system accepts) is E009."""
        path = self._unquote(token)
        if "\x00" in path:
            self.diagnostics.append(Diagnostic(
                "E009", "a file path cannot contain a NUL character", self._tok(token),
                hints=("remove the invisible character from the path",),
            ))
            return path.replace("\x00", "")
        return path

    def _at(self, start: int, end: int) -> Span:
        span = Span(self.source, self.offset + start, self.offset + end)
        self.spans.append(span)
        return span

    def _span(self, meta: Any) -> Span:
        if getattr(meta, "empty", True):
            return self._at(0, 0)
        return self._at(meta.start_pos, meta.end_pos)

    def _tok(self, token: Token) -> Span:
        return self._at(token.start_pos, token.end_pos)

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
        return ast.Import(self._span(meta), self._path(c[0]))

    def customers_decl(self, meta, c):
        connection, path, key, since, personal = c
        return ast.CustomersDecl(self._span(meta), self._path(path), str(key), _optional(since), connection=_optional(connection),
                                 personal=personal or ())

    def events_decl(self, meta, c):
        name, connection, path, key, time, personal = c
        return ast.EventsDecl(self._span(meta), str(name), self._path(path), str(key), str(time),
                              connection=_optional(connection), personal=personal or ())

    def enrichment_decl(self, meta, c):
        name, connection, path, on, personal = c
        return ast.EnrichmentDecl(self._span(meta), str(name), self._path(path), str(on), connection=_optional(connection),
                                  personal=personal or ())

    def personal(self, meta, c):
        return tuple(ast.Name(self._tok(token), (str(token),)) for token in c)

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
            description=self._unquote(description) if description is not None else None,
            tags=tags, owner=owner,
        )

    def tags(self, meta, c):
        return ("tags", tuple(self._unquote(t) for t in c))

    def owner(self, meta, c):
        return ("owner", self._unquote(c[0]))

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
        points = float(self._number_value(c[0], "number of points"))
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
        return ("*", {"file": self._path(c[0]), "file_span": self._tok(c[0])})

    def model_params(self, meta, c):
        return ("*", {"params": tuple(p for p in c if p is not None), "params_span": self._span(meta)})

    def param(self, meta, c):
        name, value = c
        if value.type == "NUMBER":
            parsed: int | float | str = self._number_value(value)
        elif value.type == "STRING":
            parsed = self._unquote(value)
        else:
            parsed = str(value)
        return (str(name), parsed)

    def model_clusters(self, meta, c):
        return ("cluster_names", tuple(p for p in c if p is not None))

    def cluster_name(self, meta, c):
        return (int(self._number_value(c[0], "cluster number")), self._unquote(c[1]))

    # ---- outcomes ------------------------------------------------------------------------------

    def kpi_decl(self, meta, c):
        name, description, body = c
        return ast.Kpi(self._span(meta), str(name), self._tok(name),
                       description=self._unquote(description) if description is not None else None, **body)

    def kpi_aggregate(self, meta, c):
        agg, value, _per, per_agg, per = c
        return {"agg": str(agg), "value": value, "per_agg": str(per_agg) if per_agg is not None else None, "per": per}

    def kpi_builtin(self, meta, c):
        return {"value": c[0]}

    def goal_decl(self, meta, c):
        name, description, measure, target, (direction, amount, relative), baseline, deadline = c
        return ast.Goal(
            self._span(meta), str(name), self._tok(name),
            description=self._unquote(description) if description is not None else None,
            measure=str(measure), measure_span=self._tok(measure), target=target,
            direction=direction, amount=amount, relative=relative,
            baseline=self._date(baseline), deadline=self._date(deadline),
        )

    def _change(self, direction: str, token: Token) -> tuple[str, float, bool]:
        if token.type == "PERCENT":
            return (direction, self._percent(token).fraction, direction != "to")
        return (direction, float(str(token)), False)

    def goal_up(self, meta, c):
        return self._change("up", c[0])

    def goal_down(self, meta, c):
        return self._change("down", c[0])

    def goal_to(self, meta, c):
        return self._change("to", c[0])

    def target(self, meta, c):
        segment, label = c
        return ast.Target(self._span(meta), str(segment), self._label(label) if label is not None else None)

    def experiment_decl(self, meta, c):
        name, description, *items = c
        fields: dict[str, Any] = {}
        for item in items:
            fields.update(item)
        return ast.Experiment(self._span(meta), str(name), self._tok(name),
                              description=self._unquote(description) if description is not None else None, **fields)

    def experiment_targets(self, meta, c):
        return {"targets": c[0]}

    def experiment_holdout(self, meta, c):
        return {"holdout": c[0]}

    def experiment_measure(self, meta, c):
        return {"measure": str(c[0]), "measure_span": self._tok(c[0])}

    def experiment_starts(self, meta, c):
        return {"starts": self._date(c[0])}

    def experiment_detect(self, meta, c):
        return {"detect": self._percent(c[0])}

    # ---- expressions -------------------------------------------------------------------------

    def _label(self, token: Token) -> str:
        return self._unquote(token) if token.type == "STRING" else str(token)

    def _percent(self, token: Token) -> ast.Percent:
        return ast.Percent(self._tok(token), float(self._number_value(token, "percentage")))

    def number(self, meta, c):
        return ast.Number(self._span(meta), self._number_value(c[0]))

    def percent(self, meta, c):
        return self._percent(c[0])

    def string(self, meta, c):
        return ast.String(self._span(meta), self._unquote(c[0]))

    def date(self, meta, c):
        return ast.Date(self._span(meta), self._date(c[0]))

    def true(self, meta, c):
        return ast.Bool(self._span(meta), True)

    def false(self, meta, c):
        return ast.Bool(self._span(meta), False)

    def duration(self, meta, c):
        unit = _UNITS.get(str(c[1]), str(c[1]))
        amount = int(self._number_value(c[0], "duration"))
        if amount > _MAX_DAYS[unit]:
            self.diagnostics.append(Diagnostic(
                "E230", f"a duration of {amount:,} {unit} reaches beyond the calendar", self._span(meta),
                hints=("durations may be at most 9,999 years" + ("" if unit == "years" else f" ({_MAX_DAYS[unit]:,} {unit})")
                       + "; for \"all events\" leave the window out",),
            ))
            amount = 0
        return ast.Duration(self._span(meta), amount, unit)

    def name(self, meta, c):
        return ast.Name(self._span(meta), tuple(str(t) for t in c if t is not None))

    def list(self, meta, c):
        return ast.ListExpr(self._span(meta), tuple(x for x in c if x is not None))

    def holdout(self, meta, c):
        percent, segment, label, seed = c
        parts = (str(segment),) if label is None else (str(segment), self._label(label))
        end = label if label is not None else segment
        return ast.Holdout(
            self._span(meta), self._percent(percent),
            ast.Name(self._at(segment.start_pos, end.end_pos), parts),
            int(self._number_value(seed, "seed")) if seed is not None else 0,
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

    def window_next(self, meta, c):
        return ("window", ast.Window(self._span(meta), "next", (c[-1],)))

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


# rule name -> method: every public method of ToAst but `transform` is a grammar rule's.
_RULES = {name: method for klass in reversed(ToAst.__mro__[:-1]) for name, method in vars(klass).items()
          if callable(method) and not name.startswith("_") and name != "transform"}
