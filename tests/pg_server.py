"""A real, throw-away PostgreSQL server for the tests and benchmarks (Debian's `postgresql`).

initdb into a temporary folder, started on a free loopback port with the C locale (text sorts by
code point, as in Polars), stopped and removed at the end. One server serves both kinds of test:
- the superuser `postgres` logs in without a password (trust, on the socket and on loopback
  TCP), so `server.url` works as a plain connection string for the engine tests;
- every other role logs in over TCP with its password (SCRAM-SHA-256), so the tests of named
  connections see real password logins and real refusals;
- every statement is logged (`log_statement = all`) to a file, `server.log_text()`, so tests can
  read what a reader sent (pg_stat_statements is not available here).
PostgreSQL refuses to run as root: as root the server runs as the `postgres` user the Debian
package creates (`runuser`), which owns the folder.

    server = PgServer.start()        # or the `pg_server` session fixture in tests/conftest.py
    server.url                       # postgresql://postgres@127.0.0.1:PORT/postgres
    server.psql("CREATE ROLE app LOGIN PASSWORD 'pw'")
    server.url_for("app", "shop")    # postgresql://app@127.0.0.1:PORT/shop (password separately)
    server.stop()                    # stops the server and removes its folder
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

SUPERUSER_PASSWORD = "pg-super-Secret-4242"  # set, though the superuser needs none on loopback


def pg_bin() -> Path | None:
    """The newest installed server binaries (/usr/lib/postgresql/NN/bin), or initdb on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> bool:
    """Binaries installed, and (as root) the `postgres` user to run them as."""
    if pg_bin() is None:
        return False
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# First match wins: the superuser without a password, everyone else with theirs.
_HBA = """local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


@dataclass
class PgServer:
    folder: Path
    port: int
    bin: Path
    user: str | None  # the OS user the server runs as (when we are root)

    @property
    def url(self) -> str:
        """The superuser's connection string (no password needed)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, user: str, database: str) -> str:
        """A role's connection string, without its password (given separately, as users do)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    @classmethod
    def start(cls) -> "PgServer":
        """initdb and start on a free port; a port taken in between is retried on another."""
        binaries = pg_bin()
        assert binaries is not None, "PostgreSQL server binaries are not installed"
        user = "postgres" if os.geteuid() == 0 else None
        folder = Path(tempfile.mkdtemp(prefix="segdsl-pg-"))
        if user is not None:
            os.chmod(folder, 0o755)
            shutil.chown(folder, user)
        server = cls(folder, _free_port(), binaries, user)
        try:
            server._initdb()
            for attempt in range(3):
                try:
                    server._launch()
                    return server
                except RuntimeError:
                    if attempt == 2:
                        raise
                    server.port = _free_port()
                    time.sleep(0.5)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return server

    def _initdb(self) -> None:
        password_file = self.folder / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n")
        if self.user is not None:
            shutil.chown(password_file, self.user)
        self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth-local=trust",
                  "--auth-host=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8", "--no-locale")
        (self.data / "pg_hba.conf").write_text(_HBA)

    def _launch(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c log_statement=all "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w", "-t", "60", "start")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"PostgreSQL did not start: {self.log_text()[-2000:]}")

    def _run(self, *args: str | Path, input: str | None = None) -> str:
        command = [str(a) for a in args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, input=input, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(str(args[0])).name} failed: {result.stderr}{result.stdout}")
        return result.stdout

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser over the socket."""
        return self._run(self.bin / "psql", "-h", self.folder, "-p", str(self.port), "-U", "postgres",
                         "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-A", "-t", "-c", sql)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        """Stop the server (immediately: its data is thrown away) and remove its folder."""
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":  # a server for trying `--engine postgres` by hand; Enter stops it
    server = PgServer.start()
    print(f"export SEGDSL_POSTGRES_URL={server.url}")
    try:
        input("PostgreSQL is running; press Enter to stop it\n")
    finally:
        server.stop()
