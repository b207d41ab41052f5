"""Two evaluated versions → a `MembershipDiff`: what a definition change does to membership.

Everything per customer happens in Polars (one full join on the key, one select for every
segment's counts and samples, one group_by per segmentation), so a diff costs about as much as
the two evaluations themselves, even for millions of customers. A customer missing from one
version's customer table is not a member there: they count as added or removed in segments, but
only customers in both versions can move between labels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import polars as pl

Status = Literal["changed", "unchanged", "added", "removed"]
OLD, NEW = "old:", "new:"  # column prefixes in the joined frame; `:` cannot occur in a name
IN_OLD, IN_NEW = "in:old", "in:new"  # whether the customer is in that version's customer table


@dataclass(frozen=True)
class Evaluated:
    """One version's membership, as `segdsl eval` produces it, with what its columns are."""

    name: str  # e.g. `HEAD:examples/rfm.seg`, shown in reports
    frame: pl.DataFrame
    segments: tuple[str, ...]
    segmentations: tuple[str, ...]


@dataclass(frozen=True)
class SegmentDiff:
    name: str
    before: int | None  # None: the segment is not in the old version
    after: int | None  # None: not in the new version
    added: int  # customers who entered (every member when the segment itself is new)
    removed: int
    added_sample: tuple[object, ...]  # the first keys in sort order
    removed_sample: tuple[object, ...]

    @property
    def status(self) -> Status:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed" if self.added or self.removed else "unchanged"


@dataclass(frozen=True)
class LabelCount:
    label: str | None  # None: customers with no label
    before: int | None  # None: the segmentation is not in the old version
    after: int | None  # None: not in the new version


@dataclass(frozen=True)
class Movement:
    source: str | None
    target: str | None
    customers: int


@dataclass(frozen=True)
class SegmentationDiff:
    name: str
    in_old: bool
    in_new: bool
    labels: tuple[LabelCount, ...]  # largest first
    movements: tuple[Movement, ...]  # largest first; empty unless in both versions

    @property
    def moved(self) -> int:
        return sum(m.customers for m in self.movements)

    @property
    def status(self) -> Status:
        if not self.in_old:
            return "added"
        if not self.in_new:
            return "removed"
        return "changed" if self.movements else "unchanged"


@dataclass(frozen=True)
class MembershipDiff:
    old: str
    new: str
    key: str
    as_of: dt.date
    customers_before: int
    customers_after: int
    segments: tuple[SegmentDiff, ...]  # the new version's order, then removed ones
    segmentations: tuple[SegmentationDiff, ...]

    @property
    def changed(self) -> bool:
        """Anything to review: membership moved, or a definition was added or removed."""
        return any(s.status != "unchanged" for s in (*self.segments, *self.segmentations))


def compare(old: Evaluated, new: Evaluated, key: str, as_of: dt.date, sample: int) -> MembershipDiff:
    joined = _join(old, new, key).lazy()
    segments = _in_order(old.segments, new.segments)
    segmentations = _in_order(old.segmentations, new.segmentations)
    return MembershipDiff(
        old.name, new.name, key, as_of, old.frame.height, new.frame.height,
        _segment_diffs(joined, key, segments, set(old.segments), set(new.segments), sample),
        tuple(_segmentation_diff(joined, name, name in old.segmentations, name in new.segmentations)
              for name in segmentations),
    )


def _join(old: Evaluated, new: Evaluated, key: str) -> pl.DataFrame:
    def prefixed(version: Evaluated, prefix: str, present: str) -> pl.DataFrame:
        outputs = (*version.segments, *version.segmentations)
        return version.frame.select(key, pl.lit(True).alias(present), *(pl.col(name).alias(prefix + name) for name in outputs))

    joined = prefixed(old, OLD, IN_OLD).join(prefixed(new, NEW, IN_NEW), on=key, how="full", coalesce=True)
    return joined.with_columns(pl.col(IN_OLD, IN_NEW).fill_null(False))


def _in_order(old: tuple[str, ...], new: tuple[str, ...]) -> list[str]:
    return [*new, *(name for name in old if name not in new)]


def _segment_diffs(joined: pl.LazyFrame, key: str, names: list[str], old: set[str], new: set[str],
                   sample: int) -> tuple[SegmentDiff, ...]:
    """Counts and samples of every segment in one select."""
    false = pl.lit(False)
    columns: list[pl.Expr] = []
    for index, name in enumerate(names):
        before = pl.col(OLD + name).fill_null(False) if name in old else false
        after = pl.col(NEW + name).fill_null(False) if name in new else false
        entered, left = after & ~before, before & ~after
        columns += [
            before.sum().alias(f"{index}.before"), after.sum().alias(f"{index}.after"),
            entered.sum().alias(f"{index}.added"), left.sum().alias(f"{index}.removed"),
            _first_keys(key, entered, sample).alias(f"{index}.added_sample"),
            _first_keys(key, left, sample).alias(f"{index}.removed_sample"),
        ]
    row = joined.select(columns).collect().row(0, named=True) if columns else {}
    return tuple(
        SegmentDiff(
            name,
            row[f"{index}.before"] if name in old else None,
            row[f"{index}.after"] if name in new else None,
            row[f"{index}.added"], row[f"{index}.removed"],
            tuple(row[f"{index}.added_sample"]), tuple(row[f"{index}.removed_sample"]),
        )
        for index, name in enumerate(names)
    )


def _first_keys(key: str, condition: pl.Expr, sample: int) -> pl.Expr:
    """The `sample` smallest keys where `condition` holds: a deterministic, reviewable sample."""
    return pl.col(key).filter(condition).bottom_k(sample).sort().implode()


def _segmentation_diff(joined: pl.LazyFrame, name: str, in_old: bool, in_new: bool) -> SegmentationDiff:
    """Label counts on both sides and every (from, to) movement, from one group_by."""
    missing = pl.lit(None, dtype=pl.String)
    before = pl.col(OLD + name).cast(pl.String) if in_old else missing
    after = pl.col(NEW + name).cast(pl.String) if in_new else missing
    pairs = joined.group_by(before.alias("from"), after.alias("to"), IN_OLD, IN_NEW).agg(customers=pl.len()).collect()

    def counts(label: str, in_version: str, declared: bool, alias: str) -> pl.DataFrame:
        """Customers of that version per label; no rows when it lacks the segmentation."""
        rows = pairs.filter(pl.col(in_version) & pl.lit(declared))
        return rows.group_by(label=label).agg(pl.col("customers").sum().alias(alias))

    labels = (
        counts("from", IN_OLD, in_old, "before")
        .join(counts("to", IN_NEW, in_new, "after"), on="label", how="full", coalesce=True, nulls_equal=True)
        .with_columns(pl.col(side).fill_null(0) for side, present in (("before", in_old), ("after", in_new)) if present)
        .sort([pl.max_horizontal("before", "after"), "label"], descending=[True, False], nulls_last=True)
    )
    moves = (
        pairs.filter(pl.col("from").ne_missing(pl.col("to")) & pl.col(IN_OLD) & pl.col(IN_NEW) & pl.lit(in_old and in_new))
        .sort(["customers", "from", "to"], descending=[True, False, False], nulls_last=True)
    )
    return SegmentationDiff(
        name, in_old, in_new,
        tuple(LabelCount(*row) for row in labels.select("label", "before", "after").iter_rows()),
        tuple(Movement(*row) for row in moves.select("from", "to", "customers").iter_rows()),
    )
