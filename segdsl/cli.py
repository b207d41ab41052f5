"""The `segdsl` command line. Heavy libraries load inside the commands that need them, so
`validate` (run on every CI build) stays fast and never imports scikit-learn or Scrapy."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Optional

import typer

# Exit codes, consoles and reporting live in segdsl.cli_output, shared with the entry point's
# fast path for `eval` (segdsl.entry); re-exported here: commands use cli.stderr, cli.EXIT_USAGE...
from segdsl.cli_output import (  # noqa: F401
    EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, FILE_ACCESS_CODES, exit_code, report, stderr, stdout,
)
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.entry import resume_gc

_app = typer.Typer(
    name="segdsl",
    help="Segment definitions as code: validate, evaluate, preview and explain *.seg files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

AsOfOption = Annotated[Optional[str], typer.Option("--as-of", help="Evaluate as of this date (YYYY-MM-DD); overrides `as of` in the file.")]
TrustOption = Annotated[bool, typer.Option("--trust-pickle", help="Allow loading pickle/joblib model files (they can run arbitrary code).")]
IncludePersonalOption = Annotated[bool, typer.Option("--include-personal-data", help="Show personal columns (declared `personal`) and values computed from them; hidden by default.")]
EngineOption = Annotated[Optional[str], typer.Option("--engine", help="Run on polars, duckdb, postgres or spark (default: `engine` in [tool.segdsl] of pyproject.toml, else polars).")]


def engine_for(option: str | None, path: Path | None):
    """The context that makes every evaluation inside a command use the chosen engine."""
    from segdsl.engines.choice import resolve_engine, using

    try:
        return using(resolve_engine(option, path))
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None


def fail(diagnostics: Sequence[Diagnostic]) -> typer.Exit:
    report(diagnostics)
    return typer.Exit(exit_code(diagnostics) or EXIT_PROBLEMS)


def load_definition(path: Path, schema_files: Sequence[Path] = ()):
    import segdsl

    try:
        return segdsl.load(path, schema_files)
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None


def _version(value: bool) -> None:
    if value:
        from importlib import metadata

        from segdsl import __version__

        try:
            version = metadata.version("segdsl")
        except metadata.PackageNotFoundError:  # running from a source tree that is not installed
            version = __version__
        sys.stdout.write(f"segdsl {version}\n")
        raise typer.Exit(EXIT_OK)


@_app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Segment definitions as code: validate, evaluate, preview and explain *.seg files."""
    if ctx.invoked_subcommand != "eval":  # eval resumes it once its definition is loaded
        resume_gc()


# ---- validate ----------------------------------------------------------------------------------


@_app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Definition files (*.seg) or folders to search for them.")],
    schema: Annotated[list[Path], typer.Option("--schema", help="Schema file made by `segdsl schema`; repeatable. Tables are matched by file name, so no data is needed.")] = [],
    fmt: Annotated[str, typer.Option("--format", help="Output format: text, json, github or sarif.")] = "text",
    select: Annotated[list[str], typer.Option("--select", help="Report only these warnings: codes (W105), prefixes (W1) or names (always-false), comma-separated; repeatable. Replaces `select` of [tool.segdsl] in pyproject.toml.")] = [],
    ignore: Annotated[list[str], typer.Option("--ignore", help="Do not report these warnings (same forms as --select). Replaces `ignore` of [tool.segdsl] in pyproject.toml.")] = [],
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any warning is reported (for CI).")] = False,
) -> None:
    """Check definitions against the tables' schemas. Exit 0: no errors (warnings allowed); 1: errors, or warnings with --strict; 2: usage or file errors."""
    from segdsl.api import check_file
    from segdsl.lintconfig import LintSettings
    from segdsl.render import FORMATS, renderer
    from segdsl.render.text import summary

    if fmt not in FORMATS:
        stderr().print(f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    files = expand_paths(paths)
    try:
        settings = LintSettings(select, ignore)
        selections = [settings.selection_for(file) for file in files]
    except DiagnosticError as error:
        report(error.diagnostics)
        raise typer.Exit(EXIT_USAGE) from None
    diagnostics: list[Diagnostic] = []
    origins: dict[str, str] = {}
    for file, selection in zip(files, selections):
        try:
            diagnostics += selection.apply(check_file(file, schema, origins).diagnostics)
        except DiagnosticError as error:
            diagnostics += error.diagnostics
    if fmt == "text":
        report(diagnostics)
        for table, origin in origins.items():  # database tables: catalogue or offline schema file
            stderr().print(f"{table}: checked against the {origin}")
        stderr().print(summary(diagnostics, len(files)))
    else:
        sys.stdout.write(renderer(fmt)(diagnostics))
    code = exit_code(diagnostics)
    raise typer.Exit(EXIT_PROBLEMS if strict and code == EXIT_OK and diagnostics else code)


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.seg")))
        else:
            files.append(path)
    if not files:
        stderr().print("error: no .seg files found in " + ", ".join(map(str, paths)))
        raise typer.Exit(EXIT_USAGE)
    return files


# ---- eval --------------------------------------------------------------------------------------


@_app.command("eval")
def evaluate(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    as_of: AsOfOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write membership to FILE (.parquet, .csv or .ndjson), atomically. Default: CSV on standard output.")] = None,
    long: Annotated[bool, typer.Option("--long", help="One row per (key, segment) membership instead of one column per segment.")] = False,
    traits: Annotated[bool, typer.Option("--traits", help="Also output every trait's value (personal ones only with --include-personal-data).")] = False,
    trust_pickle: TrustOption = False,
    engine: EngineOption = None,
    include_personal: IncludePersonalOption = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Check the definition afresh instead of reusing the checked plan of an earlier run (README \"Plan cache\").")] = False,
) -> None:
    """Evaluate every segment and segmentation: the key plus one column per segment (true/false) and per segmentation (label)."""
    from segdsl.eval_command import run_eval  # also run by segdsl.entry without Typer

    try:
        run_eval(path, as_of, out, long, traits, trust_pickle, engine, include_personal, no_cache)
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None


# ---- preview -----------------------------------------------------------------------------------


@_app.command()
def preview(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    segment: Annotated[Optional[str], typer.Option("--segment", help="Show sample members of this segment.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="How many sample members to show.")] = 10,
    as_of: AsOfOption = None,
    trust_pickle: TrustOption = False,
    engine: EngineOption = None,
    include_personal: IncludePersonalOption = False,
) -> None:
    """Segment sizes and shares, segmentations' label distributions, and sample members (personal columns hidden unless --include-personal-data)."""
    from segdsl.render.preview import cluster_profile_table, fit, label_distribution, sample_members, segment_sizes

    definition = load_definition(path)
    if segment is not None and segment not in definition.segments:
        from segdsl.diagnostics import available, suggest

        guess = suggest(segment, definition.segments)
        stderr().print(f"error: no segment `{segment}`" + (f"; did you mean `{guess[0]}`?" if guess else "") + f" ({available(definition.segments)})")
        raise typer.Exit(EXIT_USAGE)
    include_traits = segment is not None
    profiling = None
    if definition.ir.models:
        from segdsl.models.profile import cluster_profiling

        profiling = cluster_profiling(definition.ir)
    try:
        with engine_for(engine, path):
            if profiling is None:
                frame, profiles = definition.evaluate(as_of, include_traits=include_traits, trust_pickle=trust_pickle), []
            else:  # one evaluation for the segments and the cluster profiles
                full = profiling.extend(definition).evaluate(as_of, include_traits=include_traits,
                                                             trust_pickle=trust_pickle, keep=profiling.keep)
                profiles = profiling.profiles(full)
                frame = full.select(definition.key, *definition.ir.outputs(include_traits))
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    console = stdout()
    console.print(f"{path} as of {definition.resolve_as_of(as_of)}")
    console.print(fit(segment_sizes(frame, list(definition.segments)), console))
    for segmentation in definition.segmentations:
        console.print(fit(label_distribution(frame, segmentation), console))
    for found in profiles:
        console.print(fit(cluster_profile_table(found.model.name, found.profile, found.population), console))
    if segment is not None and limit:
        from segdsl.personal import Disclosure

        disclosure = Disclosure.for_plan(definition.ir, include_personal)
        console.print(fit(sample_members(disclosure.frame(frame), definition.key, segment, limit), console))
        note = disclosure.note(disclosure.hidden_among([definition.key, *frame.columns]))
        if note:
            stderr().print(note)


# ---- explain -----------------------------------------------------------------------------------


@_app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="The definition file.")],
    segment: Annotated[Optional[str], typer.Option("--segment", help="Explain only what this segment or segmentation needs.")] = None,
    as_of: AsOfOption = None,
    unoptimized: Annotated[bool, typer.Option("--unoptimized", help="Show the plan before Polars' optimiser.")] = False,
    trust_pickle: TrustOption = False,
    engine: EngineOption = None,
) -> None:
    """Show the compiled plan: tables, aggregations and windows, then the optimised Polars plan (or, with a SQL engine, the SQL and the engine's own plan)."""
    from segdsl.models.scoring import ModelScorer
    from segdsl.render.explain import plan_summary

    definition = load_definition(path)
    outputs = definition.segments + definition.segmentations
    if segment is not None and segment not in outputs:
        stderr().print(f"error: no segment or segmentation `{segment}`")
        raise typer.Exit(EXIT_USAGE)
    with engine_for(engine, path) as chosen:
        if chosen != "polars":
            from segdsl.engines.commands import explain_on_engine

            explain_on_engine(definition, chosen, as_of)
            return
    import polars as pl

    from segdsl.api import evaluation_error
    from segdsl.datacheck import validate_inputs

    try:
        validate_inputs(definition.ir)  # the data problems `eval` reports, reported the same way
        scorer = ModelScorer(definition.ir, trust_pickle) if definition.ir.models else None
        lazy = definition.plan(as_of, scorer=scorer)
        if segment is not None:
            lazy = lazy.select(definition.key, segment)
        text = lazy.explain(optimized=not unoptimized)
        scoring = scorer.methods() if scorer is not None else {}
    except DiagnosticError as error:
        raise fail(error.diagnostics) from None
    except (pl.exceptions.PolarsError, OSError) as error:  # key types that do not match, say
        raise fail([evaluation_error(error)]) from None
    console = stdout()
    console.print(plan_summary(definition, definition.resolve_as_of(as_of), scoring), soft_wrap=False)
    console.print("Polars plan" + (" (unoptimised)" if unoptimized else " (optimised)") + ":")
    console.print(text, markup=False)


_CORE_COMMANDS = frozenset({"validate", "eval", "preview", "explain"})
_registered = False


def full_app() -> typer.Typer:
    """The Typer app with every command (also `segdsl.cli.app`). The commands with a module of
    their own are registered on first use: `segdsl eval` (and the other commands above) neither
    import those modules nor have Typer build their click commands (measured: 35 ms less per start)."""
    global _registered
    if not _registered:
        _registered = True
        from segdsl.cli_commands import register_commands

        register_commands(_app)
    return _app


def _app_for(arguments: Sequence[str]) -> typer.Typer:
    """Only the commands defined here when one of them is named first (no option before it);
    everything else (`--help`, another command, a typo to suggest a name for) sees them all."""
    if arguments and arguments[0] in _CORE_COMMANDS:
        return _app
    return full_app()


def __getattr__(name: str) -> typer.Typer:
    """`segdsl.cli.app`: the app with every command registered (tests invoke it directly)."""
    if name == "app":
        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """The console entry point, `segdsl.entry.main` (kept here for scripts that import it)."""
    from segdsl.entry import main as entry_main

    entry_main()
