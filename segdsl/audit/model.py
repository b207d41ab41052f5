"""The audit's data types: what was measured (profiles) and what was found (findings).

Findings are not Diagnostics: they point at a data file, a column and rows, never at a place in
a definition, and they have a third severity (`info`) that never fails a build. Their codes are
registered in `segdsl.diagnostics` all the same, so no code is used twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Level(str, Enum):
    """How much a finding matters. `--fail-on` compares against these."""

    ERROR = "error"      # the evaluation would be wrong or fail: fix the data first
    WARNING = "warning"  # probably wrong: look at it before trusting the segments
    INFO = "info"        # worth knowing (missing values, outliers); never fails a build

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class Example:
    """One offending value and where it is: `row` is 1-based over the data rows (header excluded)."""

    row: int
    value: object


@dataclass(frozen=True)
class Finding:
    code: str
    level: Level
    table: str
    file: str
    column: str | None
    message: str
    count: int
    examples: tuple[Example, ...] = ()
    hint: str | None = None


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    dtype: str
    missing: int
    distinct: int | None = None  # text columns only (the spelling check needs it anyway)


@dataclass(frozen=True)
class TableProfile:
    name: str
    role: str  # customers | events | enrichment
    file: str
    rows: int
    columns: tuple[ColumnProfile, ...]


@dataclass
class AuditReport:
    definition: str
    as_of: str
    tables: list[TableProfile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level is level)

    def failing(self, threshold: str) -> bool:
        """`error`: any error; `warning`: any error or warning; N: more than N errors and warnings."""
        if threshold == "error":
            return self.count(Level.ERROR) > 0
        if threshold == "warning":
            return self.count(Level.ERROR) + self.count(Level.WARNING) > 0
        return self.count(Level.ERROR) + self.count(Level.WARNING) > int(threshold)
