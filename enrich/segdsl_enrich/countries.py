"""Country names in any of the languages company sites are written in, to ISO 3166-1 alpha-2.

The names come from the Unicode CLDR through babel (a maintained locale database), so "España",
"Svizzera", "België", "Suomi", "Polska" and "日本" are known without a hand-written list that
would always miss one. Built once per process, on first use (well under a second).
"""

from __future__ import annotations

from functools import lru_cache

# The languages whose country names we read: the sites' languages and their neighbours'.
# Each locale costs ~40 ms to load, once per crawl process.
LOCALES = ("en", "fr", "de", "it", "es", "nl", "pt", "pl", "fi", "sv", "da", "nb", "cs", "hu", "ro", "ca", "ja", "zh")
# Usual short forms that CLDR does not list as names.
ALIASES = {"uk": "GB", "u.k.": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
           "usa": "US", "u.s.a.": "US", "u.s.": "US", "holland": "NL", "the netherlands": "NL", "brasil": "BR"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from babel import Locale

    table: dict[str, str] = {}
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(name.casefold(), code)
    table.update(ALIASES)
    return table


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    return frozenset(_names().values())


def country_code(value: str | None, codes: bool = True) -> str | None:
    """ISO code of a country name in any CLDR language ("Deutschland", "Suisse", "日本"), or of an
    ISO code itself when `codes` (structured data says "IT"; running text's "IT" is not a country)."""
    if not value:
        return None
    text = " ".join(value.split()).strip(" .,;")
    if codes and len(text) == 2 and text.upper() in _codes():
        return text.upper()
    names = _names()
    return names.get(text.casefold()) or names.get(text.casefold().replace(".", ""))  # "U.K." is "uk"
