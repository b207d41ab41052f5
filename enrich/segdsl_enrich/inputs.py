"""The domains to enrich, read from the user's table, and the rows that hold none, with why.

A value that is not a usable domain (an IP address, "localhost", "n/a", a typo with a space) is
skipped, never silently: the command reports how many rows were skipped and the first few, with
the reason, so a column of half-broken URLs is noticed before the segments built on it.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path

from segdsl.diagnostics import Diagnostic, DiagnosticError

SHOWN = 5  # skipped rows listed by value; the rest are counted


@dataclass
class Skipped:
    """Rows of the input that hold no usable domain: how many, and the first few (row, value, why)."""

    count: int = 0
    empty: int = 0
    examples: list[tuple[int, str, str]] = field(default_factory=list)

    def describe(self, column: str) -> str:
        """One paragraph for the terminal."""
        parts = [f"skipped {self.count} row{'s' if self.count != 1 else ''} of `{column}` that hold no usable domain"]
        if self.empty:
            parts.append(f" ({self.empty} empty)")
        if self.examples:
            shown = "; ".join(f"row {row}: {value!r} ({why})" for row, value, why in self.examples)
            parts.append(f": {shown}")
            if self.count - self.empty > len(self.examples):
                parts.append(f"; and {self.count - self.empty - len(self.examples)} more")
        return "".join(parts)


def read_domains(path: Path, column: str) -> tuple[list[str], Skipped]:
    """Distinct normalised domains of `column` in first-seen order, and the rows skipped; diagnostics
    for an unreadable table, a missing column or a column without any usable domain."""
    import polars as pl

    from segdsl.domains import normalise_domains
    from segdsl.io import scan

    if not path.is_file():
        raise DiagnosticError([Diagnostic("E301", f"input table {path} does not exist", file=str(path),
                                          hints=("check the path",))])
    try:
        frame = scan(path)
        names = frame.collect_schema().names()
        if column not in names:
            raise DiagnosticError([Diagnostic("E501", f"no column `{column}` in {path.name}", file=str(path),
                                              hints=(f"pick one with --domain-column: {', '.join(names[:12])}",))])
        values = frame.select(pl.col(column).cast(pl.String)).collect().to_series()
    except (pl.exceptions.PolarsError, OSError) as error:
        raise DiagnosticError([Diagnostic("E302", f"cannot read {path}: {str(error).splitlines()[0]}", file=str(path),
                                          hints=("is it a valid .parquet, .csv or .ndjson file?",))]) from None
    normalised = normalise_domains(values)
    domains = normalised.drop_nulls().unique(maintain_order=True).to_list()
    if not domains:
        raise DiagnosticError([Diagnostic("E501", f"column `{column}` of {path.name} holds no usable domain",
                                          file=str(path), hints=("values must be domains, URLs or e-mail addresses",))])
    return domains, _skipped(values, normalised)


def _skipped(values: object, normalised: object) -> Skipped:
    import polars as pl

    assert isinstance(values, pl.Series) and isinstance(normalised, pl.Series)
    frame = pl.DataFrame({"value": values, "domain": normalised}).with_row_index("row", offset=1)
    bad = frame.filter(pl.col("domain").is_null())
    empty = bad.filter(pl.col("value").is_null() | (pl.col("value").str.strip_chars() == ""))
    shown = bad.filter(pl.col("value").is_not_null() & (pl.col("value").str.strip_chars() != "")).head(SHOWN)
    return Skipped(count=bad.height, empty=empty.height,
                   examples=[(row, value, why_not_a_domain(value)) for row, value in shown.select("row", "value").iter_rows()])


def why_not_a_domain(value: str) -> str:
    """The reason a non-empty value gives no domain, in words a user can act on."""
    text = value.strip().lower()
    host = re.sub(r"^(?:[a-z][a-z0-9+.\-]*:)?//", "", text).split("/")[0].rpartition("@")[2]
    if host.startswith("[") and "]" in host:
        host = host[1:host.index("]")]  # "[::1]:8080"
    elif host.count(":") == 1:
        host = host.rsplit(":", 1)[0]  # "example.com:8080"
    try:
        ipaddress.ip_address(host)
        return "an IP address, not a domain name"
    except ValueError:
        pass
    if re.search(r"[\s,;<>\"']", text) or not re.fullmatch(r"[\w.\-]+", host or "-"):
        return "not a host name (spaces or characters a domain cannot hold)"
    if "." not in host.strip("."):
        return "no dot: not a public domain name"
    return "no public suffix: not a registrable domain"
