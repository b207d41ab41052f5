"""Golden files: every diagnostic's rendered text, and compiled plans.

Set SEGDSL_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then review
the diff like any other code change.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

import segdsl
from segdsl.api import check_file
from segdsl.render.text import render_text

FIXTURES = Path(__file__).parent / "fixtures"
UPDATE = os.environ.get("SEGDSL_UPDATE_GOLDEN") == "1"


def compare(actual: str, expected_path: Path) -> None:
    if UPDATE:
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.exists(), f"missing golden file {expected_path}; run with SEGDSL_UPDATE_GOLDEN=1"
    assert actual == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", sorted((FIXTURES / "errors").glob("*.seg")), ids=lambda p: p.stem)
def test_diagnostic_text(case: Path, monkeypatch):
    monkeypatch.chdir(case.parent)  # file names in messages are relative, as users type them
    result = check_file(case.name)
    assert result.diagnostics, "every error fixture must produce at least one diagnostic"
    compare(render_text(result.diagnostics), case.with_suffix(".expected"))


@pytest.mark.parametrize("case", sorted((FIXTURES / "compile").glob("*.seg")), ids=lambda p: p.stem)
def test_compiled_plan(case: Path, shop: Path, monkeypatch):
    """The optimised Polars plan: one scan per table, pushed-down windows, one group_by per table."""
    shutil.copy(case, shop / case.name)
    monkeypatch.chdir(shop)
    plan = segdsl.load(case.name).plan().explain(optimized=True)
    plan = re.sub(r"CACHE\[id: [0-9a-f-]+\]", "CACHE[id: …]", plan)  # a new random id per plan
    compare(plan + "\n", case.with_suffix(".plan"))
