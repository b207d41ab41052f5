"""`segdsl diff`: counts, added and removed members and label movements checked against membership
computed with plain Polars from the data; the Markdown and text reports against golden files;
`--git-ref` in a temporary repository (imports read at the ref too); every error path."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from segdsl.cli import app
from segdsl.datagen import generate
from tests.conftest import HEADER

EXAMPLES = Path(__file__).parent.parent / "examples"
GOLDEN = Path(__file__).parent / "fixtures" / "diff"
UPDATE = os.environ.get("SEGDSL_UPDATE_GOLDEN") == "1"
AS_OF = dt.date(2026, 11, 1)
runner = CliRunner()


def run(*args: str | Path):
    return runner.invoke(app, ["diff", *map(str, args)])


def edited(source: Path, target: Path, old: str, new: str) -> Path:
    """A copy of `source` with one exact edit (the edit must apply)."""
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {source.name}"
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def markdown_rows(markdown: str, section: str, nth: int = 0) -> dict[str, list[str]]:
    """The rows of the nth table after `section`, by first cell (code spans and marks removed)."""
    rows: dict[str, list[str]] = {}
    lines = markdown.split(section, 1)[1].splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("| ") and not lines[i - 1].startswith("| ")]
    start = headers[nth]
    for line in lines[start + 2:]:
        if not line.startswith("| "):
            break
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        rows[re.sub(r"[`*]|\(new\)|\(removed\)", "", cells[0]).strip()] = cells[1:]
    return rows


def number(cell: str) -> int:
    return int(cell.replace(",", "").replace("+", ""))


def sample_keys(cell: str) -> list[int]:
    return [int(key) for key in re.findall(r"`(\d+)`", cell)]


# ---- on generated retail data: lifecycle.seg, edited ---------------------------------------------


@pytest.fixture(scope="module")
def retail(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("retail")
    for name in ("common.seg", "lifecycle.seg"):
        shutil.copy(EXAMPLES / name, folder / name)
    generate(folder / "data", customers=400, seed=7)
    return folder


def independent(folder: Path) -> pl.DataFrame:
    """Per customer, from the files with plain Polars: what the edited definitions depend on."""
    customers = pl.read_parquet(folder / "data" / "customers.parquet")
    orders = pl.read_parquet(folder / "data" / "orders.parquet").filter(pl.col("order_date") <= AS_OF)
    per_customer = orders.group_by("customer_id").agg(
        frequency=pl.len(),
        recency=(pl.lit(AS_OF) - pl.col("order_date").max()).dt.total_days(),
        days_as_buyer=(pl.lit(AS_OF) - pl.col("order_date").min()).dt.total_days(),
        basket=pl.col("amount").filter(pl.col("order_date") > AS_OF - dt.timedelta(days=365)).mean(),
    )
    return customers.join(per_customer, on="customer_id", how="left").with_columns(pl.col("frequency").fill_null(0))


def test_threshold_edit_reports_the_customers_who_enter(retail, monkeypatch):
    monkeypatch.chdir(retail)
    edited(retail / "lifecycle.seg", retail / "cheaper.seg", "average_basket between 150 and", "average_basket between 100 and")
    result = run("lifecycle.seg", "cheaper.seg", "--format", "markdown", "--sample", "3")
    assert result.exit_code == 0, result.output
    people = independent(retail)
    entered = people.filter(pl.col("basket").is_between(100, 150, closed="left"))["customer_id"].sort()
    before = people.filter(pl.col("basket").is_between(150, 10000))["customer_id"]
    assert entered.len() > 3 and before.len() > 0
    rows = markdown_rows(result.stdout, "### Segments")
    assert list(rows) == ["big_baskets"]  # the only change; the others fold into one line
    assert [number(cell) for cell in rows["big_baskets"][:2]] == [before.len(), before.len() + entered.len()]
    assert (number(rows["big_baskets"][3]), rows["big_baskets"][4]) == (entered.len(), "0")
    samples = markdown_rows(result.stdout, "<details>")
    assert sample_keys(samples["big_baskets"][0]) == entered.head(3).to_list()
    assert samples["big_baskets"][0].endswith("…") and samples["big_baskets"][1] == ""
    assert "Unchanged segments (4): `reactivate`, `cross_sell`, `apparel_fans`, `recent_signups`." in result.stdout
    assert "Unchanged segmentations (1): `lifecycle`." in result.stdout


def test_segmentation_movements_match_the_rules(retail, monkeypatch):
    monkeypatch.chdir(retail)
    edited(retail / "lifecycle.seg", retail / "looser.seg", "when frequency >= 6 and recency <= 60", "when frequency >= 4 and recency <= 60")
    result = run("lifecycle.seg", "looser.seg", "--format", "markdown")
    assert result.exit_code == 0, result.output
    # Earlier rules (prospect, the two `new_...` labels) still win; the rest with 4-5 orders and an
    # order in the last 60 days leave losing_loyalty (the rule that caught them) for loyal.
    people = independent(retail)
    moved = people.filter(pl.col("frequency").is_between(4, 5) & (pl.col("recency") <= 60) & (pl.col("days_as_buyer") > 90)).height
    assert moved > 0
    assert f"#### `lifecycle`: {moved:,} customers moved" in result.stdout
    assert markdown_rows(result.stdout, "#### `lifecycle`", nth=1) == {"losing_loyalty": ["`loyal`", f"{moved:,}"]}
    labels = markdown_rows(result.stdout, "#### `lifecycle`")
    loyal_before = people.filter((pl.col("frequency") >= 6) & (pl.col("recency") <= 60) & (pl.col("days_as_buyer") > 90)).height
    assert [number(c) for c in labels["loyal"][:2]] == [loyal_before, loyal_before + moved]
    assert number(labels["losing_loyalty"][1]) == number(labels["losing_loyalty"][0]) - moved
    # `reactivate` is built on the segmentation: exactly the movers who never unsubscribed leave it.
    emails = pl.read_parquet(retail / "data" / "email_events.parquet")
    unsubscribed = emails.filter((pl.col("event") == "unsubscribe") & (pl.col("event_time").dt.date() <= AS_OF))["customer_id"]
    leaving = people.filter(pl.col("frequency").is_between(4, 5) & (pl.col("recency") <= 60) & (pl.col("days_as_buyer") > 90)
                            & ~pl.col("customer_id").is_in(unsubscribed.implode())).height
    assert leaving > 0
    assert markdown_rows(result.stdout, "### Segments")["reactivate"][3:] == ["0", f"-{leaving:,}"]


def test_identical_versions_report_no_change_and_exit_zero_even_with_exit_code(retail, monkeypatch):
    monkeypatch.chdir(retail)
    result = run("lifecycle.seg", "lifecycle.seg", "--exit-code")
    assert result.exit_code == 0, result.output
    assert "No membership changed (5 segments: 5 unchanged; 1 segmentation: 1 unchanged)." in result.stdout


def test_exit_code_flag_turns_a_change_into_exit_one(retail, monkeypatch):
    monkeypatch.chdir(retail)
    edited(retail / "lifecycle.seg", retail / "edited.seg", "recent_signups = signup_date within last 90 days",
           "recent_signups = signup_date within last 180 days")
    assert run("lifecycle.seg", "edited.seg").exit_code == 0
    assert run("lifecycle.seg", "edited.seg", "--exit-code").exit_code == 1


def test_data_option_reads_every_table_from_another_folder(retail, tmp_path, monkeypatch):
    """Same definitions, other data: the report follows the data in --data, re-rooted paths and all."""
    monkeypatch.chdir(retail)
    generate(tmp_path / "data", customers=150, seed=11)
    edited(retail / "lifecycle.seg", retail / "cheap.seg", "average_basket between 150 and", "average_basket between 100 and")
    result = run("lifecycle.seg", "cheap.seg", "--data", tmp_path, "--format", "markdown", "--all")
    assert result.exit_code == 0, result.output
    signups = pl.read_parquet(tmp_path / "data" / "customers.parquet")["signup_date"]
    existing = sum(1 for day in signups if day is None or day <= dt.date(2026, 11, 1))  # `since signup_date`
    assert 0 < existing < 150 and f"· {existing} customers" in result.stdout
    people = independent(tmp_path)
    expected = [people.filter(pl.col("basket").is_between(150, 10000)).height,
                people.filter(pl.col("basket").is_between(100, 10000)).height]
    assert [number(cell) for cell in markdown_rows(result.stdout, "### Segments")["big_baskets"][:2]] == expected


# ---- golden reports on the six-customer shop (tests/conftest.py) ---------------------------------

OLD = HEADER + '''
let spend = sum(orders.amount) over 90 days
segment buyers = count(orders) >= 1
segment big = spend > 50
segment french = country == "FR"
segment free_plan = plan == "free"
segmentation value { high when spend >= 60  low when spend > 0  none otherwise }
segmentation paying { paid when plan in ("pro", "enterprise")  free otherwise }
'''
NEW = HEADER + '''
let spend = sum(orders.amount) over 90 days
segment buyers = count(orders) >= 1
segment big = spend > 10
segment french = country == "FR"
segment pro = plan == "pro"
segmentation value { high when spend >= 20  low when spend > 0  none otherwise }
segmentation paying { paid when plan in ("pro", "enterprise")  free otherwise }
segmentation region { france when country == "FR"  elsewhere otherwise }
'''


@pytest.fixture
def shop_versions(shop: Path, monkeypatch) -> Path:
    (shop / "old.seg").write_text(OLD, encoding="utf-8")
    (shop / "new.seg").write_text(NEW, encoding="utf-8")
    monkeypatch.chdir(shop)
    return shop


def golden(actual: str, name: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_markdown_report_is_a_pull_request_comment(shop_versions):
    """spend over 90 days: customer 1 → 100, 2 → 20, 4 → 75, the others 0. So `big` gains 2,
    customer 2 moves from `low` to `high`, `free_plan` and `region` are only on one side."""
    result = run("old.seg", "new.seg", "--format", "markdown")
    assert result.exit_code == 0, result.output
    golden(result.stdout, "report.md")


def test_text_report_written_atomically_with_out(shop_versions):
    result = run("old.seg", "new.seg", "--out", "diff.txt", "--all")
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "wrote the diff to diff.txt" in result.stderr
    assert [p.name for p in shop_versions.iterdir() if p.name.startswith(".diff.txt")] == []
    golden((shop_versions / "diff.txt").read_text(encoding="utf-8"), "report.txt")


def test_out_markdown_is_what_standard_output_shows(shop_versions):
    assert run("old.seg", "new.seg", "--format", "markdown", "--out", "pr.md").exit_code == 0
    assert (shop_versions / "pr.md").read_text(encoding="utf-8") == run("old.seg", "new.seg", "--format", "markdown").stdout


def test_as_of_option_moves_both_versions(shop_versions):
    """As of 2026-10-31 customer 1's order of 11-01 is in the future and customer 2's order of
    08-03 is inside the 90 days: spend is 0, 70, 75 for customers 1, 2, 4, so `big` is 2 and 4
    on both sides (as of 11-01 the new version adds customer 2)."""
    result = run("old.seg", "new.seg", "--format", "markdown", "--as-of", "2026-10-31", "--all")
    assert "· as of 2026-10-31 ·" in result.stdout
    assert markdown_rows(result.stdout, "### Segments")["big"] == ["2", "2", "0", "0", "0"]
    assert markdown_rows(run("old.seg", "new.seg", "--format", "markdown").stdout, "### Segments")["big"][:2] == ["2", "3"]


# ---- --git-ref -----------------------------------------------------------------------------------

COMMON = '''customers from "../data/customers.parquet" key customer_id
events orders from "../data/orders.parquet" key customer_id time order_date
as of 2026-11-01
let spend = sum(orders.amount) over 365 days
'''
MAIN = 'import "common.seg"\nsegment big = spend > 30\n'


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
                   cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repository(shop: Path, monkeypatch) -> Path:
    """A repository with definitions in segments/ and data beside them, not committed."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(shop.parent))
    (shop / "segments").mkdir()
    (shop / "segments" / "common.seg").write_text(COMMON, encoding="utf-8")
    (shop / "segments" / "main.seg").write_text(MAIN, encoding="utf-8")
    (shop / ".gitignore").write_text("data/\n", encoding="utf-8")
    git(shop, "init", "-q")
    git(shop, "add", ".")
    git(shop, "commit", "-q", "-m", "segments")
    return shop


def test_git_ref_reads_the_old_version_and_its_imports_at_the_ref(repository, monkeypatch):
    """Only the import changes: if it were read from the working tree, nothing would differ."""
    edited(repository / "segments" / "common.seg", repository / "segments" / "common.seg", "over 365 days", "over 90 days")
    monkeypatch.chdir(repository / "segments")
    result = run("main.seg", "--git-ref", "HEAD", "--format", "markdown", "--exit-code")
    assert result.exit_code == 1, result.output
    assert "`HEAD:segments/main.seg` → `main.seg`" in result.stdout
    orders = pl.read_parquet(repository / "data" / "orders.parquet").filter(pl.col("order_date") <= AS_OF)

    def big(days: int) -> set[int]:
        window = orders.filter(pl.col("order_date") > AS_OF - dt.timedelta(days=days))
        spend = window.group_by("customer_id").agg(pl.col("amount").sum())
        return set(spend.filter(pl.col("amount") > 30)["customer_id"])

    left = sorted(big(365) - big(90))
    assert left and not big(90) - big(365)
    row = markdown_rows(result.stdout, "### Segments")["big"]
    assert [number(cell) for cell in row[:2]] == [len(big(365)), len(big(90))]
    assert sample_keys(markdown_rows(result.stdout, "<details>")["big"][1]) == left[:5]


def test_git_ref_with_nothing_changed(repository, monkeypatch):
    monkeypatch.chdir(repository)
    result = run("segments/main.seg", "--git-ref", "HEAD", "--exit-code")
    assert result.exit_code == 0, result.output
    assert "No membership changed (1 segment: 1 unchanged)." in result.stdout


def test_unknown_ref_is_a_usage_error(repository):
    result = run(repository / "segments" / "main.seg", "--git-ref", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr == (
        "error[E701 git-error]: unknown git revision `no-such-branch`\n"
        "   = hint: use a branch, tag or commit of this repository (in CI, fetch it first: "
        "actions/checkout with `fetch-depth: 0`)\n"
    )


def test_file_missing_at_the_ref(repository):
    (repository / "segments" / "later.seg").write_text(MAIN, encoding="utf-8")
    result = run(repository / "segments" / "later.seg", "--git-ref", "HEAD")
    assert result.exit_code == 2
    assert "error[E701 git-error]: segments/later.seg does not exist at HEAD\n" in result.stderr


def test_import_missing_at_the_ref_is_an_error_of_the_old_version(repository, monkeypatch):
    """main.seg was committed importing extra.seg, which never was: the working tree's copy must
    not stand in for it."""
    monkeypatch.chdir(repository)
    (repository / "segments" / "extra.seg").write_text("segment small = spend < 10\n", encoding="utf-8")
    (repository / "segments" / "main.seg").write_text('import "extra.seg"\n' + MAIN, encoding="utf-8")
    git(repository, "commit", "-q", "-am", "import extra (forgot to add it)")
    result = run("segments/main.seg", "--git-ref", "HEAD")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: the old version (HEAD:segments/main.seg) has errors:\n"
        "error[E106 import-not-found]: cannot import `extra.seg`: no such file at HEAD\n"
        " --> HEAD:segments/main.seg:1:1\n"
    )
    assert "new version" not in result.stderr


def test_not_a_git_repository(shop, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(shop.parent))
    (shop / "main.seg").write_text(HEADER + "segment fr = country == \"FR\"\n", encoding="utf-8")
    result = run(shop / "main.seg", "--git-ref", "HEAD")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error[E701 git-error]: not a git repository: {shop.resolve()}\n")


# ---- errors --------------------------------------------------------------------------------------


def test_old_version_with_a_syntax_error_says_which_version(shop_versions):
    (shop_versions / "old.seg").write_text(OLD + "segment broken = \n", encoding="utf-8")
    result = run("old.seg", "new.seg")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        "error: the old version (old.seg) has errors:\n"
        "error[E003 unexpected-end]: this statement is not finished\n"
        "  --> old.seg:12:16\n"
        "   |\n"
        "12 | segment broken = \n"
        "   |                ^ unfinished here\n"
    )
    assert "new version" not in result.stderr


def test_versions_keying_customers_differently(shop_versions):
    (shop_versions / "new.seg").write_text(NEW.replace("key customer_id\n", "key name\n", 1), encoding="utf-8")
    result = run("old.seg", "new.seg")
    assert result.exit_code == 1
    assert result.stderr == (
        "error[E702 diff-input]: the versions key customers differently: `customer_id` before, `name` now\n"
        " --> new.seg:1:1\n"
        "  |\n"
        '1 | customers from "data/customers.parquet" key name\n'
        "  | " + "^" * 48 + "\n"
        "  = note: the old version's key is `customer_id` at old.seg:1:1\n"
        "  = hint: a diff matches customers by key; compare versions that declare the same `customers ... key`\n"
    )


@pytest.mark.parametrize(("args", "message"), [
    (["old.seg"], "error: give two files (segdsl diff OLD.seg NEW.seg), or one file and a revision (segdsl diff FILE.seg --git-ref REF)\n"),
    (["old.seg", "new.seg", "--format", "html"], "error: unknown format 'html'; choose one of text, markdown\n"),
    (["old.seg", "missing.seg"], "error[E301 file-not-found]: file not found: missing.seg\n  --> missing.seg\n"),
    (["old.seg", "new.seg", "--as-of", "yesterday"], "error[E005 invalid-literal]: `yesterday` is not a date\n   = hint: write it as YYYY-MM-DD\n"),
    (["old.seg", "new.seg", "--data", "nowhere"], "error[E301 file-not-found]: data folder not found: nowhere\n  --> nowhere\n"),
])
def test_usage_and_file_errors_exit_two(shop_versions, args, message):
    result = run(*args)
    assert (result.exit_code, result.stderr) == (2, message)


# ---- the computation on frames -------------------------------------------------------------------


def test_compare_matches_customers_by_key_even_when_one_side_lacks_some():
    """Text keys; `d` exists only before and `e` only after: absent means not a member, no label."""
    from segdsl.diffing.compute import Evaluated, LabelCount, Movement, compare

    old = pl.DataFrame({"id": ["c", "a", "b", "d"], "vip": [True, False, True, None], "tier": ["x", "y", None, "x"]})
    new = pl.DataFrame({"id": ["e", "b", "a", "c"], "vip": [True, True, True, False], "tier": ["y", "x", "x", "x"]})
    diff = compare(Evaluated("old", old, ("vip",), ("tier",)), Evaluated("new", new, ("vip",), ("tier",)), "id", AS_OF, 1)
    (vip,) = diff.segments
    assert (vip.before, vip.after, vip.added, vip.removed) == (2, 3, 2, 1)
    assert (vip.added_sample, vip.removed_sample) == (("a",), ("c",))
    (tier,) = diff.segmentations
    assert tier.labels == (LabelCount("x", 2, 3), LabelCount("y", 1, 1), LabelCount(None, 1, 0))
    assert tier.movements == (Movement("y", "x", 1), Movement(None, "x", 1))  # d and e do not move: they come and go
    assert (diff.customers_before, diff.customers_after) == (4, 4) and tier.moved == 2


def test_only_the_main_movements_are_listed():
    """Twelve labels each losing customers to the next: ten movements shown, the rest summed."""
    from segdsl.diffing.compute import Evaluated, compare
    from segdsl.diffing.render_markdown import render_markdown

    sizes = range(1, 13)  # label i moves i customers
    keys = pl.int_range(0, sum(sizes), eager=True)
    labels = pl.Series([f"l{i:02d}" for i in sizes for _ in range(i)])
    targets = pl.Series([f"l{i % 12 + 1:02d}" for i in sizes for _ in range(i)])
    diff = compare(Evaluated("old", pl.DataFrame({"k": keys, "g": labels}), (), ("g",)),
                   Evaluated("new", pl.DataFrame({"k": keys, "g": targets}), (), ("g",)), "k", AS_OF, 5)
    markdown = render_markdown(diff)
    moves = markdown_rows(markdown, "#### `g`", nth=1)
    assert list(moves) == [f"l{i:02d}" for i in range(12, 2, -1)]
    assert moves["l12"] == ["`l01`", "12"]
    assert "… and 2 smaller movements (3 customers)." in markdown
