"""The language a page is written in, from its words, for when `<html lang>` is a theme's default.

Two readers, the better one first:

- **py3langid** (in the `enrich` extra): a maintained fork of langid.py, a naive-Bayes model of
  byte n-grams trained on ~100 languages, 4.5 MB, no network, ~0.1 ms per page. It knows every
  language of the European Union (Hungarian, Croatian, Slovene, the Baltic languages …) that a
  stop-word list never will, and it tells apart close pairs (Czech/Slovak, Danish/Norwegian) by
  their letter sequences rather than by a few shared words. It is restricted to the languages of
  European company sites (plus a few neighbours and Japanese) so that a short German page is not
  called Luxembourgish or a Spanish one Galician. Its verdict counts only with enough text
  (`MIN_LETTERS`) and a calibrated probability of at least `MIN_CONFIDENCE`.
- a **stop-word count** as the fallback, when py3langid is not installed (the core install stays
  light) or the page has too little text for the model: frequent words that are rare in the other
  listed languages; Japanese is told by its script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

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

# The languages py3langid may answer: those of European company sites, their neighbours, Japanese.
# Left out on purpose: Luxembourgish, Galician, Occitan, Frisian and the like, which a short page in
# the big neighbour language would too often be taken for.
MODEL_LANGUAGES = ("bg bs ca cs cy da de el en es et eu fi fr ga hr hu is it ja lt lv mk mt nl no pl pt ro ru sk sl "
                   "sq sr sv tr uk").split()
# One language under several codes: a page declared "nb" and read as "no" is not contradicted.
_SAME = {"nb": "no", "nn": "no", "bs": "hr", "sr": "hr"}
MIN_LETTERS = 100      # below this the model's verdict is noise (a menu, a slogan)
MIN_CONFIDENCE = 0.99  # calibrated probability (py3langid's norm_probs)
TEXT_CAP = 3000        # characters read per page: enough to tell, and keeps the cost per page flat


@lru_cache(maxsize=1)
def _model() -> Any:
    """py3langid's identifier restricted to MODEL_LANGUAGES (loaded once per process, see
    `langid_model`), or None when the package is not installed."""
    from segdsl_enrich.langid_model import load_identifier

    identifier = load_identifier()
    if identifier is None:
        return None
    identifier.set_languages([code for code in MODEL_LANGUAGES if code in set(identifier.nb_classes)])
    return identifier


def page_text(lines: list[str]) -> str:
    """The words a page's language is told from: cookie lines left out (consent banners are
    plug-ins that often speak English on any site), capped at TEXT_CAP characters."""
    return " ".join(line for line in lines if "cookie" not in line.lower())[:TEXT_CAP]


def identify(text: str) -> str | None:
    """py3langid's language for `text` when it is sure (enough letters, probability ≥
    MIN_CONFIDENCE), else None (also when py3langid is not installed)."""
    read, language = _read(text)
    return language if read else None


def _read(text: str) -> tuple[bool, str | None]:
    """(whether py3langid read the text: installed and enough letters, its sure language or None)."""
    if sum(1 for _ in _WORD.finditer(text)) < 3 or len(re.sub(r"[\W\d_]", "", text)) < MIN_LETTERS:
        return False, None
    model = _model()
    if model is None:
        return False, None
    # Close languages share their probability (Croatian, Bosnian and Serbian in Latin script are
    # told apart by spelling details a company page rarely shows): the group is what must be sure.
    groups: dict[str, tuple[float, str]] = {}
    for language, probability in model.rank(text):
        key = _SAME.get(language, language)
        total, best = groups.get(key, (0.0, language))
        groups[key] = (total + probability, best)
    confidence, language = max(groups.values())
    return True, language if confidence >= MIN_CONFIDENCE else None


def same_language(first: str | None, second: str | None) -> bool:
    return first is not None and second is not None and _SAME.get(first, first) == _SAME.get(second, second)


def votes(lines: list[str]) -> dict[str, int]:
    """Stop words of each language in the lines (Japanese: kana count), cookie lines left out."""
    text = page_text(lines) if len(lines) else ""
    counts = dict.fromkeys(STOP_WORDS, 0)
    for word in _WORD.findall(text.lower()):
        for language, words in STOP_WORDS.items():
            if word in words:
                counts[language] += 1
    counts["ja"] = len(_KANA.findall(text))
    return counts


def decide(counts: dict[str, int], text: str = "") -> str | None:
    """The language of the text (py3langid when sure), else the one the stop-word votes name,
    else None when too few or too mixed to tell."""
    if (model := identify(text)) is not None:
        return model
    if counts.get("ja", 0) >= 10:
        return "ja"
    ranked = sorted(((n, language) for language, n in counts.items() if language != "ja"), reverse=True)
    (first, best), (second, _) = ranked[0], ranked[1]
    return best if first >= 5 and first >= 1.5 * second else None


# The languages the stop-word votes can measure: without py3langid, a declared language outside
# them (Hungarian, Croatian, …) cannot be contradicted, since its own words are not counted.
MEASURED = frozenset(STOP_WORDS) | {"ja"}


def overrides(declared: str | None, counts: dict[str, int], text: str = "") -> str | None:
    """The text's language when it should replace the declared one, else None.

    A wrong language is worse than the declared one, so the text wins only when it can. With
    py3langid: when the model is sure (MIN_CONFIDENCE over MIN_LETTERS) of another language.
    Without it (or on too little text): only a declared language the votes measure (a Hungarian
    page has no Hungarian votes, and a few shared words must not make it Italian), clearly
    outvoted (a Danish page with a handful of Portuguese-looking words keeps "da"). When the model
    read the text but is unsure (Czech or Slovak? Danish or Norwegian?), the declared language
    stands: a stop-word count is the weaker reader and must not overrule it ("Om os" is not
    Portuguese, "z" and "do" do not make Czech Polish)."""
    read, model = _read(text)
    if model is not None:
        if declared is None:
            return model
        return None if same_language(model, declared) else model
    if read and declared is not None:
        return None
    detected = decide(counts)
    if detected is None or declared is None or same_language(detected, declared):
        return detected if declared is None else None
    if declared not in MEASURED:
        return None
    return detected if counts.get(detected, 0) >= 1.5 * counts.get(declared, 0) else None


def detect(lines: list[str]) -> str | None:
    """The page's language, or None when the text is too short or mixed to tell."""
    return decide(votes(lines), page_text(lines))
