"""Diagnostics: the one way every stage reports a problem. Renderers only format them.

Each code is registered once here with a stable slug, so codes never drift between stages and
the README's table can be generated from this registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from segdsl.source import Span


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


# code -> slug. E0xx syntax, E1xx names, E2xx types, E3xx data and files, E4xx models,
# E5xx enrichment, E6xx segment tests, E7xx diffs; W1xx warnings from analysis.
CODES: dict[str, str] = {
    "E001": "syntax-error",
    "E002": "invalid-character",
    "E003": "unexpected-end",
    "E004": "unterminated-string",
    "E005": "invalid-literal",
    "E006": "nesting-too-deep",
    "E007": "number-too-long",
    "E008": "invalid-escape",
    "E009": "invalid-path",
    "E101": "unknown-table",
    "E102": "unknown-name",
    "E103": "duplicate-name",
    "E104": "unknown-column",
    "E105": "reference-cycle",
    "E106": "import-not-found",
    "E107": "import-cycle",
    "E108": "unknown-function",
    "E109": "wrong-arguments",
    "E110": "missing-customers",
    "E111": "duplicate-declaration",
    "E112": "ambiguous-name",
    "E113": "unknown-label",
    "E140": "unknown-measure",
    "E141": "look-ahead-window",
    "E142": "measure-type",
    "E143": "invalid-goal",
    "E144": "invalid-experiment",
    "E145": "measure-in-condition",
    "E146": "unknown-target",
    "E150": "invalid-export",
    "E151": "export-without-consent",
    "E152": "personal-data-in-clear",
    "W150": "unknown-export-field",
    "E201": "type-mismatch",
    "E260": "invalid-audit-file",
    "E202": "non-boolean-segment",
    "E203": "invalid-operand",
    "E204": "invalid-window",
    "E205": "misplaced-aggregate",
    "E206": "invalid-share",
    "E207": "empty-window",
    "E230": "window-out-of-range",
    "E231": "unsupported-regex",
    "E232": "nested-rank",
    "E250": "engine-unsupported",
    "E251": "unknown-engine",
    "E252": "engine-connection",
    "E253": "engine-error",
    "E254": "unknown-dialect",
    "E370": "invalid-engine-config",
    "E130": "unknown-connection",
    "E301": "file-not-found",
    "E302": "unreadable-data",
    "E303": "empty-table",
    "E304": "duplicate-keys",
    "E305": "invalid-schema-file",
    "E306": "output-error",
    "E307": "unsupported-format",
    "E308": "evaluation-error",
    "E309": "missing-key",
    "E310": "malformed-row",
    "E311": "date-out-of-range",
    "E312": "unreadable-data-file",
    "E385": "connection-config",
    "E386": "connection-failed",
    "E387": "login-refused",
    "E388": "database-table-not-found",
    "E389": "database-query-failed",
    "E391": "schema-file-drift",
    # E34x: activation (destination tables, the membership history, erasure)
    "E340": "history-config",
    "E341": "history-out-of-order",
    "E342": "destination-schema-mismatch",
    "E343": "destination-write-failed",
    "E344": "history-store-unusable",
    "E345": "invalid-membership",
    "E346": "erasure-incomplete",
    "E401": "model-not-found",
    "E402": "unsafe-model-file",
    "E403": "model-features",
    "E404": "training-error",
    "E405": "invalid-model",
    "E406": "unknown-class",
    "E407": "model-output",
    "E408": "model-label",
    "E501": "enrichment-input",
    "E502": "enrichment-duplicates",
    "E601": "test-file",
    "E602": "test-fixture",
    "E603": "test-expectation",
    "E701": "git-error",
    "E702": "diff-input",
    "W101": "unused-trait",
    "W102": "non-exhaustive-segmentation",
    "W103": "unreachable-rule",
    "W104": "model-stale",
    "W105": "always-false",
    "W106": "always-true",
    "W107": "duplicate-segment",
    "W108": "unused-import",
    "W109": "unknown-category",
    "E330": "invalid-audit-option",
    # A1xx: findings of `segdsl audit` about the data (their level is the finding's: see segdsl/audit)
    "A101": "audit-duplicate-keys",
    "A102": "audit-missing-keys",
    "A103": "audit-non-finite",
    "A104": "audit-negative-amounts",
    "A105": "audit-unknown-customers",
    "A106": "audit-missing-time",
    "A107": "audit-missing-values",
    "A108": "audit-missing-since",
    "A109": "audit-outliers",
    "A110": "audit-implausible-dates",
    "A111": "audit-future-events",
    "A112": "audit-future-since",
    "A113": "audit-unparseable-dates",
    "A114": "audit-inconsistent-spellings",
    "A115": "audit-countries-unchecked",
    "A116": "audit-key-columns",
    "W130": "cluster-names-stale",
    "W140": "holdout-not-of-target",
    "W141": "goal-deadline-passed",
    "E801": "invalid-lint-selection",
    "E901": "missing-extra",
    "E902": "demo-project-missing",
    "E903": "demo-failed",
}


@dataclass(frozen=True)
class Label:
    """A secondary location with its own short message (e.g. 'first defined here')."""

    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    span: Span | None = None
    hints: tuple[str, ...] = ()
    labels: tuple[Label, ...] = ()
    # Short text printed under the caret, e.g. "did you mean `country`?".
    note: str | None = None
    # For diagnostics about a file rather than a place in a definition (data files, models).
    file: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered diagnostic code {self.code}")

    @property
    def severity(self) -> Severity:
        # W: warnings of the checker; A: audit findings, shown as diagnostics only as warnings
        # (the audit itself grades them error/warning/info, see segdsl/audit/model.py)
        return Severity.WARNING if self.code[0] in "WA" else Severity.ERROR

    @property
    def slug(self) -> str:
        return CODES[self.code]

    @property
    def file_name(self) -> str | None:
        return self.span.source.name if self.span is not None else self.file


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


class DiagnosticError(Exception):
    """Raised to stop a stage that cannot go on; carries the diagnostics to show the user."""

    def __init__(self, diagnostics: Sequence[Diagnostic]):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = list(diagnostics)


def suggest(name: str, candidates: Iterable[str], limit: int = 1) -> list[str]:
    """Closest candidate names for a misspelt one ('did you mean')."""
    pool = sorted(set(candidates))
    lowered = {c.lower(): c for c in pool}
    if name.lower() in lowered and lowered[name.lower()] != name:
        return [lowered[name.lower()]]
    import difflib  # only when a name is unknown: `eval` of a clean file never needs it

    return difflib.get_close_matches(name, pool, n=limit, cutoff=0.6)


def available(names: Iterable[str], limit: int = 12) -> str:
    """'available: a, b, c' for hints, cut short on long lists."""
    ordered = sorted(set(names))
    shown = ", ".join(f"`{n}`" for n in ordered[:limit])
    more = f" and {len(ordered) - limit} more" if len(ordered) > limit else ""
    return f"available: {shown}{more}" if ordered else "none are defined"
