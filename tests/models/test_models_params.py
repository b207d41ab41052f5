"""Declared parameters are checked without scikit-learn, so `validate` can catch typos in CI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from segdsl.diagnostics import DiagnosticError
from segdsl.models import MODEL_KINDS
from segdsl.models.params import ALLOWED_PARAMS, translate_params


def test_every_kind_has_an_explicit_parameter_list() -> None:
    assert set(ALLOWED_PARAMS) == set(MODEL_KINDS)
    assert translate_params("kmeans", {"k": 4, "max_iter": 50}) == {"n_clusters": 4, "max_iter": 50}


def test_unknown_param_lists_the_allowed_ones() -> None:
    with pytest.raises(DiagnosticError) as error:
        translate_params("decision_tree", {"max_deph": 3})
    diagnostic = error.value.diagnostics[0]
    assert diagnostic.code == "E404" and "`max_deph`" in diagnostic.message
    assert "max_depth" in diagnostic.hints[0] and "did you mean `max_depth`?" in diagnostic.hints


def test_light_modules_do_not_import_sklearn_or_skops() -> None:
    code = ("import sys, segdsl.models, segdsl.models.params, segdsl.models.frames, segdsl.models.profile; "
            "sys.exit(int(any(m.split('.')[0] in ('sklearn', 'skops') for m in sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
