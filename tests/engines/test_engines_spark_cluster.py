"""Spark as on a cluster, with real processes on loopback: a Spark Connect server in its own JVM
(`tests/spark_server.py`) that the real CLI reaches through SEGDSL_SPARK_REMOTE=sc://..., and a
Python driver started by `spark-submit` that uses segdsl's public API with the session
spark-submit made. Both give the Polars engine's rows; an unreachable URL is E252, quickly."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import segdsl
from segdsl.datagen import generate

SOURCE_ROOT = Path(segdsl.__file__).parent.parent  # the segdsl under test, for the child processes


def require_spark(connect: bool) -> None:
    from services import require

    require(importlib.util.find_spec("pyspark") is not None, "PySpark", 'pip install "segdsl[spark]"')
    if connect:
        require(importlib.util.find_spec("grpc") is not None, "the Spark Connect client (grpcio)", 'pip install "segdsl[spark]"')


def require_spark_jvm() -> None:
    import spark_server

    from services import require

    require(shutil.which("java") is not None, "Java 17", "apt-get install openjdk-17-jre-headless")
    require(spark_server.available(), "PySpark's spark-submit and Spark Connect jar", 'pip install "pyspark>=4.0"')


def child_environment(**extra: str) -> dict[str, str]:
    import spark_server

    path = os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
    return {**spark_server.loopback_environment(), "PYTHONPATH": path, "PYTHONWARNINGS": "ignore", **extra}


def cli(*arguments: str, cwd: Path, timeout: float = 300, **environment: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "segdsl", *arguments], cwd=cwd, env=child_environment(**environment),
                          capture_output=True, text=True, timeout=timeout)


# Small on purpose: a Spark JVM's first statement costs ~20 s of CPU with C1 alone, more for a
# bigger plan; the examples themselves run on local Spark in test_engines_examples.py.
CLUSTER_SEG = """
customers from "data/customers.parquet" key customer_id since signup_date
events orders from "data/orders.parquet" key customer_id time order_date
events emails from "data/email_events.csv" key customer_id time event_time
events visits from "data/web_visits.ndjson" key customer_id time visit_time
as of 2026-11-01

let frequency      = count(orders)
let spend_365      = sum(orders.amount) over 365 days
let last_order     = last(orders.order_date)
let opens_30d      = count(emails where event == "open") over 30 days
let pricing_visits = count(visits where page == "pricing") in last 30 days

segment buyers         = frequency >= 2
segment buyers_holdout = holdout 30% of buyers seed 5
segment engaged        = opens_30d > 0 or pricing_visits > 0
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """Generated data and `cluster.seg`, which reads Parquet, CSV and NDJSON (each of Spark's
    readers) and has a holdout (a helper relation the client sends to the server)."""
    folder = tmp_path_factory.mktemp("cluster")
    generate(folder / "data", customers=300, seed=23)
    pl.read_parquet(folder / "data" / "email_events.parquet").write_csv(folder / "data" / "email_events.csv")
    pl.read_parquet(folder / "data" / "web_visits.parquet").write_ndjson(folder / "data" / "web_visits.ndjson")
    (folder / "cluster.seg").write_text(CLUSTER_SEG)
    # a file Polars reads and Spark refuses: Parquet timestamps in nanoseconds
    (pl.read_parquet(folder / "data" / "orders.parquet").with_columns(pl.col("order_date").cast(pl.Datetime("ns")))
     .write_parquet(folder / "data" / "orders_ns.parquet"))
    (folder / "nanos.seg").write_text(CLUSTER_SEG.replace("data/orders.parquet", "data/orders_ns.parquet"))
    return folder


@pytest.fixture(scope="module")
def connect_server():
    """A Spark Connect server in its own JVM for this module, stopped at the end."""
    require_spark(connect=True)
    require_spark_jvm()
    import spark_server

    server = spark_server.ConnectServer.start()
    yield server
    server.stop()


def read_sorted(path: Path) -> pl.DataFrame:
    return pl.read_parquet(path).sort("customer_id")


def test_eval_through_spark_connect_gives_the_polars_rows(connect_server, project, tmp_path):
    """The real CLI in a child process, run from the project folder with a relative path: the
    server (another process, another working directory) reads the Parquet, CSV and NDJSON files."""
    polars_run = cli("eval", "cluster.seg", "--traits", "--out", str(tmp_path / "polars.parquet"), cwd=project)
    assert polars_run.returncode == 0, polars_run.stderr
    spark_run = cli("eval", "cluster.seg", "--traits", "--engine", "spark", "--out", str(tmp_path / "spark.parquet"),
                    cwd=project, SEGDSL_SPARK_REMOTE=connect_server.url)
    assert spark_run.returncode == 0, spark_run.stderr + connect_server.log_tail()
    expected, got = read_sorted(tmp_path / "polars.parquet"), read_sorted(tmp_path / "spark.parquet")
    assert expected.height > 200 and expected["buyers_holdout"].any() and expected["engaged"].any()
    assert expected["opens_30d"].sum() > 0 and expected["pricing_visits"].sum() > 0  # CSV and NDJSON rows count
    assert_frame_equal(got, expected, check_exact=False, rel_tol=1e-9)
    log = connect_server.log.read_text(errors="replace")  # the server read the files, by absolute paths
    for name in ("customers.parquet", "email_events.csv", "web_visits.ndjson"):
        assert f"Reading File path: file://{(project / 'data' / name).resolve()}" in log, name


def test_explain_through_spark_connect_prints_the_servers_plan(connect_server, project):
    result = cli("explain", "cluster.seg", "--engine", "spark", cwd=project, SEGDSL_SPARK_REMOTE=connect_server.url)
    assert result.returncode == 0, result.stderr
    assert "SQL (spark)" in result.stdout and "spark plan" in result.stdout
    assert "Scan parquet" in result.stdout  # Spark's physical plan, with the file scans


def test_a_file_the_cluster_cannot_read_is_E253_naming_it(connect_server, project):
    """The server's reader error (here: nanosecond timestamps) while the view is made, not a
    traceback: E253 with the absolute path and the table."""
    result = cli("eval", "nanos.seg", "--engine", "spark", cwd=project, SEGDSL_SPARK_REMOTE=connect_server.url)
    assert result.returncode == 1, result.stderr
    path = (project / "data" / "orders_ns.parquet").resolve()
    assert "E253" in result.stderr and f"Spark cannot read {path} (table `orders`)" in result.stderr
    assert "PARQUET_TYPE_ILLEGAL" in result.stderr and "Datetime('us')" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_file_local_spark_cannot_read_is_E253_too(spark, project):
    from segdsl.diagnostics import DiagnosticError
    from segdsl.engines.spark_engine import SparkEngine

    definition = segdsl.load(project / "nanos.seg")
    with pytest.raises(DiagnosticError) as raised:
        SparkEngine(spark).evaluate(definition.ir, definition.resolve_as_of())
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "E253" and "orders_ns.parquet (table `orders`)" in diagnostic.message
    assert "PARQUET_TYPE_ILLEGAL" in diagnostic.message


def test_a_connect_url_nobody_listens_on_is_E252_naming_host_and_port(project):
    """No server on that port: exit 2 with E252 and host:port within seconds (PySpark alone would
    retry for about ten minutes); never a traceback, never the URL's token."""
    require_spark(connect=True)
    import spark_server

    port = spark_server.free_port()
    started = time.monotonic()
    result = cli("eval", "cluster.seg", "--engine", "spark", cwd=project, timeout=120,
                 SEGDSL_SPARK_REMOTE=f"sc://127.0.0.1:{port}/;token=tok-Secret-77;user_id=me")
    elapsed = time.monotonic() - started
    assert result.returncode == 2, result.stderr
    assert "E252" in result.stderr and f"Spark Connect at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "tok-Secret-77" not in result.stderr + result.stdout
    assert elapsed < 60, elapsed


@pytest.mark.parametrize(("url", "message"), [
    ("http://127.0.0.1:15002", "is not a Spark Connect URL"),
    ("sc://127.0.0.1:notaport", "is not a Spark Connect URL"),
    ("sc://127.0.0.1:{port}", "cannot reach Spark Connect at 127.0.0.1:{port}"),
])
def test_a_wrong_connect_url_is_E252_before_any_session(url, message):
    require_spark(connect=True)
    import spark_server

    from segdsl.diagnostics import DiagnosticError
    from segdsl.engines.spark_engine import spark_session

    port = spark_server.free_port()
    with pytest.raises(DiagnosticError) as raised:
        spark_session(remote=url.format(port=port))
    (diagnostic,) = raised.value.diagnostics
    assert diagnostic.code == "E252" and message.format(port=port) in diagnostic.message


DRIVER = '''"""A spark-submit job: segdsl's public API on the session spark-submit made."""
import sys

import segdsl
from pyspark.sql import SparkSession

definition = segdsl.load(sys.argv[1])
frame = definition.evaluate(include_traits=True, engine="spark")
frame.write_parquet(sys.argv[2])
session = SparkSession.getActiveSession()
print("master=" + session.sparkContext.master + " app=" + session.sparkContext.appName
      + " tz=" + session.conf.get("spark.sql.session.timeZone"))
'''


def test_a_spark_submit_job_uses_the_session_spark_submit_made(project, tmp_path):
    """`spark-submit --master local[1] --name ...`: segdsl takes that session (not its own
    local[2]) and gives the Polars rows."""
    require_spark(connect=False)
    require_spark_jvm()
    import spark_server

    driver = tmp_path / "job.py"
    driver.write_text(DRIVER)
    out = tmp_path / "spark.parquet"
    command = [str(spark_server.spark_submit()), "--master", "local[1]", "--name", "segdsl-job",
               "--driver-java-options", spark_server.QUICK_JAVA]
    for key, value in spark_server.QUICK_CONF.items():
        command += ["--conf", f"{key}={value}"]
    result = subprocess.run([*command, str(driver), str(project / "cluster.seg"), str(out)], cwd=tmp_path,
                            env=child_environment(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "master=local[1] app=segdsl-job tz=UTC" in result.stdout
    definition = segdsl.load(project / "cluster.seg")
    expected = definition.evaluate(include_traits=True).sort("customer_id")
    assert expected.height > 200
    assert_frame_equal(read_sorted(out), expected, check_exact=False, rel_tol=1e-9)
