"""A real, throw-away Spark Connect server for the tests (the one in the pip-installed PySpark).

`spark-submit --class org.apache.spark.sql.connect.service.SparkConnectServer` with the Connect
jar PySpark ships, `local[2]`, bound to a free loopback port (the driver and block manager too,
so nothing listens beyond 127.0.0.1), in a temporary folder that holds its log and warehouse,
stopped and removed at the end. A separate JVM, as a cluster's server would be: it reads the data
files itself, by the paths the client sends.

    server = ConnectServer.start()   # or the `connect_server` fixture in tests/engines/test_engines_spark_cluster.py,
                                     # or by hand: .venv/bin/python tests/spark_server.py
    server.url                       # sc://127.0.0.1:PORT
    server.stop()
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 180.0  # seconds; ~15 s on an idle 2-CPU machine, ~30 s with neighbours busy
SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"


def pyspark_home() -> Path | None:
    try:
        import pyspark
    except ImportError:
        return None
    return Path(pyspark.__file__).parent


def spark_submit() -> Path | None:
    home = pyspark_home()
    script = home / "bin" / "spark-submit" if home else None
    return script if script and script.exists() else None


def connect_jar() -> Path | None:
    home = pyspark_home()
    found = sorted(glob.glob(str(home / "jars" / "spark-connect_*.jar"))) if home else []
    return Path(found[-1]) if found else None


def available() -> bool:
    return spark_submit() is not None and connect_jar() is not None and shutil.which("java") is not None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def loopback_environment() -> dict[str, str]:
    """The environment for Spark processes: loopback only, this Python for Python workers."""
    return {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "SPARK_LOCAL_HOSTNAME": "localhost",
            "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}


# small local data: the same settings as segdsl's own local[2] session (spark_engine.py)
QUICK_CONF = {
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "4",
    "spark.sql.codegen.wholeStage": "false",
}
QUICK_JAVA = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


@dataclass
class ConnectServer:
    folder: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"sc://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def log_tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    @classmethod
    def start(cls) -> "ConnectServer":
        """Start on a free port and wait until it accepts connections (RuntimeError with the log's
        tail when it exits or does not listen within START_TIMEOUT)."""
        submit, jar = spark_submit(), connect_jar()
        assert submit is not None and jar is not None, "PySpark's spark-submit or Connect jar is missing"
        server = cls(Path(tempfile.mkdtemp(prefix="segdsl-spark-connect-")), free_port())
        conf = {**QUICK_CONF, "spark.connect.grpc.binding.address": "127.0.0.1",
                "spark.connect.grpc.binding.port": str(server.port),
                "spark.sql.warehouse.dir": str(server.folder / "warehouse")}
        command = [str(submit), "--class", SERVER_CLASS, "--master", "local[2]", "--driver-memory", "1g",
                   "--driver-java-options", QUICK_JAVA]
        for key, value in conf.items():
            command += ["--conf", f"{key}={value}"]
        command.append(str(jar))
        with server.log.open("wb") as log:
            # own process group: stop() ends the launcher script and the JVM it started, nothing else
            server.process = subprocess.Popen(command, cwd=server.folder, env=loopback_environment(),
                                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            server._wait_until_listening()
        except BaseException:
            server.stop()
            raise
        return server

    def _wait_until_listening(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the Spark Connect server exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"the Spark Connect server did not listen within {START_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":  # try the engine by hand: a server until Enter
    server = ConnectServer.start()
    try:
        print(f"export SEGDSL_SPARK_REMOTE={server.url}", flush=True)
        input("Spark Connect server running (log: %s); press Enter to stop it\n" % server.log)
    except (EOFError, KeyboardInterrupt):
        pass
    finally:
        server.stop()
