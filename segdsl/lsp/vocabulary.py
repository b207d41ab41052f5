"""Words of the language for completion and hover: keywords, units and function signatures,
all taken from the grammar and the checker's function table so they cannot drift."""

from __future__ import annotations

import re
from functools import cache

from segdsl.check import functions as fn
from segdsl.types import Type

STATEMENT_SNIPPETS: dict[str, str] = {
    "customers": 'customers from "${1:data/customers.parquet}" key ${2:customer_id}',
    "events": 'events ${1:orders} from "${2:data/orders.parquet}" key ${3:customer_id} time ${4:order_date}',
    "enrichment": 'enrichment ${1:firmographics} from "${2:data/firmographics.parquet}" on ${3:domain}',
    "import": 'import "${1:common.seg}"',
    "as of": "as of ${1:2026-11-01}",
    "let": "let ${1:name} = ${2}",
    "segment": "segment ${1:name} = ${2}",
    "segmentation": "segmentation ${1:name} {\n    ${2:label} when ${3}\n    ${4:other} otherwise\n}",
    "score": "score ${1:name} {\n    +${2:10} when ${3}\n}",
    "model": "model ${1:name} {\n    kind ${2:logistic_regression}\n    features ${3}\n    label ${4}\n}",
    "keep let": "keep let ${1:name} = ${2}",
    "kpi": "kpi ${1:name} = ${2:revenue(orders.amount) over 365 days}",
    "goal": "goal ${1:name} = ${2:measure} of ${3:segment} ${4|down,up,to|} ${5:10%} from ${6:2026-01-01} by ${7:2026-06-30}",
    "experiment": "experiment ${1:name} {\n    targets ${2:segment}\n    holdout ${3:holdout_segment}\n    measure ${4:measure}\n    starts ${5:2026-01-01}\n}",
}
EXPRESSION_KEYWORDS = (
    "and", "or", "not", "in", "not in", "between", "is missing", "is present", "is not missing",
    "contains", "starts with", "ends with", "matches", "within last", "where", "over", "in last",
    "before", "after", "more than", "ago", "descending", "ascending", "holdout", "of", "seed",
    "true", "false", "when", "otherwise", "top", "next", "rest", "in next", "keep",
)
UNITS = ("days", "weeks", "months", "years")

_TYPE_WORDS = {Type.NUMBER: "number", Type.STRING: "text", Type.DATE: "date", Type.BOOLEAN: "boolean"}


@cache
def signatures() -> dict[str, tuple[str, str]]:
    """function -> (signature, documentation)."""
    found: dict[str, tuple[str, str]] = {}
    for name, doc in fn.AGGREGATES.items():
        argument = "table" if name == "count" else "table.column"
        found[name] = (f"{name}({argument} [where condition]) [over N days]", f"Aggregation over events: {doc}.")
    for name, scalar in fn.SCALARS.items():
        params = [_param(p, i, scalar) for i, p in enumerate(scalar.params)]
        if scalar.variadic:
            params.append("...")
        signature = f"{name}({', '.join(params)}) -> {_type_word(scalar.result)}"
        if name in found:  # min/max: aggregation with one argument, scalar with several
            signature = f"{found[name][0]}\n{signature}"
            doc = f"{found[name][1]} With two or more values: {scalar.doc}."
        else:
            doc = scalar.doc[0].upper() + scalar.doc[1:] + "."
        found[name] = (signature, doc)
    for name, doc in fn.RANKS.items():
        found[name] = ({"quintile": "quintile(x) [descending]", "ntile": "ntile(x, n) [descending]",
                        "bins": "bins(x, [e1, e2, ...])"}[name], doc[0].upper() + doc[1:] + ".")
    for name, doc in fn.MODEL_OUTPUTS.items():
        found[name] = (f"{name}(model)", f"Model output: {doc}.")
    for name, doc in fn.SEGMENTATION_FUNCTIONS.items():
        found[name] = (f"{name}(segmentation, segmentation, ...)", doc[0].upper() + doc[1:] + ".")
    return found


def _param(param: Type | str, position: int, scalar: fn.Scalar) -> str:
    word = "value" if param == "T" else _type_word(param)
    optional = position >= len(scalar.params) - scalar.optional
    return f"[{word}]" if optional else word


def _type_word(value: Type | str) -> str:
    return "value" if value == "T" else _TYPE_WORDS.get(value, str(getattr(value, "value", value)))


def type_word(value: Type | None) -> str:
    return _TYPE_WORDS.get(value, value.value if value is not None else "unknown")


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
