"""Facts stated in running text, in the languages of European company sites (en, fr, de, it, es,
nl, pt, pl, fi, plus Japanese head counts and years): head count, founding year, legal name.
Used only when no structured data says the same thing. Addresses are in `addresses`.

Text arrives as lines (see `lines`): a pattern never spans two paragraphs or two cells, so the
"1998" of a key-figures table is not read with the "Employees" heading that follows it; a label
line ("Dipendenti", "Gründung") is joined to the value line after it instead.
"""

from __future__ import annotations

import datetime as dt
import re

_NUMBER = r"(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+)"
_STAFF = (
    r"(?:employees|staff(?:\s+members)?|team\s+members|professionals|workers|"
    r"salari[ée]s|collaborat(?:eur|rice)s|employ[ée]s|"
    r"mitarbeiter(?:innen)?|mitarbeitende[n]?|besch[äa]ftigte[n]?|angestellte[n]?|"
    r"dipendenti|collaboratori|addetti|"
    r"empleados|trabajadores|colaboradores|"
    r"medewerkers|werknemers|personeelsleden|"
    r"funcion[áa]rios|empregados|"
    r"pracownik(?:ów|ow|i)|"
    r"ty[öo]ntekij(?:ää|aa|öitä|oita)|"
    r"collega's|profesionales|profissionais|professionisti|specjalist[óo]w|ammattilaista|fachkr[äa]fte)(?![\w])"
)
_PEOPLE = r"(?:people|persons|personnes|personen|persone|personas|pessoas|mensen|os[óo]b|henkil[öo](?:ä|a))"
_EMPLOY = (r"(?:employs?|employing|a\s+team\s+of|emploie|besch[äa]ftig(?:t|en)|impieghiamo|impiega|emplea(?:mos)?|"
           r"werken\s+er|empregamos|emprega|zatrudnia(?:my)?|ty[öo]llist[äa](?:ä|mme))")
_WORKFORCE = (r"(?:workforce|team|staff|plantilla|equipa|equipo|organico|squadra|zesp[óo][łl]|tiimi|henkil[öo]st[öo]|effectif|"
              r"belegschaft|personeel)")
_WORK = r"(?:work|lavorano|trabajan|trabalham|werken|arbeiten|travaillent|pracuj[ąe]|ty[öo]skentelev[äa]t)"
_JOIN = r"(?:and|et|und|e|ed|y|en|i|do|a|to|bis|à)"
_EMPLOYEE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("range", rf"\b(?:between|entre|zwischen|tra|fra|tussen|od)\s+{_NUMBER}\s+{_JOIN}\s+{_NUMBER}\s+{_STAFF}"),
        ("range", rf"\b{_NUMBER}\s*(?:-|–|—|〜|~|to|à|bis|a)\s*{_NUMBER}\s+{_STAFF}"),
        ("range", rf"従業員数?\s*(?:は|[:：])?\s*{_NUMBER}\s*[〜~\-–]\s*{_NUMBER}\s*名"),
        ("at_least", rf"\b{_NUMBER}\s*\+\s*{_STAFF}"),
        ("at_least", rf"\b(?:more\s+than|over|plus\s+de|über|mehr\s+als|oltre|più\s+di|m[áa]s\s+de|meer\s+dan|mais\s+de|"
                     rf"ponad|yli)\s+{_NUMBER}\s+{_STAFF}"),
        ("exact", rf"(?<![\d.,])\b{_NUMBER}\s+{_STAFF}"),
        ("exact", rf"\b{_EMPLOY}\s+(?:\w+\s+){{0,2}}?{_NUMBER}\s+(?:{_PEOPLE}|{_STAFF})"),
        ("exact", rf"(?:従業員数?|社員数)\s*(?:は|[:：])?\s*{_NUMBER}\s*[名人]"),
        # "a workforce of 18 people", "una plantilla de 25 personas", "Henkilöstö: 45 henkilöä".
        ("exact", rf"\b{_WORKFORCE}\s*(?:of|de|di|van|von|z|:)?\s+{_NUMBER}\s+(?:{_PEOPLE}|{_STAFF})"),
        ("exact", rf"(?<![\d.,])\b{_NUMBER}\s+{_PEOPLE}\s+{_WORK}\b"),
        # A label and its value: "Employees: 45", "Mitarbeiter 1.200", "Liczba pracowników: 60".
        ("exact", rf"^(?:number\s+of\s+)?(?:{_STAFF}|effectifs?|liczba\s+pracownik[óo]w|henkil[öo]st[öo]|henkil[öo]kunta|"
                  rf"plantilla|organico|organico\s+aziendale|zatrudnienie|aantal\s+medewerkers|n[úu]mero\s+de\s+(?:colaboradores|empleados)|"
                  rf"従業員数|社員数)\s*[:：]?\s*{_NUMBER}\s*[名人]?$"),
    )
)
# Words after which a four-digit number is a year ("Since 2005 employees…", "Dal 1998 dipendenti…").
_YEAR_BEFORE = re.compile(r"(?i:\b(?:since|in|from|seit|im|ab|depuis|en|dal|dall'|nel|desde|sinds|vanaf|em|desde|od|w|"
                          r"vuodesta|vuonna|year|jahr|anno|año|jaar|ano|roku?))\s*$")
_FOUNDING_WORDS = (
    r"founded|established|incorporated|fond[ée]e?s?|cr[ée]{2}e?s?|cr[ée]ation|fondation|gegr[üu]ndet|gr[üu]ndung(?:sjahr)?|"
    r"fondat[aoie]|fondazione|fundad[ao]|fundaci[óo]n|opgericht|oprichting|funda[çc][ãa]o|za[łl]o[żz]on[aey]|"
    r"za[łl]o[żz]enia|perustettu|perustettiin|perustamisvuosi|nat[ao]|nacimos|naci[óo]|criad[ao]|oprichtingsjaar|設立|創業|創立"
)
_FOUNDED_AFTER = re.compile(rf"(?i:(?<!\w)(?:{_FOUNDING_WORDS}))[^\d\n]{{0,30}}?(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_FOUNDED_BEFORE = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?:\s*年\s*(?:に)?\s*(?:設立|創業|創立)|"
                             r"\s+(?i:gegr[üu]ndet|perustettu|founded|opgericht|fond[ée]e|fondata|fundada|za[łl]o[żz]ona))")
_LABEL_LINE = re.compile(
    rf"(?i)^(?:{_FOUNDING_WORDS}|anno\s+di\s+fondazione|a[ñn]o\s+de\s+fundaci[óo]n|rok\s+za[łl]o[żz]enia|year\s+founded|"
    rf"(?:number\s+of\s+)?{_STAFF}|effectifs?|liczba\s+pracownik[óo]w|henkil[öo]st[öo]|従業員数|社員数|staff|plantilla|organico|"
    rf"zatrudnienie|aantal\s+medewerkers|n[úu]mero\s+de\s+colaboradores|data\s+za[łl]o[żz]enia|ano\s+de\s+funda[çc][ãa]o|"
    r"industry|sector|secteur|branche|settore|setor|branża|toimiala|業種)\s*[:：]?$"
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?:\+|\b00)?\d[\d\s().\-/]{7,}\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=。)")
# Sentences naming people by their role: "founded by Jane Roe", "Geschäftsführer: …".
_PEOPLE_SENTENCE = re.compile(
    r"(?i)\b(?:founded\s+by|fond[ée]e?\s+par|von\s+\S+\s+\S+\s+gegr[üu]ndet|gegr[üu]ndet\s+von|fondat[ao]\s+da|"
    r"fundad[ao]\s+por|opgericht\s+door|za[łl]o[żz]y[łl]a?|za[łl]o[żz]on[ay]\s+przez|perusti|ceo|founder|fondat(?:eur|rice|ore)|"
    r"gr[üu]nder(?:in)?|fundador[a]?|oprichter|za[łl]o[żz]yciel|perustaja|gesch[äa]ftsf[üu]hrer(?:in)?|managing\s+director|"
    r"g[ée]rant|amministratore|director[a]?\s+general|directeur|zaakvoerder|toimitusjohtaja|prezes)\b|が創業|代表取締役"
)
LEGAL_FORMS = (
    r"GmbH\s*&\s*Co\.\s*KG|gGmbH|GmbH|AG|KGaA|KG|SE|SASU|SAS|SARL|S\.à\s?r\.l\.|EURL|SCOP|SNC|SA|"
    r"Ltd\.?|Limited|LLP|LLC|Inc\.?|Corp\.?|PLC|plc|Pty\.?\s+Ltd\.?|Co\.,?\s*Ltd\.?|K\.K\.|"
    r"AB|B\.V\.|BV|N\.V\.|NV|VOF|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA|S\.a\.s\.|S\.n\.c\.|Sagl|S\.L\.U\.|S\.L\.|SL|S\.A\.|SLU|"
    r"Lda\.?|Ltda\.?|sp\.\s*z\s*o\.\s*o\.|Sp\.\s*z\s*o\.\s*o\.|S\.K\.A\.|sp\.\s*j\.|Oyj|Oy|Ab|ApS|A/S|ASA|AS"
)
_NAME_WORDS = r"(?:(?:[A-ZÀ-ÝŁŚŻŹĆŃÓ0-9][\w&'’.\-]*|&|(?:de|van|der|den|di|da|del|della|la|le|von|und|and|et|e|y|i))(?:,?\s+))"
_LEGAL_LABEL = (r"(?i:company\s+name|registered\s+name|raison\s+sociale|d[ée]nomination(?:\s+sociale)?|firma|firmenname|"
                r"ragione\s+sociale|denominazione(?:\s+sociale)?|titular|raz[óo]n\s+social|denominaci[óo]n\s+social|"
                r"bedrijfsnaam|statutaire\s+naam|handelsnaam|denomina[çc][ãa]o\s+social|raz[ãa]o\s+social|nazwa(?:\s+firmy)?|"
                r"toiminimi|yrityksen\s+nimi|operator|betreiber|[ée]diteur|editore)\s*[:：]\s*|商号\s*[:：]?\s*|会社名\s*[:：]?\s*")
# "Muster GmbH", "© 2024 Acme, Inc.", "Ragione sociale: Rossi S.r.l.": a company name and its legal form
# opening a line, as legal notices and copyright lines state it.
_LEGAL_NAME = re.compile(
    rf"^(?:{_LEGAL_LABEL})?(?:(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s+)?)?"
    rf"((?:[A-ZÀ-ÝŁŚŻŹĆŃÓ0-9][\w&'’.\-]*,?\s+){_NAME_WORDS}{{0,5}}(?:{LEGAL_FORMS}))(?=$|[\s,;:.)–\-|])"
)
_TRAILING_LEGAL_FORM = re.compile(rf",?\s+(?:{LEGAL_FORMS})$")


def join_labels(lines: list[str]) -> list[str]:
    """Lines with each label line ("Dipendenti", "Gründung:") joined to the value line after it."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index + 1 < len(lines) and len(line) <= 40 and _LABEL_LINE.match(line):
            joined.append(f"{line.rstrip(':： ')}: {lines[index + 1]}")
            index += 2
        else:
            joined.append(line)
            index += 1
    return joined


def employees_in_text(lines: list[str] | str) -> dict[str, int]:
    """employee_count / employee_range_min / employee_range_max from the first mention.

    "10-50 Mitarbeiter" is a range without a count; "250+ employees" and "plus de 200 salariés"
    give a count and a lower bound; "300 employees" gives all three. A year is never a head count:
    "Since 2005 employees…" and "Dal 1998 dipendenti…" state no count.
    """
    for kind, pattern in _EMPLOYEE_PATTERNS:
        for line in [lines] if isinstance(lines, str) else lines:
            for match in pattern.finditer(line):
                if kind == "exact" and _is_year(match, line):
                    continue
                numbers = [_number(g) for g in match.groups()]
                if not all(0 < n < 3_000_000 for n in numbers):
                    continue
                if kind == "range":
                    low, high = sorted(numbers)
                    return {"employee_range_min": low, "employee_range_max": high}
                if kind == "at_least":
                    return {"employee_count": numbers[0], "employee_range_min": numbers[0]}
                return {"employee_count": numbers[0], "employee_range_min": numbers[0], "employee_range_max": numbers[0]}
    return {}


def founded_year_in_text(lines: list[str] | str) -> int | None:
    """The year after "founded in" / "fondata nel" / "opgericht in" / "założona w" (or before
    "gegründet", "perustettu", "年設立"); never a future year."""
    for line in [lines] if isinstance(lines, str) else lines:
        for pattern in (_FOUNDED_AFTER, _FOUNDED_BEFORE):
            for match in pattern.finditer(line):
                year = int(match.group(1))
                if year <= dt.date.today().year:
                    return year
    return None


def legal_name_in_text(lines: list[str]) -> str | None:
    """The first line-opening "Name + legal form" (GmbH, S.r.l., B.V., sp. z o.o., Oy…)."""
    for line in lines:
        if match := _LEGAL_NAME.match(line):
            return match.group(1)
    return None


def name_from_legal_name(legal_name: str | None) -> str | None:
    """"Bergmann Maschinenbau GmbH" -> "Bergmann Maschinenbau", for sites that state no other name."""
    if legal_name is None:
        return None
    return _TRAILING_LEGAL_FORM.sub("", legal_name).strip(" ,") or None


def labelled_value(lines: list[str], labels: str) -> str | None:
    """The text after "Label:" on a line (labels: a regex alternation), e.g. "Settore: Logistica"."""
    pattern = re.compile(rf"(?i)^(?:{labels})\s*[:：]\s*(.{{2,80}})$")
    for line in lines:
        if match := pattern.match(line):
            return match.group(1)
    return None


def scrub_personal(text: str | None) -> str | None:
    """Text without the sentences that carry an e-mail address, a phone number or a person named by
    their role ("founded by …", "CEO …"): half a sentence is worse than none."""
    if text is None:
        return None
    kept = [s for s in _SENTENCE_END.split(" ".join(text.split()))
            if s and not _EMAIL.search(s) and not _has_phone(s) and not _PEOPLE_SENTENCE.search(s)]
    return " ".join(kept) or None


def _is_year(match: re.Match[str], line: str) -> bool:
    """A plausible year (no thousands separator) right after "since", "dal", "sinds", "od"…"""
    text = match.group(1)
    if not re.fullmatch(r"(1[6-9]\d\d|20\d\d)", text):
        return False
    return bool(_YEAR_BEFORE.search(line[: match.start(1)])) or "年" in line[match.end(1): match.end(1) + 2]


def _has_phone(text: str) -> bool:
    """At least 9 digits in a phone-like run: "+1 415 555 0199" is one, "1998-2004" is not."""
    return any(sum(c.isdigit() for c in m.group(0)) >= 9 for m in _PHONE.finditer(text))


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))
