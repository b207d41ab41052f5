"""The language a page is written in, from its words, for when `<html lang>` is a theme's default.

A stop-word count is enough for company sites (a few hundred words of one language) and costs
microseconds; a statistical detector would add a model to load for no gain on such text. Japanese
is told by its script.
"""

from __future__ import annotations

import re

# Frequent words that are rare in the other listed languages (shared ones such as "de", "la",
# "e", "en" are left out on purpose: they would vote for several languages at once).
STOP_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to are our with for that this you your from have has which by it be",
        "fr": "le les des du et est une pour dans nous vous notre nos avec qui sur au aux ce cette sont votre",
        "de": "der die das und ist wir sie nicht mit für auf ein eine unser unsere den dem des sind zu ihre ihnen",
        "it": "il lo gli di che è per una con del della dei nel noi nostro nostra sono non al alla ogni siamo",
        "es": "el los las que y un una por con para del nuestro nuestra somos es su sus cada estamos",
        "nl": "het een van wij onze ons met voor op zijn niet dat die bij te aan ook elk",
        "pt": "os que um uma para com do dos das nosso nossa somos não é cada temos na no",
        "pl": "w na z się że do nie jest od dla przez oraz jak nasz nasza są każdy",
        "fi": "ja on että ei se ovat olemme me meidän joka kanssa myös sekä tai kuin jokaiseen",
        # Scandinavian languages share many words ("det", "som", "med", "vi", "og"): only each one's own count.
        "sv": "och är att inte våra också ska vara hur mycket bara något från",
        "da": "af vores meget jeres blev hvad nogle været gøre hjælpe hjælper og ikke",
        "nb": "av mye ble hva noen vårt og ikke",
        "cs": "je že jsou jsme naše našich který které také pro",
        # Slovak next to Czech: the forms the two do not share ("sme" not "jsme", "pre" not "pro").
        "sk": "sa sme ako pre ktorý ktorá ktoré alebo aj ste tiež naša naše našu viac rokov",
        "ro": "și în este pentru care sunt să noastră nostru această acest cea cel fost avem",
        "ca": "els amb és són nostre nostres més aquest aquesta també fins però molt hem",
        "el": "και το της του την τη στην στο με για από είναι τα των σε μας η ο οι",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+")
_KANA = re.compile(r"[\u3040-\u30ff]")


def votes(lines: list[str]) -> dict[str, int]:
    """Stop words of each language in the lines (Japanese: kana count), cookie lines left out:
    consent banners are plug-ins that often speak English on any site."""
    text = " ".join(line for line in lines if "cookie" not in line.lower())
    counts = dict.fromkeys(STOP_WORDS, 0)
    for word in _WORD.findall(text.lower()):
        for language, words in STOP_WORDS.items():
            if word in words:
                counts[language] += 1
    counts["ja"] = len(_KANA.findall(text))
    return counts


def decide(counts: dict[str, int]) -> str | None:
    """The language the votes name, or None when too few or too mixed to tell."""
    if counts.get("ja", 0) >= 10:
        return "ja"
    ranked = sorted(((n, language) for language, n in counts.items() if language != "ja"), reverse=True)
    (first, best), (second, _) = ranked[0], ranked[1]
    return best if first >= 5 and first >= 1.5 * second else None


# The languages the votes can measure: a declared language outside them (Hungarian, Croatian, …)
# cannot be contradicted by votes, since its own words are not counted.
MEASURED = frozenset(STOP_WORDS) | {"ja"}


def overrides(declared: str | None, counts: dict[str, int]) -> str | None:
    """The text's language when it should replace the declared one, else None.

    A wrong language is worse than the declared one, so the text wins only when it can: the
    declared language is one the votes measure (a Hungarian page has no Hungarian votes, and a
    few shared words must not make it Italian) and the winner clearly outvotes it (a Danish page
    with a handful of Danish and Portuguese-looking words keeps "da")."""
    detected = decide(counts)
    if detected is None or declared is None or detected == declared:
        return detected if declared is None else None
    if declared not in MEASURED:
        return None
    return detected if counts.get(detected, 0) >= 1.5 * counts.get(declared, 0) else None


def detect(lines: list[str]) -> str | None:
    """The page's language, or None when the text is too short or mixed to tell."""
    return decide(votes(lines))
