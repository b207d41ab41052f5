"""`segdsl audit`: profile and check every table a definition reads before trusting its segments.

Stages: `tables` (declarations -> AuditTable) -> `checks` (expressions per column) -> `run` (ONE
Polars select per table) -> `model` (findings, profiles) -> `render` (text, JSON, Markdown).
"""

from segdsl.audit.model import AuditReport, Finding, Level
from segdsl.audit.run import audit_definition

__all__ = ["AuditReport", "Finding", "Level", "audit_definition"]
