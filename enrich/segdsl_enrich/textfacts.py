"""Facts stated in running text, in English, French and German: head count, founding year,
postal address, legal name. Used only when no structured data says the same thing."""

from __future__ import annotations

import datetime as dt
import re

from segdsl_enrich.vocab import COUNTRIES, country_code

_NUMBER = r"(\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+|\d+)"
_STAFF = (r"(?:employees|staff(?:\s+members)?|team\s+members|professionals|salari[ée]s|collaborateurs|"
          r"collaboratrices|employ[ée]s|mitarbeiter(?:innen)?|mitarbeitende[n]?|besch[äa]ftigte[n]?|angestellte[n]?)\b")
_EMPLOYEE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("range", rf"\b(?:between|entre|zwischen)\s+{_NUMBER}\s+(?:and|et|und)\s+{_NUMBER}\s+{_STAFF}"),
        ("range", rf"\b{_NUMBER}\s*(?:-|–|—|to|à|bis)\s*{_NUMBER}\s+{_STAFF}"),
        ("at_least", rf"\b{_NUMBER}\s*\+\s*{_STAFF}"),
        ("at_least", rf"\b(?:more\s+than|over|plus\s+de|über|mehr\s+als)\s+{_NUMBER}\s+{_STAFF}"),
        ("exact", rf"\b{_NUMBER}\s+{_STAFF}"),
        ("exact", rf"\b(?:employs?|employing|a\s+team\s+of)\s+{_NUMBER}\s+(?:people|persons)\b"),
    )
)
_FOUNDED = re.compile(
    r"\b(?:founded|established|incorporated|fond[ée]e?s?|cr[ée]{2}e?s?|gegr[üu]ndet|gr[üu]ndungsjahr:?|seit)"
    r"(?:\s+(?:in|en|im\s+jahr?|im|au\s+cours\s+de\s+l'ann[ée]e))?\s+(1[6-9]\d\d|20\d\d)\b",
    re.I,
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?:\+|\b00)?\d[\d\s().\-/]{7,}\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LEGAL_FORM = (r"(?:GmbH\s*&\s*Co\.\s*KG|GmbH|gGmbH|AG|KGaA|KG|SE|SAS|SASU|SARL|SA|EURL|SCOP|Ltd\.?|Limited|LLP|LLC|"
               r"Inc\.?|Corp\.?|PLC|plc|AB|BV|B\.V\.|NV|N\.V\.)")
# "Muster GmbH", "Lumière Conseil SAS au capital de…", "© 2024 Acme, Inc.": a line that opens with a
# company name and its legal form, as legal notices and copyright lines state it.
_LEGAL_NAME = re.compile(
    r"^(?:(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?)?"
    rf"((?:[A-ZÀ-Ý0-9][\w&'’.\-]*,?\s+){{1,5}}{_LEGAL_FORM})(?=$|[\s,;:.])"
)
_TRAILING_LEGAL_FORM = re.compile(rf",?\s+{_LEGAL_FORM}$")
_POSTCODE_LINE = re.compile(r"^(?:([DF])-)?(\d{5}|\d{3}\s\d{2})\s+([^\d,]{2,40})$")
_POSTCODE_PREFIXES = {"D": "DE", "F": "FR"}
# "Paris, France", "based in Lyon, France": a capitalised place, a comma, a known country name.
_CITY_COUNTRY = re.compile(
    r"\b([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){0,2}),\s*(?i:("
    + "|".join(re.escape(name) for name in sorted((n for n in COUNTRIES if len(n) > 2), key=len, reverse=True))
    + r"))\b"
)
_UK_POSTCODE = re.compile(r"^(.*?),?\s*([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$")
_US_CITY_LINE = re.compile(r"^([A-Za-z .'\-]{2,40}),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$")


def employees_in_text(text: str) -> dict[str, int]:
    """employee_count / employee_range_min / employee_range_max from the first mention.

    "10-50 Mitarbeiter" is a range without a count; "250+ employees" and "plus de 200 salariés"
    give a count and a lower bound; "300 employees" gives all three.
    """
    for kind, pattern in _EMPLOYEE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        numbers = [_number(g) for g in match.groups()]
        if kind == "range":
            low, high = sorted(numbers)
            return {"employee_range_min": low, "employee_range_max": high}
        if kind == "at_least":
            return {"employee_count": numbers[0], "employee_range_min": numbers[0]}
        return {"employee_count": numbers[0], "employee_range_min": numbers[0], "employee_range_max": numbers[0]}
    return {}


def founded_year_in_text(text: str) -> int | None:
    """The year after "founded in" / "fondée en" / "gegründet"; never a future year."""
    for match in _FOUNDED.finditer(text):
        year = int(match.group(1))
        if year <= dt.date.today().year:
            return year
    return None


def address_in_text(lines: list[str]) -> dict[str, str]:
    """A postal address from text lines: street line, then "80331 München" / UK / US postcode line;
    failing that, a "City, Country" mention gives the locality and country."""
    for index, line in enumerate(lines):
        facts = _postcode_line(line)
        if not facts:
            continue
        before = lines[index - 1] if index else ""
        if re.search(r"\d", before) and len(before) <= 80 and "@" not in before:
            facts["street_address"] = before
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if country := country_code(after):
            facts["country_code"] = country
        return facts
    for line in lines:
        if match := _CITY_COUNTRY.search(line):
            return {"locality": match.group(1), "country_code": COUNTRIES[match.group(2).lower()]}
    return {}


def legal_name_in_text(lines: list[str]) -> str | None:
    """The first line-opening "Name + legal form" (GmbH, SAS, Ltd, Inc…)."""
    for line in lines:
        if match := _LEGAL_NAME.match(line):
            return match.group(1)
    return None


def name_from_legal_name(legal_name: str | None) -> str | None:
    """"Bergmann Maschinenbau GmbH" -> "Bergmann Maschinenbau", for sites that state no other name."""
    if legal_name is None:
        return None
    return _TRAILING_LEGAL_FORM.sub("", legal_name).strip() or None


def _postcode_line(line: str) -> dict[str, str]:
    if match := _POSTCODE_LINE.match(line):
        facts = {"postal_code": match.group(2), "locality": match.group(3).strip()}
        if match.group(1):
            facts["country_code"] = _POSTCODE_PREFIXES[match.group(1)]
        return facts
    if match := _US_CITY_LINE.match(line):
        return {"locality": match.group(1).strip(), "region": match.group(2), "postal_code": match.group(3),
                "country_code": "US"}
    if match := _UK_POSTCODE.match(line):
        facts = {"postal_code": match.group(2), "country_code": "GB"}
        if match.group(1):
            facts["locality"] = match.group(1).strip()
        return facts
    return {}


def scrub_personal(text: str | None) -> str | None:
    """Text without the sentences that carry an e-mail address or a phone number: descriptions
    sometimes end with "Contact jane@… or +44 …", and half a sentence is worse than none."""
    if text is None:
        return None
    kept = [s for s in _SENTENCE_END.split(" ".join(text.split())) if not _EMAIL.search(s) and not _has_phone(s)]
    return " ".join(kept) or None


def _has_phone(text: str) -> bool:
    """At least 9 digits in a phone-like run: "+1 415 555 0199" is one, "1998-2004" is not."""
    return any(sum(c.isdigit() for c in m.group(0)) >= 9 for m in _PHONE.finditer(text))


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))
