"""The Python API for notebooks and scripts.

    import segdsl
    definition = segdsl.load("examples/rfm.seg")    # parse + check; raises DiagnosticError
    definition.plan().explain()                      # the one LazyFrame
    frame = definition.evaluate(as_of="2026-11-01")  # key + a column per segment/segmentation
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar


from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.source import SourceFile

if TYPE_CHECKING:
    import polars as pl

    from segdsl.check import CheckResult
    from segdsl.models.scoring import ModelScorer
    from segdsl.schema import SchemaProvider

T = TypeVar("T", bound=ir.Table)


def today_utc() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def parse_as_of(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DiagnosticError([Diagnostic("E005", f"`{value}` is not a date", hints=("write it as YYYY-MM-DD",))]) from None


def read_source(path: str | Path) -> SourceFile:
    path = Path(path)
    try:
        return SourceFile.read(path)
    except FileNotFoundError:
        raise DiagnosticError([Diagnostic("E301", f"file not found: {path}", file=str(path))]) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else (error.strerror or str(error))
        raise DiagnosticError([Diagnostic("E302", f"cannot read {path}: {reason}", file=str(path))]) from None


def check_file(path: str | Path, schema_files: Iterable[str | Path] = (),
               schema_origins: dict[str, str] | None = None, *, lints: bool = True,
               provider: SchemaProvider | None = None) -> CheckResult:
    """Parse and check a file; diagnostics are returned, never raised (except for unreadable input).

    `schema_origins`, when given, receives for each database table which schema was used (the
    database's catalogue, or a schema file when the connection is unreachable). `provider`: the
    SchemaProvider to use (with no schema files; `load` reads which files it consulted)."""
    from segdsl.check import check_source  # the checker loads only when a file is checked
    from segdsl.schema import SchemaProvider, load_schema_file

    if provider is None:
        provider = SchemaProvider([table for schema_file in schema_files for table in load_schema_file(Path(schema_file))])
    result = check_source(read_source(path), provider, lints=lints)
    if schema_origins is not None:
        schema_origins.update({str(source): origin for source, origin in provider.origins.items()})
    if result.plan is None or not result.plan.models or not lints:
        return result
    return replace(result, diagnostics=result.diagnostics + model_file_warnings(result))


def model_file_warnings(result: CheckResult) -> list[Diagnostic]:
    """W104 for models trained from another declaration: reads sidecars, not the models."""
    from segdsl import ast
    from segdsl.models.fingerprint import declaration_fingerprint
    from segdsl.models.staleness import staleness_warnings

    declarations = {s.name: s for m in result.modules for s in m.statements if isinstance(s, ast.ModelDecl)}
    warnings: list[Diagnostic] = []
    for model in result.plan.models:
        declaration = declarations[model.name]
        fingerprint = declaration_fingerprint(result.plan, model)
        warnings += staleness_warnings(model, fingerprint, declaration.file_span)
    return warnings


@dataclass(frozen=True)
class Definition:
    """A checked definition file, ready to compile."""

    path: Path
    ir: ir.Plan
    warnings: tuple[Diagnostic, ...]

    @property
    def segments(self) -> tuple[str, ...]:
        return self.ir.segments

    @property
    def segmentations(self) -> tuple[str, ...]:
        return self.ir.segmentations

    @property
    def key(self) -> str:
        return self.ir.customers.key

    def with_tables(self, paths: Mapping[str, str | Path]) -> "Definition":
        """A copy reading the named tables (customers, an events or enrichment name) from other
        files: segment tests point a definition at fixtures, diffs at another data folder."""
        unknown = set(paths) - {self.ir.customers.name, *(t.name for t in self.ir.events), *(t.name for t in self.ir.enrichments)}
        if unknown:
            raise ValueError(f"the definition declares no table named {', '.join(sorted(unknown))}")

        def moved(table: T) -> T:
            return replace(table, path=Path(paths[table.name])) if table.name in paths else table

        plan = replace(
            self.ir,
            customers=moved(self.ir.customers),
            events=tuple(moved(t) for t in self.ir.events),
            enrichments=tuple(moved(t) for t in self.ir.enrichments),
        )
        return replace(self, ir=plan)

    def resolve_as_of(self, as_of: str | dt.date | None = None) -> dt.date:
        return parse_as_of(as_of) or self.ir.as_of or today_utc()

    def plan(self, as_of: str | dt.date | None = None, *, include_traits: bool = False, trust_pickle: bool = False,
             keep: tuple[str, ...] = (), scorer: ModelScorer | None = None) -> pl.LazyFrame:
        """The whole file as ONE lazy query: the key plus a column per segment and segmentation.

        `keep`: more columns to return (features, for a cluster profile); `scorer`: a ModelScorer
        of this plan to reuse (`explain` asks it afterwards how each model was compiled)."""
        from segdsl.backend.polars_plan import build_lazyframe

        if scorer is None and self.ir.models:
            from segdsl.models.scoring import ModelScorer

            scorer = ModelScorer(self.ir, trust_pickle=trust_pickle)
        return build_lazyframe(self.ir, self.resolve_as_of(as_of), include_traits=include_traits,
                               model_output=scorer, keep=keep)

    def evaluate(self, as_of: str | dt.date | None = None, *, include_traits: bool = False, trust_pickle: bool = False,
                 keep: tuple[str, ...] = (), engine: str | None = None) -> pl.DataFrame:
        """Collect the plan together with the input checks; data problems become diagnostics.

        `engine`: polars, duckdb, postgres or spark (default: the command's choice, see
        `segdsl.engines.choice`); every engine returns the same rows and column types."""
        from segdsl.backend.polars_run import collect_checked
        from segdsl.engines.choice import current_engine

        name = engine or current_engine()
        if name != "polars":
            from segdsl.engines import get_engine

            return get_engine(name).evaluate(self.ir, self.resolve_as_of(as_of), include_traits=include_traits,
                                             keep=keep, trust_pickle=trust_pickle)
        lazy = self._checked_plan(as_of, include_traits=include_traits, trust_pickle=trust_pickle, keep=keep)
        return collect_checked(self.ir, lazy)

    def evaluate_to(self, out: str | Path, as_of: str | dt.date | None = None, *, include_traits: bool = False,
                    trust_pickle: bool = False, keep: tuple[str, ...] = ()) -> int:
        """Stream the evaluation into a file (written atomically, only when every input check
        passed); returns the number of rows written."""
        from segdsl.backend.polars_run import sink_checked

        lazy = self._checked_plan(as_of, include_traits=include_traits, trust_pickle=trust_pickle, keep=keep)
        return sink_checked(self.ir, lazy, Path(out))

    def _checked_plan(self, as_of: str | dt.date | None, **options) -> pl.LazyFrame:
        """The plan; building it reads the files' schemas, so a file that cannot be read is
        reported here as the input checks report it (E312, naming the table), never raised."""
        import polars as pl

        try:
            return self.plan(as_of, **options)
        except (pl.exceptions.PolarsError, OSError) as error:
            from segdsl.datacheck import validate_inputs

            validate_inputs(self.ir)  # raises with the table that cannot be read
            raise DiagnosticError([evaluation_error(error)]) from None


def evaluation_error(error: Exception) -> Diagnostic:
    """E308 for a failure inside the engine (key types that do not match, say)."""
    from segdsl.backend.polars_run import evaluation_error as diagnostic

    return diagnostic(error)


def load(path: str | Path, schema_files: Iterable[str | Path] = (), *, warnings: bool = False,
         cache: bool = False) -> Definition:
    """Parse and check a file; raise DiagnosticError if it has errors.

    Lint warnings (which never stop an evaluation) are computed only with `warnings=True`:
    `validate` reports them; evaluating does not pay for them. `cache=True` (`segdsl eval`):
    reuse the checked plan of an earlier run when nothing it depends on changed, and store a
    clean result for the next run (segdsl.plan_cache); the same Definition either way."""
    if not cache or warnings or schema_files:
        result = check_file(path, schema_files, lints=warnings)
    else:
        from segdsl import plan_cache
        from segdsl.schema import SchemaProvider

        found = plan_cache.cached_definition(Path(path))
        if found is not None:
            return found
        provider = SchemaProvider()
        result = check_file(path, lints=False, provider=provider)
        if result.ok:
            plan_cache.store(Path(path), result, provider.consulted)
    if not result.ok or result.plan is None:
        raise DiagnosticError(result.diagnostics)
    return Definition(Path(path), result.plan, tuple(result.diagnostics))
