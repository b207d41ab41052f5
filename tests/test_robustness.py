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
        try:
            Definition(path, result.plan, tuple(result.diagnostics)).evaluate()
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
