"""Head counts spelled out in words ("a team of twelve", "Nos vingt-cinq collaborateurs", "siamo in
dieci"), read by turning the words into digits with `text2num` (a maintained Rust library that
knows en, fr, es, pt, de, nl, da and it) and reading the lines again with the digit rules.

Only lines that already name staff, a team or working here are converted, and only when the
digit rules found nothing on the page: a spelled number is the fallback, never a rival of a
stated figure. Languages text2num does not know are left alone rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from segdsl_enrich.headcount import candidate_line, employees_in_text

LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "nl", "da", "it"})


@lru_cache(maxsize=1)
def _converter() -> Any:
    try:
        from text_to_num import alpha2digit
    except ImportError:  # the enrich extra installs it; without it spelled numbers stay unread
        return None
    return alpha2digit


def spelled_employees(lines: list[str], language: str | None) -> dict[str, int]:
    """The head count of lines whose numbers are spelled out, in the page's language, or {}."""
    convert = _converter()
    if convert is None or language not in LANGUAGES:
        return {}
    converted = []
    for line in lines:
        if candidate_line(line, digits=False):
            text = convert(line, language)
            if text != line:
                converted.append(text)
    return employees_in_text(converted) if converted else {}
