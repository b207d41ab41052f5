"""Regression and multi-class models in the language: train through the CLI (with out-of-time
validation on existing customers only), score in the plan equal to scikit-learn, check classes
in `validate` from the sidecar, list model cards; cluster names tied to their clusters."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

import segdsl
from segdsl.api import check_file
from segdsl.cli import app
from segdsl.datagen import generate

EXAMPLES = Path(__file__).parent.parent / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("value")
    for name in ("common.seg", "value.seg", "channel.seg", "models.seg"):
        shutil.copy(EXAMPLES / name, folder / name)
    generate(folder / "data", customers=1500, seed=5)
    for name in ("value.seg", "channel.seg"):
        result = runner.invoke(app, ["train", str(folder / name)])
        assert result.exit_code == 0, result.output
        assert "random hold-out" in result.output and "out-of-time" in result.output
    return folder


def sidecar(project: Path, name: str) -> dict:
    return json.loads((project / "models" / f"{name}.skops.json").read_text())


def existing(project: Path, day: dt.date) -> int:
    customers = pl.read_parquet(project / "data" / "customers.parquet")
    return customers.filter(pl.col("signup_date").is_null() | (pl.col("signup_date") <= day)).height


def test_out_of_time_validation_uses_customers_existing_at_each_date(project):
    clv = sidecar(project, "clv")
    assert clv["task"] == "regression" and clv["train_as_of"] == "2025-11-01" and clv["label_as_of"] == "2026-11-01"
    holdout, later = clv["metrics"], clv["metrics"]["out_of_time"]
    assert later["dates"] == {"features_as_of": "2024-11-01", "label_as_of": "2025-11-01",
                              "scored_as_of": "2025-11-01", "compared_as_of": "2026-11-01"}
    # A sum over no orders is 0, so every existing customer has a label.
    assert later["train_rows"] == existing(project, dt.date(2024, 11, 1))
    assert later["rows"] == existing(project, dt.date(2025, 11, 1))
    assert holdout["train_rows"] + holdout["holdout_rows"] == existing(project, dt.date(2025, 11, 1))
    assert existing(project, dt.date(2024, 11, 1)) < existing(project, dt.date(2025, 11, 1)) < 1500
    for metrics in (holdout, later):
        assert metrics["rmse"] >= metrics["mae"] > 0 and metrics["capture_top_10"] < metrics["capture_top_20"] <= 1
        assert [row["decile"] for row in metrics["deciles"]] == list(range(1, 11))


def test_out_of_time_figures_equal_an_independent_refit(project):
    """Refit the earlier-period model by hand and measure it on the later period."""
    from segdsl.models.estimators import build_pipeline
    from segdsl.models.frames import canonical_order, feature_kinds, prepare
    from segdsl.training import LABEL_COLUMN, training_frame

    definition = segdsl.load(project / "value.seg")
    model = definition.ir.models[0] if definition.ir.models[0].name == "clv" else \
        next(m for m in definition.ir.models if m.name == "clv")
    features = list(model.features)
    early = training_frame(definition.ir, model, dt.date(2025, 11, 1), dt.date(2024, 11, 1))
    late = training_frame(definition.ir, model, dt.date(2026, 11, 1))
    numeric, categorical = feature_kinds(early.schema, features)
    early_rows = canonical_order(prepare(early, numeric, categorical).with_columns(early[LABEL_COLUMN].cast(pl.Float64)))
    pipeline = build_pipeline("gradient_boosting_regression", numeric, categorical, dict(model.params), seed=7)
    pipeline.fit(early_rows.select(numeric + categorical), early_rows[LABEL_COLUMN].to_numpy())
    predicted = pipeline.predict(prepare(late, numeric, categorical))
    actual = late[LABEL_COLUMN].cast(pl.Float64).to_numpy()
    later = sidecar(project, "clv")["metrics"]["out_of_time"]
    assert later["mae"] == pytest.approx(np.abs(predicted - actual).mean(), rel=1e-9)
    top = np.argsort(-predicted, kind="stable")[: int(np.ceil(len(actual) * 0.1))]
    assert later["capture_top_10"] == pytest.approx(actual[top].sum() / actual.sum(), rel=1e-6)


def test_in_plan_predictions_equal_scikit_learn(project):
    from segdsl.backend.polars_plan import build_lazyframe
    from segdsl.models.frames import feature_kinds, prepare
    from segdsl.models.store import load_model

    for file, model_name, checks in (("value.seg", "clv", ["predicted_revenue"]),
                                     ("channel.seg", "next_channel", ["channel", "web_probability"])):
        definition = segdsl.load(project / file)
        frame = definition.evaluate(include_traits=True).sort("customer_id")
        model = next(m for m in definition.ir.models if m.name == model_name)
        inputs = build_lazyframe(definition.ir, dt.date(2026, 11, 1), include_traits=True,
                                 model_output=lambda n: pl.lit(None), keep=model.features).collect().sort("customer_id")
        assert inputs["customer_id"].to_list() == frame["customer_id"].to_list()
        pipeline = load_model(model.path).pipeline
        x = prepare(inputs.select(model.features), *feature_kinds(inputs.select(model.features).schema, list(model.features)))
        if model_name == "clv":
            np.testing.assert_allclose(frame["predicted_revenue"].to_numpy(), pipeline.predict(x), rtol=1e-9, atol=1e-9)
            shares = frame.group_by("future_value").agg(pl.col("predicted_revenue").sum())
            assert set(shares["future_value"]) == {"large", "medium", "small"}
        else:
            assert frame["channel"].to_list() == pipeline.predict(x).tolist()
            web = list(pipeline[-1].classes_).index("web")
            np.testing.assert_allclose(frame["web_probability"].to_numpy(), pipeline.predict_proba(x)[:, web], atol=1e-9)
            assert frame["channel"].n_unique() == 3


def check_text(project: Path, body: str, name: str = "probe.seg") -> list:
    path = project / name
    path.write_text('import "channel.seg"\nimport "value.seg"\n' + body, encoding="utf-8")
    return check_file(path).diagnostics


def test_validate_checks_classes_from_the_sidecar(project):
    found = check_text(project, 'segment web_fans = score(next_channel, "wbe") > 0.5\n')
    e406 = [d for d in found if d.code == "E406"]
    assert len(e406) == 1 and e406[0].note == "did you mean `web`?" and e406[0].span.text() == '"wbe"'
    assert "app, store, web" in e406[0].hints[0]
    assert not [d for d in check_text(project, 'segment fans = score(next_channel, "store") > 0.5\n') if d.severity.name == "ERROR"]


@pytest.mark.parametrize(("body", "code"), [
    ("segment s = score(next_channel) > 0.5\n", "E407"),
    ("segment s = score(clv) > 0.5\n", "E407"),
    ('segment s = score(churn, "web") > 0.5\n', "E407"),
    ("segment s = cluster(clv) == 1\n", "E407"),
    ('segment s = predict(clv) == "web"\n', "E201"),
    ("segment s = predict(next_channel) > 3\n", "E201"),
])
def test_model_outputs_are_typed_by_kind_and_label(project, body, code):
    text = body if "churn" not in body else body
    found = check_text(project, ('import "models.seg"\n' if "churn" in body else "") + text)
    assert code in [d.code for d in found], found


def test_label_type_must_fit_the_kind(tmp_path):
    (tmp_path / "data").mkdir()
    shutil.copy(EXAMPLES / "common.seg", tmp_path / "common.seg")
    generate(tmp_path / "data", customers=50, seed=1)
    path = tmp_path / "bad.seg"
    path.write_text('import "common.seg"\nmodel spend {\n  kind ridge_regression\n  features recency\n'
                    '  label count(orders) over 90 days == 0\n  file "m.skops"\n}\n', encoding="utf-8")
    found = [d for d in check_file(path).diagnostics if d.code == "E408"]
    assert len(found) == 1 and "must be a number" in found[0].message


def test_validate_and_model_cards_do_not_import_scikit_learn(project):
    code = ("import sys; from segdsl.api import check_file; from segdsl.models.cards import collect_cards, definition_files;"
            f"check_file({str(project / 'channel.seg')!r}); cards = collect_cards(definition_files(__import__('pathlib').Path({str(project)!r})));"
            "assert 'sklearn' not in sys.modules, 'sklearn imported'; print(len(cards))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "5"  # clv, next_channel, and models.seg's three


def test_model_cards_json_and_markdown(project):
    result = runner.invoke(app, ["models", str(project), "--format", "json"])
    assert result.exit_code == 0, result.output
    cards = {c["name"]: c for c in json.loads(result.stdout)["models"]}
    clv, channel = cards["clv"], cards["next_channel"]
    assert clv["trained"] and clv["task"] == "regression" and clv["label"] == "revenue_12m"
    expected = sidecar(project, "clv")["metrics"]
    assert clv["holdout"]["MAE"] == f"{expected['mae']:,.2f}"
    assert clv["out_of_time"]["MAE"] == f"{expected['out_of_time']['mae']:,.2f}"
    assert clv["file_bytes"] == (project / "models" / "clv.skops").stat().st_size
    assert channel["classes"] == ["app", "store", "web"] and channel["staleness"] == []
    assert not cards["churn"]["trained"]
    markdown = runner.invoke(app, ["models", str(project / "value.seg"), "--format", "markdown"])
    lines = markdown.stdout.splitlines()
    assert markdown.exit_code == 0 and lines[0].startswith("| model | kind |") and len(lines) == 3
    assert "`clv`" in lines[2] and "up to date" in lines[2]


def test_cluster_names_are_tied_to_their_clusters(tmp_path):
    shutil.copy(EXAMPLES / "common.seg", tmp_path / "common.seg")
    generate(tmp_path / "data", customers=800, seed=3)
    text = (EXAMPLES / "models.seg").read_text(encoding="utf-8")
    path = tmp_path / "models.seg"
    path.write_text(text, encoding="utf-8")
    first = runner.invoke(app, ["train", str(path), "--model", "personas", "--k", "3,4,5,6"])
    assert first.exit_code == 0, first.output
    saved = json.loads((tmp_path / "models" / "personas.skops.json").read_text())
    assert saved["params"]["k"] == 4 and len(saved["clusters"]["centres"]) == 4  # the declared k, whatever --k
    assert saved["cluster_names"]["moved"] == [] and "W130" not in first.output
    assert not [d for d in check_file(path).diagnostics if d.code == "W130"]
    # Re-trained with another k, the names no longer describe the same clusters.
    path.write_text(text.replace("params(k=4)", "params(k=3)"), encoding="utf-8")
    second = runner.invoke(app, ["train", str(path), "--model", "personas"])
    assert second.exit_code == 0 and "W130" in second.output, second.output
    stale = [d for d in check_file(path).diagnostics if d.code == "W130"]
    assert stale and "cluster 3" in stale[-1].message  # no cluster 3 any more
    # Names re-read from the new profile (edited): quiet again.
    path.write_text(text.replace("params(k=4)", "params(k=3)").replace(
        'clusters(0="dormant veterans", 1="recent occasionals", 2="big baskets", 3="power buyers")',
        'clusters(0="a", 1="b", 2="c")'), encoding="utf-8")
    assert not [d for d in check_file(path).diagnostics if d.code == "W130"]
