"""`segdsl fmt`: golden layouts, meaning and comments preserved, idempotency, the command line,
and a property test on random definitions written in random layouts."""

from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from segdsl.check import check_source
from segdsl.cli import app
from segdsl.diagnostics import DiagnosticError
from segdsl.formatting import FormattingError, format_source
from segdsl.schema import SchemaProvider
from segdsl.source import SourceFile
from segdsl.syntax import parse
from segdsl.syntax.grammar import parse_concrete
from tests.test_golden import compare

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "fixtures" / "fmt"
EXAMPLES = sorted((ROOT / "examples").glob("*.seg"))
CORPUS = EXAMPLES + sorted((ROOT / "tests" / "fixtures" / "compile").glob("*.seg")) + sorted(GOLDEN.glob("*.seg"))

runner = CliRunner()

MESSY = "let  a=1 # one\nsegment   s = a>1\n"
TIDY = "let a = 1  # one\nsegment s = a > 1\n"


def statements(text: str) -> tuple:
    module, diagnostics = parse(SourceFile("t.seg", text))
    assert diagnostics == []
    return module.statements


def comment_texts(text: str) -> Counter[str]:
    return Counter(str(token).rstrip() for token in parse_concrete(text)[1])


def fmt(*args: str, input: str | None = None):
    return runner.invoke(app, ["fmt", *args], input=input)


# ---- layout --------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(GOLDEN.glob("*.seg")), ids=lambda p: p.stem)
def test_golden_layout(case: Path):
    formatted = format_source(case.read_text(encoding="utf-8"), case.name)
    compare(formatted, case.with_suffix(".formatted"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_meaning_comments_and_idempotency(path: Path):
    text = path.read_text(encoding="utf-8")
    formatted = format_source(text, path.name)
    assert statements(formatted) == statements(text)
    assert comment_texts(formatted) == comment_texts(text)
    assert format_source(formatted, path.name) == formatted


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_compile_to_the_same_plan(path: Path):
    """Imports are formatted too, so the whole file set changes layout, never the IR."""

    def read_formatted(imported: Path) -> str:
        return format_source(imported.read_text(encoding="utf-8"), imported.name)

    text = path.read_text(encoding="utf-8")
    original = check_source(SourceFile(path.name, text, path), SchemaProvider())
    formatted = check_source(SourceFile(path.name, read_formatted(path), path), SchemaProvider(), read_formatted)
    assert original.plan is not None
    assert formatted.plan == original.plan


def test_spelling_is_kept_only_whitespace_semicolons_and_quotes_change():
    text = "let w = count(o) in   last 2 day\nsegment s = w is present and 'a' == \"b\" and w > 3.50\nscore p { +1 when w; -2 when x }\n"
    assert format_source(text) == (
        "let w = count(o) in last 2 day\n"
        'segment s = w is present and "a" == "b" and w > 3.50\n'
        "score p {\n    +1 when w\n    -2 when x\n}\n"
    )


def test_strings_needing_escapes_keep_their_quotes():
    text = "let a = 'say \"hi\"'\nlet b = 'it\\'s'\nlet c = \"tab\\t\"\n"
    assert format_source(text) == "let a = 'say \"hi\"'\nlet b = 'it\\'s'\nlet c = \"tab\\t\"\n"


def test_two_end_of_line_comments_on_one_joined_line_both_survive():
    text = "segment s = a # first\n    and b # second\n"
    assert format_source(text) == "# first\nsegment s = a and b  # second\n"


def test_empty_and_comment_only_files():
    assert format_source("") == ""
    assert format_source("  \n\n") == ""
    assert format_source("\n# only\n\n\n#  comments   \n") == "# only\n\n#  comments\n"


def test_crlf_input_gives_lf_output():
    assert format_source("let a=1 # c\r\n\r\nlet b=2\r\n") == "let a = 1  # c\n\nlet b = 2\n"


def test_syntax_errors_raise_the_parsers_diagnostics():
    with pytest.raises(DiagnosticError) as raised:
        format_source("let a = 1\nsegment x = a >\nlet b = (\n", "bad.seg")
    assert [(d.code, d.span.start_line_col) for d in raised.value.diagnostics] == [("E003", (2, 15)), ("E003", (3, 9))]


def test_invalid_date_is_an_error_not_rewritten():
    with pytest.raises(DiagnosticError) as raised:
        format_source("as of 2026-02-30\n", "d.seg")
    assert [d.message for d in raised.value.diagnostics] == ["`2026-02-30` is not a valid date"]


# ---- command line --------------------------------------------------------------------------------


def test_rewrites_files_in_place_keeping_permissions(tmp_path: Path):
    messy, tidy = tmp_path / "messy.seg", tmp_path / "tidy.seg"
    messy.write_text(MESSY, encoding="utf-8")
    tidy.write_text(TIDY, encoding="utf-8")
    os.chmod(messy, 0o640)
    result = fmt(str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"reformatted {messy}\n1 file reformatted, 1 unchanged\n"
    assert messy.read_text(encoding="utf-8") == TIDY
    assert stat.S_IMODE(messy.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["messy.seg", "tidy.seg"]  # no temporary file left
    again = fmt(str(messy), str(tidy))
    assert (again.exit_code, again.stderr) == (0, "0 files reformatted, 2 unchanged\n")


def test_rewrites_through_a_symbolic_link(tmp_path: Path):
    target = tmp_path / "real.seg"
    target.write_text(MESSY, encoding="utf-8")
    link = tmp_path / "link.seg"
    link.symlink_to(target)
    assert fmt(str(link)).exit_code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == TIDY


def test_a_result_that_would_lose_a_comment_is_refused(tmp_path: Path, monkeypatch):
    """The safety net: whatever the printer does, a changed meaning or a lost comment is an
    internal error and the file stays as it was."""
    import segdsl.formatting

    monkeypatch.setattr(segdsl.formatting, "render", lambda lines, end_comments, text: "let a = 1\n")
    with pytest.raises(FormattingError, match="would lose comments"):
        format_source("let a = 1  # kept\n", "c.seg")
    with pytest.raises(FormattingError, match="would change its meaning"):
        format_source("let a = 2\n", "m.seg")
    path = tmp_path / "c.seg"
    path.write_text("let a=1 # kept\n", encoding="utf-8")
    result = fmt(str(path))
    assert isinstance(result.exception, FormattingError)
    assert path.read_text(encoding="utf-8") == "let a=1 # kept\n"


def test_check_prints_a_unified_diff_and_writes_nothing(tmp_path: Path):
    path = tmp_path / "messy.seg"
    path.write_text(MESSY, encoding="utf-8")
    result = fmt(str(path), "--check")
    assert result.exit_code == 1
    assert result.stdout == (
        f"--- a/{path}\n+++ b/{path}\n@@ -1,2 +1,2 @@\n"
        "-let  a=1 # one\n-segment   s = a>1\n+let a = 1  # one\n+segment s = a > 1\n"
    )
    assert result.stderr == "1 file would be reformatted, 0 unchanged\n"
    assert path.read_text(encoding="utf-8") == MESSY


def test_check_passes_on_formatted_files(tmp_path: Path):
    (tmp_path / "tidy.seg").write_text(TIDY, encoding="utf-8")
    result = fmt(str(tmp_path), "--check")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "0 files would be reformatted, 1 unchanged\n"


def test_check_diff_marks_a_missing_final_newline(tmp_path: Path):
    path = tmp_path / "a.seg"
    path.write_text("let a = 1", encoding="utf-8")
    result = fmt(str(path), "--check")
    assert result.exit_code == 1
    assert result.stdout.endswith("-let a = 1\n\\ No newline at end of file\n+let a = 1\n")


def test_syntax_error_reports_and_leaves_the_file_byte_identical(tmp_path: Path):
    path = tmp_path / "bad.seg"
    original = b"let  a=1\r\nsegment x = a >\r\n"
    path.write_bytes(original)
    good = tmp_path / "good.seg"
    good.write_text(MESSY, encoding="utf-8")
    result = fmt(str(path), str(good))
    assert result.exit_code == 1
    assert "error[E003 unexpected-end]: this statement is not finished" in result.stderr
    assert f"--> {path}:2:15" in result.stderr
    assert result.stderr.endswith("1 file reformatted, 0 unchanged, 1 with errors\n")
    assert path.read_bytes() == original
    assert good.read_text(encoding="utf-8") == TIDY


def test_missing_file_exits_two(tmp_path: Path):
    missing = tmp_path / "nope.seg"
    result = fmt(str(missing))
    assert result.exit_code == 2
    assert f"error[E301 file-not-found]: file not found: {missing}" in result.stderr


def test_folder_without_definitions_exits_two(tmp_path: Path):
    result = fmt(str(tmp_path))
    assert result.exit_code == 2
    assert "no .seg files found" in result.stderr


def test_stdin_to_stdout():
    result = fmt("-", input=MESSY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, TIDY, "")


def test_stdin_check():
    messy = fmt("-", "--check", input=MESSY)
    assert messy.exit_code == 1
    assert messy.stdout.startswith("--- a/<stdin>\n+++ b/<stdin>\n")
    tidy = fmt("-", "--check", input=TIDY)
    assert (tidy.exit_code, tidy.stdout) == (0, "")


def test_stdin_syntax_error_prints_nothing_to_stdout():
    result = fmt("-", input="segment x = a >\n")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "--> <stdin>:1:15" in result.stderr


def test_stdin_cannot_be_mixed_with_files(tmp_path: Path):
    result = fmt("-", str(tmp_path))
    assert result.exit_code == 2
    assert "cannot be combined" in result.stderr


# ---- property: random definitions in random layouts ----------------------------------------------

NAMES = ["a", "recency", "orders", "amount", "x_1", "Plan", "total2",
         "a_long_name_so_that_some_conditions_need_breaking"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
COMPARE = ["==", "!=", "<", "<=", ">", ">="]
PUNCTUATION = set("()[],=<>!+-*/")
GAPS = [" ", "  ", "\t", "\n", "\n\n", "\n    ", " \n\n\n  "]
COMMENTS = ["#", "# a comment", "#'quoted' \"text\"  ", "## é #", "#x"]
FEW = st.sampled_from([0, 0, 0, 0, 0, 1, 2])  # how many more operands, items, suffixes: mostly none


def _separator(draw, glue_ok: bool) -> str:
    """Mostly a space; sometimes nothing (next to punctuation: `a==1`), other whitespace, blank
    lines, or a comment at the end of a line or on its own line."""
    kind = draw(st.integers(0, 19))
    if kind < 10:
        return "" if glue_ok and kind == 9 else " "
    gap = draw(st.sampled_from(GAPS))
    if kind == 18:
        return f"{gap} {draw(st.sampled_from(COMMENTS))}\n"
    if kind == 19:
        return f"\n{draw(st.sampled_from(COMMENTS))}\n{gap}"
    return gap


@st.composite
def definitions(draw) -> str:
    """A random file: statements of every kind, tokens joined by random whitespace, blank lines,
    `;` separators and comments (own-line and end-of-line)."""
    tokens: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        tokens += _statement(draw)
    out = [_separator(draw, glue_ok=True)]
    for left, right in zip(tokens, tokens[1:]):
        out += [left, _separator(draw, glue_ok=left[-1] in PUNCTUATION or right[0] in PUNCTUATION)]
    out += [tokens[-1], _separator(draw, glue_ok=True)]
    return "".join(out)


def _statement(draw) -> list[str]:
    name = draw(st.sampled_from(NAMES))
    kind = draw(st.sampled_from(["import", "customers", "events", "enrichment", "as_of", "let", "segment",
                                 "rules", "tiers", "cross", "score", "model"]))
    if kind == "import":
        return ["import", _string(draw)]
    if kind == "customers":
        since = ["since", draw(st.sampled_from(NAMES))] if draw(st.booleans()) else []
        return ["customers", "from", _string(draw), "key", name, *since]
    if kind == "events":
        return ["events", name, "from", _string(draw), "key", name, "time", name]
    if kind == "enrichment":
        return ["enrichment", name, "from", _string(draw), "on", name]
    if kind == "as_of":
        return ["as", "of", _date(draw)]
    if kind == "let":
        return [*_keep(draw), "let", name, "=", *_expr(draw, 1)]
    if kind == "segment":
        head = ["segment", name]
        if draw(st.booleans()):
            head.append(_string(draw))
        if draw(st.booleans()):
            head += ["tags", "(", *_commas([[_string(draw)] for _ in range(draw(st.integers(1, 3)))]), ")"]
        if draw(st.booleans()):
            head += ["owner", _string(draw)]
        return [*head, "=", *_expr(draw, 1)]
    if kind == "rules":
        rules = [[_label(draw), "when", *_expr(draw, 1), *_semicolon(draw)] for _ in range(draw(FEW))]
        rules.append([_label(draw), "otherwise", *_semicolon(draw)] if draw(st.booleans()) else [_label(draw), "when", *_expr(draw, 1)])
        return ["segmentation", name, "{", *sum(rules, []), "}"]
    if kind == "tiers":
        tiers = [[_label(draw), draw(st.sampled_from(["top", "next"])), _percent(draw), *_semicolon(draw)]
                 for _ in range(draw(st.integers(1, 3)))]
        tiers.append([_label(draw), "rest"])
        basis = draw(st.sampled_from(["share", "quantile"]))
        return ["segmentation", name, "by", basis, "of", *_sum(draw, 1), "{", *sum(tiers, []), "}"]
    if kind == "cross":
        return ["segmentation", name, "=", *_expr(draw, 1)]
    if kind == "score":
        rules = [[_points(draw), *_expr(draw, 1), *_semicolon(draw)] for _ in range(draw(st.integers(1, 3)))]
        return [*_keep(draw), "score", name, "{", *sum(rules, []), "}"]
    items = [_model_item(draw) for _ in range(1 + draw(FEW))]
    return ["model", name, "{", *sum(items, []), "}"]


def _keep(draw) -> list[str]:
    return ["keep"] if draw(st.sampled_from([False, False, True])) else []


def _model_item(draw) -> list[str]:
    kind = draw(st.sampled_from(["kind", "features", "label", "train", "file", "params", "clusters"]))
    names = st.sampled_from(NAMES)
    if kind == "kind":
        item = ["kind", draw(names)]
    elif kind == "features":
        item = ["features", *_commas([[draw(names)] for _ in range(draw(st.integers(1, 3)))])]
    elif kind == "label":
        item = ["label", *_expr(draw, 1)]
    elif kind == "train":
        item = ["train", "as", "of", _date(draw)]
    elif kind == "file":
        item = ["file", _string(draw)]
    elif kind == "params":
        params = [[draw(names), "=", _param_value(draw)] for _ in range(draw(st.integers(0, 2)))]
        item = ["params", "(", *_commas(params), ")"]
    else:
        pairs = [[str(i), "=", _string(draw)] for i in range(draw(st.integers(0, 2)))]
        item = ["clusters", "(", *_commas(pairs), ")"]
    return item + _semicolon(draw)


def _param_value(draw) -> str:
    kind = draw(st.sampled_from(["name", "number", "string"]))
    if kind == "string":
        return _string(draw)
    return draw(st.sampled_from(NAMES if kind == "name" else ["1", "0.5", "100"]))


def _commas(groups: list[list[str]]) -> list[str]:
    out: list[str] = []
    for index, group in enumerate(groups):
        out += ([","] if index else []) + group
    return out


def _semicolon(draw) -> list[str]:
    return [";"] if draw(st.booleans()) else []


def _label(draw) -> str:
    return draw(st.sampled_from(NAMES)) if draw(st.booleans()) else _string(draw)


def _points(draw) -> str:
    """POINTS only lexes when `when` follows on the same line: one token with the `when`."""
    sign = draw(st.sampled_from(["+", "-", "+ ", "-\t", ""]))
    return f"{sign}{draw(st.sampled_from(['1', '10', '2.5']))}{draw(st.sampled_from([' ', '  ', chr(9)]))}when"


def _string(draw) -> str:
    body = draw(st.text(alphabet="ab #'\"é", max_size=6))
    if '"' not in body and draw(st.booleans()):
        return f'"{body}"'
    if "'" not in body and draw(st.booleans()):
        return f"'{body}'"
    return '"' + body.replace('"', '\\"') + '"'


def _date(draw) -> str:
    return draw(st.sampled_from(["2026-11-01", "2024-02-29", "1999-12-31"]))


def _percent(draw) -> str:
    return draw(st.sampled_from(["10%", "50%", "12.5%"]))


def _words(draw, *words: str) -> str:
    """A multi-word terminal (`starts with`): any spaces or tabs between its words."""
    return draw(st.sampled_from([" ", "  ", "\t"])).join(words)


def _expr(draw, depth: int) -> list[str]:
    return _chain(draw, _and, ["or"], depth)


def _and(draw, depth: int) -> list[str]:
    return _chain(draw, _not, ["and"], depth)


def _not(draw, depth: int) -> list[str]:
    return ["not"] * draw(st.sampled_from([0, 0, 0, 1, 2])) + _comparison(draw, depth)


def _comparison(draw, depth: int) -> list[str]:
    left = _sum(draw, depth)
    kind = draw(st.sampled_from(["none", "none", "compare", "in", "not in", "between", "missing", "present",
                                 "test", "within"]))
    if kind == "compare":
        return [*left, draw(st.sampled_from(COMPARE)), *_sum(draw, depth)]
    if kind in ("in", "not in"):
        items = _commas([_expr(draw, depth - 1) for _ in range(draw(FEW))]) if depth > 0 else []
        return [*left, *kind.split(), "(", *items, ")"]
    if kind == "between":
        return [*left, "between", *_sum(draw, depth), "and", *_sum(draw, depth)]
    if kind == "missing":
        return [*left, "is", "missing"]
    if kind == "present":
        return [*left, "is", *draw(st.sampled_from([["present"], ["not", "missing"]]))]
    if kind == "test":
        operator = draw(st.sampled_from(["contains", "matches", "starts with", "ends with"]))
        return [*left, _words(draw, *operator.split()), *_sum(draw, depth)]
    if kind == "within":
        return [*left, _words(draw, "within", "last"), *_duration(draw)]
    return left


def _sum(draw, depth: int) -> list[str]:
    return _chain(draw, _product, ["+", "-"], depth)


def _product(draw, depth: int) -> list[str]:
    return _chain(draw, _unary, ["*", "/"], depth)


def _unary(draw, depth: int) -> list[str]:
    return ["-"] * draw(st.sampled_from([0, 0, 0, 0, 1, 2])) + _postfix(draw, depth)


def _chain(draw, operand, operators: list[str], depth: int) -> list[str]:
    tokens = operand(draw, depth)
    for _ in range(draw(FEW)):
        tokens += [draw(st.sampled_from(operators)), *operand(draw, depth)]
    return tokens


def _postfix(draw, depth: int) -> list[str]:
    kinds = ["number", "percent", "string", "date", "bool", "duration", "name", "dotted", "holdout"]
    kinds += ["list", "parens", "call", "call"] if depth > 0 else []
    kind = draw(st.sampled_from(kinds))
    if kind == "number":
        return [draw(st.sampled_from(["0", "1", "42", "3.50", "007"]))]
    if kind == "percent":
        return [_percent(draw)]
    if kind == "string":
        return [_string(draw)]
    if kind == "date":
        return [_date(draw)]
    if kind == "bool":
        return [draw(st.sampled_from(["true", "false"]))]
    if kind == "duration":
        return _duration(draw)
    if kind == "name":
        return [draw(st.sampled_from(NAMES))]
    if kind == "dotted":
        return [draw(st.sampled_from(NAMES)), ".", draw(st.sampled_from(NAMES))]
    if kind == "holdout":
        seed = ["seed", draw(st.sampled_from(["7", "0"]))] if draw(st.booleans()) else []
        return ["holdout", _percent(draw), "of", draw(st.sampled_from(NAMES)), *seed]
    if kind == "list":
        return ["[", *_commas([_expr(draw, depth - 1) for _ in range(draw(FEW))]), "]"]
    if kind == "parens":
        return ["(", *_expr(draw, depth - 1), ")"]
    return _call(draw, depth)


def _call(draw, depth: int) -> list[str]:
    args = _commas([_expr(draw, depth - 1) for _ in range(draw(FEW))])
    where = ["where", *_expr(draw, depth - 1)] if draw(st.integers(0, 3)) == 0 else []
    suffixes: list[str] = []
    for _ in range(draw(FEW)):
        suffixes += _call_suffix(draw, depth - 1)
    return [draw(st.sampled_from(NAMES)), "(", *args, *where, ")", *suffixes]


def _call_suffix(draw, depth: int) -> list[str]:
    kind = draw(st.sampled_from(["over", "in last", "between", "before", "after", "ago", "descending", "ascending"]))
    if kind in ("over", "in last"):
        return [_words(draw, *kind.split()), *_duration(draw)]
    if kind == "between":
        return ["between", *_sum(draw, depth), "and", *_sum(draw, depth)]
    if kind in ("before", "after"):
        return [kind, *_sum(draw, depth)]
    if kind == "ago":
        return ["more", "than", *_duration(draw), "ago"]
    return [kind]


def _duration(draw) -> list[str]:
    return [draw(st.sampled_from(["1", "30", "2"])), draw(st.sampled_from(UNITS))]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(definitions())
def test_random_definitions_keep_meaning_and_comments_and_are_stable(text: str):
    formatted = format_source(text)
    assert statements(formatted) == statements(text)
    assert comment_texts(formatted) == comment_texts(text)
    assert format_source(formatted) == formatted
