"""The names a file set declares: its tables (with schemas) and its definitions.

Built once from all loaded modules; duplicate names and unreadable tables are reported here so
the expression checker can assume a consistent namespace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from segdsl import ast
from segdsl.ir import DatabaseTable, TableSource
from segdsl.diagnostics import Diagnostic, DiagnosticError, Label, available, suggest
from segdsl.schema import Column, SchemaProvider, TableSchema
from segdsl.source import Span


@dataclass
class TableInfo:
    kind: str  # customers | events | enrichment
    name: str
    path: TableSource
    declaration: ast.Statement
    schema: TableSchema | None  # None when it could not be read (already reported)
    key: str | None = None
    time: str | None = None
    on: str | None = None
    since: str | None = None  # customers only: when a customer starts to exist

    def column(self, name: str) -> Column | None:
        return self.schema.columns.get(name) if self.schema is not None else None

    @property
    def column_names(self) -> list[str]:
        return list(self.schema.columns) if self.schema is not None else []


@dataclass
class Namespace:
    customers: TableInfo | None = None
    events: dict[str, TableInfo] = field(default_factory=dict)
    enrichments: dict[str, TableInfo] = field(default_factory=dict)
    as_of: dt.date | None = None
    definitions: dict[str, ast.Definition] = field(default_factory=dict)
    root_definitions: set[str] = field(default_factory=set)  # defined in the file being checked
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def table_names(self) -> list[str]:
        names = list(self.events) + list(self.enrichments)
        return names + (["customers"] if self.customers else [])


def build_namespace(modules: list[ast.Module], schemas: SchemaProvider) -> Namespace:
    ns = Namespace()
    seen_tables: dict[str, ast.Statement] = {}
    as_of_decl: ast.AsOf | None = None
    root = modules[-1] if modules else None
    for module in modules:
        for statement in module.statements:
            if isinstance(statement, ast.CustomersDecl):
                if ns.customers is not None:
                    ns.diagnostics.append(_duplicate("E111", "the customer table is declared twice", statement, ns.customers.declaration))
                    continue
                ns.customers = _table(ns, "customers", "customers", statement, module, schemas, key=statement.key,
                                      since=statement.since)
            elif isinstance(statement, (ast.EventsDecl, ast.EnrichmentDecl)):
                if statement.name in seen_tables or statement.name == "customers":
                    first = seen_tables.get(statement.name, ns.customers.declaration if ns.customers else statement)
                    ns.diagnostics.append(_duplicate("E103", f"table `{statement.name}` is declared twice", statement, first))
                    continue
                seen_tables[statement.name] = statement
                if isinstance(statement, ast.EventsDecl):
                    ns.events[statement.name] = _table(
                        ns, "events", statement.name, statement, module, schemas, key=statement.key, time=statement.time
                    )
                else:
                    ns.enrichments[statement.name] = _table(
                        ns, "enrichment", statement.name, statement, module, schemas, on=statement.on
                    )
            elif isinstance(statement, ast.AsOf):
                if as_of_decl is not None and module is root and as_of_decl.span.source is statement.span.source:
                    ns.diagnostics.append(_duplicate("E111", "`as of` is declared twice", statement, as_of_decl))
                if module is root or as_of_decl is None:
                    as_of_decl = statement
                    ns.as_of = statement.value
            elif isinstance(statement, ast.Definition):
                _define(ns, statement, module is root, seen_tables)
    if ns.customers is None and modules:
        first = modules[-1]
        ns.diagnostics.append(Diagnostic(
            "E110", "no customer table is declared",
            Span(first.source, 0, 0),
            hints=('declare it first, e.g. `customers from "data/customers.parquet" key customer_id`',),
        ))
    _check_table_columns(ns)
    return ns


def _duplicate(code: str, message: str, statement: ast.Node, first: ast.Node) -> Diagnostic:
    return Diagnostic(code, message, statement.span, labels=(Label(first.span, "first declared here"),),
                      hints=("remove or rename one of them",))


def _define(ns: Namespace, statement: ast.Definition, in_root: bool, tables: dict[str, ast.Statement]) -> None:
    name = statement.name
    if name in ns.definitions:
        first = ns.definitions[name]
        ns.diagnostics.append(Diagnostic(
            "E103", f"`{name}` is defined twice", statement.name_span,
            labels=(Label(first.name_span, "first defined here"),), hints=("rename one of the definitions",),
            note="defined again here",
        ))
        return
    if name in tables or name == "customers":
        ns.diagnostics.append(Diagnostic(
            "E103", f"`{name}` is already the name of a table", statement.name_span,
            hints=("give the definition another name",),
        ))
        return
    ns.definitions[name] = statement
    if in_root:
        ns.root_definitions.add(name)


def _table(ns: Namespace, kind: str, name: str, statement, module: ast.Module, schemas: SchemaProvider, **extra) -> TableInfo:
    path: TableSource = module.source.directory / statement.path
    if statement.connection is not None:
        path = DatabaseTable(statement.connection, statement.path, module.source.directory)
    schema = None
    try:
        schema = schemas.schema_for(path, module.source.directory)
    except DiagnosticError as error:
        for found in error.diagnostics:
            hints = found.hints
            if found.code == "E130":
                ns.diagnostics.append(Diagnostic(found.code, found.message, _word_span(statement, statement.connection, "from"), hints=hints))
                continue
            if found.code == "E301":
                hints = (
                    "paths are relative to the .seg file",
                    "to validate without data, pass a schema file: `segdsl validate --schema schema.json` "
                    "(made by `segdsl schema DATAFILE...`)",
                )
            ns.diagnostics.append(Diagnostic(found.code, found.message, _path_span(statement), hints=hints))
    ns.diagnostics.extend(Diagnostic(p.code, p.message, _path_span(statement), hints=p.hints) for p in schemas.problems)
    schemas.problems.clear()
    info = TableInfo(kind, name, path, statement, schema, **extra)
    if schema is not None and statement.personal:
        info.schema = _marked_personal(info, statement.personal, ns)
    return info


def _marked_personal(table: TableInfo, names: tuple[ast.Name, ...], ns: Namespace) -> TableSchema:
    """The table's schema with the columns of its `personal (...)` clause marked; a name that is
    no column is E104 (a typo here would leave an e-mail column unprotected)."""
    columns = dict(table.schema.columns)
    for name in names:
        column = columns.get(name.dotted)
        if column is None:
            ns.diagnostics.append(_missing_column(table, name.dotted, name.span))
            continue
        columns[name.dotted] = replace(column, personal=True)
    return TableSchema(table.schema.source, columns)


def _path_span(statement) -> Span:
    """The span of the quoted path inside a declaration (for a precise caret)."""
    text = statement.span.text()
    quoted = f'"{statement.path}"'
    index = text.find(quoted)
    if index < 0:
        quoted = f"'{statement.path}'"
        index = text.find(quoted)
    if index < 0:
        return statement.span
    start = statement.span.start + index
    return Span(statement.span.source, start, start + len(quoted))


def _word_span(statement: ast.Statement, word: str, after: str) -> Span:
    """Locate `word` after keyword `after` in a declaration, for carets on key/time/on names."""
    text = statement.span.text()
    anchor = text.find(f" {after} ")
    index = text.find(word, anchor + len(after) + 2 if anchor >= 0 else 0)
    if index < 0:
        return statement.span
    start = statement.span.start + index
    return Span(statement.span.source, start, start + len(word))


def _check_table_columns(ns: Namespace) -> None:
    tables = ([ns.customers] if ns.customers else []) + list(ns.events.values()) + list(ns.enrichments.values())
    for table in tables:
        if table.schema is None:
            continue
        for role in ("key", "time", "since"):
            column = getattr(table, role)
            if column is None or table.column(column) is not None:
                continue
            ns.diagnostics.append(_missing_column(table, column, _word_span(table.declaration, column, role)))
        if table.kind == "events" and table.time and (column := table.column(table.time)) is not None:
            if column.kind not in ("date", "datetime"):
                ns.diagnostics.append(Diagnostic(
                    "E201", f"time column `{table.time}` of `{table.name}` is {column.kind}, not a date or datetime",
                    _word_span(table.declaration, table.time, "time"),
                    hints=("store event times as Date or Datetime columns",),
                ))
        if table.kind == "customers" and table.since and (column := table.column(table.since)) is not None:
            if column.kind not in ("date", "datetime"):
                ns.diagnostics.append(Diagnostic(
                    "E201", f"`since` column `{table.since}` of customers is {column.kind}, not a date or datetime",
                    _word_span(table.declaration, table.since, "since"),
                    hints=("`since` names the column saying when a customer starts to exist, e.g. a sign-up date",),
                ))
        if table.kind == "enrichment":
            if table.column("domain") is None:
                ns.diagnostics.append(_missing_column(table, "domain", _path_span(table.declaration)))
            if ns.customers and ns.customers.schema is not None and ns.customers.column(table.on) is None:
                ns.diagnostics.append(_missing_column(ns.customers, table.on, _word_span(table.declaration, table.on, "on")))


def _missing_column(table: TableInfo, column: str, span: Span) -> Diagnostic:
    guess = suggest(column, table.column_names)
    return Diagnostic(
        "E104", f"no column `{column}` in {table.name}", span,
        note=f"did you mean `{guess[0]}`?" if guess else None,
        hints=(available(table.column_names),),
    )
