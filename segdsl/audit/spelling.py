"""Spellings of the same category: `FR`, ` fr`, `France`; `Île-de-France`, `ile de france`.

Two values are the same category when they are equal after folding case, trimming and
collapsing spaces and removing accents; in a country column also when they name the same
country (ISO 3166 codes, English names). Country names come from `pycountry` (the ISO 3166
tables, maintained) in the `audit` extra; without it only codes and folding are compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def fold(value: str) -> str:
    """Case-, space- and accent-insensitive form of a value."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.replace("-", " ").replace("_", " ")).strip().casefold()


@lru_cache(maxsize=1)
def _countries():
    try:
        import pycountry
    except ImportError:
        return None
    return pycountry.countries


def countries_available() -> bool:
    return _countries() is not None


def country_code(value: str) -> str | None:
    """The ISO alpha-2 code a value names (`fr`, `FRA`, `France`), or None."""
    countries = _countries()
    text = value.strip()
    if countries is None:
        return text.upper() if len(text) == 2 and text.isalpha() else None
    try:
        return countries.lookup(text).alpha_2
    except LookupError:
        return None


def is_country_column(name: str, values: Iterable[str]) -> bool:
    """Named like a country, or most distinct values are two-letter codes of real countries."""
    if "country" in name.lower():
        return True
    values = list(values)
    if not values or _countries() is None:
        return False
    codes = sum(1 for v in values if len(v.strip()) == 2 and country_code(v) is not None)
    return codes >= 0.8 * len(values)


def spelling_groups(name: str, values: list[str]) -> list[list[str]]:
    """Groups of two or more distinct values that are spellings of one category."""
    country = is_country_column(name, values)
    groups: dict[str, list[str]] = {}
    for value in values:
        key = (country_code(value) if country else None) or fold(value)
        groups.setdefault(key, []).append(value)
    return [group for group in groups.values() if len(group) > 1]
