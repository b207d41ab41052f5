"""Checking the outcome statements: measures (`kpi`), SMART goals (`goal`) and experiments.

A measure becomes one or two per-customer steps of role "measure" (computed in the same plan as
the segments, so its event aggregations join the segments' `group_by`) plus an `ir.Measure`
saying how to aggregate them over a group. Built-ins are spelled out here as the general form,
so they are checked, compiled and documented exactly like a measure written by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from segdsl import ast, ir, ir_walk
from segdsl.check.expressions import UNKNOWN, ExpressionChecker
from segdsl.check.namespace import Namespace
from segdsl.check.wording import article
from segdsl.diagnostics import Diagnostic, available, suggest
from segdsl.source import Span
from segdsl.types import Type

# Built-in measures: what a marketer asks for by name. Each is a rewrite into the general form.
BUILTINS: dict[str, str] = {
    "size": "size: the number of members",
    "share": "share: members as a share of all customers",
    "revenue": "revenue(orders.amount) [window]: total of sum(amount)",
    "revenue_share": "revenue_share(orders.amount) [window]: the group's share of everyone's revenue",
    "arpu": "arpu(orders.amount) [window]: average revenue per member",
    "aov": "aov(orders.amount) [window]: average order value, total revenue per total orders",
    "purchase_frequency": "purchase_frequency(orders) [window]: average number of orders per member",
    "churn_rate": "churn_rate(orders, 90 days): share of members with no order in the N days after as of",
    "retention": "retention(orders, 90 days): of members who ordered in the N days before as of, the share who order in the N days after",
    "clv": "clv(orders.amount): historical customer lifetime value, average all-time revenue per member",
    "predicted_value": "predicted_value(model): average of the model's score (probability) per member",
}
AGGREGATIONS = {"total", "average", "rate", "share"}
_DAYS_PER_UNIT = {"days": 1, "weeks": 7, "months": 31, "years": 366}


class OutcomeChecks:
    """Used by DefinitionChecker; `add_step` appends a derived step, `report` a diagnostic."""

    def __init__(self, ns: Namespace, expressions: ExpressionChecker, report: Callable[[Diagnostic], None],
                 add_step: Callable[[ir.Derived], None], aggregate_of: Callable[[str], ir.Aggregate | None]):
        self.ns = ns
        self.expressions = expressions
        self.report = report
        self.add_step = add_step
        self.aggregate_of = aggregate_of
        self.measures: list[ir.Measure] = []
        self.goals: list[ir.Goal] = []
        self.experiments: list[ir.Experiment] = []

    # ---- measures ----------------------------------------------------------------------------

    def kpi(self, kpi: ast.Kpi) -> Type:
        expanded = self._expand(kpi) if kpi.agg is None else (kpi.agg, kpi.value, kpi.per_agg, kpi.per)
        if expanded is None:
            return Type.OTHER
        agg, value, per_agg, per = expanded
        if value is None:
            self.measures.append(ir.Measure(kpi.name, agg, description=kpi.description))
            return Type.OTHER
        column, ahead = self._value(kpi, f"__kpi_{kpi.name}", agg, value)
        per_column = None
        if per is not None and per_agg is not None:
            per_column, per_ahead = self._value(kpi, f"__kpi_{kpi.name}_per", per_agg, per)
            ahead = max(ahead, per_ahead)
        measure_agg = "share_of" if agg == "share" else agg
        per_measure = None if per_agg is None else ("share_of" if per_agg == "share" else per_agg)
        self.measures.append(ir.Measure(kpi.name, measure_agg, column, per_measure, per_column, kpi.description, ahead))
        return Type.OTHER

    def _value(self, kpi: ast.Kpi, column: str, agg: str, node: ast.Expr) -> tuple[str, int]:
        expr = self.expressions.check(node)
        wanted = (Type.BOOLEAN,) if agg == "rate" else (Type.NUMBER, Type.BOOLEAN) if agg == "total" else (Type.NUMBER,)
        if expr.type not in (*wanted, Type.UNKNOWN):
            hint = ("a rate is the share of members for whom a condition holds: `rate of count(orders) in next 30 days > 0`"
                    if agg == "rate" else f"`{agg} of` needs a number per customer, e.g. `{agg} of sum(orders.amount) over 365 days`")
            self.report(Diagnostic(
                "E142", f"`{agg} of` in measure `{kpi.name}` needs {article(wanted[0])}, but this is {article(expr.type)}",
                node.span, note=f"this is {article(expr.type)}", hints=(hint,),
            ))
            expr = UNKNOWN
        self.add_step(ir.Derived(column, "measure", expr))
        return column, self._ahead_days(expr)

    def _ahead_days(self, expr: ir.Expr) -> int:
        days = 0
        for name in ir_walk.references(expr):
            aggregate = self.aggregate_of(name)
            if aggregate is None:
                continue
            window = aggregate.window
            for part in window.parts if window.kind == "intersection" else (window,):
                if part.kind == "next":
                    days = max(days, part.amount * _DAYS_PER_UNIT[part.unit])
        return days

    def _expand(self, kpi: ast.Kpi) -> tuple[str, ast.Expr | None, str | None, ast.Expr | None] | None:
        node = kpi.value
        if isinstance(node, ast.Name) and node.parts in (("size",), ("share",)):
            return node.parts[0], None, None, None
        name = node.name if isinstance(node, ast.Call) else node.dotted if isinstance(node, ast.Name) else None
        span = node.name_span if isinstance(node, ast.Call) else node.span
        if name not in BUILTINS or name in ("size", "share") and isinstance(node, ast.Call):
            guess = suggest(name, BUILTINS) if name else []
            self.report(Diagnostic(
                "E140", f"unknown measure `{name}`" if name else "a measure is a built-in or `total|average|rate|share of ...`",
                span, note=f"did you mean `{guess[0]}`?" if guess else None,
                hints=(f"built-in measures {available(BUILTINS)}",
                       "or write one: `total of ...`, `average of ...`, `rate of CONDITION`, `share of ...`"),
            ))
            return None
        assert isinstance(node, ast.Call)
        return self._builtin_call(node)

    def _builtin_call(self, node: ast.Call) -> tuple[str, ast.Expr | None, str | None, ast.Expr | None] | None:
        name, args, span = node.name, node.args, node.span
        wants_duration = name in ("churn_rate", "retention")
        if len(args) != (2 if wants_duration else 1) or (wants_duration and not isinstance(args[1], ast.Duration)):
            self.report(Diagnostic("E109", f"`{name}` takes: {BUILTINS[name].split(':')[0]}", span))
            return None

        def call(fn: str, arg: ast.Expr, windows: tuple[ast.Window, ...] = node.windows) -> ast.Call:
            return ast.Call(span, fn, node.name_span, (arg,), node.where, windows)

        def count_in(kind: str, duration: ast.Expr) -> ast.Expr:
            return ast.Binary(span, ">", call("count", args[0], (ast.Window(span, kind, (duration,)),)), ast.Number(span, 0))

        if name == "revenue":
            return "total", call("sum", args[0]), None, None
        if name == "revenue_share":
            return "share", call("sum", args[0]), None, None
        if name == "arpu":
            return "average", call("sum", args[0]), None, None
        if name == "clv":
            return "average", call("sum", args[0], ()), None, None
        if name == "aov":
            table = args[0].parts[0] if isinstance(args[0], ast.Name) else ""
            return "total", call("sum", args[0]), "total", call("count", ast.Name(args[0].span, (table,)))
        if name == "purchase_frequency":
            return "average", call("count", args[0]), None, None
        if name == "churn_rate":
            return "rate", ast.Not(span, count_in("next", args[1])), None, None
        if name == "retention":
            before = count_in("over", args[1])
            return "total", ast.Binary(span, "and", before, count_in("next", args[1])), "total", before
        return "average", ast.Call(span, "score", node.name_span, args), None, None  # predicted_value: mean score

    # ---- goals and experiments ---------------------------------------------------------------

    def measure_name(self, name: str | None, span: Span | None, what: str) -> str | None:
        kpis = [n for n, d in self.ns.definitions.items() if isinstance(d, ast.Kpi)]
        if name in kpis:
            return name
        guess = suggest(name or "", kpis)
        self.report(Diagnostic(
            "E140", f"{what} needs a measure; `{name}` is not one" if name else f"{what} needs a measure", span,
            note=f"did you mean `{guess[0]}`?" if guess else None,
            hints=(f"measures (kpi) {available(kpis)}",),
        ))
        return None

    def target(self, target: ast.Target | None, span: Span, what: str) -> ir.Target | None:
        if target is None:
            self.report(Diagnostic("E144", f"{what} needs a segment or label", span))
            return None
        definition = self.ns.definitions.get(target.segment)
        segmentation = isinstance(definition, (ast.RuleSegmentation, ast.TierSegmentation, ast.ExprSegmentation))
        if target.label is None and not isinstance(definition, ast.Segment) or target.label is not None and not segmentation:
            kind = "a segmentation" if target.label is not None else "a segment"
            names = [n for n, d in self.ns.definitions.items()
                     if isinstance(d, ast.Segment) != (target.label is not None) and isinstance(d, (ast.Segment, ast.RuleSegmentation, ast.TierSegmentation, ast.ExprSegmentation))]
            guess = suggest(target.segment, names)
            self.report(Diagnostic(
                "E146", f"`{target.segment}` is not {kind}", target.span,
                note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(names),),
            ))
            return None
        labels = _labels(definition)
        if target.label is not None and labels is not None and target.label not in labels:
            guess = suggest(target.label, labels)
            self.report(Diagnostic(
                "E146", f"segmentation `{target.segment}` has no label `{target.label}`", target.span,
                note=f"did you mean `{guess[0]}`?" if guess else None, hints=(f"labels {available(labels)}",),
            ))
            return None
        return ir.Target(target.segment, target.label)

    def goal(self, goal: ast.Goal) -> Type:
        measure = self.measure_name(goal.measure, goal.measure_span, f"goal `{goal.name}`")
        target = self.target(goal.target, goal.span, f"goal `{goal.name}`") if goal.target is not None else None
        if goal.baseline is not None and goal.deadline is not None and goal.deadline <= goal.baseline:
            self.report(Diagnostic("E143", f"goal `{goal.name}` ends ({goal.deadline}) before it starts ({goal.baseline})",
                                   goal.span, hints=("write `from BASELINE by DEADLINE`, the deadline after the baseline",)))
            return Type.OTHER
        if goal.direction != "to" and goal.amount <= 0:
            self.report(Diagnostic("E143", f"goal `{goal.name}` moves by nothing", goal.span,
                                   hints=("write a change above zero: `down 10%`, `up 500`",)))
            return Type.OTHER
        if measure is not None and (goal.target is None or target is not None):
            self.goals.append(ir.Goal(goal.name, measure, target, goal.direction, goal.amount, goal.relative,
                                      goal.baseline, goal.deadline, goal.description))
        return Type.OTHER

    def experiment(self, experiment: ast.Experiment) -> Type:
        what = f"experiment `{experiment.name}`"
        targets = self.target(experiment.targets, experiment.name_span, what + " (`targets`)")
        holdout = self.target(experiment.holdout, experiment.name_span, what + " (`holdout`)")
        if holdout is not None and holdout.label is not None:
            self.report(Diagnostic("E144", "the holdout of an experiment is a segment", experiment.holdout.span,
                                   hints=("declare it: `segment my_holdout = holdout 10% of lifecycle.loyal seed 7`",)))
            holdout = None
        measure = self.measure_name(experiment.measure, experiment.measure_span or experiment.name_span, what)
        if measure is not None:
            declared = next((m for m in self.measures if m.name == measure), None)
            if declared is not None and (declared.agg not in ("average", "rate") or declared.per is not None):
                self.report(Diagnostic(
                    "E142", f"{what} compares a rate or an average per customer; measure `{measure}` is a {declared.agg}",
                    experiment.measure_span, hints=("use `rate of CONDITION` or `average of VALUE`",),
                ))
                measure = None
        if experiment.starts is None:
            self.report(Diagnostic("E144", f"{what} needs a start date: `starts 2026-09-01`", experiment.name_span))
        detect = experiment.detect.fraction if experiment.detect is not None else None
        if detect is not None and detect <= 0:
            self.report(Diagnostic("E144", "the lift to detect must be above 0%", experiment.detect.span))
            detect = None
        if targets is not None and holdout is not None and measure is not None and experiment.starts is not None:
            self.experiments.append(ir.Experiment(experiment.name, targets, holdout.segment, measure, experiment.starts,
                                                  detect, experiment.description))
        return Type.OTHER


def _labels(definition: ast.Definition | None) -> list[str] | None:
    """The labels a segmentation can give, when the text says (rules and tiers); else None."""
    if isinstance(definition, ast.RuleSegmentation):
        return [rule.label for rule in definition.rules]
    if isinstance(definition, ast.TierSegmentation):
        return [tier.label for tier in definition.tiers]
    return None
