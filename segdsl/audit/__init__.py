"""`segdsl audit`: profile and check every table a definition reads before trusting its segments.

Stages: `tables` (declarations -> AuditTable) -> `checks` (expressions per column) -> `run` (ONE
Polars select per table) -> `model` (findings, profiles) -> `render` (text, JSON, Markdown).
Nothing is imported here: the CLI registers `audit.command` at start-up, and `validate` must not
pay for Polars (`from segdsl.audit.run import audit_definition` for the API).
"""
