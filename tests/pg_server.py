"""A real, throw-away PostgreSQL server for the tests (Debian's `postgresql` package).

initdb into a temporary data directory, started on a free loopback port with trust
authentication and the C locale (text sorts by code point, as in Polars), stopped at the end.
PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (created
by the Debian package) with a data directory it owns.

    server = PgServer.start()     # or the `pg_server` session fixture in conftest.py
    server.url                    # postgresql://postgres@127.0.0.1:PORT/postgres
    server.stop()
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def pg_bin() -> Path | None:
    """The newest installed server binaries (/usr/lib/postgresql/NN/bin), or initdb on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> bool:
    if pg_bin() is None:
        return False
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    folder: Path
    port: int
    bin: Path
    user: str | None  # run the server as this user (when we are root)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    @classmethod
    def start(cls) -> "PgServer":
        binaries = pg_bin()
        assert binaries is not None, "PostgreSQL server binaries are not installed"
        user = "postgres" if os.geteuid() == 0 else None
        folder = Path(tempfile.mkdtemp(prefix="segdsl-pg-"))
        if user is not None:
            entry = pwd.getpwnam(user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        server = cls(folder, _free_port(), binaries, user)
        server._run("initdb", "-D", str(folder / "data"), "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8")
        options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {folder} -c fsync=off -c full_page_writes=off"
        server._run("pg_ctl", "-D", str(folder / "data"), "-o", options, "-l", str(folder / "log"), "-w", "-t", "60", "start")
        server._wait()
        return server

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"PostgreSQL did not start: {(self.folder / 'log').read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":  # a server for trying `--engine postgres` by hand; Enter stops it
    server = PgServer.start()
    print(f"export SEGDSL_POSTGRES_URL={server.url}")
    try:
        input("PostgreSQL is running; press Enter to stop it\n")
    finally:
        server.stop()
