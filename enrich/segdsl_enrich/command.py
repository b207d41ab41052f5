"""`segdsl enrich`: crawl the websites of the companies in a table into a firmographics file.

Imported at segdsl start-up, so Scrapy and the crawl live in a subprocess (`python -m segdsl_enrich.crawl
JOBFILE`, a JSON job in, JSON lines out): the Twisted reactor runs once per process, `segdsl
validate` must never import Scrapy, and a crawler that crashes or is interrupted cannot take the
rows already finished with it: this process still writes them, and the next run resumes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl_enrich.inputs import read_domains  # noqa: F401  (light: no Scrapy; re-exported for tests)

if TYPE_CHECKING:
    from rich.console import Console
    import polars as pl

    from segdsl_enrich.progress import Outcome

# 0 even when some domains failed: they are rows with status `failed`.
EXIT_OK, EXIT_CRAWL_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def enrich_command(
    input: Annotated[Path, typer.Argument(help="Customer table (.parquet, .csv, .ndjson) with a domain, URL or e-mail column.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output Parquet file, one row per domain.")],
    domain_column: Annotated[str, typer.Option("--domain-column", help="Column holding domains, URLs or e-mail addresses.")] = "domain",
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, max=20, help="Pages fetched per domain, home page included.")] = 4,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Keep an HTTP cache here: for 7 days re-runs read pages from it instead of the sites.")] = None,
    resolve: Annotated[Optional[list[str]], typer.Option("--resolve", help="HOST=IP[:PORT], like curl: send HOST's requests there. The only way to reach 127.0.0.1.")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Enrich again the domains already in --out (pages still come from --cache-dir if given).")] = False,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Enrich again the domains whose row in --out has status `failed`; keep the others.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds allowed per request.")] = 15.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1024, help="Largest page accepted, in bytes.")] = 5 * 1024 * 1024,
    delay: Annotated[float, typer.Option("--delay", min=0.0, help="Initial seconds between two requests to the same site (AutoThrottle adapts it).")] = 0.5,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Requests in flight across all sites.")] = 128,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, max=64, help="Crawl processes, each with its own sites [default: one per CPU (at most 8), but no more than one per 100 domains].")] = None,
) -> None:
    """Fetch each company's home page and a few about/contact/legal pages, and keep company facts
    (name, industry, size, founding year, address, social profiles, technologies), one row per domain.
    Domains already in --out are skipped unless --refresh (all) or --retry-failed (those that failed).
    Input rows without a usable domain are reported. robots.txt is obeyed, one request at a time
    per site. People's names, e-mails and phone numbers are never stored."""
    from segdsl.extras import require_extra

    require_extra("enrich")  # before segdsl_enrich.job, which imports Scrapy
    from segdsl_enrich.job import Job
    from segdsl_enrich.progress import Outcome, run_with_progress
    from segdsl.atomic import write_atomic

    from rich.console import Console  # only when crawling: `segdsl` starts without Rich

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        mapping = _parse_resolve(resolve or [])
        domains, skipped_rows = read_domains(input, domain_column)
        previous = read_previous(out) if out.exists() and not refresh else None
        _check_writable(out)
        _check_cache_dir(cache_dir)
    except DiagnosticError as error:
        report(error.diagnostics)
        raise typer.Exit(EXIT_USAGE) from None
    if skipped_rows.count:
        console.print(skipped_rows.describe(domain_column), markup=False)
    done = set(_kept(previous, retry_failed)) if previous is not None else set()
    todo = [domain for domain in domains if domain not in done]
    job = Job(domains=todo, resolve=mapping, max_pages=max_pages, timeout=timeout, max_bytes=max_bytes,
              delay=delay, concurrency=concurrency, cache_dir=str(cache_dir.resolve()) if cache_dir else None)
    outcome = run_with_progress(job, console, workers) if todo else Outcome()
    # Written even after a crash or Ctrl-C: finished domains are kept and the next run resumes.
    frame = _combine(previous, outcome.rows)
    try:
        write_atomic(out, lambda tmp: frame.write_parquet(tmp))
    except DiagnosticError as error:
        report(error.diagnostics)
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(_conclude(console, outcome, out, todo=len(todo), skipped=len(domains) - len(todo),
                               not_domains=skipped_rows.count))


def _kept(previous: pl.DataFrame, retry_failed: bool) -> list[str]:
    """Domains of the previous output that this run keeps as they are."""
    import polars as pl

    rows = previous.filter(pl.col("status") != "failed") if retry_failed else previous
    return rows["domain"].to_list()


def _combine(previous: pl.DataFrame | None, rows: list[dict]) -> pl.DataFrame:
    """The new rows, plus the previous output's rows for the other domains, sorted by domain."""
    import polars as pl

    from segdsl_enrich.record import to_frame

    fresh = to_frame([{**row, "fetched_at": dt.datetime.fromisoformat(row["fetched_at"])} for row in rows])
    if previous is not None:
        fresh = pl.concat([previous.filter(~pl.col("domain").is_in(fresh["domain"].implode())), fresh])
    return fresh.sort("domain")


def _conclude(console: Console, outcome: Outcome, out: Path, todo: int, skipped: int, not_domains: int = 0) -> int:
    """Summary table, then the exit code: 0 even when domains failed (they are rows saying so)."""
    from segdsl_enrich.progress import summary

    console.print(summary(Counter(row["status"] for row in outcome.rows), outcome.pages, skipped, not_domains))
    resume = f"{len(outcome.rows)} domains saved to {out}; run again to resume the other {todo - len(outcome.rows)}"
    if outcome.interrupted:
        console.print(f"interrupted: {resume}")
        return EXIT_INTERRUPTED
    if outcome.returncode != 0:
        console.print(f"error: the crawl process exited with code {outcome.returncode}; {resume}. Last log lines:")
        console.print(outcome.log_tail, markup=False)
        return EXIT_CRAWL_FAILED
    return EXIT_OK


def report(diagnostics: Sequence[Diagnostic]) -> None:
    """Print diagnostics to stderr. The one place to change when the CLI's renderer is passed in."""
    from segdsl.render.text import render_text

    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(render_text(diagnostics), markup=False, end="")


def read_previous(out: Path) -> pl.DataFrame:
    """The existing output, for resuming; it must have our schema."""
    import polars as pl

    from segdsl_enrich.record import OUTPUT_SCHEMA

    try:
        frame = pl.read_parquet(out)
    except (pl.exceptions.PolarsError, OSError) as error:
        raise DiagnosticError([Diagnostic("E302", f"cannot read existing output {out}: {str(error).splitlines()[0]}",
                                          file=str(out), hints=("delete it, or pass --refresh to overwrite it",))]) from None
    if frame.schema != OUTPUT_SCHEMA:
        # Files from before provenance lack `sources` and may hold a guessed `industry`: re-read, not merged.
        older = "domain" in frame.columns and "status" in frame.columns and "sources" not in frame.columns
        message = (f"existing output {out} was written by an older segdsl (no `sources` column)" if older
                   else f"existing output {out} is not an enrichment file")
        raise DiagnosticError([Diagnostic("E302", message, file=str(out),
                                          hints=("delete it, or pass --refresh to overwrite it",))])
    return frame


def _parse_resolve(entries: list[str]) -> dict[str, tuple[str, int | None]]:
    from segdsl_enrich.resolve import parse_resolve

    try:
        return parse_resolve(entries)
    except ValueError as error:
        raise DiagnosticError([Diagnostic("E501", str(error), hints=("example: --resolve example.com=127.0.0.1:8080",))]) from None


def _check_writable(out: Path) -> None:
    """Fail before a long crawl rather than after it."""
    if out.suffix.lower() != ".parquet":
        raise DiagnosticError([Diagnostic("E306", f"output {out} must be a .parquet file", file=str(out))])
    folder = out.parent if str(out.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DiagnosticError([Diagnostic("E306", f"cannot write {out}: {error.strerror or error}", file=str(out))]) from None


def _check_cache_dir(cache_dir: Path | None) -> None:
    if cache_dir is not None and cache_dir.exists() and not cache_dir.is_dir():
        raise DiagnosticError([Diagnostic("E501", f"--cache-dir {cache_dir} is not a directory", file=str(cache_dir),
                                          hints=("give a folder (created if missing), or leave --cache-dir out",))])
