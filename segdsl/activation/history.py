"""Membership history as a slowly changing dimension (type 2): one row per stay of a customer in
a segment, `customer_key, segment, entered_at, exited_at` (exited_at missing while a member).
A customer is a member on the days `entered_at <= day < exited_at`. Labels of a segmentation are
segments named `segmentation=label`, as in `segdsl eval --long`.

`record_snapshot` writes only the changes, as a set-based diff of the stored open rows against
the new membership inside ONE transaction of the store: rows of customers who left get their
`exited_at`, new members get a row; nothing else is touched. Recording the latest date again
replaces that date's snapshot (a stay that began on it and no longer holds is removed, an exit
on it that no longer holds is undone), so a re-run is idempotent and writes nothing; an earlier
date than the latest recorded for a segment is refused (E341): history is written in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from segdsl.activation.store import Store
from segdsl.diagnostics import Diagnostic, DiagnosticError

_IN_SCOPE = "segment IN (SELECT segment FROM segdsl_scope)"
_CHANGED = "segdsl_history.customer_key = c.customer_key AND segdsl_history.segment = c.segment"


@dataclass(frozen=True)
class SnapshotSummary:
    """What a snapshot recorded. `entered`/`exited`: customers who entered or left the segments
    in scope on `as_of` (since their previous snapshot); `members`: current memberships in scope;
    `rows_written`: history rows this call inserted, updated or deleted (0 for a re-run);
    `expired`: rows dropped by the retention setting."""

    as_of: dt.date
    segments: tuple[str, ...]
    members: int
    entered: int
    exited: int
    rows_written: int
    expired: int
    store: str


def membership_frame(memberships: pl.DataFrame) -> pl.DataFrame:
    """(customer_key, segment) as text, one row per membership; E345 for missing columns or values."""
    missing = [c for c in ("customer_key", "segment") if c not in memberships.columns]
    if missing:
        raise DiagnosticError([Diagnostic("E345", f"the memberships have no column {', '.join(missing)}",
                                          hints=("pass a frame with the columns customer_key and segment",))])
    frame = memberships.select(pl.col("customer_key").cast(pl.String), pl.col("segment").cast(pl.String))
    nulls = frame.null_count().row(0)
    if any(nulls):
        raise DiagnosticError([Diagnostic("E345", f"{sum(nulls)} memberships have no customer key or no segment",
                                          hints=("every membership needs both",))])
    return frame.unique()


def _refuse_earlier(store: Store, as_of: dt.date) -> None:
    later = store.frame(f"SELECT segment, max(as_of) AS latest FROM segdsl_snapshots WHERE {_IN_SCOPE} "
                        "GROUP BY segment HAVING max(as_of) > ? ORDER BY segment", (as_of,))
    if later.height:
        shown = ", ".join(f"{s} ({d.isoformat()})" for s, d in later.head(5).iter_rows())
        raise DiagnosticError([Diagnostic(
            "E341", f"cannot record a snapshot as of {as_of.isoformat()}: later snapshots exist for {shown}",
            hints=("history is recorded in date order; record this date only for segments without a later snapshot",),
        )])


def _apply_diff(store: Store, as_of: dt.date) -> int:
    """Set-based: ONE pass joins the open rows in scope with the new membership and keeps only
    what differs (who left, who is new) in `segdsl_changes`; the statements then write those
    few rows, each joining the changes to the history by key (PostgreSQL: through the key
    index). The number of history rows written."""
    store.derive(
        "segdsl_changes",
        "SELECT coalesce(h.customer_key, n.customer_key) AS customer_key, coalesce(h.segment, n.segment) AS segment, "
        "n.customer_key IS NOT NULL AS entering FROM (SELECT customer_key, segment FROM segdsl_history "
        f"WHERE exited_at IS NULL AND {_IN_SCOPE}) h FULL JOIN segdsl_new n "
        "ON n.customer_key = h.customer_key AND n.segment = h.segment WHERE h.customer_key IS NULL OR n.customer_key IS NULL")
    written = 0
    # Stays that began or ended on as_of exist only when as_of was recorded before (every
    # snapshot writes a snapshots row per segment in scope): only then can a re-recording undo them.
    if store.frame(f"SELECT EXISTS (SELECT 1 FROM segdsl_snapshots WHERE as_of = ? AND {_IN_SCOPE}) AS again", (as_of,))["again"][0]:
        store.analyze("segdsl_history")  # so the planner knows how many rows carry as_of
        written += store.execute(  # a stay that began on as_of and no longer holds
            f"DELETE FROM segdsl_history USING segdsl_changes c WHERE {_CHANGED} AND NOT c.entering "
            "AND segdsl_history.exited_at IS NULL AND segdsl_history.entered_at = ?", (as_of,))
        written += store.execute(  # an exit on as_of that no longer holds
            f"UPDATE segdsl_history SET exited_at = NULL FROM segdsl_changes c WHERE {_CHANGED} AND c.entering "
            "AND segdsl_history.exited_at = ?", (as_of,))
    written += store.execute(  # members who left
        f"UPDATE segdsl_history SET exited_at = ? FROM segdsl_changes c WHERE {_CHANGED} AND NOT c.entering "
        "AND segdsl_history.exited_at IS NULL", (as_of,))
    bulk = store.bulk_insert_begins()
    written += store.execute(  # new members
        "INSERT INTO segdsl_history (customer_key, segment, entered_at, exited_at) "
        "SELECT c.customer_key, c.segment, ?, NULL FROM segdsl_changes c WHERE c.entering AND NOT EXISTS "
        "(SELECT 1 FROM segdsl_history h WHERE h.exited_at IS NULL AND h.customer_key = c.customer_key "
        "AND h.segment = c.segment)", (as_of,))
    if bulk:
        store.analyze("segdsl_history")
    return written


def _record_stats(store: Store, as_of: dt.date) -> pl.DataFrame:
    """Each segment's size, entries and exits on as_of; a row is rewritten only when it changed."""
    stats = store.frame(
        "SELECT s.segment, count(h.customer_key) FILTER (WHERE h.exited_at IS NULL) AS members, "
        "count(h.customer_key) FILTER (WHERE h.entered_at = ?) AS entered, "
        "count(h.customer_key) FILTER (WHERE h.exited_at = ?) AS exited "
        "FROM segdsl_scope s LEFT JOIN segdsl_history h ON h.segment = s.segment "
        "AND (h.exited_at IS NULL OR h.exited_at = ? OR h.entered_at = ?) GROUP BY s.segment", (as_of,) * 4)
    stats = stats.with_columns(pl.col("members", "entered", "exited").cast(pl.Int64))
    store.load("segdsl_stats", stats)
    store.execute("DELETE FROM segdsl_snapshots WHERE as_of = ? AND segment IN (SELECT segment FROM segdsl_stats) "
                  "AND NOT EXISTS (SELECT 1 FROM segdsl_stats t WHERE t.segment = segdsl_snapshots.segment "
                  "AND t.members = segdsl_snapshots.members AND t.entered = segdsl_snapshots.entered "
                  "AND t.exited = segdsl_snapshots.exited)", (as_of,))
    store.execute("INSERT INTO segdsl_snapshots (segment, as_of, members, entered, exited) "
                  "SELECT t.segment, ?, t.members, t.entered, t.exited FROM segdsl_stats t WHERE NOT EXISTS "
                  "(SELECT 1 FROM segdsl_snapshots s WHERE s.segment = t.segment AND s.as_of = ?)", (as_of, as_of))
    return stats


EXPIRE = "DELETE FROM segdsl_history WHERE exited_at IS NOT NULL AND exited_at < ?"


def retention_cutoff(as_of: dt.date, months: int) -> dt.date:
    """Stays that ended before this day are older than the retention period (calendar months)."""
    from segdsl.backend.windows import shift

    return shift(as_of, -months, "months")


def record_snapshot(project_dir: Path, as_of: dt.date, memberships: pl.DataFrame, *,
                    segments: Collection[str] | None = None, segmentations: Collection[str] = ()) -> SnapshotSummary:
    """Record who is in which segment on `as_of`, writing only the changes.

    `segments`: the segments this snapshot covers (default: those appearing in `memberships`);
    members of other segments are left alone, and a covered segment missing from `memberships`
    has become empty. `segmentations`: names whose every recorded label (`name=label`) is also
    covered, so a label that no longer occurs is emptied too. Memberships of segments outside
    the scope are ignored."""
    from segdsl.activation.config import project_settings
    from segdsl.activation.store import open_store

    frame = membership_frame(memberships)
    scope = sorted(set(segments) if segments is not None else set(frame["segment"].unique()))
    frame = frame.filter(pl.col("segment").is_in(scope))
    settings = project_settings(Path(project_dir))
    with open_store(settings) as store:
        assert store is not None
        store.load("segdsl_scope", pl.DataFrame({"segment": scope}, schema={"segment": pl.String}))
        store.load("segdsl_prefixes", pl.DataFrame({"prefix": [f"{s}=" for s in segmentations]}, schema={"prefix": pl.String}))
        store.execute("INSERT INTO segdsl_scope (segment) SELECT DISTINCT s.segment FROM segdsl_snapshots s "
                      "JOIN segdsl_prefixes p ON left(s.segment, length(p.prefix)) = p.prefix "
                      "WHERE s.segment NOT IN (SELECT segment FROM segdsl_scope)")
        _refuse_earlier(store, as_of)
        store.load("segdsl_new", frame)
        written = _apply_diff(store, as_of)
        expired = store.execute(EXPIRE, (retention_cutoff(as_of, settings.retention_months),)) if settings.retention_months else 0
        stats = _record_stats(store, as_of)
        covered = tuple(sorted(stats["segment"].to_list()))
        return SnapshotSummary(as_of, covered, int(stats["members"].sum()), int(stats["entered"].sum()),
                               int(stats["exited"].sum()), written, expired, store.description)
