"""The PostgreSQL engine on tables in place: its data checks give the diagnostics the Polars
engine gives even where they are counted differently (a database customer table's keys are
checked on the engine's result, not by a count of their own first), and one evaluation logs in
once per connection and asks the catalogue once per table."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from segdsl.diagnostics import DiagnosticError
from tests.sources.test_db_tables import AS_OF, BODY, DB_HEADER, ORDERS, evaluate_logged, hand_written, loaded, project  # noqa: F401 - fixtures


def _diagnostics(run) -> list[tuple[str, str]]:
    with pytest.raises(DiagnosticError) as raised:
        run()
    return [(d.code, d.message) for d in raised.value.diagnostics]


def _engine(definition):
    """The PostgreSQL engine on the connection's own server: the tables are read in place."""
    from segdsl.engines.postgres_engine import PostgresEngine
    from segdsl.sources.reader import resolve

    return PostgresEngine(resolve(definition.ir.customers.path).uri())


def _table(pg, name: str, select: str) -> None:
    pg.sql(f"DROP TABLE IF EXISTS {name}; CREATE TABLE {name} AS {select}; ALTER TABLE {name} OWNER TO app")


def _both_engines(project, header: str) -> tuple[list, list]:
    """(reference, PostgreSQL engine's diagnostics) for the definition with that header. The
    reference: the Polars engine's diagnostics, which must equal those of all the checks run
    on their own, counting in the database (what the PostgreSQL engine did before)."""
    import segdsl as api
    from segdsl.datacheck import validate_inputs

    (project / "db.seg").write_text(header + BODY)
    definition = api.load(project / "db.seg")
    engine = _engine(definition)
    try:
        polars, checks = _diagnostics(definition.evaluate), _diagnostics(lambda: validate_inputs(definition.ir))
        assert sorted(polars) == sorted(checks)
        return checks, _diagnostics(lambda: engine.evaluate(definition.ir, AS_OF))
    finally:
        engine.close()


@pytest.mark.parametrize("constraint", [False, True])
def test_bad_customer_keys_are_reported_as_by_the_polars_engine(pg, project, constraint):
    """Two repeats of key 2 and one missing key: E304 and E309 with the same counts, also when
    the table has a unique index (a partial one, covering every key but the repeated one, and
    letting missing keys through: an index proves nothing about the keys it does not cover)."""
    _table(pg, "crm.bad_keys", "SELECT * FROM crm.customers UNION ALL SELECT * FROM crm.customers WHERE customer_id = 2 "
                               "UNION ALL SELECT * FROM crm.customers WHERE customer_id = 2 "
                               "UNION ALL SELECT NULL::bigint, 'FR', 1.0, 'n' ")
    if constraint:  # the repeats must go through the index: it covers the other keys only
        pg.sql("CREATE UNIQUE INDEX bad_keys_ok ON crm.bad_keys (customer_id) WHERE customer_id <> 2")
    reference, postgres = _both_engines(project, DB_HEADER.replace("crm.customers", "crm.bad_keys"))
    assert sorted(postgres) == sorted(reference)
    codes = sorted(code for code, _ in postgres)
    assert codes == ["E304", "E309"], postgres
    assert any("2 rows repeat a key `customer_id`" in message for _, message in postgres)
    assert any("1 rows have no `customer_id`" in message for _, message in postgres)


def test_a_primary_key_table_evaluates_and_an_empty_one_is_reported(pg, project):
    import segdsl as api

    _table(pg, "crm.keyed", "SELECT * FROM crm.customers")
    pg.sql("ALTER TABLE crm.keyed ADD PRIMARY KEY (customer_id)")
    (project / "db.seg").write_text(DB_HEADER.replace("crm.customers", "crm.keyed") + BODY)
    definition = api.load(project / "db.seg")
    engine = _engine(definition)
    try:
        frame = engine.evaluate(definition.ir, AS_OF)
    finally:
        engine.close()
    assert_frame_equal(frame.sort("customer_id"), hand_written(AS_OF), check_dtypes=False)

    _table(pg, "crm.nobody", "SELECT * FROM crm.customers WHERE false")
    reference, postgres = _both_engines(project, DB_HEADER.replace("crm.customers", "crm.nobody"))
    assert postgres == reference and [code for code, _ in postgres] == ["E303"]


def test_key_problems_come_with_the_other_tables_problems(pg, project):
    """A repeated key and an implausible order date (in a file: a database event table's dates
    are not checked): both reported at once, as by Polars (the key count is made before the
    statement when another problem stops the evaluation)."""
    _table(pg, "crm.dupes2", "SELECT * FROM crm.customers UNION ALL SELECT * FROM crm.customers WHERE customer_id = 3")
    bad = pl.concat([ORDERS, ORDERS.head(1).with_columns(order_date=pl.lit(dt.date(1, 1, 1)))])
    bad.write_parquet(project / "bad_orders.parquet")
    header = (DB_HEADER.replace("crm.customers", "crm.dupes2")
              .replace('from warehouse "shop.orders"', f'from "{project / "bad_orders.parquet"}"'))
    from segdsl.datacheck import validate_inputs
    import segdsl as api

    (project / "db.seg").write_text(header + BODY)
    definition = api.load(project / "db.seg")
    reference = _diagnostics(lambda: validate_inputs(definition.ir))  # the Polars engine stops at the first table
    engine = _engine(definition)
    try:
        postgres = _diagnostics(lambda: engine.evaluate(definition.ir, AS_OF))
    finally:
        engine.close()
    assert postgres == reference
    assert [code for code, _ in postgres] == ["E304", "E311"], postgres


def test_with_since_the_keys_are_still_counted_first(pg, project):
    """With `since`, customers not existing yet are not in the result, so a repeated key among
    them can only be found by counting the table: still reported."""
    _table(pg, "crm.later", "SELECT c.*, DATE '2026-01-01' AS joined FROM crm.customers c "
                            "UNION ALL SELECT c.*, DATE '2030-01-01' FROM crm.customers c WHERE customer_id = 4")
    header = DB_HEADER.replace('"crm.customers" key customer_id', '"crm.later" key customer_id since joined')
    reference, postgres = _both_engines(project, header)
    assert postgres == reference and [code for code, _ in postgres] == ["E304"]


def test_one_login_and_one_catalogue_look_up_per_table_per_evaluation(pg, project):
    """The server's statement log: besides the engine's own session, one session of the named
    connection (each session starts with SET TIME ZONE), and each table's columns asked once."""
    import segdsl as api

    from segdsl.sources import reader

    definition = api.load(project / "db.seg")
    engine = _engine(definition)
    reader._CATALOGUE.clear()  # as in a fresh process
    frame, logged = evaluate_logged(pg, engine, definition)
    assert_frame_equal(frame.sort("customer_id"), hand_written(AS_OF), check_dtypes=False)
    logins = [line for line in logged.splitlines() if "SET TIME ZONE 'UTC'" in line]
    assert len(logins) == 1, logins
    asked = re.findall(r"\$1 = '(\w+)', \$2 = '(\w+)'", logged)
    assert sorted(asked) == [("crm", "customers"), ("shop", "orders"), ("shop", "visits")], asked


def test_a_failing_statement_gives_the_servers_words(pg):
    """ADBC wraps the server's message in its own status and context: E253 shows the server's
    words only, as it did through psycopg."""
    from segdsl.engines.postgres_engine import PostgresEngine

    engine = PostgresEngine(pg.server.url)
    try:
        with pytest.raises(RuntimeError) as raised:
            engine.run("SELECT 1 / (SELECT count(*) - count(*) FROM pg_class)")
        assert str(raised.value) == "division by zero"
        assert engine.run("SELECT 1::numeric / 4 AS quarter, 2::int4 AS two").rows() == [(0.25, 2)]
    finally:
        engine.close()
