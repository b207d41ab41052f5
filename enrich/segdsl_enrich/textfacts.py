"""Facts stated in running text, in the languages of European company sites (en, fr, de, it, es,
nl, pt, pl, fi, plus Japanese head counts and years): head count, founding year, legal name.
Used only when no structured data says the same thing. Addresses are in `addresses`.

Text arrives as lines (see `lines`): a pattern never spans two paragraphs or two cells, so the
"1998" of a key-figures table is not read with the "Employees" heading that follows it; a label
line ("Dipendenti", "Gründung") is joined to the value line after it instead.
"""

from __future__ import annotations

import re

from segdsl_enrich.founding import NOUNS, SINCE, VERBS, founded_year_in_text
from segdsl_enrich.headcount import STRONG, TEAM_NOUN, employees_in_text

__all__ = ["employees_in_text", "founded_year_in_text", "join_labels", "labelled_value", "legal_name_in_text",
           "name_from_legal_name", "names_partners", "scrub_personal"]

# A label line of a key-figure table ("Dipendenti", "Gründungsjahr", "Headcount", "設立"): short, no digit,
# naming a staff or team noun, a founding word, "since" or an industry; joined to the value line after it.
_LABEL_LINE = re.compile(
    rf"(?i)^[^\d.!?]{{0,40}}(?:{STRONG}|{TEAM_NOUN}|(?<![^\W\d_])(?:{VERBS}|{NOUNS}|{SINCE})|industry|sector|secteur|branche|settore|setor|branża|"
    rf"toimiala|業種|従業員|社員)[^\d.!?]{{0,25}}[:：]?$"
)
# A label's value is short: "1998", "ca. 120", "Logistica"; a paragraph after a heading is not one.
_VALUE_LENGTH = 40
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
# Legal forms of the countries whose sites we read (and a few that European sites often name), longest
# first where one is the start of another. The legal name is the part of a line that ends with one.
LEGAL_FORMS = (
    r"GmbH\s*&\s*Co\.\s*KGaA|GmbH\s*&\s*Co\.\s*KG|UG\s*\(haftungsbeschr[äa]nkt\)|gGmbH|GmbH|Ges\.?\s?m\.?\s?b\.?\s?H\.|AG|"
    r"KGaA|KG|OHG|GbR|PartG(?:\s*mbB)?|mbB|e\.\s?K\.|e\.\s?V\.|eG|UG|SE|"
    r"SASU|S\.A\.S\.U\.|S\.A\.S\.|SAS|SARL|S\.A\.R\.L\.|S\.à\s?r\.l\.|EURL|SELARL|SCOP|SCI|SCA|SCS|SNC|SA/NV|NV/SA|SA|"
    r"\(Pty\)\s*Ltd\.?|Ltd\.?|Limited|LLP|LLC|L\.L\.C\.|Inc\.?|inc\.|Lt[ée]e|lt[ée]e|Corp\.?|PLC|plc|CIC|Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Co\.,?\s*Ltd\.?|K\.K\.|G\.K\.|"
    r"AB\s*\(publ\)|AB|HB|KB|B\.V\.|BV|N\.V\.|NV|VOF|V\.O\.F\.|C\.V\.|CV|BVBA|CVBA|SPRL|SRL|SComm|CommV|"
    r"S\.c\.a\.r\.l\.|S\.c\.r\.l\.|S\.r\.l\.s\.|S\.r\.l\.|Srl|S\.p\.A\.|SpA|S\.a\.p\.a\.|S\.a\.s\.|S\.n\.c\.|Soc\.\s*Coop\.|Sagl|"
    r"S\.L\.U\.|S\.L\.L\.|S\.L\.P\.|S\.L\.|SLP|SL|S\.A\.U\.|S\.A\.|SLU|S\.\s?Coop\.(?:\s?[A-Z][a-z]{1,4}\.)?|S\.C\.|"
    r"Unipessoal\s+Lda\.?|Lda\.?|Ltda\.?|SGPS|"
    r"sp\.\s*z\s*o\.\s*o\.|Sp\.\s*z\s*o\.\s*o\.|S\.K\.A\.|sp\.\s*[jk]\.|Sp\.\s*[jk]\.|s\.\s?c\.|"
    r"Α\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|"
    r"Oyj|Oy\s+Ab|Oy|Ab|Ky|Tmi|ApS|A/S|I/S|P/S|IVS|ASA|AS|"
    r"s\.\s?r\.\s?o\.|a\.\s?s\.|v\.\s?o\.\s?s\.|k\.\s?s\.|Kft\.|Zrt\.|Nyrt\.|Bt\.|d\.o\.o\.|d\.d\.|OÜ|SIA|UAB|ehf\.|hf\."
)
_NAME_WORDS = (r"(?:(?:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽĐΑ-Ω0-9][\w&'’.\-]*|&|(?:de|van|der|den|di|da|del|della|la|le|von|und|and|et|e|y|i|"
               r"do|dos|das|du|des|és|un|ir|in|og|och|ja|a)|[dl]['’][\w\-]+|\((?-i:[A-Z])[\w'’\- ]{1,30}\))(?:,?\s+))")
# Central and Eastern European names keep common nouns in lower case ("Arhitektonski ured Horvat & Kos d.o.o.",
# "Nemuno baldai", "Ozols un partneri SIA"): lower-case words are part of a name only before these forms.
_EAST_FORMS = r"d\.o\.o\.|d\.d\.|Kft\.|Zrt\.|Bt\.|s\.\s?r\.\s?o\.|a\.\s?s\.|Sp\.\s*z\s*o\.\s*o\.|sp\.\s*z\s*o\.\s*o\.|SIA|UAB|OÜ|AS|ehf\.|hf\.|s\.p\."
_EAST_LEGAL_NAME = re.compile(
    rf"((?:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽĐ][\w&'’.\-]*,?\s+)(?:(?:(?-i:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽĐ])[\w&'’.\-]*|(?-i:[a-zà-žł])[^\W\d_]{{3,}}|"
    rf"&|un|ir|in|i|a|és|og|ja),?\s+){{0,5}}(?:{_EAST_FORMS}))(?=$|[\s,;:.)–\-|·])"
)
# Baltic forms written first: "UAB Nemuno baldai", "SIA Zaļā birzs", "OÜ Saare Puit".
_EAST_PREFIX_LEGAL_NAME = re.compile(
    r"((?:UAB|AB|SIA|AS|OÜ|MB|IĮ)\s+[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽĀĒĪŪĶĻŅĢ][\w'’\-]*(?:\s+(?:[\w'’\-]+|&)){0,3}?)(?=\s*(?:$|[,·|–]|\s-\s))"
)
# A label before the name ("Ragione sociale:", "Nom de la société :", "Inhaber:", "Właściciel:") names the
# company or its owner, never its web host, designer, bank or insurer (an Impressum lists those too).
_LABEL_STEMS = re.compile(
    r"(?i)(?<![^\W\d_])(?:compan|firm|name|nom\b|nome|nombre|naam|nazw|nimi|toiminimi|yritys|soci[ée]t|societ|sociedad|"
    r"entreprise|unternehmen|azienda|empresa|bedrijf|onderneming|vennootschap|sp[óo][łl]k|raison|d[ée]nomina|ragione|"
    r"raz[óo]n|raz[ãa]o|titular|inhaber|owner|propri[ée]t|propietari|propriet[áa]ri|eigenaar|w[łl]a[śs]ciciel|omistaja|"
    r"operator|betreiber|exploitant|[ée]diteur|editore|editor\b|herausgeber|anbieter|responsable|publisher|handelsnaam|"
    r"statutaire|entity|rechtstr[äa]ger|legal|"
    # the data controller of a privacy notice
    r"administrator|administratorem|p[āa]rzinis|controller|verantwortlich|verwerkingsverantwoordelijke|adatkezel|"
    r"voditelj\s+obrade|upravljavec|spr[áa]vce|prev[áa]dzkovate|vastutav|valdytoj)|社名|商号|会社名|企業名|運営会社|運営者|販売業者|事業者"
)
LABEL_BLOCKED = re.compile(
    r"(?i)host|h[ée]berg|ospit|aloja|hosped|design|agen[ct]|photo|foto|bild|image|cr[ée]dit|partner|client|kunde|klant|"
    r"sponsor|bank|banque|banca|banco|versicher|assur|insur|seguro|auditor|pr[üu]fer|revisor|steuer|tax|registrar|"
    r"kammer|chamber|camera|authority|beh[öo]rde|autorit"
)
_LABEL = re.compile(r"^([^\d:：©]{2,60}?)\s*[:：]\s*")
_COPYRIGHT = r"(?:(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?)?"
# "Muster GmbH", "© 2024 Acme, Inc.", "Ragione sociale: Rossi S.r.l.": a company name and its legal form
# opening a line (after its label, if any), as legal notices and copyright lines state it.
_LEGAL_NAME = re.compile(
    rf"{_COPYRIGHT}((?:[A-ZÀ-ÝŁŚŻŹĆŃÓŠČŽĐΑ-Ω0-9][\w&'’.\-]*,?\s+){_NAME_WORDS}{{0,8}}(?:{LEGAL_FORMS}))(?=$|[\s,;:.)–\-|·])"
)
# "VetMondego - Clínica Veterinária, Lda.": a brand, a dash, what it does, a comma and the form (Portugal,
# Spain). Only with that comma: "Kontakt - Müller GmbH" is a heading, not a name.
_DASHED_LEGAL_NAME = re.compile(
    rf"((?:[A-ZÀ-ÝŁŚŻŹĆŃÓ][\w&'’.\-]*\s+){{1,3}}[-–]\s+{_NAME_WORDS}{{1,5}}?[^\W\d_]+,\s*(?:{LEGAL_FORMS}))(?=$|[\s,;:.)|])"
)
# French forms written first: "SARL Garage Martin et Fils - …", "SAS Biscuiterie Roux, capital …".
_PREFIX_FORMS = r"SARL|SASU|SAS|EURL|SELARL|SCI|SNC"
_PREFIX_LEGAL_NAME = re.compile(
    rf"((?:{_PREFIX_FORMS})\s+[A-ZÀ-Ý][\w'’\-]*(?:\s+(?:(?:et|de|du|des|&)\s+)?[A-ZÀ-Ý][\w'’\-]*)*)(?=\s*(?:$|[,·|–]|\s-\s))"
)
_LEADING_LEGAL_FORM = re.compile(rf"^(?:{_PREFIX_FORMS})\s+")
# Japanese legal forms stand before or after the name: 株式会社サクラ, サクラ株式会社.
_JA_LEGAL_NAME = re.compile(r"((?:株式会社|有限会社|合同会社)\s?[^\s、。,，（(｜|]{1,30}|[^\s、。,，（(｜|:：]{1,30}?(?:株式会社|有限会社|合同会社))")
_JA_LEGAL_FORM = re.compile(r"^(?:株式会社|有限会社|合同会社)\s?|\s?(?:株式会社|有限会社|合同会社)$")
# Phrases after which a legal notice names the site's owner mid-sentence: "is de handelsnaam van …",
# "a trading name of …", "el titular de este sitio web es …", "édité par …".
_OWNER_INTRO = re.compile(r"(?i)(?<![^\W\d_])(?:handelsnaam\s+van|trading\s+(?:name|style)\s+of|titular\b[^.:;]{0,30}?\s(?:es|é)|"
                          r"[ée]dit[ée]\s+par|herausgegeben\s+von)\s+")
_TRAILING_LEGAL_FORM = re.compile(rf",?\s+(?:{LEGAL_FORMS})$")


# Counter widgets put the figure first: "1998 / Anno di fondazione / 45 / Dipendenti / 1.200 / Clienti".
_FIGURE = re.compile(r"^(?:[<>~≈+]|ca\.?|approx\.?)?\s*\d[\d.,'’\u00a0\u202f ]{0,9}\s*(?:\+|%|k|m)?$", re.I)
_CAPTION = re.compile(r"^[^\d]{1,40}$")


def join_labels(lines: list[str]) -> list[str]:
    """Lines with each label line ("Dipendenti", "Gründung:") joined to the value line after it,
    and each figure of a counter widget joined to the caption under it ("45 Dipendenti")."""
    joined: list[str] = []
    figures, unclear = _counter_runs(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in figures:
            joined.append(f"{line} {lines[index + 1]}")
            index += 2
            continue
        if index in unclear:
            joined.append(line)
            index += 1
            continue
        if (index + 1 < len(lines) and len(line) <= 40 and len(lines[index + 1]) <= _VALUE_LENGTH
                and _LABEL_LINE.match(line)):
            joined.append(f"{line.rstrip(':： ')}: {lines[index + 1]}")
            index += 2
        else:
            joined.append(line)
            index += 1
    return joined


def _counter_runs(lines: list[str]) -> tuple[set[int], set[int]]:
    """(figures of counter widgets, lines of unclear tables). A counter run is at least two
    (figure, caption) pairs that starts with a figure. The line before it decides how it reads:
    a long line or none, figures first ("45 / Dipendenti"); a label ("Gründung"), labels first, as
    before; another short line ("In cifre" or "Standorte") could be either, so nothing in the run
    is joined: a heading and a label look alike, and a wrong pairing is a wrong fact."""
    figures: set[int] = set()
    unclear: set[int] = set()
    index = 0
    while index < len(lines):
        start = index
        while index + 1 < len(lines) and _FIGURE.match(lines[index]) and _CAPTION.match(lines[index + 1]) \
                and not lines[index + 1].rstrip().endswith((":", "：")):
            index += 2
        if (index - start) // 2 >= 2:
            before = lines[start - 1] if start > 0 else ""
            if not _CAPTION.match(before):
                figures.update(range(start, index, 2))
            elif not _LABEL_LINE.match(before):
                unclear.update(range(start - 1, index))
        index = index + 1 if index == start else index
    return figures, unclear


# A postcode's letters that spell a legal form: "Steenstraat 20, 4561 AS" (Dutch "1234 AB") is an address.
_ADDRESS_NAME = re.compile(r"\d{4}\s?[A-Z]{2}$|\d+\s*,\s*\d{3,}")


# What a legal form carries after it in the register: the partners of an Italian partnership ("S.n.c. di
# Santoro Nicola & C."), a cooperative's kind ("Soc. Coop. Agricola", "Soc. Coop. a r.l."), a German
# professional firm's kind ("mbB Steuerberatungsgesellschaft", "GmbH Wirtschaftsprüfungsgesellschaft").
_FORM_TAIL = re.compile(
    r"\s+(?:di\s+(?-i:[A-Z])[\w'’]+(?:\s+(?-i:[A-Z])[\w'’]+){0,3}\s*&\s*C\.(?:\s*(?:S\.n\.c\.|S\.a\.s\.))?|"
    r"(?:Agricola|Sociale|Agricole|Agr[íi]cola)(?:\s+a\s+r\.\s?l\.)?|a\s+r\.\s?l\.|"
    r"(?:Steuerberatungs|Rechtsanwalts|Wirtschaftspr[üu]fungs|Patentanwalts|Buchpr[üu]fungs)gesellschaft)(?=$|[\s,;·|–])")


def legal_name_in_text(lines: list[str]) -> str | None:
    """The first line-opening "Name + legal form" (GmbH, S.r.l., B.V., sp. z o.o., Oy, 株式会社…),
    after a label naming the company or its owner, if any."""
    for line in lines:
        text = line
        if (label := _LABEL.match(line)) is not None:
            if not _LABEL_STEMS.search(label.group(1)) or LABEL_BLOCKED.search(label.group(1)):
                continue
            text = line[label.end():]
        if (match := (_LEGAL_NAME.match(text) or _JA_LEGAL_NAME.match(text) or _DASHED_LEGAL_NAME.match(text)
                      or _PREFIX_LEGAL_NAME.match(text) or _EAST_LEGAL_NAME.match(text)
                      or _EAST_PREFIX_LEGAL_NAME.match(text))) and not _ADDRESS_NAME.search(match.group(1)):
            tail = _FORM_TAIL.match(text, match.end(1))
            if tail and re.match(r"(?i)\s*(?:agr|soc|a\s)", tail.group(0)) and not re.search(r"(?i)coop\.?$", match.group(1)):
                tail = None  # "Agricola", "Sociale", "a r.l." follow a cooperative's form only
            return match.group(1) + (tail.group(0) if tail else "")
    for line in lines:
        for intro in _OWNER_INTRO.finditer(line):
            if match := _LEGAL_NAME.match(line, intro.end()):
                return match.group(1)
    return None


_NAME_QUALIFIER = re.compile(
    r"(?:\s+(?:Inh\.|Inhaber(?:in)?:?|Prop\.|Propr\.|Owner:?|eig\.|Eig\.)\s.*"
    r"|(?<=[^\W\d_]{3}|..\.)\s+di\s+(?-i:[A-Z][\w'’]+)(?:\s+(?-i:[A-Z][\w'’]+))*\s*&\s*C\.?"
    r"|\s+\((?-i:[A-Z])[^\W\d_]+(?:[\s\-][^\W\d_]+)?\))$")


def name_from_legal_name(legal_name: str | None) -> str | None:
    """"Bergmann Maschinenbau GmbH" -> "Bergmann Maschinenbau", for sites that state no other name."""
    if legal_name is None:
        return None
    legal_name = _NAME_QUALIFIER.sub("", _TRAILING_LEGAL_FORM.sub("", legal_name)).strip(" ,–-")
    name = _JA_LEGAL_FORM.sub("", _LEADING_LEGAL_FORM.sub("", _TRAILING_LEGAL_FORM.sub("", legal_name))).strip(" ,")  # 株式会社サクラ -> サクラ
    # The owner or general partners named after the business ("Hotel Zur Linde Inh. Thomas Will",
    # "Hotel Al Cervo di Pederiva Luca & C.") and a registration qualifier ("Hartley & Sons (Sheffield)")
    # belong to the legal name only; the first names a person.
    name = _NAME_QUALIFIER.sub("", name).strip(" ,–-")
    return name or None


def labelled_value(lines: list[str], labels: str) -> str | None:
    """The text after "Label:" on a line (labels: a regex alternation), e.g. "Settore: Logistica"."""
    pattern = re.compile(rf"(?i)^(?:{labels})\s*[:：]\s*(.{{2,80}})$")
    for line in lines:
        if match := pattern.match(line):
            return match.group(1)
    return None


# An Italian partnership's register name lists its partners: "Oleificio Santoro S.n.c. di Santoro Nicola & C."
_PARTNERS = re.compile(r"\bdi\s+(?-i:[A-Z])[\w'’]+(?:\s+(?-i:[A-Z])[\w'’]+){0,3}\s*&\s*C\.")


def names_partners(legal_name: str | None) -> bool:
    """Whether a legal name carries its partners' given names and surnames. Such a name is personal
    data (people named in a company register), so it is not stored, although it is the right one;
    the brand before it still is."""
    return legal_name is not None and _PARTNERS.search(legal_name) is not None


def scrub_personal(text: str | None) -> str | None:
    """Text without the sentences that carry an e-mail address, a phone number or a person named by
    their role ("founded by …", "CEO …"): half a sentence is worse than none."""
    if text is None:
        return None
    kept = [s for s in _SENTENCE_END.split(" ".join(text.split()))
            if s and not _EMAIL.search(s) and not _has_phone(s) and not _PEOPLE_SENTENCE.search(s)]
    return " ".join(kept) or None


def _has_phone(text: str) -> bool:
    """At least 9 digits in a phone-like run: "+1 415 555 0199" is one, "1998-2004" is not."""
    return any(sum(c.isdigit() for c in m.group(0)) >= 9 for m in _PHONE.finditer(text))

