"""The definition under test, checked once, with the schema the checker saw for each table.

Fixtures must be typed as the checker typed the real tables (from the data files, or from
`segdsl.schema.json` in a fresh clone), so the schema provider records what it hands out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from segdsl.api import Definition, read_source
from segdsl.check import check_source
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.schema import SchemaProvider, TableSchema
from segdsl.source import Span
from segdsl.testing.fixtures import TableSpec


class _RecordingSchemas(SchemaProvider):
    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[Path, TableSchema] = {}

    def schema_for(self, path: Path, definition_dir: Path) -> TableSchema:
        schema = super().schema_for(path, definition_dir)
        self.seen[path] = schema
        return schema


@dataclass(frozen=True)
class Target:
    definition: Definition
    tables: dict[str, TableSpec]  # by table name: customers, event and enrichment tables

    @property
    def name(self) -> str:
        return str(self.definition.path)

    @property
    def customers(self) -> TableSpec:
        return self.tables[self.definition.ir.customers.name]


def load_target(path: Path, span: Span | None) -> Target:
    """Check the definition; its own diagnostics are raised unchanged."""
    schemas = _RecordingSchemas()
    try:
        result = check_source(read_source(path), schemas)
    except DiagnosticError as error:
        if any(d.code == "E301" for d in error.diagnostics):
            raise DiagnosticError([Diagnostic("E601", f"definition file not found: {path}", span,
                                              hints=("the path is relative to the .segtest file",))]) from None
        raise
    if not result.ok or result.plan is None:
        raise DiagnosticError(result.diagnostics)
    plan = result.plan
    tables = {
        plan.customers.name: TableSpec(plan.customers.name, schemas.seen[plan.customers.path], plan.customers.columns, plan.customers.key),
        **{t.name: TableSpec(t.name, schemas.seen[t.path], t.columns) for t in (*plan.events, *plan.enrichments)},
    }
    return Target(Definition(path, plan, tuple(result.diagnostics)), tables)
