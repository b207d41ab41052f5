"""Checking definitions (traits, segments, segmentations, scores, models) into plan steps.

Definitions are checked on demand: a reference to a trait checks that trait first, so the steps
come out in dependency order and a reference back to a definition still being checked is a cycle.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from segdsl import ast, ir
from segdsl.check.expressions import UNKNOWN, ExpressionChecker
from segdsl.check.wording import article
from segdsl.check.namespace import Namespace
from segdsl.check.order import dependency_order
from segdsl.check.exports import ExportChecks
from segdsl.check.outcomes import OutcomeChecks
from segdsl.diagnostics import Diagnostic, DiagnosticError, Label
from segdsl.models import MODEL_KINDS, REGRESSION_KINDS
from segdsl.models.params import translate_params
from segdsl.personal import personal_names
from segdsl.source import Span
from segdsl.types import Type

R = TypeVar("R")


def _weakly(method: Callable[..., R]) -> Callable[..., R]:
    """A bound method that does not keep its object alive. The checker's helpers call back into
    it; with plain bound methods every analysis was a reference cycle, freed only by a full
    collection (0.4 s in the language server, which drops an analysis on every edit)."""
    target, function = weakref.ref(method.__self__), method.__func__
    return lambda *args: function(target(), *args)


class DefinitionChecker:
    def __init__(self, ns: Namespace):
        self.ns = ns
        self.diagnostics: list[Diagnostic] = []
        self.steps: list[ir.Derived] = []
        self.models: list[ir.Model] = []
        self.types: dict[str, Type] = {}
        self.in_progress: list[str] = []
        self.references: dict[str, set[str]] = {}
        self.aggregates: dict[tuple, ir.Aggregate] = {}
        self.used_columns: dict[str, set[str]] = {}
        self.expressions = ExpressionChecker(
            ns, self.diagnostics.append, _weakly(self.definition_type), _weakly(self._lift), _weakly(self._use_column)
        )
        self.outcomes = OutcomeChecks(ns, self.expressions, self.diagnostics.append, self.steps.append,
                                      _weakly(self._aggregate_of))
        self.exports = ExportChecks(ns, self.expressions, self.diagnostics.append, self.outcomes.target,
                                    _weakly(self._personal_names), _weakly(self._aggregated_columns))

    # ---- driver ------------------------------------------------------------------------------

    def run(self) -> None:
        """Definitions after those they use (no recursion along chains of references); goals and
        experiments last: they read the measures' checked form."""
        last = (ast.Goal, ast.Experiment, ast.Export)
        ordered = dependency_order(self.ns)
        order = [n for n in ordered if not isinstance(self.ns.definitions[n], last)]
        order += [n for n in ordered if isinstance(self.ns.definitions[n], last)]
        for name in order:
            self.definition_type(name, self.ns.definitions[name].name_span)
        for name in self.ns.definitions:
            self.definition_type(name, self.ns.definitions[name].name_span)

    def definition_type(self, name: str, span: Span) -> Type:
        if self.in_progress:
            self.references.setdefault(self.in_progress[-1], set()).add(name)
        if name in self.types:
            return self.types[name]
        if name in self.in_progress:
            chain = self.in_progress[self.in_progress.index(name):] + [name]
            definition = self.ns.definitions[name]
            self.diagnostics.append(Diagnostic(
                "E105", f"reference cycle: {' -> '.join(chain)}", span,
                labels=(Label(definition.name_span, f"`{name}` is defined here"),),
                hints=("a definition cannot depend on itself, directly or through others",),
            ))
            return Type.UNKNOWN
        self.in_progress.append(name)
        ahead_allowed = self.expressions.ahead_allowed
        self.expressions.ahead_allowed = isinstance(self.ns.definitions[name], ast.Kpi)  # only measures look ahead
        try:
            result = self._check_definition(self.ns.definitions[name])
        finally:
            self.in_progress.pop()
            self.expressions.ahead_allowed = ahead_allowed
        self.types[name] = result
        return result

    def _check_definition(self, definition: ast.Definition) -> Type:
        check = {
            ast.Let: self._let,
            ast.Segment: self._segment,
            ast.RuleSegmentation: self._rules,
            ast.TierSegmentation: self._tiers,
            ast.ExprSegmentation: self._expr_segmentation,
            ast.Score: self._score,
            ast.ModelDecl: self._model,
            ast.Kpi: self.outcomes.kpi,
            ast.Goal: self.outcomes.goal,
            ast.Experiment: self.outcomes.experiment,
            ast.Export: self.exports.export,
        }[type(definition)]
        return check(definition)

    def _aggregated_columns(self) -> set[str]:
        return {a.column for a in self.aggregates.values()}

    def _personal_names(self) -> set[str]:
        """Personal steps and aggregations checked so far (segdsl.personal: the plan's marks)."""
        tables = [t for t in (self.ns.customers, *self.ns.events.values(), *self.ns.enrichments.values()) if t is not None]
        columns = {f"{t.name}.{c}" for t in tables for c in _personal(t)}
        return personal_names(self.steps, self.aggregates.values(), columns)

    def _add(self, definition: ast.Definition, role: str, expr: ir.Expr, **meta) -> Type:
        self.steps.append(ir.Derived(definition.name, role, expr, **meta))
        return expr.type

    # ---- kinds of definition -----------------------------------------------------------------

    def _let(self, let: ast.Let) -> Type:
        expr = self.expressions.check(let.expr)
        if expr.type is Type.DURATION:
            self.expressions.error("E201", "a trait cannot be a bare duration", let.expr.span,
                                   hints=("use durations in windows or with dates: `signup_date + 30 days`",))
            expr = UNKNOWN
        return self._add(let, "trait", expr, kept=let.kept)

    def _segment(self, segment: ast.Segment) -> Type:
        expr = self.expressions.check(segment.expr)
        if expr.type not in (Type.BOOLEAN, Type.UNKNOWN):
            self.diagnostics.append(Diagnostic(
                "E202", f"the body of segment `{segment.name}` must be true or false, but it is {article(expr.type)}",
                segment.expr.span, note=f"this is {article(expr.type)}",
                hints=("a segment is a condition, e.g. `monetary > 100`",),
            ))
            expr = UNKNOWN
        self._add(segment, "segment", expr, description=segment.description, tags=segment.tags, owner=segment.owner)
        return Type.BOOLEAN

    def _rules(self, seg: ast.RuleSegmentation) -> Type:
        branches = []
        default: object = None
        for index, rule in enumerate(seg.rules):
            if rule.condition is None:
                default = rule.label
                if index != len(seg.rules) - 1:
                    self.diagnostics.append(Diagnostic(
                        "E206", "`otherwise` must be the last rule", rule.span,
                        hints=("rules after `otherwise` could never match",),
                    ))
                continue
            condition = self.expressions.expect(rule.condition, Type.BOOLEAN, "a rule's condition")
            branches.append((condition, ir.Literal(Type.STRING, rule.label)))
        expr = ir.Case(Type.STRING, tuple(branches), ir.Literal(Type.STRING, default))
        return self._add(seg, "segmentation", expr)

    def _tiers(self, seg: ast.TierSegmentation) -> Type:
        measure = self.expressions.expect(seg.measure, Type.NUMBER, "the measure of a tiered segmentation")
        tiers: list[ir.Tier] = []
        reached = 0.0
        for index, tier in enumerate(seg.tiers):
            first, last = index == 0, index == len(seg.tiers) - 1
            if tier.kind == "top" and not first:
                self.diagnostics.append(Diagnostic("E206", "only the first tier is `top`; later tiers are `next`", tier.span))
            elif tier.kind == "next" and first:
                self.diagnostics.append(Diagnostic("E206", "the first tier is `top N%`", tier.span))
            elif tier.kind == "rest" and not last:
                self.diagnostics.append(Diagnostic("E206", "`rest` must be the last tier", tier.span))
            if tier.percent is not None:
                reached += tier.percent.fraction
                if tier.percent.fraction <= 0:
                    self.diagnostics.append(Diagnostic(
                        "E206", f"a tier's share must be more than 0%, not {tier.percent.span.text()}", tier.percent.span,
                        hints=("an empty tier holds nobody: remove it, or give it a share such as `top 10%`",),
                    ))
                elif reached > 1.0 + 1e-9:
                    self.diagnostics.append(Diagnostic(
                        "E206", f"tiers add up to {reached:.0%}, more than 100%", tier.percent.span,
                        hints=("the shares of `top` and `next` tiers must add up to at most 100%",),
                    ))
            tiers.append(ir.Tier(tier.label, 1.0 if tier.kind == "rest" else min(reached, 1.0)))
        if measure is UNKNOWN:
            return self._add(seg, "segmentation", UNKNOWN)
        return self._add(seg, "segmentation", ir.Tiers(Type.STRING, measure, seg.basis, tuple(tiers)))

    def _expr_segmentation(self, seg: ast.ExprSegmentation) -> Type:
        node = seg.expr
        if isinstance(node, ast.Call) and node.name == "cross":
            return self._add(seg, "segmentation", self._cross(node))
        if isinstance(node, ast.Call) and node.name == "cluster":
            output = self.expressions.check(node)
            if isinstance(output, ir.ModelOutput):
                return self._add(seg, "segmentation", self._cluster_labels(output))
            return self._add(seg, "segmentation", UNKNOWN)
        expr = self.expressions.expect(node, Type.STRING, "a segmentation's labels")
        return self._add(seg, "segmentation", expr)

    def _cluster_labels(self, output: ir.ModelOutput) -> ir.Expr:
        """Cluster numbers as the names given in the model's `clusters(...)`, else as text."""
        declaration = self.ns.definitions[output.model]
        names = dict(declaration.cluster_names) if isinstance(declaration, ast.ModelDecl) else {}
        branches = tuple(
            (ir.Call(Type.BOOLEAN, "==", (output, ir.Literal(Type.NUMBER, number))), ir.Literal(Type.STRING, name))
            for number, name in sorted(names.items())
        )
        return ir.Case(Type.STRING, branches, ir.Call(Type.STRING, "cluster_label", (output,)))

    def _cross(self, node: ast.Call) -> ir.Expr:
        if len(node.args) < 2:
            return self.expressions.error("E109", "`cross` combines at least two segmentations: cross(size_tier, industry)", node.span)
        parts = []
        for arg in node.args:
            part = self.expressions.check(arg)
            if part.type not in (Type.STRING, Type.UNKNOWN):
                return self.expressions.error("E201", f"`cross` combines labels (segmentations or text), but this is {article(part.type)}", arg.span)
            parts.append(part)
        return ir.Call(Type.STRING, "cross", tuple(parts))

    def _score(self, score: ast.Score) -> Type:
        total: ir.Expr = ir.Literal(Type.NUMBER, 0)
        for rule in score.rules:
            condition = self.expressions.expect(rule.condition, Type.BOOLEAN, "a score rule's condition")
            points = ir.Case(Type.NUMBER, ((condition, ir.Literal(Type.NUMBER, rule.points)),), ir.Literal(Type.NUMBER, 0.0))
            total = ir.Call(Type.NUMBER, "add", (total, points))
        return self._add(score, "trait", total, kept=score.kept)

    def _model(self, model: ast.ModelDecl) -> Type:
        if model.kind not in MODEL_KINDS:
            span = model.kind_span or model.name_span
            message = "a model needs a kind" if model.kind is None else f"unknown model kind `{model.kind}`"
            self.diagnostics.append(Diagnostic("E405", message, span, hints=(f"kinds: {', '.join(MODEL_KINDS)}",)))
        else:
            self._model_params(model)
        if model.file is None:
            self.diagnostics.append(Diagnostic("E405", f"model `{model.name}` needs a file", model.name_span,
                                               hints=('add `file "models/NAME.skops"`',)))
        if not model.features:
            self.diagnostics.append(Diagnostic("E405", f"model `{model.name}` needs features", model.name_span,
                                               hints=("add `features recency, frequency, country`",)))
        for feature in model.features:
            feature_expr = self.expressions.check(feature)
            if feature_expr.type not in (Type.NUMBER, Type.STRING, Type.BOOLEAN, Type.UNKNOWN):
                self.expressions.error("E403", f"feature `{feature.dotted}` is {article(feature_expr.type)}; "
                                       "features must be numbers, text or booleans", feature.span)
        label = None
        if model.label is not None:
            label = self._model_label(model)
            if model.kind == "kmeans":
                self.diagnostics.append(Diagnostic("E405", "k-means is unsupervised and takes no label", model.label.span))
        elif model.kind in MODEL_KINDS and model.kind != "kmeans":
            self.diagnostics.append(Diagnostic("E405", f"model `{model.name}` ({model.kind}) needs a label", model.name_span,
                                               hints=("add `label churned` or a condition such as `label count(orders) == 0`",)))
        directory = model.span.source.directory
        self.models.append(ir.Model(
            model.name, model.kind or "", directory / (model.file or ""), tuple(f.dotted for f in model.features),
            label, model.train_as_of, model.params, model.cluster_names,
        ))
        return Type.OTHER

    def _model_label(self, model: ast.ModelDecl) -> ir.Expr:
        """A number for regression kinds; true/false (binary) or text (multi-class) for classifiers.
        The label's type is kept for `predict(model)`, whose type it decides."""
        label = self.expressions.check(model.label)
        regression = model.kind in REGRESSION_KINDS
        wanted = (Type.NUMBER,) if regression else (Type.BOOLEAN, Type.STRING)
        if label.type not in (*wanted, Type.UNKNOWN) and model.kind in MODEL_KINDS and model.kind != "kmeans":
            what = "a number (e.g. `sum(orders.amount) over 365 days`)" if regression else \
                "true/false (a condition) or text (e.g. `most_frequent(orders.channel) over 90 days`)"
            hint = "use a classifier kind for a condition or text" if regression else \
                f"use a regression kind ({', '.join(REGRESSION_KINDS)}) for a number"
            self.diagnostics.append(Diagnostic("E408", f"the label of {model.kind} `{model.name}` must be {what}, "
                                               f"but this is {article(label.type)}", model.label.span, hints=(hint,)))
            return UNKNOWN
        self.expressions.model_labels[model.name] = label.type
        return label

    def _model_params(self, model: ast.ModelDecl) -> None:
        """A misspelt parameter must fail in `validate`, not silently train another model."""
        try:
            translate_params(model.kind or "", dict(model.params))
        except DiagnosticError as error:
            span = model.params_span or model.name_span
            self.diagnostics.extend(Diagnostic("E405", d.message, span, hints=d.hints) for d in error.diagnostics)

    # ---- callbacks from the expression checker -----------------------------------------------

    def _lift(self, aggregate: ir.Aggregate) -> ir.Ref:
        key = (aggregate.table, aggregate.fn, aggregate.arg, aggregate.where, aggregate.window)
        if key not in self.aggregates:
            column = f"__{aggregate.table}_{aggregate.fn}_{len(self.aggregates)}"
            self.aggregates[key] = ir.Aggregate(column, *key, aggregate.type)
        lifted = self.aggregates[key]
        return ir.Ref(lifted.type, lifted.column)

    def _aggregate_of(self, column: str) -> ir.Aggregate | None:
        return next((a for a in self.aggregates.values() if a.column == column), None)

    def _use_column(self, table: str, column: str) -> None:
        self.used_columns.setdefault(table, set()).add(column)

    # ---- results -----------------------------------------------------------------------------

    def tables(self) -> tuple[ir.Table, tuple[ir.EventTable, ...], tuple[ir.Enrichment, ...]]:
        ns = self.ns
        customers = ns.customers
        enrichments = tuple(
            ir.Enrichment(t.name, t.path, "domain", tuple(sorted({"domain"} | self.used_columns.get(t.name, set()))), t.on,
                          personal=_personal(t))
            for t in ns.enrichments.values()
        )
        join_columns = {e.on for e in enrichments}
        since = customers.since if customers.schema is not None and customers.column(customers.since or "") else None
        customer_columns = {customers.key} | self.used_columns.get("customers", set()) | join_columns | ({since} if since else set())
        events = []
        for table in ns.events.values():
            aggregates = tuple(a for a in self.aggregates.values() if a.table == table.name)
            columns = {table.key, table.time} | self.used_columns.get(table.name, set())
            time_kind = table.column(table.time).kind if table.column(table.time) else "date"
            events.append(ir.EventTable(table.name, table.path, table.key, tuple(sorted(columns)),
                                        table.time, time_kind, aggregates, personal=_personal(table)))
        return (
            ir.CustomerTable("customers", customers.path, customers.key, tuple(sorted(customer_columns)),
                             since, customers.column(since).kind if since else None, personal=_personal(customers)),
            tuple(events),
            enrichments,
        )

    def used_definitions(self) -> set[str]:
        """Names reachable from segments, segmentations, models and kept traits (what a trait must feed)."""
        roots = [n for n, d in self.ns.definitions.items()
                 if isinstance(d, (ast.Segment, ast.RuleSegmentation, ast.TierSegmentation, ast.ExprSegmentation, ast.ModelDecl, ast.Kpi,
                                   ast.Export))
                 or (isinstance(d, (ast.Let, ast.Score)) and d.kept)]  # a kept trait is an output too
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            stack.extend(self.references.get(name, ()))
        return seen

    def unused_trait_warnings(self) -> list[Diagnostic]:
        definitions = self.ns.definitions
        has_outputs = any(not isinstance(definitions[n], (ast.Let, ast.Score)) for n in self.ns.root_definitions)
        if not has_outputs:
            return []  # a library of traits, meant to be imported
        used = self.used_definitions()
        return [
            Diagnostic("W101", f"trait `{name}` is never used", definitions[name].name_span,
                       hints=("use it in a segment or segmentation, or remove it",
                              f"if it is meant for the output, say so: `keep {_keyword(definitions[name])} {name} ...`"))
            for name in self.ns.root_definitions
            if isinstance(definitions[name], (ast.Let, ast.Score)) and name not in used and not definitions[name].kept
        ]


def _keyword(definition: ast.Definition) -> str:
    return "score" if isinstance(definition, ast.Score) else "let"


def _personal(table) -> tuple[str, ...]:
    """The table's columns declared personal (its clause or its schema file), sorted."""
    columns = table.schema.columns.values() if table.schema is not None else ()
    return tuple(sorted(c.name for c in columns if c.personal))
