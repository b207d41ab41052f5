"""A real, throwaway PostgreSQL server for tests: Debian's `postgresql` binaries, a temporary
data directory, a free loopback port, password (SCRAM) logins, and every statement logged to a
file so tests can read what the reader sent (pg_stat_statements is not available here).

PostgreSQL refuses to run as root: as root the server runs as the `postgres` user the package
creates (`runuser`), which owns the data directory.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = "pg-super-Secret-4242"


def binaries() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PgServer:
    root: Path
    port: int
    bin: Path
    as_postgres: bool

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def _run(self, *args: str, input: str | None = None) -> str:
        command = [str(a) for a in args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, input=input, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr}{result.stdout}")
        return result.stdout

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self.as_postgres:
            shutil.chown(pwfile, "postgres")
        self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "--auth-local=trust",
                  "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c log_statement=all "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB")
        self._run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser over the socket (trust auth)."""
        return self._run(self.bin / "psql", "-h", str(self.root), "-p", str(self.port), "-U", "postgres",
                         "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-A", "-t", "-c", sql)

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def start_server() -> PgServer:
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL binaries (initdb, pg_ctl) not found")
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="segdsl-pg-"))
    if as_postgres:
        os.chmod(root, 0o755)
        shutil.chown(root, "postgres")
    server = PgServer(root, _free_port(), bin_dir, as_postgres)
    for attempt in range(3):
        try:
            server.start()
            return server
        except RuntimeError:
            if attempt == 2:
                raise
            server.stop()
            shutil.rmtree(server.data, ignore_errors=True)
            server.port = _free_port()
            time.sleep(0.5)
    return server


def remove(server: PgServer) -> None:
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
