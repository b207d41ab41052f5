"""W108 unused-import: an import nothing in the importing file's results depends on.

An import brings in what the imported file declares, and what the files it imports declare.
It is used when the results need any of that:
- a segment, segmentation or model: those are results of every file that imports them (`eval`
  outputs imported segments too, `train` trains imported models);
- a trait or score that the importing file, or anything used, refers to (directly or not);
- the customer table (every file needs it), an event table a used definition aggregates, an
  enrichment table whose columns a used definition reads;
- its `as of`, when the importing file declares none.
"""

from __future__ import annotations

from pathlib import Path

from segdsl import ast
from segdsl.check.loader import LoadedFiles
from segdsl.check.lints_tree import Names, expressions_of, walk
from segdsl.check.namespace import Namespace
from segdsl.diagnostics import Diagnostic
from segdsl.source import SourceFile


def unused_import_warnings(loaded: LoadedFiles, ns: Namespace, references: dict[str, set[str]], names: Names) -> list[Diagnostic]:
    root = loaded.root
    imports = [s for s in root.statements if isinstance(s, ast.Import)]
    if not imports:
        return []
    modules = {_path(m.source): m for m in loaded.modules if m.source.path is not None}
    used = _used_sources(loaded, ns, references, names)
    warnings = []
    for statement in imports:
        brought = _brought(root.source.directory / statement.path, modules)
        if brought and brought.isdisjoint(used):
            warnings.append(Diagnostic(
                "W108", f"nothing from `{statement.path}` is used", statement.span,
                hints=("remove the import, or use one of its definitions or tables",),
            ))
    return warnings


def _path(source: SourceFile) -> Path:
    return source.path.resolve()


def _brought(target: Path, modules: dict[Path, ast.Module]) -> set[int]:
    """The files an import makes available (identities of their sources)."""
    brought: set[int] = set()
    stack = [target]
    while stack:
        module = modules.get(stack.pop().resolve())
        if module is None or id(module.source) in brought:
            continue
        brought.add(id(module.source))
        stack.extend(module.source.directory / s.path for s in module.statements if isinstance(s, ast.Import))
    return brought


def _used_sources(loaded: LoadedFiles, ns: Namespace, references: dict[str, set[str]], names: Names) -> set[int]:
    """Identities of the files that declare something the results need."""
    definitions = ns.definitions
    pending = [n for n, d in definitions.items()
               if not isinstance(d, (ast.Let, ast.Score)) or d.kept] + list(ns.root_definitions)  # kept traits are results
    used: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in used:
            used.add(name)
            pending.extend(references.get(name, ()))
    sources = {id(definitions[n].span.source) for n in used}
    tables = {"customers"}
    for name in used:
        for expr in expressions_of(definitions[name]):
            for node, table in walk(expr):
                if isinstance(node, ast.Name) and (resolved := names.resolve(node, table))[0] == "column":
                    tables.add(resolved[1])
    declared = {"customers": ns.customers, **ns.events, **ns.enrichments}
    sources |= {id(declared[t].declaration.span.source) for t in tables if declared.get(t) is not None}
    if not any(isinstance(s, ast.AsOf) for s in loaded.root.statements):  # the first imported one applies
        as_of = next((s for m in loaded.modules for s in m.statements if isinstance(s, ast.AsOf)), None)
        if as_of is not None:
            sources.add(id(as_of.span.source))
    return sources
