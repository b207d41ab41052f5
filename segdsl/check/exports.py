"""Checking `export` declarations into `ir.Export`s (README "Exports").

What is refused (errors): an export without members or destination, an unknown destination
kind or a file name the destination cannot write, a column that is no customer column or
definition, a consent rule that is not a yes/no over customer columns and traits, two columns
with one header, personal columns without a consent rule (E151), and a personal value an ad
list would send in clear (E152). What is only warned about (W150): a column the destination's
vocabulary does not know (written under its own name, which the tool may not map).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from segdsl import ast, ir, ir_walk
from segdsl.check.expressions import ExpressionChecker
from segdsl.check.namespace import Namespace
from segdsl.diagnostics import Diagnostic, available, suggest
from segdsl.exports.formats import FORMATS, Format
from segdsl.source import Span
from segdsl.types import Type

TargetCheck = Callable[[ast.Target | None, Span, str], ir.Target | None]


class ExportChecks:
    """`personal`: the names of personal derived steps and aggregations so far (a callback: the
    definitions an export reads are checked on demand, before it asks)."""

    def __init__(self, ns: Namespace, expressions: ExpressionChecker, report: Callable[[Diagnostic], None],
                 target: TargetCheck, personal: Callable[[], set[str]], aggregate_names: Callable[[], set[str]]):
        self.ns = ns
        self.expressions = expressions
        self.report = report
        self.target = target
        self.personal = personal
        self.aggregate_names = aggregate_names
        self.exports: list[ir.Export] = []

    def error(self, code: str, message: str, span: Span, *hints: str, note: str | None = None) -> None:
        self.report(Diagnostic(code, message, span, hints=hints, note=note))

    def export(self, export: ast.Export) -> Type:
        """Checked after every other definition (DefinitionChecker.run). The customer columns it
        reads are not added to the plan's: the export run reads them itself, so evaluations
        (and segment tests' fixtures) never need an export's columns."""
        used, self.expressions.use_column = self.expressions.use_column, lambda table, column: None
        try:
            return self._export(export)
        finally:
            self.expressions.use_column = used

    def _export(self, export: ast.Export) -> Type:
        what = f"export `{export.name}`"
        members = self.target(export.members, export.name_span, what) if export.members is not None else None
        if export.members is None:
            self.error("E150", f"{what} needs the members it sends: `members SEGMENT` or `members SEGMENTATION.LABEL`",
                       export.name_span)
        destination, fmt = self._destination(export, what)
        consent = self._consent(export)
        columns = self._columns(export, fmt)
        ok = members is not None and destination is not None and columns is not None and consent is not False
        if not ok:
            return Type.OTHER
        if consent is None and (personal := [c.name for c in columns if c.personal]):
            self.error("E151", f"{what} sends personal data ({', '.join(personal)}) without a consent rule", export.name_span,
                       "add the condition a customer must meet to be sent, e.g. `consent email_optin`",
                       "see README \"Personal data and GDPR\"")
            return Type.OTHER
        region = None
        if fmt.hashed:
            if not self._ad_list_safe(export, fmt, columns):
                return Type.OTHER
            region = self._region(columns)
        self.exports.append(ir.Export(export.name, members, destination, tuple(columns),
                                      consent if consent is not None else None, export.description, region))
        return Type.OTHER

    # ---- parts -------------------------------------------------------------------------------

    def _destination(self, export: ast.Export, what: str) -> tuple[ir.Destination | None, Format | None]:
        found = export.destination
        if found is None:
            self.error("E150", f"{what} needs a destination: `to csv \"out/{export.name}.csv\"`", export.name_span,
                       f"destinations: {', '.join(FORMATS)}")
            return None, None
        fmt = FORMATS.get(found.kind)
        if fmt is None:
            guess = suggest(found.kind, list(FORMATS))
            self.error("E150", f"unknown destination `{found.kind}`", found.kind_span or found.span,
                       available(list(FORMATS)), note=f"did you mean `{guess[0]}`?" if guess else None)
            return None, None
        base = export.span.source.directory
        if fmt.kind == "postgres":
            if not found.table or not found.connection:
                self.error("E150", "a PostgreSQL destination names a connection and a table", found.span,
                           'write `to postgres connection "crm" table "marketing.segment_members"`')
                return None, None
            return ir.Destination("postgres", connection=found.connection, table=found.table, base=base), fmt
        path = Path(found.path or "")
        if path.suffix.lower() not in fmt.suffixes:
            self.error("E150", f"{fmt.title} is written as a {' or '.join(fmt.suffixes)} file, not `{path.name}`",
                       found.span, f"name the file `{path.stem or export.name}{fmt.suffixes[0]}`")
            return None, None
        return ir.Destination(fmt.kind, path=base / path, base=base), fmt

    def _consent(self, export: ast.Export) -> ir.Expr | None | bool:
        """The checked rule; None when there is none; False when it is wrong (reported)."""
        if export.consent is None:
            return None
        rule = self.expressions.expect(export.consent, Type.BOOLEAN, "a consent rule")
        if rule.type is Type.UNKNOWN:
            return False
        if ir_walk.references(rule) & self.aggregate_names():
            self.error("E150", "a consent rule reads customer columns and traits, not aggregations", export.consent.span,
                       "name the aggregation with `let`, e.g. `let unsubscribed = count(email_events where event == \"unsubscribe\") > 0`, "
                       "then write `consent email_optin and not unsubscribed`")
            return False
        return rule

    def _columns(self, export: ast.Export, fmt: Format | None) -> list[ir.ExportColumn] | None:
        columns: list[ir.ExportColumn] = []
        headers: dict[str, ast.ExportColumn] = {}
        ok = True
        for column in export.columns:
            value = self.expressions.check(ast.Name(column.span, (column.name,)))
            if value.type is Type.UNKNOWN:
                ok = False
                continue
            if isinstance(value, ir.Column) and value.table != "customers" or isinstance(value, ir.Ref) and value.name in self.aggregate_names():
                self.error("E150", f"an export sends customer columns and definitions; `{column.name}` is neither", column.span,
                           f"name it with `let`, e.g. `keep let {column.name}_value = {column.name}`")
                ok = False
                continue
            personal = value.personal if isinstance(value, ir.Column) else value.name in self.personal()
            field, header = self._field(column, fmt)
            if header in headers:
                self.error("E150", f"two columns of the export are written as `{header}`", column.span,
                           "give one of them another header with `as \"...\"`")
                ok = False
                continue
            headers[header] = column
            columns.append(ir.ExportColumn(column.name, header, value, field, personal))
        if not export.columns:
            self.error("E150", f"export `{export.name}` sends no columns: add `columns (...)`", export.name_span,
                       "send only what the destination needs (data minimisation)")
            return None
        return columns if ok else None

    def _field(self, column: ast.ExportColumn, fmt: Format | None) -> tuple[str | None, str]:
        """The destination field the column fills (None: a header of the user's) and its header."""
        if column.header is not None and not column.header_is_field:
            return None, column.header
        name = column.header if column.header_is_field else column.name
        if fmt is None or not fmt.fields:
            return None, name
        known = fmt.field_for(name)
        if known is not None:
            return name, known.header
        guess = suggest(name, list(fmt.fields))
        self.report(Diagnostic(
            "W150", f"{fmt.title} does not know `{name}`; it is written under that header", column.span,
            note=f"did you mean `{guess[0]}`?" if guess else None,
            hints=(f"fields: {', '.join(fmt.fields)}", f'map it with `{column.name} as FIELD`, or name its header with `{column.name} as "Header"`'),
        ))
        return None, name

    def _region(self, columns: list[ir.ExportColumn]) -> ir.Expr | None:
        """Where a national phone number's country comes from: the exported `country` column,
        else the customer table's `country` column (read, not exported); None: numbers must
        be written internationally (`+33...`), the others are dropped."""
        if not any(c.field == "phone" for c in columns):
            return None
        exported = next((c.value for c in columns if c.field == "country"), None)
        if exported is not None:
            return exported
        customers = self.ns.customers
        column = customers.column("country") if customers is not None else None
        if column is None or column.type is not Type.STRING:
            return None
        return ir.Column(column.type, "customers", "country", column.kind, column.personal)

    def _ad_list_safe(self, export: ast.Export, fmt: Format, columns: list[ir.ExportColumn]) -> bool:
        """An ad list hashes its identifiers: a personal column it would not hash, or a list with
        no identifier to match on, is refused."""
        spans = {c.name: c.span for c in export.columns}
        for column in columns:
            known = fmt.field_for(column.field) if column.field else None
            if column.personal and (known is None or not known.hashed):
                self.error("E152", f"{fmt.title} would receive `{column.name}` in clear, and it is personal", spans[column.name],
                           f"send it as a hashed field ({', '.join(n for n, f in fmt.fields.items() if f.hashed)}) or leave it out")
                return False
        if not any(c.field in fmt.identifiers for c in columns):
            self.error("E150", f"{fmt.title} matches people on {' or '.join(fmt.identifiers)}: export one of them",
                       export.name_span, f"e.g. `columns ({fmt.identifiers[0]})`")
            return False
        return True
