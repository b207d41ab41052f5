"""Country names in any language to ISO 3166-1 alpha-2, from the Unicode CLDR through babel (a
maintained locale database): "España", "Svizzera", "België", "Suomi", "Polska", "Ελλάδα", "Eesti",
"日本" are known without a hand-written list that would always miss one.

Two tables: the names in the languages company sites are usually written in (built in memory in
~0.2 s, first served), and the names in every CLDR language (~2 s to build from babel's 330 base
locales, so built once per babel version and kept in the user's cache folder; a missing or
unwritable cache only costs the build). Names are compared casefolded and without accents
("Osterreich", "Espana"); a name that means two countries in two languages, or a Latin name shorter
than four letters outside the usual languages ("Man", "Cat", "End"), is left out.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from segdsl.cache_dir import cache_folder, store

# The languages whose country names are read first: the sites' languages and their neighbours'.
LOCALES = ("en", "fr", "de", "it", "es", "nl", "pt", "pl", "fi", "sv", "da", "nb", "cs", "hu", "ro", "ca", "ja", "zh")
# Usual short forms that CLDR does not list as names.
ALIASES = {"uk": "GB", "u.k.": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
           "usa": "US", "u.s.a.": "US", "u.s.": "US", "holland": "NL", "the netherlands": "NL", "brasil": "BR"}


def normalise(name: str) -> str:
    """Casefolded, accents dropped, spaces collapsed: "Österreich" and "osterreich" meet."""
    folded = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _core() -> dict[str, str]:
    from babel import Locale

    table: dict[str, str] = {}
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(name.casefold(), code)
                table.setdefault(normalise(name), code)
    table.update(ALIASES)
    return table


@lru_cache(maxsize=1)
def _everywhere() -> dict[str, str]:
    import babel

    path = cache_folder() / f"cldr-territories-{babel.__version__}.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(table, dict):
            return table
    except (OSError, ValueError):
        pass
    table = build_all_locales()
    _save(path, table)
    return table


def build_all_locales() -> dict[str, str]:
    """Normalised territory name -> code over every base locale babel ships."""
    from babel import Locale, localedata

    table: dict[str, str] = {}
    ambiguous: set[str] = set()
    for locale in sorted(name for name in localedata.locale_identifiers() if "_" not in name):
        try:
            territories = Locale.parse(locale).territories
        except (ValueError, LookupError):
            continue
        for code, name in territories.items():
            key = normalise(name)
            if len(code) != 2 or not code.isalpha() or (key.isascii() and len(key) < 4 and locale not in LOCALES):
                continue
            if table.setdefault(key, code) != code:
                ambiguous.add(key)
    return {key: code for key, code in table.items() if key not in ambiguous}


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    return frozenset(_core().values())


@lru_cache(maxsize=8192)  # footers repeat on every page of a site: the same parts are looked up again and again
def country_code(value: str | None, codes: bool = True) -> str | None:
    """ISO code of a country name in any CLDR language ("Deutschland", "Suisse", "Eesti", "日本"), or
    of an ISO code itself when `codes` (structured data says "IT"; running text's "IT" is not one)."""
    if not value:
        return None
    text = " ".join(value.split()).strip(" .,;")
    if not text or len(text) > 60:
        return None
    if codes and len(text) == 2 and text.upper() in _codes():
        return text.upper()
    core = _core()
    folded = text.casefold()
    found = core.get(folded) or core.get(folded.replace(".", "")) or core.get(normalise(text))  # "U.K." is "uk"
    if found or not any(c.isalpha() for c in text):
        return found
    return _everywhere().get(normalise(text))


def _save(path: Path, table: dict[str, str]) -> None:
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    store(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))  # a read-only home: built again next time
