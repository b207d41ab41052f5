"""How types and arities are worded in messages, so every diagnostic says them the same way."""

from __future__ import annotations

from segdsl.check import functions as fn
from segdsl.types import Type


def article(type_: Type) -> str:
    if type_ is Type.UNKNOWN:
        return "an unknown value"
    word = {Type.NUMBER: "number", Type.BOOLEAN: "boolean (true/false)", Type.STRING: "text", Type.DATE: "date",
            Type.DURATION: "duration", Type.LIST: "list"}.get(type_, str(type_))
    return word if word == "text" else ("an " if word[0] in "aeiou" else "a ") + word


def plural(type_: Type) -> str:
    return {Type.BOOLEAN: "booleans", Type.DURATION: "durations", Type.LIST: "lists"}.get(type_, str(type_))


def arity(signature: fn.Scalar) -> str:
    count = len(signature.params)
    if signature.variadic:
        return f"at least {count} arguments"
    if signature.optional:
        return f"{count - signature.optional} to {count} arguments"
    return f"{count} argument{'s' if count > 1 else ''}"
