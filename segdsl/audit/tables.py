"""The tables a definition reads, taken from its declarations (and its imports').

The audit works from the parsed declarations rather than the checked plan on purpose: a data
problem (a date column that became text because of one `05/11/2024`) makes the checker refuse
the definition, and that is exactly when the audit must still run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from segdsl import ast
from segdsl.api import parse_as_of, read_source, today_utc
from segdsl.check.loader import load_modules
from segdsl.diagnostics import DiagnosticError, has_errors


@dataclass(frozen=True)
class AuditTable:
    name: str
    role: str  # customers | events | enrichment
    path: Path
    key: str  # the customers' key, the events' customer key, or the enrichment's domain column
    time: str | None = None  # events: the time column
    since: str | None = None  # customers: when a customer starts to exist (`since`), if declared
    personal: frozenset[str] = frozenset()  # columns declared personal: their values are never shown


def _shown_path(path: Path) -> Path:
    """Relative to the working folder when below it, as the user typed the definition's path."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


@dataclass(frozen=True)
class AuditTarget:
    tables: tuple[AuditTable, ...]
    as_of: dt.date


def audit_target(path: Path, as_of: str | None) -> AuditTarget:
    """Read the definition and its imports; raise DiagnosticError on syntax errors or no tables."""
    loaded = load_modules(read_source(path))
    if has_errors(loaded.diagnostics):
        raise DiagnosticError(loaded.diagnostics)
    tables: list[AuditTable] = []
    declared_as_of: dt.date | None = None
    for module in loaded.modules:
        directory = module.source.directory
        for statement in module.statements:
            if isinstance(statement, ast.CustomersDecl):
                since = getattr(statement, "since", None)
                tables.append(AuditTable("customers", "customers", _shown_path(directory / statement.path), statement.key,
                                         since=getattr(since, "name", since), personal=_personal(statement, directory)))
            elif isinstance(statement, ast.EventsDecl):
                tables.append(AuditTable(statement.name, "events", _shown_path(directory / statement.path), statement.key,
                                         time=statement.time, personal=_personal(statement, directory)))
            elif isinstance(statement, ast.EnrichmentDecl):
                tables.append(AuditTable(statement.name, "enrichment", _shown_path(directory / statement.path), "domain",
                                         personal=_personal(statement, directory)))
            elif isinstance(statement, ast.AsOf) and module is loaded.root:
                declared_as_of = statement.value
            elif isinstance(statement, ast.AsOf) and declared_as_of is None:
                declared_as_of = statement.value
    order = {"customers": 0, "events": 1, "enrichment": 2}
    tables.sort(key=lambda t: order[t.role])  # customers first: events are checked against its keys
    return AuditTarget(tuple(tables), parse_as_of(as_of) or declared_as_of or today_utc())


def _personal(statement, directory: Path) -> frozenset[str]:
    """The columns the declaration's `personal (...)` clause names, and those the schema file
    beside the definition marks `"personal": true` (an unreadable one is left to `validate`)."""
    from segdsl.schema import CONVENTIONAL_SCHEMA_FILE, load_schema_file

    marked: set[str] = {name.dotted for name in statement.personal}
    schema_file = directory / CONVENTIONAL_SCHEMA_FILE
    if schema_file.is_file():
        try:
            tables = load_schema_file(schema_file)
        except DiagnosticError:
            tables = []
        file_name = Path(statement.path).name
        marked |= {c.name for t in tables if Path(t.source).name == file_name for c in t.columns.values() if c.personal}
    return frozenset(marked)
