"""`segdsl diff`: what a change to a definition does to membership, for code review.

Both versions are evaluated on the same data as of the same day, so every difference in the
report comes from the definitions. It is a report, not a check: exit 0 whatever changed, unless
`--exit-code` asks (as `git diff --exit-code` does) for 1 when membership changed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from segdsl.personal import INCLUDE_OPTION

from segdsl.diagnostics import Diagnostic, DiagnosticError

if TYPE_CHECKING:
    from segdsl.check.loader import ReadImport
    from segdsl.diffing.compute import Evaluated, MembershipDiff
    from segdsl.diffing.versions import Version
    from segdsl.source import SourceFile

FORMATS = ("text", "markdown")


def diff_command(
    files: Annotated[list[Path], typer.Argument(metavar="FILE.seg", help="OLD.seg NEW.seg, or one FILE.seg with --git-ref.", show_default=False)],
    git_ref: Annotated[Optional[str], typer.Option("--git-ref", metavar="REF", help="Compare FILE with its committed version at REF (a branch, tag or commit); its imports are read at REF too.")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="DATE", help="Evaluate both versions as of this date (YYYY-MM-DD). Default: the new version's `as of`, else today (UTC).")] = None,
    data: Annotated[Optional[Path], typer.Option("--data", metavar="DIR", help="Read the tables from DIR: each path written in a .seg file is taken relative to DIR instead of to that file.")] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="text|markdown", help="text (tables, coloured in a terminal) or markdown (a pull-request comment).")] = "text",
    out: Annotated[Optional[Path], typer.Option("--out", metavar="FILE", help="Write the report to FILE (atomically) instead of standard output.")] = None,
    sample: Annotated[int, typer.Option("--sample", min=0, metavar="N", help="Keys shown per segment for members added and removed (the first in sort order).")] = 5,
    show_all: Annotated[bool, typer.Option("--all", help="List unchanged segments and segmentations too, not only their names.")] = False,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when membership changed (or a definition was added or removed), like `git diff --exit-code`.")] = False,
    trust_pickle: Annotated[bool, typer.Option("--trust-pickle", help="Allow loading pickle/joblib model files (they can run arbitrary code).")] = False,
    engine: Annotated[Optional[str], typer.Option("--engine", help="Evaluate both versions on polars, duckdb, postgres or spark (default: `engine` in [tool.segdsl], else polars).")] = None,
    include_personal: Annotated[bool, typer.Option(INCLUDE_OPTION, help="Show sampled keys even when the customer key is declared personal (hidden by default).")] = False,
) -> None:
    """Evaluate two versions of a definition on the same data and report, per segment, the size
    before and after and the members added and removed, and per segmentation the label counts and
    the main movements between labels. Exit 0: report written; 1: errors in a definition (or, with
    --exit-code, membership changed); 2: usage, file or git errors."""
    from segdsl import cli
    from segdsl.api import parse_as_of
    from segdsl.diffing.compute import compare
    from segdsl.diffing.versions import require_same_key

    if fmt not in FORMATS:
        cli.stderr().print(f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(cli.EXIT_USAGE)
    if len(files) != (1 if git_ref is not None else 2):
        cli.stderr().print("error: give two files (segdsl diff OLD.seg NEW.seg), "
                           "or one file and a revision (segdsl diff FILE.seg --git-ref REF)")
        raise typer.Exit(cli.EXIT_USAGE)
    try:  # everything the command line names: files, revision, folder, date
        day = parse_as_of(as_of)
        (old_source, read_import), new_source = _sources(files, git_ref)
        if data is not None and not data.is_dir():
            raise DiagnosticError([Diagnostic("E301", f"data folder not found: {data}", file=str(data))])
    except DiagnosticError as error:
        cli.report(error.diagnostics)
        raise typer.Exit(cli.EXIT_USAGE) from None
    old, new = _checked(old_source, read_import, new_source)
    try:
        require_same_key(old, new)
        if data is not None:
            old, new = old.rooted_at(data), new.rooted_at(data)
        when = new.definition.resolve_as_of(day)
        with cli.engine_for(engine, files[-1]):
            diff = compare(_evaluated("old", old, when, trust_pickle), _evaluated("new", new, when, trust_pickle),
                           new.definition.key, when, sample)
        diff = _disclosed(diff, (old.definition.ir, new.definition.ir), include_personal)
    except DiagnosticError as error:
        raise cli.fail(error.diagnostics) from None
    if out is not None:
        from segdsl.atomic import write_atomic

        text = _rendered(diff, fmt, show_all)
        try:
            write_atomic(out, lambda temporary: temporary.write_text(text, encoding="utf-8"))
        except DiagnosticError as error:
            raise cli.fail(error.diagnostics) from None
        cli.stderr().print(f"wrote the diff to {out}")
    elif fmt == "text":
        from segdsl.diffing.render_text import text_report

        cli.stdout().print(text_report(diff, show_all=show_all))
    else:
        sys.stdout.write(_rendered(diff, fmt, show_all))
    raise typer.Exit(cli.EXIT_PROBLEMS if exit_code and diff.changed else cli.EXIT_OK)


def _disclosed(diff, plans, include_personal: bool):  # noqa: ANN001, ANN202 - MembershipDiff, ir.Plan
    """The diff with its sampled keys masked when either version declares the key personal."""
    from dataclasses import replace

    from segdsl.personal import Disclosure

    disclosures = [Disclosure.for_plan(plan, include_personal) for plan in plans]
    if not any(d.key_hidden for d in disclosures):
        return diff
    masked = disclosures[0] if disclosures[0].key_hidden else disclosures[1]
    return replace(diff, segments=tuple(replace(s, added_sample=masked.keys(s.added_sample),
                                                removed_sample=masked.keys(s.removed_sample)) for s in diff.segments))


def _sources(files: list[Path], git_ref: str | None) -> tuple[tuple[SourceFile, ReadImport | None], SourceFile]:
    """(old version and how its imports are read, new version): two files, or FILE at REF and now."""
    from segdsl.api import read_source

    new = read_source(files[-1])
    if git_ref is None:
        return (read_source(files[0]), None), new
    from segdsl.diffing.gitref import open_revision

    revision = open_revision(files[0], git_ref)
    return (revision.source(files[0]), revision.read), new


def _checked(old: SourceFile, read_import: ReadImport | None, new: SourceFile) -> tuple[Version, Version]:
    """Both versions checked; every error of both reported, saying which version has it (exit 1)."""
    from segdsl import cli
    from segdsl.diffing.versions import check_version

    checked, failed = [], False
    for role, source, reader in (("old", old, read_import), ("new", new, None)):
        try:
            checked.append(check_version(source, reader))
        except DiagnosticError as error:
            cli.stderr().print(f"error: the {role} version ({source.name}) has errors:", markup=False)
            cli.report(error.diagnostics)
            failed = True
    if failed:
        raise typer.Exit(cli.EXIT_PROBLEMS)
    return checked[0], checked[1]


def _evaluated(role: str, version: Version, when: dt.date, trust_pickle: bool) -> Evaluated:
    from segdsl import cli
    from segdsl.diffing.compute import Evaluated

    definition = version.definition
    try:
        frame = definition.evaluate(when, trust_pickle=trust_pickle)
    except DiagnosticError:
        cli.stderr().print(f"error: cannot evaluate the {role} version ({version.source.name}):", markup=False)
        raise
    return Evaluated(version.source.name, frame, definition.segments, definition.segmentations)


def _rendered(diff: MembershipDiff, fmt: str, show_all: bool) -> str:
    if fmt == "markdown":
        from segdsl.diffing.render_markdown import render_markdown

        return render_markdown(diff, show_all=show_all)
    from segdsl.diffing.render_text import plain_text

    return plain_text(diff, show_all=show_all)
