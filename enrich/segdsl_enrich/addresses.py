"""A postal address from a page's text lines, in the formats of European (and a few other)
countries: "80331 München", "20121 Milano (MI)", "1015 CJ Amsterdam", "1100-053 Lisboa",
"00-238 Warszawa", "London EC2V 6AA", "Sydney NSW 2000", "San Francisco, CA 94105", "〒100-0005".

A line is cut into parts at commas and dashes ("Via Verdi 12, 20121 Milano (MI), Italia" is three
parts), so a footer's one-line address reads like an `<address>` block: the part before the
postcode is the street when it looks like one, the part after it the country when it names one.
"""

from __future__ import annotations

import re

from segdsl_enrich.countries import country_code
from segdsl_enrich.postcodes import postcode_pattern, valid_postcode
from segdsl_enrich.textfacts import LABEL_BLOCKED, LEGAL_FORMS

# A place name starts with a capital ("50-100 pracowników" is a head count, not "00-238 Warszawa").
_CITY = r"((?=[^\W\d_])[^\W\d_a-zà-ÿąćęłńóśźż][\w'’.\-]*(?:[ \-/][^\W\d_][\w'’.\-]*){0,3})"
# "20121 Milano (MI)", "20121 Milano MI": an Italian province code is not part of the place name.
_PROVINCE = re.compile(r"\s*\((?:[A-Z]{2}|[A-Z][^\W\d_]+)\)$|(?<=[a-zà-ÿ])\s+[A-Z]{2}$")
# "75008 Paris Cedex 08", "110 00 Praha 1": a delivery office or district number after the place.
_DISTRICT = r"(?:\s+(?:cedex|CEDEX|Cedex)(?:\s+\d{1,2})?|\s+\d{1,2})?"
# A country prefix before the postcode: licence-plate letters ("D-80331", "CH-8001") or ISO ("SE-114 55").
_PREFIX = r"(?:([A-Z]{1,3})[-‑])?"
# (postcode regex, needs corroboration): a bare 4-digit number is a postcode only next to a street
# or a country, since "2019 Innovation Award" has the same shape.
_POSTCODE_FIRST: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(pattern), loose)
    for pattern, loose in (
        (rf"^{_PREFIX}(\d{{5}})\s+{_CITY}{_DISTRICT}$", False),       # DE FR IT ES FI (D-80331)
        (rf"^{_PREFIX}(\d{{3}}\s\d{{2}})\s+{_CITY}{_DISTRICT}$", False),  # SE CZ SK GR
        (rf"^()(\d{{4}}\s?[A-Z]{{2}})\s+{_CITY}$", False),              # NL
        (rf"^()(\d{{4}}-\d{{3}})\s+{_CITY}$", False),                   # PT
        (rf"^()(\d{{2}}-\d{{3}})\s+{_CITY}$", False),                   # PL
        (rf"^{_PREFIX}(\d{{4}})\s+{_CITY}{_DISTRICT}$", True),          # AT CH BE DK NO HU LU
    )
)
# Irish Eircode ("D02 X285"): a routing key and a unique identifier.
_EIRCODE = re.compile(r"^(?:(.*?),?\s+)?((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})$")
# City-states whose capital has the country's name: "L-1234 Luxembourg".
_CITY_STATES = frozenset({"LU", "MC", "SM", "VA", "SG"})
_UK = re.compile(r"^(?:(.*?),?\s+)?([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$")
_AU = re.compile(rf"^{_CITY}\s+(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+(\d{{4}})$")
_US = re.compile(r"^([A-Za-z .'\-]{2,40}),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$")
_US_STATE_ZIP = re.compile(r"^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$")
_JP = re.compile(r"〒\s?(\d{3}-\d{4})")
_PARTS = re.compile(r"\s*[,|·•–—]\s*|\s+-\s+")
_STREET_HINT = re.compile(r"\d")
# A house number cut off its street by a comma: "C/ Ercilla, 24", "Rua da Indústria, 250", "Ctra. de X, km 2".
_HOUSE_NUMBER = re.compile(r"(?i)(?:km\.?\s*)?\d{1,5}(?:\s?[a-z])?(?:\s?[/-]\s?[\da-z]{1,4})?")
_LEGAL_FORM = re.compile(rf"(?<![\w.])(?:{LEGAL_FORMS})(?![\w])")  # "Acme GmbH, 12, 80331 München": no street
_STREET_NAME = re.compile(r"[^\W\d_][^\d:]{2,60}")
# A label before a street: "Registered office: 12 High St", "Sede di Milano: Corso …", "Domicilio: …".
_STREET_LABEL = re.compile(r"^[^\d:：]{2,40}[:：]\s*(?=\S)")
# Countries whose formats the rules above read: the country-anchored search is for the others only.
_FORMATS_READ = frozenset({"DE", "FR", "IT", "ES", "FI", "SE", "CZ", "SK", "GR", "NL", "PT", "PL", "AT", "CH", "BE", "DK",
                           "NO", "HU", "LU", "IE", "GB", "US", "AU", "JP"})
# Words that name a postcode ("CEP 01310-100", "C.P. 64000", "ZIP 10001") and units after a street.
_POSTCODE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:cep|c\.\s?p\.|cp|código\s+postal|postal\s+code|postcode|"
                            r"zip(?:\s+code)?|plz)(?![^\W\d_])\.?\s*:?")
_UNIT = re.compile(r"(?i)#?\s?[\d\-]+[ºª]?|(?:piso|planta|bureau|suite|unit|floor|étage|apt\.?|apto\.?|sala|andar)\s*\d+\w*|"
                   r"\d+\s*(?:º|ª|n|r|t|er|e|st|nd|rd|th)|"
                   # "3. Stock", "2. OG", "1er étage", "3° piano", "2e verdieping", "3. emelet", "Top 5", "Stiege 2"
                   r"(?:\d{1,2}\s*(?:\.|º|°|ª|e|er|re|ème|st|nd|rd|th)?\s*(?:stock|og|obergeschoss|etage|stockwerk|floor|étage|piano|"
                   r"verdieping|piętro|pietro|emelet|patro|poschodie|nadstropje|kat|korrus|stāvs|aukštas|etasje|våning|sal|hæð)"
                   r"|(?:top|stiege|tür|stock|etage)\s*\d{1,3}\w?)")
# A post-office box is no street: "PO Box 3122", "Postfach 12 34", "Case postale 1001", "Postboks 6886".
_PO_BOX = re.compile(r"(?i)(?<![^\W\d_])(?:p\.?\s?o\.?\s?box|post\s+office\s+box|private\s+bag|postfach|case\s+postale|"
                     r"bo[iî]te\s+postale|b\.?p\.?(?=\s*\d)|cp(?=\s+\d)|casella\s+postale|apartado(?:\s+de\s+correos)?|"
                     r"caixa\s+postal|postbus|postboks|postbox|box(?=\s+\d)|p[óo]sth[óo]lf|skrytka\s+pocztowa|"
                     r"pošt(?:ni|anski)\s+pretinac|p\.?\s?p\.?(?=\s+\d)|postiloker[oi]|pastkast[ei]|pašto\s+dėžutė)(?![^\W\d_])")
# An Irish or British street without a house number ("Main Street, Glenbrack, Co. Cork").
_NAMED_STREET = re.compile(r"^(?:[A-Z][\w'’\-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Square|Place|Terrace|Quay|Row|Hill|Way|"
                           r"Drive|Close|Crescent|Parade|Green|Mall)$")
_REGION_CODE = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")  # "SP", "N.L.", "QC"
# "Paris, France", "based in Lyon, France": a capitalised place, a comma, a country name.
_CITY_COUNTRY = re.compile(r"\b([A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){0,2}),\s*([^\W\d_][^\d,.;()]{1,40}?)"
                           r"(?=$|\s*[.;,)]|\s+[a-z\d])")
# International licence-plate prefixes before a postcode: "D-80331 München", "CH-8001 Zürich".
_PREFIXES = {"D": "DE", "F": "FR", "I": "IT", "A": "AT", "CH": "CH", "B": "BE", "NL": "NL", "L": "LU", "E": "ES",
             "P": "PT", "S": "SE", "DK": "DK", "N": "NO", "PL": "PL", "FI": "FI", "H": "HU", "CZ": "CZ"}


# British and Irish counties, written between the town and the postcode ("Skipton, North Yorkshire BD23 2NB"):
# a region, never the locality. Durham and a few others are also towns, so only names that are not.
_UK_COUNTY = re.compile(
    r"(?i)^(?:(?:north|south|east|west)\s+)?(?:[\w\-]+shire|yorkshire|cornwall|devon|dorset|somerset|kent|essex|suffolk|"
    r"norfolk|surrey|sussex|middlesex|cumbria|northumberland|merseyside|greater\s+(?:london|manchester)|tyne\s+(?:and|&)\s+wear|"
    r"(?:west\s+)?midlands|rutland|isle\s+of\s+wight|east\s+riding\s+of\s+yorkshire|fife|highland|argyll(?:\s+(?:and|&)\s+bute)?|"
    r"powys|gwynedd|ceredigion|anglesey|isle\s+of\s+anglesey|co\.?\s+\w+|county\s+\w+)$")
# Hungarian addresses put the street after the town ("6000 Kecskemét, Kiskőrösi út 42."): a street type
# of Hungarian names it, and says the country.
_HU_STREET = re.compile(r"(?i)(?<![^\W\d_])(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|sétány|rakpart|dűlő|"
                        r"fasor|lakótelep|liget|park)(?![^\W\d_])[^,]{0,12}\d")
# Canada: "Saint-Georges (Québec) G5Y 5C1", "Toronto, ON M5V 2T6": a shape no other country uses.
_CA = re.compile(r"^(?:(.*?)\s*(?:\((?:Qu[ée]bec|Ontario|Alberta|Manitoba|Saskatchewan|Nouvelle-[ÉE]cosse|Nova\s+Scotia|"
                 r"Nouveau-Brunswick|New\s+Brunswick|Colombie-Britannique|British\s+Columbia)\)|,?\s+(?:QC|ON|BC|AB|MB|SK|NS|NB|NL|"
                 r"PE|YT|NT|NU))?\s+)?([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d)$")
# The label of a line that gives someone else's address: the web host, the designer, a bank.
_OTHERS_LABEL = re.compile(r"^([^\d:：]{2,40})[:：]")
_TOWN = re.compile(r"[A-Z][\w'’.\-]*(?:[ \-](?:upon|on|in|under|le|next|the|by|[A-Z][\w'’.\-]*))*")


def address_in_text(lines: list[str]) -> dict[str, str]:
    """street_address, locality, region, postal_code, country_code (those stated), or {}."""
    # "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix": the host's address is not the company's.
    lines = [line for line in lines if not ((label := _OTHERS_LABEL.match(line)) and LABEL_BLOCKED.search(label.group(1)))]
    parts = [part for line in lines for part in _PARTS.split(line) if part]
    po_box: dict[str, str] | None = None
    for index, part in enumerate(parts):
        before = parts[index - 1] if index else ""
        # "…, France. Directeur de la publication : …": the country ends its sentence.
        after = re.split(r"(?<=[^\W\d_])[.;]\s", parts[index + 1])[0] if index + 1 < len(parts) else ""
        facts = _postcode_part(part, before, after)
        if not facts and (match := _US_STATE_ZIP.match(part)) and re.fullmatch(r"[A-Za-z .'\-]{2,40}", before):
            # "San Francisco, CA 94105" was cut at its comma: the city is the part before.
            facts = {"locality": before, "region": match.group(1), "postal_code": match.group(2), "country_code": "US"}
            before = parts[index - 2] if index >= 2 else ""
        if not facts:
            continue
        if facts.get("country_code") == "GB" and _UK_COUNTY.match(facts.get("locality", "")):
            # "Skipton, North Yorkshire BD23 2NB": the county is a region; the town is the part before.
            facts["region"] = facts.pop("locality")
            if _TOWN.fullmatch(before) and not _UK_COUNTY.match(before):
                facts["locality"] = before
                before = parts[index - 2] if index >= 2 else ""
        if facts.get("country_code") in ("IE", "GB") and _UK_COUNTY.match(facts.get("locality", "")):
            # "Main Street, Glenbrack, Co. Cork, P51 X2K4": the county is a region, the town the part before.
            facts["region"] = facts.pop("locality")
            town = parts[index - 2] if index >= 2 else ""
            if _TOWN.fullmatch(town) and not _UK_COUNTY.match(town) and not _NAMED_STREET.match(town):
                facts["locality"] = town
                before = parts[index - 3] if index >= 3 else ""
            if _NAMED_STREET.match(before):
                facts["street_address"] = before
        district = r"(?:\s+\d{1,2})?" if facts.get("country_code") == "IE" else ""
        if facts.get("locality") and re.fullmatch(re.escape(facts["locality"]) + district, before):
            # "Dublin 2, D02 X285"; but "Lun 36, 53294 Lun" is a village's house number
            before = parts[index - 2] if index >= 2 else ""
        if "street_address" not in facts and _HU_STREET.search(after) and not _is_street(before):
            facts["street_address"] = after  # "6000 Kecskemét, Kiskőrösi út 42."
            facts.setdefault("country_code", "HU")
            after = parts[index + 2] if index + 2 < len(parts) else ""
        if "street_address" not in facts and (street := _street(parts, index, before)):
            facts["street_address"] = street
        if "country_code" not in facts and (country := _country_after(parts, index, after)):
            facts["country_code"] = country
        if valid_postcode(facts["postal_code"], facts.get("country_code")) is False:
            continue  # "1234 Berlin, Deutschland": not a German postcode, so not an address
        if _po_box_before(parts, index):
            po_box = po_box or facts  # the postal address: a visiting address further on wins
            continue
        return facts
    if facts := _anchored_by_country(lines):
        return facts
    if po_box:
        return {key: value for key, value in po_box.items() if key != "street_address"}
    for line in lines:
        for match in _CITY_COUNTRY.finditer(line):
            if country := country_code(match.group(2), codes=False):
                return {"locality": match.group(1), "country_code": country}
    return {}


def _country_after(parts: list[str], index: int, after: str) -> str | None:
    """The country named after a postcode: in the next part, or past registration numbers and a
    region code ("36-100 Kolbuszowa · NIP 814-160-22-71 · KRS 0000288411 · Polska", "Puebla, Pue., México")."""
    if country := country_code(after, codes=False):
        return country
    for part in parts[index + 1: index + 4]:
        part = re.split(r"(?<=[^\W\d_])[.;]\s", part)[0].strip()
        if country := country_code(part, codes=False):
            return country
        if not (re.search(r"\d", part) and len(part) <= 30) and not _REGION_CODE.match(part.rstrip(".")) \
                and not re.fullmatch(r"[A-Z][a-z]{1,3}\.", part):
            return None
    return None


def _postcode_part(part: str, before: str, after: str) -> dict[str, str]:
    # "46021 Valencia (España)": a country in brackets is the country, not a province.
    if (bracket := re.search(r"\s*\(([^()]+)\)$", part)) and (named := country_code(bracket.group(1), codes=False)):
        facts = _postcode_part(part[: bracket.start()], before, after)
        return {**facts, "country_code": facts.get("country_code", named)} if facts else {}
    part = _PROVINCE.sub("", part)
    if (label := _STREET_LABEL.match(part)) and part[label.end():][:1].isdigit():
        part = part[label.end():]  # "Iroda: 1052 Budapest", "Sede: 20121 Milano"
    if match := _JP.search(part):
        return {"postal_code": match.group(1), "country_code": "JP"}
    for pattern, loose in _POSTCODE_FIRST:
        if match := pattern.match(part):
            prefix, postcode, city = match.group(1), match.group(2), match.group(3).strip()
            named = country_code(city, codes=False)
            if named and named not in _CITY_STATES:
                return {}
            country = _PREFIXES.get(prefix or "") or (country_code(prefix) if prefix and len(prefix) == 2 else None)
            if prefix and country is None:
                return {}
            if loose and not (prefix or _is_street(before) or country_code(after, codes=False) or _HU_STREET.search(after)):
                return {}
            facts = {"postal_code": postcode, "locality": re.sub(r"(?i)\s+cedex$", "", city)}
            if country:
                facts["country_code"] = country
            return facts
    if match := _CA.match(part):
        facts = {"postal_code": match.group(2), "country_code": "CA"}
        if match.group(1) and re.fullmatch(_CITY, match.group(1)):
            facts["locality"] = match.group(1)
        return facts
    if match := _AU.match(part):
        return {"locality": match.group(1), "region": match.group(2), "postal_code": match.group(3), "country_code": "AU"}
    if match := _US.match(part):
        return {"locality": match.group(1).strip(), "region": match.group(2), "postal_code": match.group(3), "country_code": "US"}
    if match := _UK.match(part):
        facts = {"postal_code": match.group(2), "country_code": "GB"}
        if match.group(1):
            facts["locality"] = match.group(1).strip()
        return facts
    if (match := _EIRCODE.match(part)) and (country_code(after, codes=False) == "IE" or re.match(r"(?i)dublin\b", before)):
        facts = {"postal_code": match.group(2), "country_code": "IE"}
        place = match.group(1) or before
        if place and re.fullmatch(r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?(?: \d{1,2})?", place):
            facts["locality"] = re.sub(r" \d{1,2}$", "", place)
        return facts
    return {}


def _street(parts: list[str], index: int, before: str) -> str | None:
    """The street in the part before the postcode, without a label before it, with its name put
    back when a comma cut it off its house number ("C/ Ercilla, 24")."""
    # "… a trading name of E. Whitlock. 27 High Street": the street is the last sentence's start.
    sentences = re.split(r"(?<=[^\W\d_]{4})[.!?]\s+", before)
    if len(sentences) > 1 and len(sentences[-2].split()) >= 4:
        before = sentences[-1]
    before = _STREET_LABEL.sub("", before)
    if _PO_BOX.search(before):
        return None
    if (_is_unit(before) and re.search(r"[^\W\d_]{2}", before) and index >= 2 and not _is_unit(parts[index - 2])
            and not _PO_BOX.search(parts[index - 2])):
        return _street(parts, index - 1, parts[index - 2])  # "Wipplingerstraße 21, 3. Stock, 1010 Wien"
    if not re.search(r"\d", before) and index >= 2 and re.fullmatch(r"\d{1,5}[a-z]?", parts[index - 2]) \
            and _STREET_NAME.fullmatch(before) and not country_code(before, codes=False):
        return f"{parts[index - 2]}, {before}"  # Québec: "245, rang Saint-Joseph"
    if _is_unit(before) and re.search(r"[^\W\d_]{3}", before):
        return None  # "bureau 900" is no street
    if (not re.search(r"\d", before) and index >= 2
            and re.fullmatch(r"(?:(?:Col\.|Colonia|Fracc\.|Barrio|Bairro)\s+)?[A-ZÀ-Ý][^\W\d_]+(?: [A-ZÀ-Ý][^\W\d_]+)?", before)
            and _is_street(street := _STREET_LABEL.sub("", parts[index - 2])) and re.search(r"[^\W\d_]{3}", street)
            and not _LEGAL_FORM.search(street) and len(street.split()) <= 5):
        unit = parts[index - 3] if index >= 3 and re.fullmatch(r"(?i)(?:unit|suite|shop|flat|office)\s+\w{1,5}", parts[index - 3]) else ""
        return f"{unit}, {street}" if unit else street  # a district between: "Calle 6 Norte 1208, Centro, 72000 Puebla"
    if _HOUSE_NUMBER.fullmatch(before):
        name = _STREET_LABEL.sub("", parts[index - 2]) if index >= 2 and parts[index - 1].endswith(before) else ""
        if not _STREET_NAME.fullmatch(name) or country_code(name, codes=False) or _LEGAL_FORM.search(name):
            return None
        return f"{name}, {before}"
    if re.search(r"[^\W\d_]{2}\.$", before) and len(before.split()) > 4:
        return None  # "We've dressed more than 400 weddings.": a sentence, not a street
    return before if _is_street(before) and re.search(r"[^\W\d_]{2}", before) else None


def _anchored_by_country(lines: list[str]) -> dict[str, str]:
    """An address of a country outside the usual formats ("C.P. 64000, Monterrey, N.L., México",
    "Montréal (Québec) H3B 4W8 · Canada", "Singapore 486162"): a line names the country, and a part
    before it holds a postcode of that country's format (Google's address data)."""
    for line in lines:
        if not any(c.isdigit() for c in line):
            continue
        parts = [part for part in _PARTS.split(line) if part]
        for last, part in enumerate(parts):
            if len(part) > 40 or not part[0].isupper():
                continue  # a country is named by a short capitalised part
            country = country_code(part, codes=False) or country_code(re.sub(r"[\d\s]+$", "", part), codes=False)
            pattern = postcode_pattern(country) if country and country not in _FORMATS_READ else None
            if pattern is None:
                continue
            code = re.compile(rf"(?<![\w\-])(?-i:{pattern.pattern.removeprefix('(?i)')})(?![\w\-])")
            po_box: dict[str, str] | None = None
            for index in range(last, max(-1, last - 8), -1):
                if (match := code.search(parts[index])) is None or re.fullmatch(r"1[89]\d\d|20\d\d", match.group(0)):
                    continue  # "Seit 1998 · Schweiz": a year, not a postcode
                if _po_box_before(parts, index):
                    po_box = po_box or {"postal_code": match.group(0), "country_code": country}
                    continue  # "14 Main Road, Paarl, 7646 · PO Box 3122, Paarl, 7620": the visiting address wins
                if last - index > 3 and po_box is None:
                    break
                facts = {"postal_code": match.group(0), "country_code": country}
                if locality := _place(parts, index, last, match):
                    facts["locality"] = locality
                if index >= 1 and (street := _street(parts, index - 1 if _is_unit(parts[index - 1]) else index,
                                                     parts[index - 2] if _is_unit(parts[index - 1]) and index >= 2
                                                     else parts[index - 1])):
                    facts["street_address"] = street
                return facts
            if po_box:
                return po_box
    return {}


def _po_box_before(parts: list[str], index: int) -> bool:
    """Whether the postcode at `index` belongs to a post-office box: the box is in its part or one
    of the two parts before it ("PO Box 3122, Paarl, 7620", "Postfach 1234, 70001 Stuttgart")."""
    return any(_PO_BOX.search(part) for part in parts[max(0, index - 2): index + 1])


def _place(parts: list[str], index: int, last: int, match: re.Match[str]) -> str | None:
    """The place next to a postcode: the rest of its part ("Montréal (Québec)"), else the part
    after it, else the one before it, skipping region codes ("SP", "N.L.") and the country."""
    rest = _POSTCODE_WORD.sub("", parts[index][: match.start()] + parts[index][match.end():])
    rest = re.sub(r"\s*\([^)]*\)", "", rest).strip(" ,.")
    for candidate in (rest, parts[index + 1] if index + 1 < last else "", parts[index - 1] if index >= 1 else "",
                      parts[index - 2] if index >= 2 and _REGION_CODE.match(parts[index - 1]) else ""):
        candidate = re.sub(r"\s*\([^)]*\)", "", candidate).strip(" ,.")
        if candidate and not _REGION_CODE.match(candidate) and re.fullmatch(_CITY, candidate):
            return candidate
    return None


def _is_unit(text: str) -> bool:
    """A floor, suite or unit after the street: "#05-01", "piso 8", "bureau 900", "2n", "1º"."""
    return _UNIT.fullmatch(text) is not None


def _is_street(text: str) -> bool:
    """"Via Verdi 12", "12 rue de la Paix", "ul. Długa 5": short, with a number, not a phone,
    an e-mail or a copyright line."""
    digits = sum(c.isdigit() for c in text)
    return (0 < digits <= 6 and len(text) <= 80 and "@" not in text and not text.startswith(("©", "+"))
            and not re.search(r"(?i)\b(?:tel|fax|phone|p\.?\s?iva|vat|kvk|cif|nif|nip|y-tunnus)\b", text))
