"""Other commands and the data the checks let through: explain on bad data, malformed model
sidecars, fmt on inputs that validate, data-file problems with file, row and value, one exit-code
rule for unreadable data, portable regular expressions, leftovers of killed runs."""

from __future__ import annotations

import json
import os
import re
import time

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segdsl.api import check_file
from segdsl.atomic import remove_leftovers, write_atomic
from segdsl.check.regex import portable_regex_problem
from segdsl.diagnostics import DiagnosticError
from segdsl.formatting import format_source
from segdsl.models.sidecar import read_sidecar
from tests.conftest import small_customers, write_seg
from tests.robustness.helpers import cli

BODY = "let n = count(orders)\nsegment s = n > 1\n"


# ---- explain reports data problems as eval does -------------------------------------------------


def test_explain_reports_a_key_type_mismatch_like_eval(shop, capsys):
    small_customers().with_columns(pl.col("customer_id").cast(pl.String)).write_parquet(shop / "data" / "customers.parquet")
    path = write_seg(shop, BODY)
    assert cli("eval", path) == 1
    assert cli("explain", path) == 1
    assert "internal error" not in capsys.readouterr().err


def test_explain_reports_a_data_file_that_disappeared(shop, capsys):
    path = write_seg(shop, BODY)
    from segdsl.schema import read_table_schema, schema_document

    tables = [read_table_schema(shop / "data" / name) for name in ("customers.parquet", "orders.parquet")]
    (shop / "segdsl.schema.json").write_text(json.dumps(schema_document(tables)))  # validate still passes
    (shop / "data" / "orders.parquet").unlink()
    assert cli("validate", path) == 0
    assert cli("eval", path) == 1 and cli("explain", path) == 1
    assert "internal error" not in capsys.readouterr().err


# ---- model sidecars -----------------------------------------------------------------------------

GOOD_SIDECAR = {"format": 1, "kind": "classifier", "features": [{"name": "a"}, {"name": "b"}],
                "versions": {"scikit-learn": "1.5.0"}, "declaration": "abc"}


@pytest.mark.parametrize("text", [
    '"a string"', "[]", json.dumps({**GOOD_SIDECAR, "features": "a,b"}),
    json.dumps({**GOOD_SIDECAR, "features": [{"type": "number"}]}), json.dumps({**GOOD_SIDECAR, "features": [{"name": {"x": 1}}]}),
    json.dumps({**GOOD_SIDECAR, "versions": "1.5"}), json.dumps({**GOOD_SIDECAR, "kind": ["x"]}),
    "[" * 100_000 + "]" * 100_000, '{"features": [], "n": ' + "9" * 5000 + "}", "{not json",
])
def test_malformed_sidecars_are_e405(tmp_path, text):
    model = tmp_path / "m.skops"
    model.write_bytes(b"not a model")
    (tmp_path / "m.skops.json").write_text(text)
    with pytest.raises(DiagnosticError) as raised:
        read_sidecar(model)
    assert [d.code for d in raised.value.diagnostics] == ["E405"]


def test_a_good_sidecar_is_read(tmp_path):
    (tmp_path / "m.skops.json").write_text(json.dumps(GOOD_SIDECAR))
    assert read_sidecar(tmp_path / "m.skops")["features"] == GOOD_SIDECAR["features"]


def test_malformed_sidecar_in_validate_and_eval(shop, capsys):
    (shop / "m.skops").write_bytes(b"not a model")
    (shop / "m.skops.json").write_text('{"features": [{"type": 1}], "kind": "logistic_regression"}')
    path = write_seg(shop, 'model churn { kind logistic_regression; features score; label score > 5; file "m.skops" }\n'
                           "segment s = score(churn) > 0.5\n")
    assert cli("validate", path) == 0  # a warning: the definition itself is valid
    assert "W104" in capsys.readouterr().err and [d.code for d in check_file(path).diagnostics] == ["W104"]
    assert cli("eval", path) in (1, 2)  # E405, or E901 where scikit-learn is not installed
    assert "internal error" not in capsys.readouterr().err


# ---- fmt on inputs that validate ------------------------------------------------------------------


def test_fmt_keeps_a_separator_the_meaning_needs(shop):
    path = write_seg(shop, "let r = count(orders)\nsegmentation t { a when r > 4; params otherwise }\n")
    assert check_file(path).ok
    assert cli("fmt", path) == 0
    formatted = path.read_text()
    assert re.search(r"a\s+when r > 4;\n\s+params otherwise\n", formatted)
    assert format_source(formatted) == formatted and check_file(path).ok


def test_fmt_of_deep_parentheses_that_validate(shop):
    path = write_seg(shop, "segment s = " + "(" * 150 + "score > 1" + ")" * 150 + "\n")
    assert check_file(path).ok
    assert cli("fmt", path) == 0 and cli("fmt", "--check", path) == 0


# ---- data the checks let through ----------------------------------------------------------------


def test_customers_without_a_key_are_e309_with_row(shop, capsys):
    small_customers().with_columns(pl.Series("customer_id", [1, 2, None, 4, None, 6])).write_parquet(shop / "data" / "customers.parquet")
    assert cli("eval", write_seg(shop, BODY)) == 1
    err = capsys.readouterr().err
    assert "E309" in err and re.search(r"2 rows have no `customer_id` \(first: row 3 of \S*data/customers\.parquet\)", err)


@pytest.mark.parametrize(("line", "fields", "more"), [("3,2024-06-01,,pro,Carol,3.5,extra", 7, "more"), ("3", 1, "fewer")])
def test_csv_rows_with_too_many_or_too_few_fields_are_e310(shop, capsys, line, fields, more):
    lines = small_customers().write_csv().splitlines()
    lines[3] = line
    (shop / "data" / "customers.csv").write_text("\n".join(lines) + "\n")
    path = write_seg(shop, BODY, header='customers from "data/customers.csv" key customer_id\n'
                     'events orders from "data/orders.parquet" key customer_id time order_date\n')
    assert cli("eval", path) == 1
    err = capsys.readouterr().err
    assert "E310" in err and re.search(rf"first: line 4 of \S*data/customers\.csv has {fields}, {more}", err)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_sentinel_dates_are_e311_with_row_and_value(shop, capsys, day):
    import datetime as dt

    small_customers().with_columns(
        pl.Series("signup_date", [dt.date(2026, 10, 20), dt.date.fromisoformat(day), None, None, None, None])
    ).write_parquet(shop / "data" / "customers.parquet")
    assert cli("eval", write_seg(shop, "segment s = signup_date > 2020-01-01\n")) == 1
    err = capsys.readouterr().err
    assert "E311" in err and re.search(rf"\(first: row 2 of \S*data/customers\.parquet, {day}\)", err)


@pytest.mark.parametrize("problem", ["missing", "latin-1", "text key", "corrupt"])
def test_unreadable_data_files_exit_1(shop, capsys, problem):
    """One rule: a data file a definition declares is data (exit 1); only files named on the
    command line are usage errors (exit 2)."""
    csv = shop / "data" / "customers.csv"
    small_customers().write_csv(csv)
    if problem == "missing":
        csv.unlink()
    elif problem == "latin-1":
        csv.write_bytes(csv.read_bytes() + "7,2024-01-01,FR,pro,Fran\xe7ois,1.0\n".encode("latin-1"))
    elif problem == "text key":
        csv.write_text(csv.read_text() + "x7,2024-01-01,FR,pro,Zed,1.0\n")
    else:
        csv.write_bytes(b"\x00\x01\x02")
    path = write_seg(shop, BODY, header='customers from "data/customers.csv" key customer_id\n'
                     'events orders from "data/orders.parquet" key customer_id time order_date\n')
    for command in ("validate", "eval", "explain"):
        code = cli(command, path)
        assert code in ((0, 1) if command == "validate" else (1,)), (command, code)
    assert "internal error" not in capsys.readouterr().err
    assert cli("eval", shop / "nowhere.seg") == 2  # the command line's own file


# ---- regular expressions --------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "column"), [
    ("(?<=F)R", 1), ("(?=F)", 1), ("(F)\\\\1", 4), ("R\\\\Z", 2), ("\\\\AFR", 1), ("\\\\p{L}+", 1),
    ("[[:alpha:]]", 2), ("(?P<x>F)", 1), ("F*+", 3), ("(?>F)", 1), ("a(?i)b", 2),
])
def test_unportable_patterns_are_e231_at_their_place(shop, pattern, column):
    path = write_seg(shop, f'segment s = country matches "{pattern}"\n')
    (found,) = check_file(path).diagnostics
    assert found.code == "E231" and found.hints
    assert found.span.start_line_col[0] == 4


@pytest.mark.parametrize("pattern", ["^F[A-Z]$", "(?i)fr|de", "a{2,3}?", "\\\\d+\\\\.\\\\w", "[^a-z]", "(?:ab)+"])
def test_portable_patterns_evaluate(shop, pattern):
    assert check_file(write_seg(shop, f'segment s = country matches "{pattern}"\n')).ok


_PIECES = st.sampled_from(["a", "F", ".", "\\d", "\\w", "\\s", "\\b", "[a-z]", "[^0-9]", "(", ")", "(?:", "|", "*", "+",
                           "?", "{2}", "{1,3}", "^", "$", "(?i)", "\\.", "é", "\\p{L}", "(?=", "\\1", "\\Z", "*?"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=8))
def test_every_portable_pattern_compiles_in_the_engine(pieces):
    """Whatever the check accepts, Polars (Rust regex) runs; a stand-in for the engines' common subset."""
    pattern = "".join(pieces)
    if portable_regex_problem(pattern) is None:
        pl.Series(["FR", "abc", "é"]).str.contains(pattern)


# ---- leftovers of killed runs ---------------------------------------------------------------------


def test_stale_leftovers_of_our_own_are_removed(tmp_path):
    out = tmp_path / "members.csv"
    dead = tmp_path / ".members.csv.999999999.abcdefgh.tmp"  # no such process
    old = tmp_path / f".members.csv.{os.getppid()}.ijklmnop.tmp"  # a live process, but two days old
    live = tmp_path / f".members.csv.{os.getppid()}.qrstuvwx.tmp"  # a live process writing now
    other = tmp_path / ".other.csv.999999999.abcdefgh.tmp"  # another output's
    foreign = tmp_path / ".members.csv.backup.tmp"  # not our pattern
    for path in (dead, old, live, other, foreign):
        path.write_text("partial")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    write_atomic(out, lambda tmp: tmp.write_text("done"))
    assert out.read_text() == "done"
    assert not dead.exists() and not old.exists()
    assert live.exists() and other.exists() and foreign.exists()
    assert remove_leftovers(out) == []
