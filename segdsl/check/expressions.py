"""Expression checking: resolve names, check types, and build IR, reporting every problem.

After an error an expression gets the type UNKNOWN, which every rule accepts, so one mistake is
reported once and the rest of the file is still checked.
"""

from __future__ import annotations

from collections.abc import Callable

from segdsl import ast, ir, ir_walk
from segdsl.check import functions as fn
from segdsl.check.aggregates import AggregateChecks, EventScope
from segdsl.check.regex import portable_regex_problem
from segdsl.check.model_outputs import model_output_type
from segdsl.check.namespace import Namespace, TableInfo
from segdsl.check.wording import arity, article, plural
from segdsl.diagnostics import Diagnostic, available, suggest
from segdsl.source import Span
from segdsl.types import ORDERED_TYPES, Type

COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}
UNKNOWN = ir.UNKNOWN_VALUE


class ExpressionChecker(AggregateChecks):
    """Checks expressions of one file set. `definition_type` resolves a trait or segment on demand."""

    def __init__(
        self,
        ns: Namespace,
        report: Callable[[Diagnostic], None],
        definition_type: Callable[[str, Span], Type],
        lift_aggregate: Callable[[ir.Aggregate], ir.Ref],
        use_column: Callable[[str, str], None],
    ):
        self.ns = ns
        self.report = report
        self.definition_type = definition_type
        self.lift_aggregate = lift_aggregate
        self.use_column = use_column
        self.model_labels: dict[str, Type] = {}  # model name -> its label's type, once checked
        self.ahead_allowed = False  # `in next N days` looks after `as of`: only inside a measure

    # ---- entry points ------------------------------------------------------------------------

    def check(self, node: ast.Expr, scope: EventScope | None = None) -> ir.Expr:
        method = getattr(self, f"_{type(node).__name__}")
        return method(node, scope)

    def expect(self, node: ast.Expr, expected: Type, what: str, scope: EventScope | None = None) -> ir.Expr:
        result = self.check(node, scope)
        if result.type not in (expected, Type.UNKNOWN):
            self.error("E201", f"{what} must be {article(expected)}, but this is {article(result.type)}", node.span,
                       note=f"this is {article(result.type)}")
            return UNKNOWN
        return result

    def error(self, code: str, message: str, span: Span, *, hints: tuple[str, ...] = (), note: str | None = None) -> ir.Expr:
        self.report(Diagnostic(code, message, span, hints=hints, note=note))
        return UNKNOWN

    # ---- literals ----------------------------------------------------------------------------

    def _Number(self, node: ast.Number, scope):
        return ir.Literal(Type.NUMBER, node.value)

    def _Percent(self, node: ast.Percent, scope):
        return ir.Literal(Type.NUMBER, node.fraction)

    def _String(self, node: ast.String, scope):
        return ir.Literal(Type.STRING, node.value)

    def _Date(self, node: ast.Date, scope):
        return ir.Literal(Type.DATE, node.value)

    def _Bool(self, node: ast.Bool, scope):
        return ir.Literal(Type.BOOLEAN, node.value)

    def _Duration(self, node: ast.Duration, scope):
        return ir.DurationLit(Type.DURATION, node.amount, node.unit)

    def _ListExpr(self, node: ast.ListExpr, scope):
        return self.error("E201", "a list can only be used as the edges of `bins(x, [...])`", node.span,
                          hints=("to test membership, write `x in (1, 2, 3)`",))

    # ---- names -------------------------------------------------------------------------------

    def _Name(self, node: ast.Name, scope: EventScope | None):
        if scope is not None:
            return self._event_name(node, scope)
        if len(node.parts) == 2:
            return self._qualified(node)
        name = node.parts[0]
        column_owner = self._column_owner(name)
        if name in self.ns.definitions:
            if column_owner is not None and column_owner.kind == "customers":
                return self.error("E112", f"`{name}` is both a definition and a column of customers", node.span,
                                  hints=(f"rename the definition, or write `customers.{name}` for the column",))
            definition = self.ns.definitions[name]
            if isinstance(definition, (ast.Kpi, ast.Goal, ast.Experiment, ast.Export)):
                kind = {ast.Kpi: "a measure", ast.Goal: "a goal", ast.Experiment: "an experiment",
                        ast.Export: "an export"}[type(definition)]
                return self.error("E145", f"`{name}` is {kind}, not a value a condition can use", node.span,
                                  hints=("measures are reported per segment by `segdsl kpis`; conditions use traits (`let`)",))
            if isinstance(definition, ast.ModelDecl):
                return self.error("E201", f"`{name}` is a model, not a value", node.span,
                                  hints=(f"use `score({name})`, `predict({name})` or `cluster({name})`",))
            return ir.Ref(self.definition_type(name, node.span), name)
        if column_owner is not None:
            return self._column(column_owner, name, node.span)
        if self.ns.customers is None or self.ns.customers.schema is None:
            return UNKNOWN  # the customer table could not be read: already reported
        if name in self.ns.events:
            return self.error("E205", f"`{name}` is an event table, not a value", node.span,
                              hints=(f"aggregate it, e.g. `count({name})` or `last({name}.{self.ns.events[name].time})`",))
        return self._unknown_name(name, node.span)

    def _column_owner(self, name: str) -> TableInfo | None:
        if self.ns.customers is not None and self.ns.customers.column(name) is not None:
            return self.ns.customers
        return next((t for t in self.ns.enrichments.values() if t.column(name) is not None), None)

    def _column(self, table: TableInfo, name: str, span: Span) -> ir.Expr:
        column = table.column(name)
        if column is None:
            return self._unknown_column(table, name, span)
        if column.type is Type.OTHER:
            return self.error("E201", f"column `{name}` of {table.name} has a type the language cannot use ({column.kind})", span)
        self.use_column(table.name, name)
        return ir.Column(column.type, table.name, name, column.kind, column.personal)

    def _qualified(self, node: ast.Name) -> ir.Expr:
        table_name, column = node.parts
        if table_name == "customers" and self.ns.customers is not None:
            return self._column(self.ns.customers, column, node.span)
        if table_name in self.ns.enrichments:
            return self._column(self.ns.enrichments[table_name], column, node.span)
        if table_name in self.ns.events:
            return self.error("E205", f"`{node.dotted}` is a column of the event table `{table_name}`", node.span,
                              hints=(f"aggregate it, e.g. `sum({node.dotted})` or `last({node.dotted})`",))
        guess = suggest(table_name, self.ns.table_names())
        return self.error("E101", f"no table named `{table_name}`", Span(node.span.source, node.span.start, node.span.start + len(table_name)),
                          note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(self.ns.table_names()),))

    def _unknown_name(self, name: str, span: Span) -> ir.Expr:
        columns = self.ns.customers.column_names if self.ns.customers else []
        enrichment_columns = [c for t in self.ns.enrichments.values() for c in t.column_names]
        candidates = list(self.ns.definitions) + columns + enrichment_columns
        guess = suggest(name, candidates)
        is_column_guess = bool(guess) and guess[0] in columns + enrichment_columns
        code = "E104" if is_column_guess else "E102"
        message = f"no column `{name}` in customers" if is_column_guess else f"unknown name `{name}`"
        hints = (f"columns of customers: {available(columns)[len('available: '):]}",) if is_column_guess else (
            "a name is a trait, segment, segmentation or score defined with let/segment/..., or a column of customers",
            f"definitions {available(self.ns.definitions)}",
        )
        return self.error(code, message, span, note=f"did you mean `{guess[0]}`?" if guess else None, hints=hints)

    def _unknown_column(self, table: TableInfo, name: str, span: Span) -> ir.Expr:
        if table.schema is None:
            return UNKNOWN  # the table could not be read: already reported
        guess = suggest(name, table.column_names)
        return self.error("E104", f"no column `{name}` in {table.name}", span,
                          note=f"did you mean `{guess[0]}`?" if guess else None, hints=(available(table.column_names),))

    def _event_name(self, node: ast.Name, scope: EventScope) -> ir.Expr:
        """Inside an aggregation: a column of its event table first; otherwise a customer-level
        value of the event's customer (a definition, a customer or enrichment column), so
        `count(orders where category == favourite_category)` compares each order with its
        customer's trait. `customers.col` and `enrichment.col` are explicit."""
        table = scope.table
        if len(node.parts) == 2:
            owner, name = node.parts
            if owner != table.name:
                if owner in self.ns.events:
                    return self.error("E205", f"inside an aggregation over `{table.name}`, `{node.dotted}` cannot be used", node.span,
                                      hints=(f"one aggregation reads one event table: only columns of `{table.name}` and customer-level values can be used here",))
                return self._qualified(node)
        else:
            name = node.parts[0]
        column = table.column(name)
        if column is None:
            if len(node.parts) == 1 and (name in self.ns.definitions or self._column_owner(name) is not None):
                return self._Name(node, None)
            return self._unknown_column(table, name, node.span)
        if column.type is Type.OTHER:
            return self.error("E201", f"column `{name}` of {table.name} has a type the language cannot use ({column.kind})", node.span)
        self.use_column(table.name, name)
        return ir.Column(column.type, table.name, name, column.kind, column.personal)

    # ---- operators ---------------------------------------------------------------------------

    def _Negate(self, node: ast.Negate, scope):
        operand = self.expect(node.operand, Type.NUMBER, "the operand of `-`", scope)
        return ir.Call(operand.type, "neg", (operand,))

    def _Not(self, node: ast.Not, scope):
        operand = self.expect(node.operand, Type.BOOLEAN, "the operand of `not`", scope)
        return ir.Call(Type.BOOLEAN, "not", (operand,))

    def _Binary(self, node: ast.Binary, scope):
        if node.op in ("and", "or"):
            left = self.expect(node.left, Type.BOOLEAN, f"each side of `{node.op}`", scope)
            right = self.expect(node.right, Type.BOOLEAN, f"each side of `{node.op}`", scope)
            return ir.Call(Type.BOOLEAN, node.op, (left, right))
        left, right = self.check(node.left, scope), self.check(node.right, scope)
        if node.op in COMPARISONS:
            return self._comparison(node, left, right)
        return self._arithmetic(node, left, right)

    def _comparison(self, node: ast.Binary, left: ir.Expr, right: ir.Expr) -> ir.Expr:
        result = ir.Call(Type.BOOLEAN, node.op, (left, right))
        if Type.UNKNOWN in (left.type, right.type):
            return result
        if left.type != right.type:
            hints: tuple[str, ...] = ()
            if Type.DATE in (left.type, right.type) and Type.STRING in (left.type, right.type):
                hints = ("write dates without quotes: 2026-01-31",)
            elif Type.BOOLEAN in (left.type, right.type):
                hints = ("a boolean is used on its own: write `x` or `not x` instead of `x == true`",)
            return self.error("E201", f"cannot compare {article(left.type)} with {article(right.type)}", node.span,
                              hints=hints)
        if node.op not in ("==", "!=") and left.type not in ORDERED_TYPES:
            return self.error("E201", f"`{node.op}` needs numbers, dates or text, not {plural(left.type)}", node.span)
        return result

    def _arithmetic(self, node: ast.Binary, left: ir.Expr, right: ir.Expr) -> ir.Expr:
        types = (left.type, right.type)
        if Type.UNKNOWN in types:
            return UNKNOWN
        if types == (Type.NUMBER, Type.NUMBER):
            return ir.Call(Type.NUMBER, {"+": "add", "-": "sub", "*": "mul", "/": "div"}[node.op], (left, right))
        if types == (Type.DATE, Type.DURATION) and node.op in "+-":
            return ir.Call(Type.DATE, "date_add" if node.op == "+" else "date_sub", (left, right))
        hint = {
            (Type.DATE, Type.DATE): "to count days between two dates, use `days_between(a, b)`",
            (Type.DATE, Type.NUMBER): "add a duration instead of a number: `signup_date + 30 days`",
        }.get(types, "arithmetic works on numbers, and on a date plus or minus a duration")
        return self.error("E203", f"cannot apply `{node.op}` to {article(left.type)} and {article(right.type)}",
                          node.span, hints=(hint,), note=f"{left.type} {node.op} {right.type}")

    def _InList(self, node: ast.InList, scope):
        operand = self.check(node.operand, scope)
        values = []
        for item in node.items:
            value = self.check(item, scope)
            if not isinstance(value, ir.Literal):
                self.error("E201", "the values in `in (...)` must be literal values", item.span)
                continue
            if Type.UNKNOWN not in (operand.type, value.type) and value.type != operand.type:
                self.error("E201", f"cannot compare {article(operand.type)} with {article(value.type)}", item.span,
                           note=f"this is {article(value.type)}")
                continue
            values.append(value.value)
        return ir.InList(Type.BOOLEAN, operand, tuple(values), node.negated)

    def _Between(self, node: ast.Between, scope):
        operand, low, high = (self.check(n, scope) for n in (node.operand, node.low, node.high))
        lower = self._comparison(ast.Binary(node.span, ">=", node.operand, node.low), operand, low)
        upper = self._comparison(ast.Binary(node.span, "<=", node.operand, node.high), operand, high)
        return ir.Call(Type.BOOLEAN, "and", (lower, upper))

    def _IsMissing(self, node: ast.IsMissing, scope):
        operand = self.check(node.operand, scope)
        return ir.Call(Type.BOOLEAN, "is_present" if node.negated else "is_missing", (operand,))

    def _StringTest(self, node: ast.StringTest, scope):
        operand = self.expect(node.operand, Type.STRING, f"the text before `{node.op}`", scope)
        pattern = self.expect(node.pattern, Type.STRING, f"the pattern after `{node.op}`", scope)
        if node.op == "matches" and isinstance(pattern, ir.Literal) and isinstance(pattern.value, str):
            problem = portable_regex_problem(pattern.value)
            if problem is not None:
                return self.error("E231", problem.message, self._pattern_span(node.pattern, problem.offset),
                                  hints=(problem.hint, "`matches` takes the regular expressions every engine runs alike "
                                         "(README \"Regular expressions\")"))
        return ir.Call(Type.BOOLEAN, node.op.replace(" ", "_"), (operand, pattern))

    @staticmethod
    def _pattern_span(pattern: ast.Expr, offset: int) -> Span:
        """The place of a construct inside a pattern literal, when it is written without escapes
        (then character offsets match); else the whole literal."""
        text = pattern.span.text()
        if isinstance(pattern, ast.String) and text[1:-1] == pattern.value:
            start = pattern.span.start + 1 + offset
            return Span(pattern.span.source, start, start + 1)
        return pattern.span

    def _WithinLast(self, node: ast.WithinLast, scope):
        operand = self.expect(node.operand, Type.DATE, "the value before `within last`", scope)
        return ir.WithinLast(Type.BOOLEAN, operand, node.duration.amount, node.duration.unit)

    def _Holdout(self, node: ast.Holdout, scope):
        if scope is not None:
            return self._per_customer_only("a holdout", node.span)
        if not 0 < node.percent.fraction < 1:
            self.error("E206", f"a holdout share must be more than 0% and less than 100%, not {node.percent.span.text()}",
                       node.percent.span, hints=("a holdout of 0% or 100% would leave nobody in the group or nobody to contact; "
                                                 "common shares are 5% to 20%",))
        name = node.segment.parts[0]
        definition = self.ns.definitions.get(name)
        if len(node.segment.parts) == 2 and isinstance(definition, (ast.RuleSegmentation, ast.TierSegmentation, ast.ExprSegmentation)):
            labels = self.definition_type(name, node.segment.span)
            members = ir.Call(Type.BOOLEAN, "==", (ir.Ref(labels, name), ir.Literal(Type.STRING, node.segment.parts[1])))
            return ir.Holdout(Type.BOOLEAN, members, node.percent.fraction, node.seed)
        if not isinstance(definition, ast.Segment) or len(node.segment.parts) == 2:
            guess = suggest(name, [n for n, d in self.ns.definitions.items() if isinstance(d, ast.Segment)])
            return self.error("E102", f"`{name}` is not a segment", node.segment.span,
                              note=f"did you mean `{guess[0]}`?" if guess else None,
                              hints=("a holdout is taken from a segment: `holdout 10% of champions seed 7`",))
        segment = ir.Ref(self.definition_type(name, node.segment.span), name)
        return ir.Holdout(Type.BOOLEAN, segment, node.percent.fraction, node.seed)

    # ---- calls -------------------------------------------------------------------------------

    def _Call(self, node: ast.Call, scope):
        name = node.name
        is_scalar_min_max = name in ("min", "max") and len(node.args) >= 2
        if name in fn.AGGREGATES and not is_scalar_min_max:
            return self._aggregate(node, scope)
        if node.where is not None:
            return self.error("E109", f"`where` filters events; `{name}` is not an aggregation", node.where.span)
        if node.windows and name not in fn.AGGREGATES:
            window = node.windows[0]
            if len(node.windows) == 1 and window.kind == "between" and len(window.args) == 2:
                # `f(x) between 1 and 5` reads as a range test when f is not an aggregation.
                return self._Between(ast.Between(node.span, ast.Call(node.span, name, node.name_span, node.args), *window.args), scope)
            return self.error("E204", f"a time window only applies to aggregations, not to `{name}`", window.span)
        if name in fn.SCALARS:
            return self._scalar(node, fn.SCALARS[name], scope)
        if name in fn.RANKS:
            return self._rank(node, scope)
        if name in fn.MODEL_OUTPUTS:
            return self._model_output(node, scope)
        if name in fn.SEGMENTATION_FUNCTIONS:
            return self.error("E205", f"`{name}(...)` defines a segmentation: `segmentation name = {name}(a, b)`", node.span)
        guess = suggest(name, fn.ALL_FUNCTIONS)
        return self.error("E108", f"unknown function `{name}`", node.name_span,
                          note=f"did you mean `{guess[0]}`?" if guess else None,
                          hints=(f"functions: {', '.join(fn.ALL_FUNCTIONS)}",))

    def _scalar(self, node: ast.Call, signature: fn.Scalar, scope) -> ir.Expr:
        required = len(signature.params) - signature.optional
        count = len(node.args)
        too_few = count < required
        too_many = count > len(signature.params) and not signature.variadic
        if too_few or too_many:
            return self.error("E109", f"`{node.name}` takes {arity(signature)}, got {count}", node.span,
                              hints=(f"{node.name}: {signature.doc}",))
        args = [self.check(a, scope) for a in node.args]
        params = list(signature.params) + [signature.params[-1]] * (count - len(signature.params))
        same: Type | None = None
        for arg, param, arg_node in zip(args, params, node.args):
            if arg.type is Type.UNKNOWN:
                continue
            expected = param if isinstance(param, Type) else same
            if expected is None:
                same = arg.type
                continue
            if arg.type != expected:
                self.error("E201", f"argument of `{node.name}` must be {article(expected)}, but this is {article(arg.type)}",
                           arg_node.span, hints=(f"{node.name}: {signature.doc}",))
                return UNKNOWN
        result = signature.result if isinstance(signature.result, Type) else (same or Type.UNKNOWN)
        return ir.Call(result, node.name, tuple(args))

    def _rank(self, node: ast.Call, scope) -> ir.Expr:
        if scope is not None:
            return self.error("E205", f"`{node.name}` ranks customers; it cannot be used inside an aggregation", node.span)
        expected = {"quintile": 1, "ntile": 2, "bins": 2}[node.name]
        if len(node.args) != expected:
            usage = {"quintile": "quintile(x)", "ntile": "ntile(x, 10)", "bins": "bins(x, [10, 100, 1000])"}[node.name]
            return self.error("E109", f"`{node.name}` takes {expected} argument{'s' if expected > 1 else ''}: {usage}", node.span)
        operand = self.check(node.args[0], scope)
        if operand.type not in (Type.NUMBER, Type.DATE, Type.UNKNOWN):
            return self.error("E201", f"`{node.name}` needs numbers or dates, but this is {article(operand.type)}", node.args[0].span)
        if _contains_rank(operand):  # the engine would compute the inner rank once per use: exponential
            return self.error("E232", f"`{node.name}` of a value that is itself a rank or a bin needs a trait in between",
                              node.args[0].span, hints=("name the inner value with `let`, e.g. `let r = quintile(x)`, "
                                                        f"then write `{node.name}(r ...)`",))
        if node.name == "bins":
            edges = node.args[1]
            values = [i.value for i in edges.items if isinstance(i, ast.Number)] if isinstance(edges, ast.ListExpr) else None
            if values is None or len(values) != len(edges.items) or values != sorted(values) or not values:
                return self.error("E201", "bin edges must be a non-empty list of increasing numbers", edges.span,
                                  hints=("e.g. bins(monetary, [100, 500, 1000])",))
            return ir.Bins(Type.NUMBER, operand, tuple(float(v) for v in values))
        n = 5
        if node.name == "ntile":
            count = node.args[1]
            if not (isinstance(count, ast.Number) and isinstance(count.value, int) and count.value >= 2):
                return self.error("E201", "the number of tiles must be a whole number of at least 2", count.span)
            n = count.value
        return ir.Ntile(Type.NUMBER, operand, n, node.descending)

    def _per_customer_only(self, what: str, span: Span) -> ir.Expr:
        return self.error("E205", f"{what} cannot be used inside an aggregation", span,
                          hints=("define it as a trait (`let x = ...`) and use the trait inside the aggregation",))

    def _model_output(self, node: ast.Call, scope) -> ir.Expr:
        if scope is not None:
            return self._per_customer_only(f"`{node.name}(...)`", node.span)
        model = node.args[0] if node.args else None
        models = [n for n, d in self.ns.definitions.items() if isinstance(d, ast.ModelDecl)]
        usage = f'`{node.name}(churn)`' + (' or `score(channel, "web")`' if node.name == "score" else "")
        if not isinstance(model, ast.Name) or len(model.parts) != 1 or len(node.args) > 2 \
                or (len(node.args) == 2 and node.name != "score"):
            return self.error("E109", f"`{node.name}` takes the name of a model: {usage}", node.span,
                              hints=(f"models {available(models)}",))
        name = model.parts[0]
        if not isinstance(self.ns.definitions.get(name), ast.ModelDecl):
            guess = suggest(name, models)
            return self.error("E102", f"no model named `{name}`", model.span, note=f"did you mean `{guess[0]}`?" if guess else None,
                              hints=(f"models {available(models)}",))
        self.definition_type(name, model.span)
        declaration = self.ns.definitions[name]
        features = tuple(self.check(feature) for feature in declaration.features)
        result, target = model_output_type(self, node, declaration, self.model_labels.get(name))
        if result is Type.UNKNOWN:
            return UNKNOWN
        return ir.ModelOutput(result, name, node.name, features, target)


def _contains_rank(node: ir.Expr) -> bool:
    """Whether an expression computes a rank or a bin inline (a trait holding one is a column)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, (ir.Ntile, ir.Bins)):
            return True
        stack.extend(ir_walk.children(current))
    return False
