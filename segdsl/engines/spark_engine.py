"""Spark: the one statement runs as Spark SQL. Locally a `local[2]` session; on a cluster a
Spark Connect URL (`sc://host:15002`, SEGDSL_SPARK_REMOTE) or the session `spark-submit` made
(SEGDSL_SPARK_MASTER, or an active session). Spark reads the data files itself and segdsl reads
them too (schemas, the data checks, helper relations), so they must be at the same path for both
(a shared file system). Paths are sent absolute: a Connect server does not share our directory.

The session time zone is UTC, so datetimes count on their UTC day as on every engine.
"""

from __future__ import annotations

import os
import socket
from itertools import count
from pathlib import Path
from urllib.parse import urlsplit

import polars as pl
from sqlglot import exp

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.engines.sql_engine import SqlEngine
from segdsl.extras import require_module
from segdsl.schema import data_format

REMOTE_VARIABLE = "SEGDSL_SPARK_REMOTE"
CONNECT_PORT = 15002  # Spark Connect's default
CONNECT_TIMEOUT = 10.0  # seconds to open the TCP connection (SEGDSL_SPARK_CONNECT_TIMEOUT)


def spark_session(master: str | None = None, remote: str | None = None):  # noqa: ANN201 - pyspark is optional
    require_module("pyspark", "spark")
    from pyspark.sql import SparkSession

    remote = remote or os.environ.get(REMOTE_VARIABLE)
    if remote:
        return connect_session(remote)
    master = master or os.environ.get("SEGDSL_SPARK_MASTER")
    session = SparkSession.getActiveSession()
    if session is None and under_spark_submit() and not master:
        # spark-submit started the JVM with its --master and --conf: take them as they are
        session = SparkSession.builder.getOrCreate()
    if session is None:
        session = (SparkSession.builder.appName("segdsl")
                   .master(master or "local[2]")
                   .config("spark.sql.shuffle.partitions", os.environ.get("SEGDSL_SPARK_PARTITIONS", "4"))
                   .config("spark.sql.codegen.wholeStage", "false")  # small local data: compiling costs more than it saves
                   .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.driver.memory", os.environ.get("SEGDSL_SPARK_DRIVER_MEMORY", "1g"))
                   .getOrCreate())
        session.sparkContext.setLogLevel("FATAL")  # a failed task logs a JVM stack at ERROR: the diagnostic says it
    session.conf.set("spark.sql.session.timeZone", "UTC")
    return session


def under_spark_submit() -> bool:
    """True in a Python driver that spark-submit started: its JVM is already running and waits on
    this gateway port (set by Spark's PythonRunner)."""
    return bool(os.environ.get("PYSPARK_GATEWAY_PORT"))


def connect_address(url: str) -> tuple[str, int]:
    """Host and port of an `sc://HOST:PORT/;params` URL: the only parts a diagnostic may show
    (the parameters can hold a token)."""
    parts = urlsplit(url)
    try:
        port = parts.port or CONNECT_PORT
    except ValueError:
        port = -1
    if parts.scheme != "sc" or not parts.hostname or port < 0:
        raise DiagnosticError([Diagnostic("E252", f"{REMOTE_VARIABLE} is not a Spark Connect URL",
                                          hints=(f"write it as sc://HOST:{CONNECT_PORT} (parameters after /;)",))])
    return parts.hostname, port


def connect_session(url: str):  # noqa: ANN201 - pyspark is optional
    """A Spark Connect session, or E252 naming host:port. The TCP check first: PySpark's own
    retries wait about ten minutes for a server that is not there; a fixed number of short retries
    then bounds what a listening but broken server costs."""
    host, port = connect_address(url)
    require_module("grpc", "spark", "Spark Connect (sc:// URLs)")
    timeout = float(os.environ.get("SEGDSL_SPARK_CONNECT_TIMEOUT", CONNECT_TIMEOUT))
    hint = f"start the server (`start-connect-server.sh`) or fix {REMOTE_VARIABLE}"
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DiagnosticError([Diagnostic("E252", f"cannot reach Spark Connect at {host}:{port}: {reason}",
                                          hints=(hint,))]) from None
    from pyspark.sql import SparkSession

    try:
        session = SparkSession.builder.remote(url).getOrCreate()
        try:
            from pyspark.sql.connect.client.retries import DefaultPolicy

            session.client.set_retry_policies([DefaultPolicy(max_retries=4, max_backoff=5000)])
        except (ImportError, AttributeError):  # an older client: its own retries
            pass
        session.conf.set("spark.sql.session.timeZone", "UTC")  # the first call to the server
    except DiagnosticError:
        raise
    except Exception as error:  # noqa: BLE001 - not a Connect server, or it refused us
        raise DiagnosticError([Diagnostic("E252", f"Spark Connect at {host}:{port} did not answer: {error_line(error)}",
                                          hints=(hint,))]) from None
    return session


def error_line(error: BaseException) -> str:
    """One line for an error from Spark: its first line (no JVM stack), or for a bare gRPC error,
    whose str() is a multi-line dump, the status and details of the gRPC error PySpark wrapped."""
    first = (str(error).strip().splitlines() or [""])[0]
    if first and not first.startswith("<"):
        return first[:200]
    seen: BaseException | None = error
    while seen is not None:
        code, details = getattr(seen, "code", None), getattr(seen, "details", None)
        if callable(code) and callable(details):
            status = getattr(code(), "name", str(code()))
            return f"{status}: {(str(details() or '').strip().splitlines() or [''])[0][:200]}"
        seen = seen.__cause__ or seen.__context__
    return first[:200] or type(error).__name__


class SparkEngine(SqlEngine):
    name = "spark"
    dialect = "spark"

    def __init__(self, session=None):  # noqa: ANN001
        try:
            self.session = session or spark_session()
        except DiagnosticError:
            raise
        except Exception as error:  # noqa: BLE001 - no Java, no cluster: a diagnostic
            first = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise DiagnosticError([Diagnostic("E252", f"cannot start or reach Spark: {first}",
                                              hints=("Spark needs Java 17 (`java -version`), or set SEGDSL_SPARK_REMOTE=sc://HOST:15002",))]) from None
        self._names = count()
        self._views: list[str] = []

    def _view(self, frame) -> exp.Expression:  # noqa: ANN001 - a Spark DataFrame
        name = f"segdsl_{os.getpid()}_{next(self._names)}"
        frame.createOrReplaceTempView(name)
        self._views.append(name)
        return exp.to_table(name, quoted=True)

    def file_relation(self, table: ir.Table, columns: tuple[str, ...]) -> exp.Expression:
        """A view over the file as Spark reads it. Spark reads the schema here (over Connect: the
        server, when the view is made), so a file Spark cannot read fails here: E253 naming it."""
        reader = self.session.read
        fmt = data_format(table.path) or "parquet"
        path = str(Path(table.path).absolute())  # the cluster's working directory is not ours
        try:
            if fmt == "csv":
                frame = reader.option("header", True).option("inferSchema", True).csv(path)
            elif fmt == "ndjson":
                frame = reader.json(path)
            else:
                frame = reader.parquet(path)
            return self._view(frame)
        except Exception as error:  # noqa: BLE001 - Spark's reader error becomes a diagnostic
            reason = error_line(error)
            hints = ["Spark reads the file itself: on a cluster it must be at this same path there (README \"Spark on a cluster\")"]
            if "NANOS" in reason:
                hints.append("Spark reads Parquet timestamps in micro- or milliseconds: write the file with Datetime('us')")
            raise DiagnosticError([Diagnostic("E253", f"Spark cannot read {path} (table `{table.name}`): {reason}",
                                              hints=tuple(hints))]) from None

    def frame_relation(self, name: str, frame: pl.DataFrame) -> exp.Expression:
        return self._view(self.session.createDataFrame(frame.to_arrow()))

    def run(self, sql: str) -> pl.DataFrame:
        try:
            return pl.from_arrow(self.session.sql(sql).toArrow())  # type: ignore[return-value]
        finally:
            self._drop_views()

    def explain_sql(self, sql: str) -> str:
        try:
            rows = self.session.sql("EXPLAIN FORMATTED " + sql).collect()
        finally:
            self._drop_views()
        return "\n".join(row[0] for row in rows)

    def _drop_views(self) -> None:
        for name in self._views:
            self.session.catalog.dropTempView(name)
        self._views.clear()

    def close(self) -> None:
        self._drop_views()
