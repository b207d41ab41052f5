"""The server's view of the project: open documents (their unsaved text wins over the disk),
one checker analysis per open document, and which documents import which."""

from __future__ import annotations

from pathlib import Path

from segdsl.check import analyse_source
from segdsl.lsp.index import Index, build_index
from segdsl.schema import SchemaProvider
from segdsl.source import SourceFile

MAX_PROJECT_FILES = 2_000  # references and rename look at most this many .seg files


class Documents:
    def __init__(self) -> None:
        self.texts: dict[Path, str] = {}
        self.indexes: dict[Path, Index] = {}
        self.roots: list[Path] = []
        self.schemas = SchemaProvider()

    def open(self, path: Path, text: str) -> None:
        self.texts[path] = text

    def close(self, path: Path) -> None:
        self.texts.pop(path, None)
        self.indexes.pop(path, None)

    def schemas_changed(self) -> None:
        """Data or schema files changed on disk: read their schemas again."""
        self.schemas = SchemaProvider()

    def text(self, path: Path) -> str:
        if path in self.texts:
            return self.texts[path]
        return path.read_text(encoding="utf-8")

    def analyse(self, path: Path) -> Index:
        """Check the document as `validate` would, imports read from open buffers first."""
        source = SourceFile(str(path), self.text(path), path)
        index = build_index(analyse_source(source, self.schemas, read_import=self.text))
        if path in self.texts:
            self.indexes[path] = index
        return index

    def index(self, path: Path) -> Index:
        return self.indexes.get(path) or self.analyse(path)

    def importers(self, path: Path) -> list[Path]:
        """Open documents other than `path` whose analysis read `path` (directly or not)."""
        found = []
        for other, index in self.indexes.items():
            if other != path and any(_module_path(m) == path for m in index.analysis.loaded.modules):
                found.append(other)
        return found

    def project_files(self) -> list[Path]:
        """Every definition file under the workspace folders, and the open ones."""
        files = dict.fromkeys(self.texts)
        for root in self.roots:
            for candidate in sorted(root.rglob("*.seg")):
                if len(files) >= MAX_PROJECT_FILES:
                    break
                if not any(part.startswith(".") for part in candidate.relative_to(root).parts):
                    files.setdefault(candidate.resolve(), None)
        return list(files)

    def project_indexes(self) -> list[Index]:
        indexes = []
        for path in self.project_files():
            try:
                indexes.append(self.index(path))
            except (OSError, UnicodeDecodeError):
                continue
        return indexes


def _module_path(module) -> Path:
    source = module.source
    return (source.path or Path(source.name)).resolve()
