"""The audit report as text (people), JSON (tools; versioned) and Markdown (pull requests, wikis).

JSON envelope, version 1 (README "Auditing the data"): `segdsl_audit` (the format version),
`definition`, `as_of`, `tables` (name, role, file, rows, columns: name, type, missing,
distinct), `findings` (code, name, level, table, file, column, message, count, examples:
row + value, hint) and `summary` (errors, warnings, infos). New keys may be added within a
version; a key is never removed or changed in meaning without a new version.
"""

from __future__ import annotations

import datetime as dt
import json
import math

from segdsl.audit.model import AuditReport, Finding, Level
from segdsl.diagnostics import CODES

AUDIT_FORMAT_VERSION = 1
FORMATS = ("text", "json", "markdown")


def _value(value: object) -> object:
    """JSON-safe example values: dates as ISO text, NaN and infinities as text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(_value(value))


def _where(finding: Finding) -> str:
    rows = ", ".join(f"row {e.row}" if e.value is None else f"row {e.row}: {_shown(e.value)}" for e in finding.examples)
    more = " …" if finding.count > len(finding.examples) and finding.examples else ""
    return rows + more


def render_json(report: AuditReport) -> str:
    document = {
        "segdsl_audit": AUDIT_FORMAT_VERSION,
        "definition": report.definition,
        "as_of": report.as_of,
        "tables": [{
            "name": t.name, "role": t.role, "file": t.file, "rows": t.rows,
            "columns": [{"name": c.name, "type": c.dtype, "missing": c.missing, "distinct": c.distinct} for c in t.columns],
        } for t in report.tables],
        "findings": [{
            "code": f.code, "name": CODES[f.code], "level": f.level.value, "table": f.table, "file": f.file,
            "column": f.column, "message": f.message, "count": f.count,
            "examples": [{"row": e.row, "value": _value(e.value)} for e in f.examples], "hint": f.hint,
        } for f in report.findings],
        "summary": {"errors": report.count(Level.ERROR), "warnings": report.count(Level.WARNING), "infos": report.count(Level.INFO)},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _summary(report: AuditReport) -> str:
    return (f"{report.count(Level.ERROR)} errors, {report.count(Level.WARNING)} warnings, "
            f"{report.count(Level.INFO)} notes in {len(report.tables)} tables")


def render_text(report: AuditReport) -> str:
    lines = [f"audit of {report.definition} as of {report.as_of}", ""]
    for table in report.tables:
        incomplete = [c for c in table.columns if c.missing]
        lines.append(f"{table.name} ({table.role}, {table.file}): {table.rows:,} rows, {len(table.columns)} columns"
                     + (", missing values in " + ", ".join(f"{c.name} {c.missing:,}" for c in incomplete) if incomplete else ""))
    lines.append("")
    for f in sorted(report.findings, key=lambda f: (-f.level.rank, f.table, f.column or "")):
        lines.append(f"{f.level.value}[{f.code}]: {f.table}.{f.column}: {f.message}" if f.column else f"{f.level.value}[{f.code}]: {f.table}: {f.message}")
        lines.append(f"  --> {f.file}" + (f" ({_where(f)})" if f.examples else ""))
        if f.hint:
            lines.append(f"  = hint: {f.hint}")
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(report: AuditReport) -> str:
    lines = [f"# Data audit of `{report.definition}` as of {report.as_of}", "", "| table | role | file | rows | columns with missing values |",
             "|---|---|---|---:|---|"]
    for t in report.tables:
        missing = ", ".join(f"`{c.name}` ({c.missing:,})" for c in t.columns if c.missing) or "none"
        lines.append(f"| {_cell(t.name)} | {t.role} | `{_cell(t.file)}` | {t.rows:,} | {missing} |")
    lines += ["", "| level | code | table | column | finding | rows | where |", "|---|---|---|---|---|---:|---|"]
    for f in sorted(report.findings, key=lambda f: (-f.level.rank, f.table, f.column or "")):
        lines.append(f"| {f.level.value} | {f.code} | {_cell(f.table)} | {_cell(f.column or '')} | {_cell(f.message)} | {f.count:,} | {_cell(_where(f))} |")
    lines += ["", _summary(report) + "."]
    return "\n".join(lines) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}
