"""`segdsl eval`'s Typer-free fast path (segdsl.entry): it reads a command line exactly as Typer
does or leaves it to Typer, reports problems identically, and loads nothing eval does not need."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
import typer
from typer.testing import CliRunner

from segdsl.cli import app
from segdsl.entry import eval_arguments
from tests.conftest import small_customers, write_seg

GOOD = 'segment fr = country == "FR"\nsegment buyers = count(orders) > 0\nlet spend = sum(orders.amount)\n'
ROOT = Path(__file__).resolve().parent.parent

ACCEPTED = [
    ["eval", "a.seg"],
    ["eval", "a.seg", "--out", "x.parquet"],
    ["eval", "--out", "x.parquet", "a.seg"],
    ["eval", "a.seg", "--out=x.csv", "--long"],
    ["eval", "a.seg", "--as-of", "2026-01-01", "--traits", "--include-personal-data"],
    ["eval", "a.seg", "--as-of=2026-01-01", "--engine", "duckdb", "--trust-pickle", "--no-cache"],
    ["eval", "a=b.seg", "--engine=polars"],
    ["eval", "dir with space/a.seg", "--out", "out folder/x.ndjson"],
]
LEFT_TO_TYPER = [
    [], ["eval"], ["eval", "--help"], ["eval", "-h"], ["--version"], ["validate", "a.seg"],
    ["eval", "a.seg", "b.seg"],                      # one path only
    ["eval", "a.seg", "--out"],                      # a value is missing
    ["eval", "a.seg", "--out", "--long"],            # a value that looks like an option
    ["eval", "a.seg", "--out", "x.csv", "--out", "y.csv"],  # repeated
    ["eval", "a.seg", "--long", "--long"],
    ["eval", "a.seg", "--long=yes"],
    ["eval", "a.seg", "--ou", "x.csv"],              # no abbreviations
    ["eval", "--", "a.seg"],
    ["eval", "-", "--out", "x.csv"],
    ["eval", "a.seg", "--out", ""],
    ["eval", "a.seg", "--unknown"],
    ["eval", "a\udcff.seg"],                         # undecodable bytes from the command line
]


def typer_parameters(arguments: list[str], monkeypatch) -> dict:
    """What the Typer command passes on to `run_eval` for these arguments (recorded instead of
    run: parsing is what is compared here)."""
    import segdsl.eval_command

    seen: list[dict] = []
    signature = inspect.signature(segdsl.eval_command.run_eval)
    monkeypatch.setattr(segdsl.eval_command, "run_eval",
                        lambda *args, **kwargs: seen.append(dict(signature.bind(*args, **kwargs).arguments)))
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    return seen[0]


@pytest.mark.parametrize("arguments", ACCEPTED, ids=" ".join)
def test_the_fast_reader_reads_a_command_line_as_typer_does(arguments, monkeypatch):
    assert eval_arguments(arguments) == typer_parameters(arguments, monkeypatch)


@pytest.mark.parametrize("arguments", LEFT_TO_TYPER, ids=repr)
def test_unusual_command_lines_are_left_to_typer(arguments):
    assert eval_arguments(arguments) is None


def test_every_option_of_the_eval_command_is_known_to_the_fast_reader():
    """Adding an option to `segdsl eval` without teaching the reader would leave it to Typer
    silently (correct, but slow): this fails instead."""
    group = typer.main.get_command(app)
    command = group.get_command(group.make_context("segdsl", ["eval", "x"]), "eval")
    from segdsl.entry import EVAL_FLAGS, EVAL_VALUES

    options = {name for parameter in command.params for name in parameter.opts if name.startswith("--")}
    assert options == set(EVAL_FLAGS) | set(EVAL_VALUES)


def test_completion_requests_are_left_to_typer(monkeypatch):
    monkeypatch.setenv("_SEGDSL_COMPLETE", "bash_complete")
    assert eval_arguments(["eval", "a.seg"]) is None


def run_entry(*arguments: str, cwd: Path, cache: Path, show_modules: bool = False) -> subprocess.CompletedProcess:
    """`python -m segdsl ...` as a user runs it (optionally listing the modules it loaded)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "enrich")])}
    if not show_modules:
        return subprocess.run([sys.executable, "-m", "segdsl", *arguments], cwd=cwd, env=env, capture_output=True, text=True)
    code = ("import sys\nsys.argv = ['segdsl', *sys.argv[1:]]\nfrom segdsl.entry import main\n"
            "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\n"
            "print('MODULES=' + ','.join(sorted(sys.modules)))\nprint('EXIT=' + str(code))\n")
    return subprocess.run([sys.executable, "-c", code, *arguments], cwd=cwd, env=env, capture_output=True, text=True)


def loaded(result: subprocess.CompletedProcess) -> set[str]:
    line = next(line for line in result.stdout.splitlines() if line.startswith("MODULES="))
    return set(line.removeprefix("MODULES=").split(","))


def tops(modules: set[str], *names: str) -> set[str]:
    return {m for m in modules if m.split(".")[0] in names or m.startswith(names)}


def test_eval_loads_neither_typer_nor_rich_nor_numpy_and_with_a_cached_plan_not_the_checker(shop, tmp_path):
    path = write_seg(shop, GOOD)
    out = shop / "members.parquet"
    first = run_entry("eval", str(path), "--out", str(out), cwd=shop, cache=tmp_path / "cache", show_modules=True)
    assert "EXIT=0" in first.stdout, first.stderr
    modules = loaded(first)
    assert tops(modules, "typer", "click", "rich", "numpy", "sklearn", "pandas", "pyarrow") == set()
    assert "segdsl.check" in modules and "lark" in modules  # the first run checks the definition
    second = run_entry("eval", str(path), "--out", str(out), cwd=shop, cache=tmp_path / "cache", show_modules=True)
    assert "EXIT=0" in second.stdout, second.stderr
    modules = loaded(second)
    assert tops(modules, "typer", "click", "rich", "numpy", "lark", "segdsl.check", "segdsl.syntax", "segdsl.ast") == set()
    expected = small_customers().select("customer_id", (pl.col("country") == "FR").fill_null(False).alias("fr"))
    written = pl.read_parquet(out).sort("customer_id")
    assert written.select("customer_id", "fr").equals(expected.sort("customer_id"))


@pytest.mark.parametrize("case", ["type error", "missing file", "bad output", "bad date", "duplicate keys", "csv out"])
def test_the_fast_path_reports_and_exits_as_the_typer_command_does(shop, tmp_path, case):
    """The same standard output, standard error and exit code as the Typer command (run through
    Click's test runner, which the fast path never sees)."""
    path = write_seg(shop, GOOD if case not in ("type error",) else 'segment x = plan == 3\n')
    arguments = {
        "type error": ["eval", str(path)],
        "missing file": ["eval", str(shop / "nowhere.seg")],
        "bad output": ["eval", str(path), "--out", str(shop / "x.xlsx")],
        "bad date": ["eval", str(path), "--as-of", "2026-13-45"],
        "duplicate keys": ["eval", str(path), "--out", str(shop / "x.parquet")],
        "csv out": ["eval", str(path), "--traits"],
    }[case]
    if case == "duplicate keys":
        pl.concat([small_customers(), small_customers().head(1)]).write_parquet(shop / "data" / "customers.parquet")
    fast = run_entry(*arguments, cwd=shop, cache=tmp_path / "cache")
    assert eval_arguments(arguments) is not None
    typer_run = CliRunner().invoke(app, arguments)
    # (rows come in no particular order: Polars joins in parallel)
    assert (fast.returncode, sorted(fast.stdout.splitlines()), fast.stderr) == \
        (typer_run.exit_code, sorted(typer_run.stdout.splitlines()), typer_run.stderr)
    assert fast.returncode == (0 if case == "csv out" else 2 if case in ("missing file", "bad output") else 1)


def test_a_reader_that_has_gone_ends_eval_quietly(shop):
    """`segdsl eval x.seg | true`: the reader is gone before eval writes; eval exits 1 without a
    traceback, an "internal error" or an "Exception ignored" message, as the Typer command does."""
    path = write_seg(shop, GOOD)
    process = subprocess.Popen([sys.executable, "-m", "segdsl", "eval", str(path)], cwd=shop,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the interpreter has started and evaluated
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1, errors
    assert errors == ""
