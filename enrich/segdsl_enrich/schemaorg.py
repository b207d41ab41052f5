"""Map one schema.org Organization node (from JSON-LD or microdata) to output facts.

Only company properties are read; `founder`, `employee`, `email` and `telephone` are ignored.
`industry` is what the node states (its `industry`, `naics` or a schema.org subtype such as
Restaurant); `knowsAbout` and descriptions only ever feed the inferred industry.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from segdsl_enrich.jsonld import organization_types
from segdsl_enrich.postcodes import valid_postcode
from segdsl_enrich.social import social_links
from segdsl_enrich.textfacts import employees_in_text, scrub_personal
from segdsl_enrich.vocab import TYPE_INDUSTRIES, country_code, industry_of


def facts_from_node(node: dict[str, Any]) -> dict[str, Any]:
    """Facts stated by the node; absent properties are absent keys."""
    facts: dict[str, Any] = {
        "name": _text(node.get("name")),
        "legal_name": _text(node.get("legalName")),
        "description": scrub_personal(_text(node.get("description"))),
        "founded_year": _year(node.get("foundingDate")),
        "industry": _industry(node),
    }
    facts.update(_employees(node.get("numberOfEmployees")))
    facts.update(_address(node.get("address")))
    same_as = node.get("sameAs", [])
    facts.update(social_links(same_as if isinstance(same_as, list) else [same_as]))
    return {key: value for key, value in facts.items() if value is not None}


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    # CMS plug-ins print HTML entities inside JSON-LD ("Rossi &amp; Figli", "Soci&#233;t&#233;").
    return " ".join(html.unescape(html.unescape(value)).split()) or None


def _year(value: Any) -> int | None:
    """The year of `foundingDate` ("1998", "1998-03-01"); never a future one (a template's date)."""
    match = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", str(value)) if value is not None else None
    return int(match.group(1)) if match and int(match.group(1)) <= dt.date.today().year else None


def _industry(node: dict[str, Any]) -> str | None:
    stated = industry_of(_text(node.get("industry")), _text(node.get("naics")))
    if stated:
        return stated
    return next((TYPE_INDUSTRIES[t] for t in organization_types(node) if t in TYPE_INDUSTRIES), None)


def _employees(value: Any) -> dict[str, int]:
    """`numberOfEmployees` as a number, a string ("250+"), or a QuantitativeValue."""
    if isinstance(value, dict):
        exact, low, high = (_int(value.get(k)) for k in ("value", "minValue", "maxValue"))
        if exact is not None:
            return {"employee_count": exact, "employee_range_min": exact, "employee_range_max": exact}
        return {k: v for k, v in (("employee_range_min", low), ("employee_range_max", high)) if v is not None}
    if isinstance(value, bool) or value is None:
        return {}
    if isinstance(value, (int, float)):
        count = int(value)
        return {"employee_count": count, "employee_range_min": count, "employee_range_max": count}
    return employees_in_text(f"{value} employees")


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\d[\d,.\s]*", value.strip()):
        return int(re.sub(r"\D", "", value))
    return None


def _address(value: Any) -> dict[str, str]:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    if not isinstance(value, dict):
        return {}
    country = value.get("addressCountry")
    fields = {
        "street_address": _text(value.get("streetAddress")),
        "locality": _text(value.get("addressLocality")),
        "region": _text(value.get("addressRegion")),
        "postal_code": _text(value.get("postalCode")),
        "country_code": country_code(_text(country)),
    }
    address = {key: v for key, v in fields.items() if v is not None}
    if "postal_code" in address and valid_postcode(address["postal_code"], address.get("country_code")) is False:
        # A postcode the stated country cannot have (a theme's sample, a wrong addressCountry): the
        # structured address is not trusted, so the page's text may state the real one.
        return {}
    return address
