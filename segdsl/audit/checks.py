"""The audit's checks, each a few Polars expressions plus a function that reads their results.

All checks of a table are evaluated by ONE `select` over the table (see `run.py`), so a table is
read once whatever the number of columns. An expression's alias is `<check number>:<name>`, so
checks never collide. Examples are `(row, value)` structs: `row` is the 1-based data row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from segdsl.audit.model import Example, Finding, Level
from segdsl.audit.spelling import countries_available, is_country_column, spelling_groups
from segdsl.audit.tables import AuditTable

ROW = "__segdsl_row"
EXAMPLES = 5            # offending values shown per finding
SPELLING_LIMIT = 1000   # text columns with more distinct values are not categories
OUTLIER_FENCE = 3.0     # outliers lie beyond Q3 + 3·IQR or below Q1 − 3·IQR (Tukey's "far out")
DATE_LIKE_SHARE = 0.5   # a text column is a date column when half its values look like dates
PLAUSIBLE_YEARS = (1900, 2100)
# Web addresses and e-mails are identifiers, not categories (the enrichment normalises them itself)
ADDRESS = re.compile(r"domain|website|url|e_?mail|homepage", re.IGNORECASE)
# Identifiers are numbers without magnitude: no outliers or negative values to look for
IDENTIFIER = re.compile(r"(^|_)id$", re.IGNORECASE)
MONEY = re.compile(r"amount|price|revenue|spend|total|value|cost|paid|discount", re.IGNORECASE)
DATE_LIKE = r"^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T].*)?\s*$"
ISO_DATE = r"^\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"

Results = dict[str, object]


@dataclass
class Check:
    exprs: list[pl.Expr]
    read: Callable[[Results], list[Finding]]
    # Scalars the expressions use more than once (quartiles), computed once by a `with_columns`
    # ahead of the select in the same lazy query: referenced inline, Polars would recompute
    # them for every use (6x slower on 20M rows).
    stage: list[pl.Expr] = field(default_factory=list)


def examples_of(condition: pl.Expr, column: str) -> pl.Expr:
    """The first rows (in file order) where `condition` holds, with the column's value."""
    return pl.struct(pl.col(ROW).alias("row"), pl.col(column).alias("value")).filter(condition).head(EXAMPLES).implode()


def _examples(raw: object) -> tuple[Example, ...]:
    return tuple(Example(int(item["row"]), item["value"]) for item in (raw or []))


class Context:
    """What every check needs: the table, its file and a numbering of aliases."""

    def __init__(self, table: AuditTable, as_of: dt.date):
        self.table, self.as_of, self._n = table, as_of, 0

    def alias(self) -> Callable[[str], str]:
        self._n += 1
        prefix = f"{self._n}:"
        return lambda name: prefix + name

    def finding(self, code: str, level: Level, column: str | None, message: str, count: int,
                examples: object = None, hint: str | None = None) -> Finding:
        return Finding(code, level, self.table.name, str(self.table.path), column, message, count,
                       _examples(examples), hint)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# ---- keys --------------------------------------------------------------------------------------


def key_checks(ctx: Context, column: str, unique: bool) -> Check:
    a = ctx.alias()
    key = pl.col(column)
    duplicated = key.is_duplicated() & key.is_not_null()
    exprs = [key.is_null().sum().alias(a("null")), examples_of(key.is_null(), column).alias(a("null_ex"))]
    if unique:
        exprs += [duplicated.sum().alias(a("dup")), examples_of(duplicated, column).alias(a("dup_ex"))]

    def read(r: Results) -> list[Finding]:
        found = []
        if r[a("null")]:
            found.append(ctx.finding("A102", Level.ERROR, column, f"{_plural(r[a('null')], 'row')} with no `{column}`",
                                     r[a("null")], r[a("null_ex")], "every row needs a key; rows without one cannot be matched"))
        if unique and r[a("dup")]:
            found.append(ctx.finding("A101", Level.ERROR, column, f"{_plural(r[a('dup')], 'row')} share a `{column}` with another row",
                                     r[a("dup")], r[a("dup_ex")], f"each `{column}` must appear once; deduplicate the table"))
        return found

    return Check(exprs, read)


def orphan_check(ctx: Context, column: str, keys: pl.Series) -> Check:
    a = ctx.alias()
    orphan = pl.col(column).is_not_null() & ~pl.col(column).is_in(keys.implode())
    exprs = [orphan.sum().alias(a("n")), examples_of(orphan, column).alias(a("ex"))]

    def read(r: Results) -> list[Finding]:
        if not r[a("n")]:
            return []
        return [ctx.finding("A105", Level.WARNING, column, f"{_plural(r[a('n')], 'event')} for customers that are not in the customer table",
                            r[a("n")], r[a("ex")], "these events count for no one; check the export of either table")]

    return Check(exprs, read)


# ---- every column: missing values ----------------------------------------------------------------


def missing_check(ctx: Context, column: str, dtype: pl.DataType) -> Check:
    a = ctx.alias()
    missing = pl.col(column).is_null()
    exprs = [missing.sum().alias(a("n")), examples_of(missing, column).alias(a("ex"))]

    def read(r: Results) -> list[Finding]:
        n = r[a("n")]
        if not n or column in (ctx.table.key,):
            return []
        if column == ctx.table.time:
            return [ctx.finding("A106", Level.WARNING, column, f"{_plural(n, 'event')} with no `{column}`: they never count",
                                n, r[a("ex")], "events with a missing time are left out of every aggregation")]
        if column == ctx.table.since:
            return [ctx.finding("A108", Level.INFO, column, f"{_plural(n, 'customer')} with no `{column}`: they exist at every date",
                                n, r[a("ex")])]
        return [ctx.finding("A107", Level.INFO, column, f"{_plural(n, 'missing value')} in `{column}`", n, r[a("ex")])]

    return Check(exprs, read)


# ---- numbers -------------------------------------------------------------------------------------


def number_checks(ctx: Context, column: str, dtype: pl.DataType) -> Check:
    a = ctx.alias()
    raw = pl.col(column)
    value = raw.fill_nan(None) if dtype.is_float() else raw
    if dtype.is_float():
        value = pl.when(value.is_infinite()).then(None).otherwise(value)
    exprs: list[pl.Expr] = []
    stage: list[pl.Expr] = []
    magnitude = not IDENTIFIER.search(column)
    if magnitude:
        stage = [value.quantile(0.25, "linear").alias(a("q1")), value.quantile(0.75, "linear").alias(a("q3"))]
        q1, q3 = pl.col(a("q1")), pl.col(a("q3"))
        fence = OUTLIER_FENCE * (q3 - q1)
        outlier = (value > q3 + fence) | (value < q1 - fence)
        exprs += [outlier.sum().alias(a("out")), examples_of(outlier, column).alias(a("out_ex")),
                  (q3 + fence).first().alias(a("hi")), (q1 - fence).first().alias(a("lo"))]
    if dtype.is_float():
        nonfinite = raw.is_not_null() & ~raw.is_finite()
        exprs += [nonfinite.sum().alias(a("nf")), examples_of(nonfinite, column).alias(a("nf_ex"))]
    money = magnitude and bool(MONEY.search(column))
    if money:
        negative = value < 0
        exprs += [negative.sum().alias(a("neg")), examples_of(negative, column).alias(a("neg_ex"))]

    def read(r: Results) -> list[Finding]:
        found = []
        if dtype.is_float() and r[a("nf")]:
            found.append(ctx.finding("A103", Level.WARNING, column, f"{_plural(r[a('nf')], 'value')} of `{column}` are NaN or infinite (read as missing)",
                                     r[a("nf")], r[a("nf_ex")], "fix the export; segdsl treats them as missing values"))
        if money and r[a("neg")]:
            found.append(ctx.finding("A104", Level.WARNING, column, f"{_plural(r[a('neg')], 'negative value')} in `{column}`",
                                     r[a("neg")], r[a("neg_ex")], "refunds or data errors? Sums and averages include them"))
        if magnitude and r[a("out")]:
            found.append(ctx.finding("A109", Level.INFO, column,
                                     f"{_plural(r[a('out')], 'outlier')} in `{column}` (outside {r[a('lo')]:,.6g} to {r[a('hi')]:,.6g}: Q1 − 3·IQR, Q3 + 3·IQR)",
                                     r[a("out")], r[a("out_ex")]))
        return found

    return Check(exprs, read, stage)


# ---- dates ---------------------------------------------------------------------------------------


def date_checks(ctx: Context, column: str, dtype: pl.DataType, parsed: pl.Expr | None = None) -> Check:
    """`parsed`: the column's days when it holds dates as text (the unparseable ones are the
    text check's)."""
    a = ctx.alias()
    day = parsed if parsed is not None else pl.col(column).dt.date() if isinstance(dtype, pl.Datetime) else pl.col(column)
    implausible = (day < pl.lit(dt.date(PLAUSIBLE_YEARS[0], 1, 1))) | (day > pl.lit(dt.date(PLAUSIBLE_YEARS[1], 12, 31)))
    exprs = [implausible.sum().alias(a("bad")), examples_of(implausible, column).alias(a("bad_ex"))]
    future_role = column in (ctx.table.time, ctx.table.since)
    if future_role:
        future = day > pl.lit(ctx.as_of)
        exprs += [future.sum().alias(a("fut")), examples_of(future, column).alias(a("fut_ex"))]

    def read(r: Results) -> list[Finding]:
        found = []
        if r[a("bad")]:
            found.append(ctx.finding("A110", Level.ERROR, column,
                                     f"{_plural(r[a('bad')], 'date')} in `{column}` outside the years {PLAUSIBLE_YEARS[0]}–{PLAUSIBLE_YEARS[1]}",
                                     r[a("bad")], r[a("bad_ex")], "placeholder dates (0001-01-01, 9999-12-31) usually stand for a missing value"))
        if future_role and r[a("fut")]:
            if column == ctx.table.time:
                found.append(ctx.finding("A111", Level.INFO, column, f"{_plural(r[a('fut')], 'event')} dated after the as-of date {ctx.as_of} (left out of the evaluation)",
                                         r[a("fut")], r[a("fut_ex")]))
            else:
                found.append(ctx.finding("A112", Level.INFO, column, f"{_plural(r[a('fut')], 'customer')} whose `{column}` is after the as-of date {ctx.as_of}: they do not exist yet",
                                         r[a("fut")], r[a("fut_ex")]))
        return found

    return Check(exprs, read)


# ---- text ----------------------------------------------------------------------------------------


def text_checks(ctx: Context, column: str) -> Check:
    a = ctx.alias()
    text = pl.col(column)
    present = text.is_not_null()
    like = text.str.contains(DATE_LIKE)
    iso = text.str.contains(ISO_DATE)  # the shape only: parsing 20M strings as dates costs 10x the regex
    unparseable = present & ~iso
    exprs = [
        present.sum().alias(a("present")), like.sum().alias(a("like")), unparseable.sum().alias(a("bad")),
        examples_of(unparseable, column).alias(a("bad_ex")),
        # distinct values in order of first appearance, with their counts and first rows (aligned)
        text.unique(maintain_order=True).head(SPELLING_LIMIT + 1).implode().alias(a("values")),
        text.unique_counts().head(SPELLING_LIMIT + 1).implode().alias(a("counts")),
        (text.arg_unique() + 1).head(SPELLING_LIMIT + 1).implode().alias(a("first")),
    ]

    def read(r: Results) -> list[Finding]:
        found = []
        present_n, like_n, bad_n = r[a("present")], r[a("like")], r[a("bad")]
        if present_n and like_n >= DATE_LIKE_SHARE * present_n and bad_n:
            found.append(ctx.finding("A113", Level.ERROR, column,
                                     f"`{column}` holds dates as text and {_plural(bad_n, 'value')} are not ISO dates (YYYY-MM-DD)",
                                     bad_n, r[a("bad_ex")],
                                     "write dates as YYYY-MM-DD: `05/11/2024` is 5 November or 11 May depending on who reads it"))
        found += _spellings(ctx, column, r[a("values")], r[a("counts")], r[a("first")], r[f"__distinct:{column}"])
        return found

    return Check(exprs, read)


def _spellings(ctx: Context, column: str, values: list, counts: list, firsts: list, distinct: int) -> list[Finding]:
    # A person's name, e-mail or phone is not a category: two spellings of one name are two people.
    if distinct > SPELLING_LIMIT or column == ctx.table.key or column in ctx.table.personal or ADDRESS.search(column):
        return []
    count = {v: n for v, n in zip(values, counts) if v is not None}
    first_row = {v: row for v, row in zip(values, firsts) if v is not None}
    findings = []
    for group in spelling_groups(column, list(count)):
        group.sort(key=lambda v: (-count[v], first_row[v]))
        shown = ", ".join(f"`{v}` ({count[v]:,})" for v in group)
        minority = group[1:]
        rows = sum(count[v] for v in minority)
        findings.append(ctx.finding(
            "A114", Level.WARNING, column, f"{len(group)} spellings of one category in `{column}`: {shown}", rows,
            [{"row": first_row[v], "value": v} for v in minority][:EXAMPLES],
            f"use one spelling (e.g. `{group[0]}`); segments compare text exactly"))
    if is_country_column(column, count) and not countries_available():
        findings.append(ctx.finding("A115", Level.INFO, column, f"country names in `{column}` were not compared with ISO codes",
                                    0, hint='install the audit extra: pip install "segdsl[audit]"'))
    return findings
