"""schema.org Organization facts from HTML microdata (`itemscope`/`itemprop`) as plain dicts.

The dicts use JSON-LD's shape, so one mapping turns both into facts.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector

from segdsl_enrich.jsonld import ORGANIZATION_TYPES

_VALUE_ATTRIBUTES = ("content", "datetime", "href", "src", "value")


def organization_items(selector: Selector) -> list[dict[str, Any]]:
    """Top-level Organization-like items, each with its own properties and nested PostalAddress."""
    items = []
    for scope in selector.xpath("//*[@itemscope][@itemtype]"):
        kind = scope.attrib.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1]
        if kind in ORGANIZATION_TYPES and not scope.xpath("ancestor::*[@itemscope]"):
            items.append({"@type": kind, **_properties(scope)})
    return items


def _properties(scope: Selector) -> dict[str, Any]:
    """Properties belonging to this scope, not to a nested one; nested scopes become dicts."""
    props: dict[str, Any] = {}
    depth = len(scope.xpath("ancestor-or-self::*[@itemscope]"))
    for element in scope.xpath(".//*[@itemprop]"):
        if len(element.xpath("ancestor::*[@itemscope]")) != depth:
            continue
        name = element.attrib["itemprop"].strip()
        if "itemscope" in element.attrib:
            kind = element.attrib.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1]
            if kind == "Person":
                continue
            value: Any = {"@type": kind, **_properties(element)}
        else:
            value = _value(element)
        if name == "sameAs":
            props.setdefault(name, []).append(value)
        else:
            props.setdefault(name, value)
    return props


def _value(element: Selector) -> str:
    for attribute in _VALUE_ATTRIBUTES:
        if attribute in element.attrib:
            return element.attrib[attribute].strip()
    return " ".join(" ".join(element.xpath(".//text()").getall()).split())
