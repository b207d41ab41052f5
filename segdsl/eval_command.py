"""What `segdsl eval` does, free of Typer: the Typer command (segdsl.cli) and the entry point's
fast path (segdsl.entry) both call `run_eval`, so the two cannot drift apart. Every problem is
raised as a DiagnosticError; the caller reports it as every command reports its problems."""

from __future__ import annotations

import sys
from pathlib import Path


def run_eval(path: Path, as_of: str | None = None, out: Path | None = None, long: bool = False,
             traits: bool = False, trust_pickle: bool = False, engine: str | None = None,
             include_personal: bool = False, no_cache: bool = False) -> None:
    """Evaluate every segment and segmentation into `out` (or CSV on standard output)."""
    import segdsl.api
    from segdsl.engines.choice import resolve_engine, using
    from segdsl.entry import resume_gc

    if out is not None:
        from segdsl.io import output_format

        output_format(out)
    definition = segdsl.api.load(path, cache=not no_cache)
    keep: tuple[str, ...] = ()
    if traits and not include_personal:  # every trait but the personal ones (a `keep let` is output anyway)
        keep, traits = tuple(d.name for d in definition.ir.derived if d.role == "trait" and not d.kept and not d.personal), False
    resume_gc()
    with using(resolve_engine(engine, path)) as chosen:
        if out is not None and not long and chosen == "polars":  # streamed, input checks in the same pass
            rows = definition.evaluate_to(out, as_of, include_traits=traits, trust_pickle=trust_pickle, keep=keep)
            sys.stderr.write(f"wrote {rows:,} rows to {out}\n")  # plain text: eval does not load Rich
            return
        frame = definition.evaluate(as_of, include_traits=traits, trust_pickle=trust_pickle, keep=keep)
    if long:
        from segdsl.output import long_format

        frame = long_format(frame, definition.key, definition.segments, definition.segmentations)
    if out is None:
        sys.stdout.write(frame.write_csv())
        return
    from segdsl.cli_output import stderr
    from segdsl.io import write_frame

    write_frame(frame, out)
    stderr().print(f"wrote {frame.height:,} rows to {out}")
