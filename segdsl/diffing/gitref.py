"""Reading a definition, and everything it imports, as committed at a git revision.

Only the .seg text comes from git: the returned SourceFile keeps the working-tree path, so
relative data paths (data is never committed) and imports resolve exactly as for the current
version. git runs with a list argv (no shell), and the ref is resolved to one commit first so
every file is read from the same snapshot even if the branch moves meanwhile.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.source import SourceFile


@dataclass(frozen=True)
class Revision:
    root: Path  # the repository's top-level folder, resolved
    ref: str  # as the user wrote it, for messages
    commit: str

    def relative(self, path: Path) -> PurePosixPath:
        """`path` as git names it; ValueError when it lies outside the repository."""
        return PurePosixPath(path.resolve().relative_to(self.root).as_posix())

    def read(self, path: Path) -> str:
        """The committed text of a working-tree path (the loader's `read_import`): OSError when
        the file does not exist at this revision, UnicodeDecodeError when it is not UTF-8."""
        try:
            name = self.relative(path)
        except ValueError:
            raise OSError(f"outside the git repository {self.root}") from None
        done = _git(self.root, "cat-file", "blob", f"{self.commit}:{name}")
        if done.returncode != 0:
            raise OSError(f"no such file at {self.ref}")
        return done.stdout.decode("utf-8")

    def source(self, path: Path) -> SourceFile:
        """The root definition at this revision, named `REF:path` in diagnostics (as `git show`
        takes it), so imports are named `REF:dir/common.seg` too."""
        try:
            name = f"{self.ref}:{self.relative(path)}"
        except ValueError:
            raise _error(f"{path} is not inside the git repository {self.root}",
                         "pass a file of the repository that holds it") from None
        try:
            return SourceFile(name, self.read(path), path)
        except OSError:
            raise _error(f"{self.relative(path)} does not exist at {self.ref}",
                         "was it added after that revision? check the path, or pick an older or newer ref") from None
        except UnicodeDecodeError:
            raise _error(f"{name} is not UTF-8 text", "definition files are UTF-8 text") from None


def open_revision(file: Path, ref: str) -> Revision:
    """The repository holding `file` and `ref` resolved to a commit; E701 when either fails."""
    folder = file.resolve().parent
    try:
        top = _git(folder, "rev-parse", "--show-toplevel")
    except FileNotFoundError:
        raise _error("git is not installed, and --git-ref needs it",
                     "install git, or compare two files: `segdsl diff OLD.seg NEW.seg`") from None
    if top.returncode != 0:
        raise _error(f"not a git repository: {folder}",
                     "--git-ref reads the old version from git; without a repository, compare two files: "
                     "`segdsl diff OLD.seg NEW.seg`")
    root = Path(top.stdout.decode().strip()).resolve()
    found = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if found.returncode != 0:
        raise _error(f"unknown git revision `{ref}`",
                     "use a branch, tag or commit of this repository (in CI, fetch it first: "
                     "actions/checkout with `fetch-depth: 0`)")
    return Revision(root, ref, found.stdout.decode().strip())


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, check=False)


def _error(message: str, hint: str) -> DiagnosticError:
    return DiagnosticError([Diagnostic("E701", message, hints=(hint,))])
