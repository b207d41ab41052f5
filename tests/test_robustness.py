"""Property-based robustness: random and mutated definitions give diagnostics, never exceptions,
from validate, eval and fmt (whose output must then be stable).

Mutations start from the bundled examples (so most mutants are nearly valid and reach the
checker and the backend, not only the parser); token soup starts from the grammar's vocabulary.
Whatever validate accepts is also evaluated on small data: evaluation may report diagnostics
(a missing model file, say) but must not raise anything else.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from segdsl.api import Definition, check_file
from segdsl.datagen import DOMAINS, generate
from segdsl.diagnostics import CODES, DiagnosticError
from segdsl.formatting import format_source

EXAMPLES = Path(__file__).parent.parent / "examples"
SOURCES = ["rfm.seg", "lifecycle.seg", "b2b.seg", "common.seg", "models.seg"]
VOCABULARY = [
    "import", "customers", "events", "enrichment", "from", "key", "time", "on", "as", "of", "let", "segment",
    "segmentation", "score", "model", "kind", "features", "label", "train", "file", "params", "clusters",
    "when", "otherwise", "top", "next", "rest", "by", "share", "quantile", "and", "or", "not", "in", "is",
    "missing", "present", "between", "contains", "starts with", "matches", "within last", "over", "in last",
    "before", "after", "more than", "ago", "where", "descending", "holdout", "seed", "true", "false",
    "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "(", ")", "{", "}", "[", "]", ",", ".", ";",
    "+10", "0", "3", "2.5", "-1", "50%", "120%", "90 days", "0 days", "2026-11-01", "2026-02-30", '"FR"', '""',
    "'x'", '"unterminated', "#", "\n", "recency", "frequency", "monetary", "orders", "orders.amount", "country",
    "count", "sum", "avg", "last", "first", "quintile", "ntile", "days_since", "default", "lower", "score",
    "cluster", "churn", "personas", "rfm_group", "r", "f", "m", "é", "\x00", "\t",
    # what a fuzzer found: long numbers, deep nesting, bad escapes, constants, the calendar's ends
    "9" * 400, "(" * 60, ")" * 60, "not " * 60, "- " * 60, "abs(" * 30, '"\\x"', '"\\N{nope}"', "\ufeff",
    "where true", "99999999 years", "0001-01-01", "9999-12-31", '"(?<=a)"', "by share of 1",
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """The examples beside small generated data (and a firmographics table for b2b.seg)."""
    folder = tmp_path_factory.mktemp("robust")
    for name in SOURCES:
        shutil.copy(EXAMPLES / name, folder / name)
    generate(folder / "data", customers=300, seed=5)
    pl.DataFrame({
        "domain": DOMAINS, "industry": ["software", "retail"] * 6,
        "employee_count": pl.Series(range(10, 130, 10), dtype=pl.Int64), "country_code": ["FR", "US"] * 6,
        "founded_year": pl.Series(range(1990, 2002), dtype=pl.Int32),
    }).write_parquet(folder / "data" / "firmographics.parquet")
    return folder


@st.composite
def mutants(draw: st.DrawFn, text: str) -> str:
    """A few edits: delete, insert or replace a stretch; duplicate, drop or swap lines; truncate."""
    for _ in range(draw(st.integers(1, 3))):
        lines = text.splitlines(keepends=True) or [""]
        at = draw(st.integers(0, len(text)))
        end = min(len(text), at + draw(st.integers(0, 12)))
        token = draw(st.sampled_from(VOCABULARY) | st.text(max_size=4))
        edit = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "drop", "swap", "truncate"]))
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        if edit == "delete":
            text = text[:at] + text[end:]
        elif edit == "insert":
            text = text[:at] + f" {token} " + text[at:]
        elif edit == "replace":
            text = text[:at] + token + text[end:]
        elif edit == "duplicate":
            text = "".join(lines[: i + 1] + [lines[i]] + lines[i + 1 :])
        elif edit == "drop":
            text = "".join(lines[:i] + lines[i + 1 :])
        elif edit == "swap":
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        else:
            text = text[:at]
    return text


HEADER = ('customers from "data/customers.parquet" key customer_id\n'
          'events orders from "data/orders.parquet" key customer_id time order_date\n')


def _format(text: str) -> None:
    """A syntax error is a diagnostic; anything else formats, and formatting again changes nothing
    (format_source itself refuses output whose AST or comments differ from the input's)."""
    try:
        formatted = format_source(text, "mutant.seg")
    except DiagnosticError as error:
        assert error.diagnostics
        return
    event("formatted")
    assert format_source(formatted, "mutant.seg") == formatted


def _validate_and_evaluate(path: Path, text: str) -> None:
    _format(text)
    path.write_text(text, encoding="utf-8")
    result = check_file(path)  # must return, whatever the text
    assert all(d.code in CODES for d in result.diagnostics)
    if result.ok and result.plan is not None:
        event("evaluated")
        definition = Definition(path, result.plan, tuple(result.diagnostics))
        try:
            definition.evaluate()
            definition.plan().explain()  # what `explain` shows compiles too
        except DiagnosticError as error:
            assert error.diagnostics, "a DiagnosticError must carry diagnostics"


# SEGDSL_HYPOTHESIS_EXAMPLES=5000 for a longer hunt; the suite's default stays quick and repeatable.
SETTINGS = settings(max_examples=int(os.environ.get("SEGDSL_HYPOTHESIS_EXAMPLES", "120")), deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_mutated_examples_give_diagnostics_not_exceptions_from_validate_eval_fmt(workspace, data):
    source = data.draw(st.sampled_from(SOURCES))
    text = data.draw(mutants((EXAMPLES / source).read_text(encoding="utf-8")))
    _validate_and_evaluate(workspace / "mutant.seg", text)


@SETTINGS
@given(tokens=st.lists(st.sampled_from(VOCABULARY), max_size=40))
def test_token_soup_gives_diagnostics_not_exceptions_from_validate_eval_fmt(workspace, tokens):
    _validate_and_evaluate(workspace / "soup.seg", HEADER + " ".join(tokens))


# ---- the classes a fuzzer found: limits, constants, escapes, through the CLI's entry point -------

import datetime as _dt  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from tests.robustness.helpers import cli  # noqa: E402

_LEAF = st.sampled_from(["birth_year", "frequency", "length(country)", "monetary", "1", "2.5", "-3",
                         "9" * 18, "9" * 400, "0." + "1" * 40, "sqrt(" + "9" * 39 + ")"])
_COMPARE = st.sampled_from(["> 1", "< 0", "== 2.5", "in (1, 2.5)", "is missing", "between 1 and " + "9" * 30])
_TEXT = st.sampled_from(['"FR"', '"\\x"', '"\\N{nope}"', '"\\ud800"', '"\\u0046R"', '"(?<=F)R"', '"\\\\p{L}+"',
                         '"^F[A-Z]$"', '"R\\\\Z"', '"(F)\\\\1"'])


@st.composite
def extreme_bodies(draw: st.DrawFn) -> str:
    """One definition built from the classes the fuzzer found: deep nesting of every construct,
    long numbers, windows beyond the calendar, constant filters and measures, bad escapes and
    unportable patterns, integer overflow."""
    depth = draw(st.sampled_from([1, 2, 50, 199, 200, 201, 300, 1000]))
    leaf = draw(_LEAF)
    kind = draw(st.sampled_from(["and", "not", "plus", "neg", "call", "paren", "times", "window", "filter",
                                 "share", "text", "cube", "rank"]))
    if kind == "and":
        return "segment s = " + " and ".join([f"{leaf} {draw(_COMPARE)}"] * depth)
    if kind == "not":
        return "segment s = " + "not " * depth + f"{leaf} {draw(_COMPARE)}"
    if kind == "plus":
        return "segment s = " + " + ".join([leaf] * depth) + f" {draw(_COMPARE)}"
    if kind == "times":
        return "segment s = " + " * ".join([leaf] * min(depth, 60)) + f" {draw(_COMPARE)}"
    if kind == "neg":
        return "segment s = " + "- " * depth + f"{leaf} {draw(_COMPARE)}"
    if kind == "call":
        fn = draw(st.sampled_from(["abs", "log", "sqrt", "round", "quintile"]))
        return "segment s = " + f"{fn}(" * depth + leaf + ")" * depth + f" {draw(_COMPARE)}"
    if kind == "paren":
        return "segment s = " + "(" * depth + f"{leaf} {draw(_COMPARE)}" + ")" * depth
    if kind == "window":
        amount = draw(st.sampled_from(["9999", "99999999", "9" * 400, "3652059", "0"]))
        unit = draw(st.sampled_from(["days", "weeks", "months", "years"]))
        window = draw(st.sampled_from([f"over {amount} {unit}", f"more than {amount} {unit} ago",
                                       "between 0001-01-01 and 9999-12-31", "after 9999-12-31", "before 0001-01-01"]))
        return f"let c = count(orders) {window}\nsegment s = c > 0 or signup_date within last {amount} {unit}"
    if kind == "filter":
        where = draw(st.sampled_from(["true", "false", "true or amount > 1", "not false"]))
        fn = draw(st.sampled_from(["count(orders", "sum(orders.amount", "first(orders.category", "last(orders.channel",
                                   "most_frequent(orders.category", "avg(orders.amount"]))
        return f"let v = {fn} where {where})\nsegment s = v is present"
    if kind == "share":
        measure = draw(st.sampled_from(["1", "0", leaf, "-monetary"]))
        basis = draw(st.sampled_from(["share", "quantile"]))
        top = draw(st.sampled_from(["0%", "50%", "100%", "120%"]))
        return f"segmentation t by {basis} of {measure} {{ a top {top} b rest }}"
    if kind == "text":
        op = draw(st.sampled_from(["==", "matches", "contains"]))
        return f"segment s = country {op} {draw(_TEXT)}"
    if kind == "cube":
        return "let c = birth_year * birth_year * birth_year * birth_year\nsegment s = c < 0 or -length(country) < 0"
    return f"let q = ntile({leaf}, {draw(st.sampled_from(['2', '5', '9' * 40]))})\nsegment s = q > 1 and holdout " \
           f"{draw(st.sampled_from(['0%', '10%', '100%']))} of s0 seed {draw(st.sampled_from(['7', '9' * 400]))}\nsegment s0 = true"


EXTREME_HEADER = ('customers from "data/customers.parquet" key customer_id\n'
                  'events orders from "data/orders.parquet" key customer_id time order_date\nas of 2026-11-01\n'
                  "let frequency = count(orders)\nlet monetary = sum(orders.amount)\n")


@settings(max_examples=int(os.environ.get("SEGDSL_HYPOTHESIS_EXAMPLES", "60")), deadline=_dt.timedelta(seconds=120),
          derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=extreme_bodies())
def test_extreme_inputs_never_give_an_internal_error(workspace, body):
    """validate, eval, explain and fmt through the CLI's entry point: exit 0, 1 or 2, never 3."""
    path = workspace / "extreme.seg"
    path.write_text(EXTREME_HEADER + body + "\n", encoding="utf-8")
    for command in (["validate"], ["eval"], ["explain"], ["fmt", "--check"]):
        code = cli(*command, path)
        assert code in (0, 1, 2), (command, code)
    event(f"validate exit {cli('validate', path)}")


@pytest.mark.parametrize("body", [
    'segment s = first(orders.category where true) == "x"',
    "segment s = " + " and ".join(["birth_year > 1"] * 1000),
    "segment s = " + "(" * 1000 + "birth_year > 1" + ")" * 1000,
    "let c = count(orders) over 99999999 years\nsegment s = c > 0",
    "let q = quintile(quintile(quintile(birth_year)))\nsegment s = q > 1",
])
def test_subprocess_runs_end_within_a_deadline_and_never_crash(workspace, body):
    """A real process (a SIGSEGV or a hang shows only there), with a deadline."""
    path = workspace / "process.seg"
    path.write_text(EXTREME_HEADER + body + "\n", encoding="utf-8")
    for command in ("validate", "eval", "explain"):
        done = subprocess.run([sys.executable, "-m", "segdsl", command, str(path)], capture_output=True, text=True, timeout=120)
        assert done.returncode in (0, 1), (command, done.returncode, done.stderr[-500:])
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
