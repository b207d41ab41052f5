"""The two sides of a diff: each version checked on its own, then made comparable (same
customers key) and, with `--data`, pointed at another data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from segdsl import ast
from segdsl.api import Definition
from segdsl.check import check_source
from segdsl.check.loader import ReadImport
from segdsl.diagnostics import Diagnostic, DiagnosticError, Label
from segdsl.schema import SchemaProvider
from segdsl.source import SourceFile

TABLE_DECLARATIONS = (ast.CustomersDecl, ast.EventsDecl, ast.EnrichmentDecl)


@dataclass(frozen=True)
class Version:
    """One checked version, with its parsed files (for the paths as written, and spans)."""

    source: SourceFile
    definition: Definition
    modules: tuple[ast.Module, ...]

    def declarations(self) -> list[ast.CustomersDecl | ast.EventsDecl | ast.EnrichmentDecl]:
        return [s for module in self.modules for s in module.statements if isinstance(s, TABLE_DECLARATIONS)]

    def rooted_at(self, data_dir: Path) -> "Version":
        """Each table's path, as written relative to its own .seg file, re-rooted at `data_dir`."""
        paths = {_table_name(d): data_dir / d.path for d in self.declarations()}
        return Version(self.source, self.definition.with_tables(paths), self.modules)


def check_version(source: SourceFile, read_import: ReadImport | None = None) -> Version:
    """Parse and check one version (its imports read through `read_import`); DiagnosticError
    with every diagnostic when it has errors."""
    result = check_source(source, SchemaProvider(), read_import)
    if not result.ok or result.plan is None:
        raise DiagnosticError(result.diagnostics)
    definition = Definition(source.path or Path(source.name), result.plan, tuple(result.diagnostics))
    return Version(source, definition, tuple(result.modules))


def require_same_key(old: Version, new: Version) -> None:
    """Customers are matched by key, so both versions must name the same key column (E702)."""
    if old.definition.key == new.definition.key:
        return
    where = next(d for d in new.declarations() if isinstance(d, ast.CustomersDecl))
    before = next(d for d in old.declarations() if isinstance(d, ast.CustomersDecl))
    raise DiagnosticError([Diagnostic(
        "E702", f"the versions key customers differently: `{old.definition.key}` before, `{new.definition.key}` now",
        where.span, labels=(Label(before.span, f"the old version's key is `{old.definition.key}`"),),
        hints=("a diff matches customers by key; compare versions that declare the same `customers ... key`",),
    )])


def _table_name(declaration: ast.CustomersDecl | ast.EventsDecl | ast.EnrichmentDecl) -> str:
    return "customers" if isinstance(declaration, ast.CustomersDecl) else declaration.name
