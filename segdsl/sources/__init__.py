"""Tables in databases: named connections, their catalogues and an Arrow-native reader.

A definition names a connection (`customers from warehouse "crm.customers" key customer_id`);
where that connection is and how to log in is declared outside definitions
(`[tool.segdsl.connections.NAME]` in pyproject.toml or `[connections.NAME]` in segdsl.toml),
with the password taken only from an environment variable. Nothing here prints a password or
a URL with credentials: every driver message passes through `Connection.redact` first.

Stages: connections (declarations -> Connection) -> driver (open, classify failures) ->
catalogue (schemas for the checker) / reader (needed columns, time window in the WHERE) ->
Polars frames for the embedded engine.
"""
