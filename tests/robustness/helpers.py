"""Running the command line in-process through its real entry point (`segdsl.cli.main`, which
turns any unexpected exception into exit 3), so tests see exactly the exit code a user gets."""

from __future__ import annotations

import sys

from segdsl.cli import main


def cli(*args: str) -> int:
    saved = sys.argv
    sys.argv = ["segdsl", *map(str, args)]
    try:
        main()
        return 0
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    finally:
        sys.argv = saved
