"""Reading a definition file and everything it imports, reporting missing files and cycles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from segdsl import ast
from segdsl.diagnostics import Diagnostic, Label
from segdsl.source import SourceFile
from segdsl.syntax import parse


@dataclass
class LoadedFiles:
    """The root module last, each import before the files that import it."""

    modules: list[ast.Module] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def root(self) -> ast.Module:
        return self.modules[-1]


# Reads an imported file's text from its resolved path; raises OSError or UnicodeDecodeError.
ReadImport = Callable[[Path], str]
# Parses one file (the language server keeps statements' trees between edits).
ParseSource = Callable[[SourceFile], "tuple[ast.Module, list[Diagnostic]]"]


def _read_working_tree(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_modules(root: SourceFile, read_import: ReadImport | None = None,
                 parse_source: ParseSource | None = None) -> LoadedFiles:
    """`read_import` lets a caller take imports from elsewhere than the disk (`segdsl diff
    --git-ref` reads them from a commit) while their paths, and so their tables' paths, stay
    the working tree's."""
    loaded = LoadedFiles()
    _load(root, loaded, read_import or _read_working_tree, parse_source or parse, stack=[], done=set())
    return loaded


def _load(source: SourceFile, loaded: LoadedFiles, read_import: ReadImport, parse_source: ParseSource,
          stack: list[tuple[Path, ast.Import | None]], done: set[Path]) -> None:
    module, diagnostics = parse_source(source)
    loaded.diagnostics.extend(diagnostics)
    here = _identity(source)
    for statement in module.statements:
        if not isinstance(statement, ast.Import):
            continue
        target = (source.directory / statement.path).resolve()
        chain = [path for path, _ in stack] + [here]
        if target in chain:
            loaded.diagnostics.append(_cycle(statement, chain[chain.index(target):] + [target]))
            continue
        if target in done:
            continue
        try:
            imported = SourceFile(_display_name(source, statement.path), read_import(target), target)
        except (OSError, UnicodeDecodeError) as error:
            loaded.diagnostics.append(Diagnostic(
                "E106", f"cannot import `{statement.path}`: {_reason(error)}", statement.span,
                hints=("import paths are relative to the importing file",),
            ))
            continue
        done.add(target)
        _load(imported, loaded, read_import, parse_source, stack + [(here, statement)], done)
    loaded.modules.append(module)


def _identity(source: SourceFile) -> Path:
    return source.path.resolve() if source.path is not None else Path(source.name).resolve()


def _display_name(importer: SourceFile, relative: str) -> str:
    return str(Path(importer.name).parent / relative)


def _reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, UnicodeDecodeError):
        return "the file is not UTF-8 text"
    return error.strerror or str(error) if isinstance(error, OSError) else str(error)


def _cycle(statement: ast.Import, chain: list[Path]) -> Diagnostic:
    names = " -> ".join(path.name for path in chain)
    return Diagnostic(
        "E107", f"import cycle: {names}", statement.span,
        hints=("move the shared definitions into a file that both can import",),
        labels=(Label(statement.span, "this import closes the cycle"),),
    )
