"""Table schemas, read from file metadata (never the data) or from a schema file.

CI validates definitions with no data present: `segdsl schema data/*.parquet > schema.json`
once, then `segdsl validate --schema schema.json`. A declared table is matched to a schema
entry by its file name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.types import SCHEMA_TYPES, Type, schema_type_name

SCHEMA_VERSION = 1
FORMATS = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".ndjson": "ndjson", ".jsonl": "ndjson"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # schema vocabulary: integer, float, boolean, string, date, datetime, ...
    categories: tuple[str, ...] | None = None
    personal: bool = False  # identifies a person (e-mail, phone, name): see segdsl.personal

    @property
    def type(self) -> Type:
        return SCHEMA_TYPES.get(self.kind, Type.OTHER)


@dataclass(frozen=True)
class TableSchema:
    source: str  # the data file's name, as matched against declarations
    columns: Mapping[str, Column] = field(default_factory=dict)

    def to_json(self) -> dict:
        columns = []
        for column in self.columns.values():
            entry: dict = {"name": column.name, "type": column.kind}
            if column.categories is not None:
                entry["categories"] = list(column.categories)
            if column.personal:
                entry["personal"] = True
            columns.append(entry)
        return {"source": self.source, "columns": columns}


def with_personal_marks(table: TableSchema, marked: TableSchema | None) -> TableSchema:
    """`table` with the columns `marked` declares personal marked so too."""
    if marked is None or not any(c.personal for c in marked.columns.values()):
        return table
    columns = {name: replace(column, personal=True)
               if (declared := marked.columns.get(name)) is not None and declared.personal else column
               for name, column in table.columns.items()}
    return TableSchema(table.source, columns)


FileSignature = tuple[int, int, int, int] | None


def file_signature(path: Path) -> FileSignature:
    """(size, mtime, ctime, inode) of a file, None when it is absent: any rewrite, replacement
    or touch changes it."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def data_format(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


def read_table_schema(path: Path) -> TableSchema:
    """The schema of a data file from its metadata (Parquet footer, CSV header + inference)."""
    import polars as pl

    fmt = data_format(path)
    if fmt is None:
        raise DiagnosticError([_unsupported(path)])
    if not path.is_file():
        raise DiagnosticError([Diagnostic("E301", f"data file not found: {path}", file=str(path))])
    try:
        if fmt == "parquet":
            schema = pl.read_parquet_schema(path)
        elif fmt == "csv":
            schema = pl.scan_csv(path, try_parse_dates=True).collect_schema()
        else:
            from segdsl.io import scan

            schema = scan(path).collect_schema()
    except Exception as error:  # noqa: BLE001 - any reader failure is the user's corrupt file
        raise DiagnosticError([unreadable(path, error)]) from None
    columns = {}
    for name, dtype in schema.items():
        categories = tuple(dtype.categories) if isinstance(dtype, pl.Enum) else None
        columns[name] = Column(name, schema_type_name(dtype), categories)
    return TableSchema(path.name, columns)


# A text column is a category column when it has at most MAX_CATEGORIES distinct values and at
# least MIN_ROWS_PER_CATEGORY non-missing rows per distinct value (so free text, names, e-mail
# addresses and small samples are never mistaken for a closed list).
MAX_CATEGORIES = 50
MIN_ROWS_PER_CATEGORY = 20


def with_observed_categories(table: TableSchema, path: Path) -> TableSchema:
    """`table` with the values of its low-cardinality text columns as categories (see the rule
    above), read from the data in one pass. Columns that already have categories (Enum) keep
    them. Used by `segdsl schema`, so that W109 works in CI where no data is present."""
    import polars as pl

    from segdsl.io import scan

    texts = [c.name for c in table.columns.values() if c.kind == "string" and c.categories is None]
    if not texts:
        return table
    try:
        frame = scan(path).select(texts)
        stats = frame.select(
            [pl.col(c).drop_nulls().n_unique().alias(f"{c}\0distinct") for c in texts]
            + [pl.col(c).count().alias(f"{c}\0rows") for c in texts]
        ).collect().row(0, named=True)
        chosen = [c for c in texts
                  if 0 < stats[f"{c}\0distinct"] <= MAX_CATEGORIES
                  and stats[f"{c}\0rows"] >= MIN_ROWS_PER_CATEGORY * stats[f"{c}\0distinct"]]
        values = frame.select([pl.col(c).drop_nulls().unique().sort().implode() for c in chosen]).collect() if chosen else None
    except Exception as error:  # noqa: BLE001 - any reader failure is the user's corrupt file
        raise DiagnosticError([unreadable(path, error)]) from None
    columns = dict(table.columns)
    for name in chosen:
        columns[name] = replace(columns[name], categories=tuple(values[name][0].to_list()))
    return TableSchema(table.source, columns)


def unreadable(path: Path, error: Exception) -> Diagnostic:
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return Diagnostic(
        "E302",
        f"cannot read {path}: {first_line}",
        file=str(path),
        hints=("check that the file is complete and in the format its extension says",),
    )


def _unsupported(path: Path) -> Diagnostic:
    return Diagnostic(
        "E307",
        f"unsupported data file type `{path.suffix or path.name}`",
        file=str(path),
        hints=("use a .parquet, .csv or .ndjson file",),
    )


def schema_document(tables: Iterable[TableSchema]) -> dict:
    return {"segdsl_schema": SCHEMA_VERSION, "tables": [t.to_json() for t in tables]}


def load_schema_file(path: Path) -> list[TableSchema]:
    """Parse a schema file written by `segdsl schema`; every problem is a diagnostic."""
    def invalid(message: str) -> DiagnosticError:
        return DiagnosticError([Diagnostic(
            "E305", f"invalid schema file {path}: {message}", file=str(path),
            hints=("regenerate it with `segdsl schema DATAFILE... > FILE`",),
        )])

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiagnosticError([Diagnostic("E301", f"schema file not found: {path}", file=str(path))]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise invalid(str(error)) from None
    if not isinstance(document, dict) or document.get("segdsl_schema") != SCHEMA_VERSION:
        raise invalid(f'expected an object with "segdsl_schema": {SCHEMA_VERSION}')
    tables = []
    for index, table in enumerate(document.get("tables") or []):
        try:
            columns = {}
            for column in table["columns"]:
                kind = column["type"]
                if kind not in SCHEMA_TYPES:
                    raise invalid(f"table {index}: unknown column type {kind!r} (known: {', '.join(SCHEMA_TYPES)})")
                categories = column.get("categories")
                personal = column.get("personal", False)
                if not isinstance(personal, bool):
                    raise invalid(f"table {index}: `personal` of column {column['name']!r} must be true or false")
                columns[column["name"]] = Column(
                    column["name"], kind, tuple(categories) if categories is not None else None, personal
                )
            tables.append(TableSchema(str(table["source"]), columns))
        except (KeyError, TypeError) as error:
            raise invalid(f"table {index} is missing {error}") from None
    return tables


CONVENTIONAL_SCHEMA_FILE = "segdsl.schema.json"


class SchemaProvider:
    """Where the checker gets a table's schema, in order: a `--schema` file (matched by file
    name), the data file's own metadata, or `segdsl.schema.json` beside the definition when the
    data file is absent (so a fresh clone validates with no data)."""

    def __init__(self, schema_files: Iterable[TableSchema] = ()):
        self._declared = {Path(t.source).name: t for t in schema_files}
        self._by_source = {t.source: t for t in schema_files}
        self._cache: dict[object, TableSchema] = {}
        self._conventional: dict[Path, dict[str, TableSchema]] = {}
        self.origins: dict[object, str] = {}  # database table -> which schema was used (for `validate`)
        self.problems: list[Diagnostic] = []  # found while choosing, reported with the checker's
        # Every file consulted (read, or probed and absent), with its signature taken before it
        # was read: what a cached plan depends on besides the source texts (segdsl.plan_cache).
        self.consulted: dict[str, FileSignature] = {}

    def _consult(self, path: Path) -> None:
        self.consulted.setdefault(str(path), file_signature(path))

    def schema_for(self, path, definition_dir: Path) -> TableSchema:
        """`path`: a data file, or an `ir.DatabaseTable` (matched to schema files by its table name)."""
        if not isinstance(path, Path):
            return self._database_schema(path, definition_dir)
        if path.name in self._declared:
            return self._declared[path.name]
        self._consult(path)
        self._consult(definition_dir / CONVENTIONAL_SCHEMA_FILE)
        if not path.exists():
            fallback = self._conventional_schemas(definition_dir).get(path.name)
            if fallback is not None:
                return fallback
        if path not in self._cache:
            self._cache[path] = with_personal_marks(read_table_schema(path), self._marks(definition_dir).get(path.name))
        return self._cache[path]

    def _marks(self, directory: Path) -> dict[str, TableSchema]:
        """The conventional schema file's tables, for their `personal` marks only: a data file's
        metadata cannot say which columns identify a person, the schema file beside the
        definition can. An unreadable schema file is reported where it is used as a schema."""
        try:
            return self._conventional_schemas(directory)
        except DiagnosticError:
            return {}

    def _database_schema(self, source, definition_dir: Path) -> TableSchema:
        if source not in self._cache:
            from segdsl.sources.schemas import database_schema

            fallback = self._by_source.get(source.table) or self._conventional_by_source(definition_dir).get(source.table)
            choice = database_schema(source, fallback)
            self._cache[source] = choice.schema
            self.origins[source] = choice.origin
            self.problems.extend(choice.problems)
        return self._cache[source]

    def _conventional_by_source(self, directory: Path) -> dict[str, TableSchema]:
        schema_file = directory / CONVENTIONAL_SCHEMA_FILE
        return {t.source: t for t in load_schema_file(schema_file)} if schema_file.is_file() else {}

    def _conventional_schemas(self, directory: Path) -> dict[str, TableSchema]:
        if directory not in self._conventional:
            schema_file = directory / CONVENTIONAL_SCHEMA_FILE
            tables = load_schema_file(schema_file) if schema_file.is_file() else []
            self._conventional[directory] = {Path(t.source).name: t for t in tables}
        return self._conventional[directory]
