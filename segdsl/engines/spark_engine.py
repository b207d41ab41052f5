"""Spark: the one statement runs as Spark SQL. Locally a `local[2]` session; on a cluster a
Spark Connect URL (`sc://host:15002`, SEGDSL_SPARK_REMOTE) or the session `spark-submit` made
(SEGDSL_SPARK_MASTER, or an active session). Spark reads the data files itself, so they must be
paths the cluster can read (a shared file system or object store).

The session time zone is UTC, so datetimes count on their UTC day as on every engine.
"""

from __future__ import annotations

import os
from itertools import count

import polars as pl
from sqlglot import exp

from segdsl import ir
from segdsl.diagnostics import Diagnostic, DiagnosticError
from segdsl.engines.sql_engine import SqlEngine
from segdsl.extras import require_module
from segdsl.schema import data_format


def spark_session(master: str | None = None, remote: str | None = None):  # noqa: ANN201 - pyspark is optional
    require_module("pyspark", "spark")
    from pyspark.sql import SparkSession

    remote = remote or os.environ.get("SEGDSL_SPARK_REMOTE")
    builder = SparkSession.builder.appName("segdsl")
    if remote:
        builder = builder.remote(remote)
    else:
        active = SparkSession.getActiveSession()
        if active is not None:  # spark-submit: use the session (and cluster) it made
            return active
        builder = (builder.master(master or os.environ.get("SEGDSL_SPARK_MASTER", "local[2]"))
                   .config("spark.sql.shuffle.partitions", os.environ.get("SEGDSL_SPARK_PARTITIONS", "4"))
                   .config("spark.sql.codegen.wholeStage", "false")  # small local data: compiling costs more than it saves
                   .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.driver.memory", os.environ.get("SEGDSL_SPARK_DRIVER_MEMORY", "1g")))
    session = builder.getOrCreate()
    if not remote:
        session.sparkContext.setLogLevel("ERROR")
    session.conf.set("spark.sql.session.timeZone", "UTC")
    return session


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
        reader = self.session.read
        fmt = data_format(table.path) or "parquet"
        path = str(table.path)
        if fmt == "csv":
            frame = reader.option("header", True).option("inferSchema", True).csv(path)
        elif fmt == "ndjson":
            frame = reader.json(path)
        else:
            frame = reader.parquet(path)
        return self._view(frame)

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
