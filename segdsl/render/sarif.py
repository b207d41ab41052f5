"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards."""

from __future__ import annotations

import json
from collections.abc import Sequence

from segdsl import __version__
from segdsl.diagnostics import CODES, Diagnostic
from segdsl.render.json import diagnostic_record

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render_sarif(diagnostics: Sequence[Diagnostic]) -> str:
    used = sorted({d.code for d in diagnostics})
    rules = [{"id": code, "name": CODES[code], "shortDescription": {"text": CODES[code].replace("-", " ")}} for code in used]
    results = []
    for d in diagnostics:
        record = diagnostic_record(d)
        text = d.message + "".join(f"\nhint: {hint}" for hint in d.hints)
        result: dict = {"ruleId": d.code, "ruleIndex": used.index(d.code), "level": d.severity.value, "message": {"text": text}}
        if record["file"]:
            location: dict = {"artifactLocation": {"uri": record["file"]}}
            if record["line"] is not None:
                location["region"] = {
                    "startLine": record["line"], "startColumn": record["column"],
                    "endLine": record["end_line"], "endColumn": record["end_column"],
                }
            result["locations"] = [{"physicalLocation": location}]
        results.append(result)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "segdsl", "version": __version__, "informationUri": "https://github.com/segdsl/segdsl", "rules": rules}},
            "results": results,
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
