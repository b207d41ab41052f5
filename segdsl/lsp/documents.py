"""The server's view of the project: open documents (their unsaved text wins over the disk),
the latest checker analysis of each, their indexes (built when a feature first asks), and which
documents import which."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from segdsl.api import model_file_warnings
from segdsl.check import Analysis, analyse_source, with_lints
from segdsl.lsp.index import Index, build_index
from segdsl.schema import SchemaProvider
from segdsl.source import SourceFile
from segdsl.syntax.incremental import IncrementalParser

MAX_PROJECT_FILES = 2_000  # references and rename look at most this many .seg files


class Documents:
    def __init__(self) -> None:
        self.texts: dict[Path, str] = {}
        self.versions: dict[Path, int] = {}
        self.analyses: dict[Path, Analysis] = {}
        self.complete: set[Path] = set()  # analyses that include the lints
        self.indexes: dict[Path, Index] = {}
        self.parsers: dict[Path, IncrementalParser] = {}
        self.reads: dict[Path, set[Path]] = {}  # the files each open document's last analysis read
        self.roots: list[Path] = []
        self.schemas = SchemaProvider()

    def open(self, path: Path, text: str) -> int:
        """Record the document's new text; returns its version (a counter of ours). The analyses
        that read its previous text go: its parser moves the kept statements' spans to the new
        text (`segdsl.syntax.incremental`), so no analysis may outlive the text it read."""
        for importer in self.importers(path):
            self.invalidate(importer)
        if path not in self.texts:
            self.parsers.pop(path, None)  # read from disk so far: a parser that keeps chunks from now on
        self.texts[path] = text
        self.versions[path] = self.versions.get(path, 0) + 1
        self.analyses.pop(path, None)
        self.indexes.pop(path, None)
        self.complete.discard(path)
        return self.versions[path]

    def close(self, path: Path) -> None:
        for importer in self.importers(path):
            self.invalidate(importer)  # they read its buffer; the disk may say otherwise
        for table in (self.texts, self.versions, self.analyses, self.indexes, self.parsers, self.reads):
            table.pop(path, None)
        self.complete.discard(path)

    def schemas_changed(self) -> None:
        """Data or schema files changed on disk: read their schemas again."""
        self.schemas = SchemaProvider()
        self.analyses.clear()
        self.indexes.clear()
        self.complete.clear()

    def text(self, path: Path) -> str:
        if path in self.texts:
            return self.texts[path]
        return path.read_text(encoding="utf-8")

    def analyse(self, path: Path, lints: bool = True) -> Analysis:
        """Check the document as `validate` would (imports read from open buffers first);
        `lints=False` stops before the lints, which a later call with `lints=True` adds."""
        analysis = self.analyses.get(path) if path in self.texts else None
        if analysis is None:
            source = SourceFile(str(path), self.text(path), path)
            analysis = analyse_source(source, self.schemas, read_import=self.text, parse_source=self._parse, lints=False)
            self._keep(path, analysis, complete=False)
        if not lints or path in self.complete:
            return analysis
        analysis = with_lints(analysis)
        if analysis.result.plan is not None and analysis.result.plan.models:
            result = analysis.result
            analysis = replace(analysis, result=replace(result, diagnostics=result.diagnostics + model_file_warnings(result)))
        self._keep(path, analysis, complete=True)
        return analysis

    def invalidate(self, path: Path) -> None:
        """A file it imports changed: check it again on next use."""
        self.analyses.pop(path, None)
        self.indexes.pop(path, None)
        self.complete.discard(path)

    def _keep(self, path: Path, analysis: Analysis, complete: bool) -> None:
        if path not in self.texts:
            return  # files that are not open are read again each time: the disk may change
        self.analyses[path] = analysis
        self.reads[path] = {_module_path(m) for m in analysis.loaded.modules}
        if complete:
            self.complete.add(path)
        if path in self.indexes:  # same names, more diagnostics: the index stays valid
            self.indexes[path].analysis = analysis

    def _parse(self, source: SourceFile):
        """Open documents keep their statements' ASTs between edits; other files (imports read
        from disk) only their last module, which is never moved: analyses of several open
        documents may share it."""
        path = (source.path or Path(source.name)).resolve()
        parser = self.parsers.get(path)
        if parser is None:
            parser = self.parsers[path] = IncrementalParser(keep_chunks=path in self.texts)
        return parser.parse(source)

    def index(self, path: Path) -> Index:
        index = self.indexes.get(path)
        if index is None:
            index = build_index(self.analyse(path, lints=False))
            if path in self.texts:
                self.indexes[path] = index
        if path in self.complete:
            index.analysis = self.analyses[path]
        return index

    def importers(self, path: Path) -> list[Path]:
        """Open documents other than `path` whose last analysis read `path` (directly or not),
        also when that analysis has been dropped since."""
        return [other for other, read in self.reads.items() if other != path and path in read]

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
