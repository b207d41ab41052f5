"""Lints in `segdsl validate` (W103, W105-W109), warning selection and --strict.

Each warning is shown to fire where it should, with its exact text and the sub-expression it
points at, and not to fire on close calls. Where a message makes a claim about customers
("true for every customer where `score` is present"), the claim is checked on real data.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

import segdsl
from segdsl.api import check_file
from segdsl.cli import app
from segdsl.diagnostics import DiagnosticError
from segdsl.lintconfig import WARNINGS, LintSettings, parse_codes
from tests.conftest import HEADER, small_customers, write_seg

runner = CliRunner()


def found(path: Path, code: str) -> list:
    return [d for d in check_file(path).diagnostics if d.code == code]


def messages(path: Path, code: str) -> list[str]:
    return [d.message for d in found(path, code)]


def pointed(path: Path, code: str) -> list[tuple[str, str]]:
    """(message, the source text the caret is under) for each warning of `code`."""
    return [(d.message, d.span.text()) for d in found(path, code)]


def members(path: Path, segment: str) -> list[int]:
    frame = segdsl.load(path).evaluate()
    return sorted(frame.filter(pl.col(segment))["customer_id"].to_list())


# ---- W105 always-false ---------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message", "at"), [
    ("score > 5 and score < 3", "segment `s` is always empty: `score > 5` and `score < 3` contradict each other",
     "score > 5 and score < 3"),
    ("score == 1 and score == 2", "segment `s` is always empty: `score == 1` and `score == 2` contradict each other",
     "score == 1 and score == 2"),
    ("country in ()", "segment `s` is always empty: `country in ()` lists no values", "country in ()"),
    ("score is missing and score > 3",
     "segment `s` is always empty: `score is missing` and `score > 3` contradict each other",
     "score is missing and score > 3"),
    ("score between 5 and 3", "segment `s` is always empty: `score between 5 and 3` has its bounds the wrong way round",
     "score between 5 and 3"),
    ('plan == "pro" and (country == "FR" and plan == "free")',
     'segment `s` is always empty: `plan == "pro"` and `plan == "free"` contradict each other',
     'plan == "pro" and (country == "FR" and plan == "free")'),
    ("(score > 5 and score < 3) or country == \"FR\"",
     "condition is never true: `score > 5` and `score < 3` contradict each other", "score > 5 and score < 3"),
    ('count(orders where channel == "web" and channel == "app") > 0',
     'condition is never true: `channel == "web"` and `channel == "app"` contradict each other',
     'channel == "web" and channel == "app"'),
    ("(score < 3 or score > 10) and score == 5",
     "segment `s` is always empty: `score < 3` and `score == 5` contradict each other; "
     "`score > 10` and `score == 5` contradict each other", "(score < 3 or score > 10) and score == 5"),
])
def test_always_false_points_at_the_contradiction(shop, body, message, at):
    path = write_seg(shop, f"segment s = {body}\n")
    assert pointed(path, "W105") == [(message, at)]


def test_always_false_through_references(shop):
    path = write_seg(shop, (
        "segment fr = country == \"FR\"\n"
        "segment a = fr and not fr\n"          # a segment and its own negation
        "segment not_fr = not fr\n"
        "segment b = fr and not_fr\n"          # the negation through another segment
        "let high = score > 5\n"
        "segment c = high and score < 2\n"     # a boolean trait is its expression
        "segment empty = score > 5 and score < 3\n"
        "segment d = empty and country == \"DE\"\n"  # a whole segment empty because of another
    ))
    assert messages(path, "W105") == [
        "segment `a` is always empty: `fr` and `not fr` contradict each other",
        "segment `b` is always empty: `fr` and `not_fr` contradict each other",
        "segment `c` is always empty: `high` and `score < 2` contradict each other",
        "segment `empty` is always empty: `score > 5` and `score < 3` contradict each other",
        "segment `d` is always empty: `empty` is never true",
    ]
    [through] = [w for w in found(path, "W105") if w.message.startswith("segment `d`")]
    assert [label.message for label in through.labels] == ["`empty` is defined here"]
    assert members(path, "d") == [] and members(path, "a") == []


@pytest.mark.parametrize("body", [
    "score > 5 and score < 9",
    "score >= 3 and score <= 3",
    'country == "FR" and not country == "DE"',
    "score is missing or score > 3",
    'country in ("FR", "DE") and country != "FR"',
    "score between 3 and 3",
    "false",  # written on purpose: not a mistake to point out
])
def test_close_calls_are_not_always_false(shop, body):
    path = write_seg(shop, f"segment s = {body}\n")
    assert found(path, "W105") == [] and found(path, "W106") == []


def test_a_segment_and_another_segments_negation_is_fine(shop):
    path = write_seg(shop, 'segment fr = country == "FR"\nsegment de = country == "DE"\nsegment a = fr and not de\n')
    assert found(path, "W105") == []
    assert members(path, "a") == [1, 4]


def test_a_never_matching_rule_is_reported_once(shop):
    path = write_seg(shop, "segmentation g {\n  dead when score > 10 and score < 5\n  other otherwise\n}\n")
    assert messages(path, "W105") == ["rule `dead` never matches: `score > 10` and `score < 5` contradict each other"]
    assert found(path, "W103") == []


# ---- W106 always-true ----------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message"), [
    ("score > 3 or score <= 3",
     "segment `s` contains every customer where `score` is present: `score > 3` and `score <= 3` cannot both be false"),
    ("not (country in ())", "segment `s` contains every customer where `country` is present: `country in ()` lists no values"),
    ("country not in ()", "segment `s` contains every customer where `country` is present: `country not in ()` lists no values"),
    ("score is missing or score is present",
     "segment `s` contains every customer: `score is missing` and `score is present` cannot both be false"),
])
def test_always_true_says_for_whom(shop, body, message):
    path = write_seg(shop, f"segment s = {body}\n")
    assert messages(path, "W106") == [message]


def test_always_true_where_present_is_exactly_the_customers_with_a_value(shop):
    """The honest wording: with a missing score the condition is missing, so not a member."""
    path = write_seg(shop, "segment s = score > 3 or score <= 3\nsegment t = not (country in ())\n")
    customers = small_customers()
    assert members(path, "s") == sorted(customers.filter(pl.col("score").is_not_null())["customer_id"].to_list())
    assert members(path, "t") == sorted(customers.filter(pl.col("country").is_not_null())["customer_id"].to_list())


def test_a_segment_or_its_negation_is_everyone(shop):
    path = write_seg(shop, 'segment fr = country == "FR"\nsegment s = fr or not fr\n')
    assert messages(path, "W106") == ["segment `s` contains every customer: `fr` and `not fr` cannot both be false"]
    assert members(path, "s") == small_customers()["customer_id"].to_list()


def test_always_true_inside_a_condition(shop):
    path = write_seg(shop, 'segment s = score > 1 and (plan == "pro" or plan != "pro")\n')
    assert pointed(path, "W106") == [(
        'condition is true for every customer where `plan` is present: `plan == "pro"` and `plan != "pro"` cannot both be false',
        'plan == "pro" or plan != "pro"',
    )]


@pytest.mark.parametrize("body", ["score > 3 or score < 3", 'country == "FR" or country == "DE"',
                                  "score is missing or score > 3"])
def test_close_calls_are_not_always_true(shop, body):
    assert found(write_seg(shop, f"segment s = {body}\n"), "W106") == []


# ---- W107 duplicate-segment ----------------------------------------------------------------------


def test_duplicate_segments_compare_meaning_not_text(shop):
    path = write_seg(shop, (
        'segment fr_big = country == "FR" and score > 5\n'
        'segment big_fr = score > 5 and customers.country == "FR"\n'
        'segment flipped = 5 < score and country in ("FR")\n'
        'segment negated = not (score <= 5) and country == "FR"\n'
        "segment alias = fr_big\n"
        'segment fr_bigger = country == "FR" and score > 6\n'
        'segment fr_or_big = country == "FR" or score > 5\n'
    ))
    duplicates = found(path, "W107")
    assert [d.message for d in duplicates] == [
        f"segment `{name}` has the same condition as segment `fr_big`" for name in ("big_fr", "flipped", "negated", "alias")
    ]
    assert all(d.labels[0].message == "`fr_big` is defined here" for d in duplicates)
    assert [d.span.text() for d in duplicates] == ["big_fr", "flipped", "negated", "alias"]


def test_duplicates_of_imported_segments_are_reported_in_the_importer_only(shop):
    (shop / "lib.seg").write_text(HEADER + 'segment fr = country == "FR"\nsegment fr_again = country == "FR"\n')
    path = write_seg(shop, 'segment french = country == "FR"\n', header='import "lib.seg"\n')
    assert messages(path, "W107") == ["segment `french` has the same condition as segment `fr`"]


# ---- W103 unreachable rules beyond ranges --------------------------------------------------------


def test_rule_after_a_rule_taking_all_its_labels(shop):
    path = write_seg(shop, (
        "segmentation g {\n"
        '  paid when plan in ("pro", "enterprise")\n'
        '  pro when plan == "pro"\n'
        '  free when plan == "free"\n'
        '  free_again when plan == "free"\n'
        "  other otherwise\n}\n"
    ))
    unreachable = found(path, "W103")
    assert [d.message for d in unreachable] == [
        "rule `pro` can never match: earlier rules already take every `plan` it covers",
        "rule `free_again` can never match: its condition is the same as rule `free`'s",
    ]
    assert [d.labels[0].span.text() for d in unreachable] == ['paid when plan in ("pro", "enterprise")', 'free when plan == "free"']


def test_rule_after_rules_that_together_take_everyone(shop):
    path = write_seg(shop, 'segment fr = country == "FR"\nsegmentation g {\n  a when fr\n  b when not fr\n  c when score > 3\n  other otherwise\n}\n')
    [unreachable] = found(path, "W103")
    assert unreachable.message == "rule `c` can never match: earlier rules already take every customer"
    assert [label.span.text() for label in unreachable.labels] == ["a when fr", "b when not fr"]


def test_a_missing_condition_does_not_take_customers_from_later_rules(shop):
    """`score > 3 or score <= 3` is missing without a score, so the next rule still gets them."""
    path = write_seg(shop, 'segmentation g {\n  scored when score > 3 or score <= 3\n  german when country == "DE"\n  other otherwise\n}\n')
    assert found(path, "W103") == []
    frame = segdsl.load(path).evaluate()
    assert frame.filter(pl.col("customer_id") == 2)["g"].to_list() == ["german"]


# ---- W108 unused-import --------------------------------------------------------------------------


def test_unused_and_used_imports(shop):
    (shop / "tables.seg").write_text(HEADER)
    (shop / "traits.seg").write_text("let spend = sum(orders.amount)\n")
    (shop / "more.seg").write_text("let visits = count(orders)\n")
    (shop / "segments.seg").write_text('segment web = count(orders where channel == "web") > 0\n')
    path = write_seg(shop, "segment big = spend > 10\n", header=(
        'import "tables.seg"\nimport "traits.seg"\nimport "more.seg"\nimport "segments.seg"\n'
    ))
    [unused] = found(path, "W108")
    assert unused.message == "nothing from `more.seg` is used"
    assert unused.span.text() == 'import "more.seg"'


def test_an_import_used_for_its_event_table_or_as_of(shop):
    (shop / "events.seg").write_text('events orders from "data/orders.parquet" key customer_id time order_date\n')
    (shop / "date.seg").write_text("as of 2026-11-01\n")
    customers = 'customers from "data/customers.parquet" key customer_id\n'
    used = write_seg(shop, "segment buyers = count(orders) > 0\n",
                     header=customers + 'import "events.seg"\nimport "date.seg"\n')
    assert found(used, "W108") == []
    unused = write_seg(shop, "as of 2026-10-01\nsegment fr = country == \"FR\"\n", name="unused.seg",
                       header=customers + 'import "events.seg"\nimport "date.seg"\n')
    assert messages(unused, "W108") == ["nothing from `events.seg` is used", "nothing from `date.seg` is used"]


def test_an_import_is_used_through_the_files_it_imports(shop):
    (shop / "base.seg").write_text("let spend = sum(orders.amount)\n")
    (shop / "middle.seg").write_text('import "base.seg"\n')
    path = write_seg(shop, "segment big = spend > 10\n", header=HEADER + 'import "middle.seg"\n')
    assert found(path, "W108") == []


# ---- W109 unknown-category -----------------------------------------------------------------------


def _categorised_schema(folder: Path) -> Path:
    schema = {"segdsl_schema": 1, "tables": [
        {"source": "customers.parquet", "columns": [
            {"name": "customer_id", "type": "integer"}, {"name": "country", "type": "string"},
            {"name": "plan", "type": "string", "categories": ["free", "pro", "enterprise"]}]},
        {"source": "orders.parquet", "columns": [
            {"name": "customer_id", "type": "integer"}, {"name": "order_date", "type": "date"},
            {"name": "amount", "type": "float"},
            {"name": "channel", "type": "string", "categories": ["web", "store", "app"]}]},
    ]}
    path = folder / "categories.json"
    path.write_text(json.dumps(schema))
    return path


def test_unknown_categories_from_a_schema_file(shop):
    path = write_seg(shop, (
        'segment a = plan == "Pro"\n'
        'segment b = plan not in ("free", "enterprize")\n'
        'segment c = count(orders where channel == "wbe") > 0\n'
        'segment fine = plan in ("free", "pro") and country == "XX"\n'
    ))
    unknown = [d for d in check_file(path, [_categorised_schema(shop)]).diagnostics if d.code == "W109"]
    assert [(d.message, d.span.text(), d.note) for d in unknown] == [
        ('column `plan` has no category "Pro"', '"Pro"', 'did you mean "pro"?'),
        ('column `plan` has no category "enterprize"', '"enterprize"', 'did you mean "enterprise"?'),
        ('column `channel` has no category "wbe"', '"wbe"', 'did you mean "web"?'),
    ]
    assert unknown[0].hints == ("categories: `enterprise`, `free`, `pro`", "so this test never matches")
    assert unknown[1].hints[1] == "so this test is true for every customer with a value"


def test_unknown_categories_from_an_enum_column(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    pl.DataFrame({"customer_id": [1, 2], "plan": pl.Series(["free", "pro"], dtype=pl.Enum(["free", "pro"]))}).write_parquet(
        data / "customers.parquet")
    path = write_seg(tmp_path, 'segment a = plan == "premium"\nsegment b = plan == "pro"\n',
                     header='customers from "data/customers.parquet" key customer_id\n')
    assert messages(path, "W109") == ['column `plan` has no category "premium"']


def test_no_categories_known_no_warning(shop):
    assert found(write_seg(shop, 'segment a = plan == "premium"\n'), "W109") == []


def test_labels_a_segmentation_never_produces(shop):
    path = write_seg(shop, (
        "segmentation tier {\n  gold when score > 5\n  silver when score > 2\n  bronze otherwise\n}\n"
        "segmentation size by share of score {\n  large top 50%\n  small rest\n}\n"
        "segmentation both = cross(tier, size)\n"
        'segment a = tier == "golden"\n'
        'segment b = size in ("large", "huge")\n'
        'segment c = both == "gold-large"\n'
        'segment fine = tier == "gold" and both == "silver/small"\n'
    ))
    assert found(path, "W109") == []  # labels are known for certain: an error, not a warning
    assert [(d.message, d.note) for d in found(path, "E113")] == [
        ('segmentation `tier` has no label "golden"', 'did you mean "gold"?'),
        ('segmentation `size` has no label "huge"', None),
        ('segmentation `both` has no label "gold-large"', 'did you mean "gold/large"?'),
    ]


def test_unnamed_clusters_are_labelled_by_number(shop):
    path = write_seg(shop, (
        'model personas { kind kmeans features score params(k=3) clusters(0="low", 1="high") file "models/p.skops" }\n'
        "segmentation persona = cluster(personas)\n"
        'segment a = persona == "hihg"\nsegment b = persona in ("low", "2")\n'
    ))
    assert messages(path, "E113") == ['segmentation `persona` has no label "hihg"']


# ---- selection: --select / --ignore / pyproject.toml / --strict -----------------------------------


def test_codes_prefixes_and_names():
    assert parse_codes(["W105"], "--select") == {"W105"}
    assert parse_codes(["w105, always-true", "W107"], "--select") == {"W105", "W106", "W107"}
    assert parse_codes(["W1"], "--select") == WARNINGS
    assert parse_codes(["W10"], "--select") == {c for c in WARNINGS if c.startswith("W10")}


@pytest.mark.parametrize(("value", "message", "hint"), [
    ("W999", "unknown warning code `W999` in --ignore", None),
    ("alwys-false", "unknown warning code `alwys-false` in --ignore", "did you mean `always-false`?"),
    ("E104", "`E104` in --ignore names errors, which cannot be selected or ignored", None),
    ("unknown-column", "`unknown-column` in --ignore names errors, which cannot be selected or ignored", None),
])
def test_bad_codes_are_usage_errors(value, message, hint):
    with pytest.raises(DiagnosticError) as raised:
        parse_codes([value], "--ignore")
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.message == message
    assert hint is None or diagnostic.hints[0] == hint


def _project(root: Path, config: str) -> Path:
    """root/pyproject.toml and an empty root/a/b/ folder for .seg files."""
    (root / "pyproject.toml").write_text(config)
    folder = root / "a" / "b"
    folder.mkdir(parents=True)
    return folder / "x.seg"


def test_pyproject_is_found_upward_and_the_command_line_replaces_its_keys(tmp_path):
    seg = _project(tmp_path, '[project]\nname = "x"\n\n[tool.segdsl]\nselect = ["W1"]\nignore = ["W107", "unused-import"]\n')
    (seg.parent / "pyproject.toml").write_text('[project]\nname = "inner, without a segdsl section"\n')
    assert LintSettings().selection_for(seg).warnings == WARNINGS - {"W107", "W108"}
    assert LintSettings(ignore=["W105"]).selection_for(seg).warnings == WARNINGS - {"W105"}
    assert LintSettings(select=["W105,W107"]).selection_for(seg).warnings == {"W105"}


@pytest.mark.parametrize(("config", "message"), [
    ("[tool.segdsl]\nignore = \"W1\"\n", "`ignore` in [tool.segdsl] must be a list of codes"),
    ("[tool.segdsl]\nselect = [\"W1O5\"]\n", "unknown warning code `W1O5` in `select` of [tool.segdsl]"),
    ("[tool.segdsl\n", "cannot read pyproject.toml: Expected ']' at the end of a table declaration (at line 1, column 13)"),
])
def test_invalid_configuration(tmp_path, config, message):
    seg = _project(tmp_path, config)
    with pytest.raises(DiagnosticError) as raised:
        LintSettings().selection_for(seg)
    [diagnostic] = raised.value.diagnostics
    assert (diagnostic.code, diagnostic.message, diagnostic.file) == ("E801", message, str(tmp_path / "pyproject.toml"))


def _run(*args: str):
    return runner.invoke(app, ["validate", *args])


def test_cli_ignore_select_and_strict(shop):
    path = str(write_seg(shop, 'let unused = score * 2\nsegment s = score > 5 and score < 3\n'))
    everything = _run(path)
    assert everything.exit_code == 0 and "W101" in everything.output and "W105" in everything.output
    ignored = _run(path, "--ignore", "W105", "--ignore", "unused-trait")
    assert ignored.exit_code == 0 and "0 errors, 0 warnings" in ignored.output
    selected = _run(path, "--select", "always-false", "--strict")
    assert selected.exit_code == 1 and "W105" in selected.output and "W101" not in selected.output
    assert _run(path, "--strict", "--ignore", "W1").exit_code == 0


def test_cli_usage_errors_and_errors_always_report(shop):
    path = str(write_seg(shop, "segment s = countyr == \"FR\"\n"))
    unknown = _run(path, "--ignore", "W999")
    assert unknown.exit_code == 2 and "error[E801 invalid-lint-selection]: unknown warning code `W999` in --ignore" in unknown.output
    assert _run(path, "--ignore", "E104").exit_code == 2
    still = _run(path, "--select", "W105")
    assert still.exit_code == 1 and "error[E104 unknown-column]" in still.output


def test_cli_reads_pyproject_beside_the_definitions(shop):
    (shop / "pyproject.toml").write_text('[tool.segdsl]\nignore = ["always-false"]\n')
    path = str(write_seg(shop, "segment s = score > 5 and score < 3\n"))
    assert "0 warnings" in _run(path, "--strict").output and _run(path, "--strict").exit_code == 0
    assert _run(path, "--strict", "--ignore", "W101").exit_code == 1  # the command line replaces `ignore`
    (shop / "pyproject.toml").write_text("[tool.segdsl]\nselect = 3\n")
    assert _run(path).exit_code == 2


# ---- cost ----------------------------------------------------------------------------------------


def _large_definition(segments: int = 1000, traits: int = 300) -> str:
    """Traits of several shapes; segments that mix tests, share values, and refer to each other."""
    lines = []
    for i in range(traits):
        lines.append([
            f"let t{i} = sum(orders.amount where channel == \"web\") over {i + 1} days",
            f"let t{i} = count(orders) over {i + 10} days",
            f"let t{i} = days_since(last(orders.order_date))",
            f"let t{i} = quintile(t{max(i - 3, 0)})" if i >= 3 else f"let t{i} = avg(orders.amount)",
        ][i % 4])
    for j in range(segments):
        t = f"t{j % traits}"
        body = [
            f'{t} > {j % 50} and country in ("FR", "DE") and plan != "free"',
            f'({t} > {j % 7} or {t} is missing) and country != "BE"',
            f"s{j - 1} and not s{max(j - 2, 0)}" if j >= 2 else f"{t} > 1",
            f'{t} between {j % 5} and {j % 5 + 10} or s{j - 1}' if j else f"{t} > 2",
        ][j % 4]
        lines.append(f"segment s{j} = {body}")
    lines.append("segmentation g {\n" + "".join(f'  l{k} when t{k} > {k} and country == "FR"\n' for k in range(40)) + "  other otherwise\n}")
    return HEADER + "\n".join(lines) + "\n"


def test_a_thousand_segments_check_without_errors(shop):
    """A large file checks completely (its speed is measured by `benchmarks/bench_validate.py`,
    not by a timed test, which a loaded machine would fail)."""
    path = shop / "large.seg"
    path.write_text(_large_definition())
    result = check_file(path)
    assert result.ok, result.diagnostics[:3]
    assert len(result.plan.segments) >= 1000





# ---- categories recorded by `segdsl schema`, labels as errors ------------------------------------


def test_schema_command_records_low_cardinality_text_columns_so_w109_works_without_data(tmp_path):
    from typer.testing import CliRunner

    from segdsl.cli import app

    data = tmp_path / "data"
    data.mkdir()
    rows = 400
    pl.DataFrame({
        "customer_id": range(rows),
        "plan": [["free", "pro", "premium", None][i % 4] for i in range(rows)],  # 3 values, 100 rows each
        "email": [f"user{i}@example.com" for i in range(rows)],  # free text: one value per row
        "city": [f"city{i % 25}" for i in range(rows)],  # 25 values but only 16 rows each: too few rows
        "segment_code": [f"s{i % 60}" for i in range(rows)] ,  # more than 50 values
    }).write_parquet(data / "customers.parquet")
    result = CliRunner().invoke(app, ["schema", str(data / "customers.parquet")])
    assert result.exit_code == 0, result.output
    columns = {c["name"]: c for c in json.loads(result.stdout)["tables"][0]["columns"]}
    assert columns["plan"]["categories"] == ["free", "premium", "pro"]
    assert all("categories" not in columns[name] for name in ("email", "city", "segment_code", "customer_id"))
    schema_file = tmp_path / "schema.json"
    schema_file.write_text(result.stdout)
    (data / "customers.parquet").unlink()  # CI: no data, only the schema file
    path = write_seg(tmp_path, 'segment a = plan == "premum"\n', header='customers from "data/customers.parquet" key customer_id\n')
    unknown = [d for d in check_file(path, [schema_file]).diagnostics if d.code == "W109"]
    assert [(d.message, d.note) for d in unknown] == [('column `plan` has no category "premum"', 'did you mean "premium"?')]
    without = CliRunner().invoke(app, ["schema", "--no-categories", str(schema_file)])
    assert without.exit_code != 0  # a schema file is not a data file: a diagnostic, not a crash
    assert "Traceback" not in without.output


def test_a_wrong_label_in_an_imported_file_is_an_error_of_the_file_set(shop):
    (shop / "groups.seg").write_text(
        'customers from "data/customers.parquet" key customer_id\n'
        'segmentation tier { gold when score > 5  other otherwise }\n'
        'segment golden = tier == "Gold"\n')
    path = write_seg(shop, 'segment g = golden\n', header='import "groups.seg"\n')
    errors = found(path, "E113")
    assert [(d.message, Path(d.span.source.name).name) for d in errors] == [('segmentation `tier` has no label "Gold"', "groups.seg")]
    assert not check_file(path).ok
