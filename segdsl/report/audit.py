"""The optional audit summary: the JSON that `segdsl audit FILE --format json` writes (branch
`audit`, format `segdsl_audit` 1), read as data so the report does not depend on that code.

Only counts and messages reach the page, never the findings' example values (they are rows of
customer data)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from segdsl.diagnostics import Diagnostic, DiagnosticError

SCHEMA = {"level": pl.String, "code": pl.String, "table": pl.String, "column": pl.String, "message": pl.String, "count": pl.Int64}


def read_audit(path: Path) -> pl.DataFrame:
    """level | code | table | column | message | count, one row per finding."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiagnosticError([Diagnostic("E260", f"audit file not found: {path}", file=str(path),
                                          hints=("write it with `segdsl audit FILE.seg --format json > audit.json`",))]) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DiagnosticError([Diagnostic("E260", f"cannot read audit file {path}: {error}", file=str(path))]) from None
    if not isinstance(document, dict) or document.get("segdsl_audit") != 1 or not isinstance(document.get("findings"), list):
        raise DiagnosticError([Diagnostic("E260", f"{path} is not a segdsl audit (JSON, format 1)", file=str(path),
                                          hints=("write it with `segdsl audit FILE.seg --format json > audit.json`",))])
    rows = []
    for finding in document["findings"]:
        if not isinstance(finding, dict):
            continue
        count = finding.get("count")
        rows.append((str(finding.get("level", "")), str(finding.get("code", "")), str(finding.get("table", "")),
                     None if finding.get("column") is None else str(finding.get("column")),
                     str(finding.get("message", "")), count if isinstance(count, int) else None))
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")
