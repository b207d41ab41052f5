"""The SQL backend: the IR compiled to ONE SQL statement per definition, as a sqlglot tree
rendered per dialect (never by string concatenation, so identifiers and literals are always
quoted correctly). `expressions` compiles scalar nodes, `aggregations` an event table's
aggregations, `plan` the whole statement, `dialects` the few dialect differences."""

from segdsl.backend.sql.dialects import DIALECTS
from segdsl.backend.sql.plan import Helper, build_query, helpers, render

__all__ = ["DIALECTS", "Helper", "build_query", "helpers", "render"]
