"""Company facts from one fetched page, and the merge of several pages into one row.

Pure functions of (body, url, headers): no network, no Scrapy, so every fixture page is
unit-tested directly. Each fact carries the rank of its source (JSON-LD 0 < microdata 1 <
OpenGraph/meta 2 < text 3), the source's name and the page it came from; merging keeps the
best-ranked value, the home page winning ties, and lists where each stored fact came from.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from parsel import Selector
from w3lib.encoding import html_to_unicode

from segdsl.domains import normalise_domain
from segdsl_enrich import jsonld, microdata
from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.language import TEXT_CAP, decide, overrides, page_text, votes
from segdsl_enrich.lines import text_lines
from segdsl_enrich.links import candidate_links, team_links
from segdsl_enrich.numberwords import spelled_employees
from segdsl_enrich.schemaorg import facts_from_node
from segdsl_enrich.social import social_links
from segdsl_enrich.technologies import technologies
from segdsl_enrich.textfacts import (
    employees_in_text,
    founded_year_in_text,
    join_labels,
    labelled_value,
    legal_name_in_text,
    name_from_legal_name,
    names_partners,
    scrub_personal,
)
from segdsl_enrich.vocab import industry_of

JSONLD, MICRODATA, OPENGRAPH, TEXT = range(4)
# Source names in `sources`; "html" is `<html lang>` and `<title>`, "inferred" a guess from keywords.
SOURCE_NAMES = ("jsonld", "microdata", "opengraph", "text")
# Fields that only make sense together come from one source: never a count from JSON-LD with a
# range from text, or a street from one page with a postcode from another.
GROUPS: dict[str, tuple[str, ...]] = {
    "employees": ("employee_count", "employee_range_min", "employee_range_max"),
    "address": ("street_address", "locality", "region", "postal_code"),
}
CHECKED_BY_TEXT = ("founded_year", "address", "employees")
TEXT_FIELDS = ("name", "legal_name", "description", "street_address", "locality", "region", "postal_code")
INDUSTRY_LABELS = r"industry|sector|secteur|secteur\s+d'activit[ée]|branche|settore|setor|branża|toimiala|業種"
# Names a theme or a template ships with: the node that carries one describes nobody.
PLACEHOLDER_NAMES = frozenset({"your company", "your company name", "company name", "my company", "my wordpress site",
                               "my wordpress blog", "just another wordpress site", "site title", "my site", "my blog",
                               "lorem ipsum", "example", "example inc", "business name", "your business"})
_TITLE_PARTS = re.compile(r"\s+[|–—\-:·•»]\s+")


@dataclass
class Page:
    """What one page says: facts (rank, value, source name), technologies seen, links worth following."""

    url: str
    facts: dict[str, tuple[int, Any, str]] = field(default_factory=dict)
    technologies: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    language_votes: dict[str, int] = field(default_factory=dict)
    language_text: str = ""  # the words the language is told from (see `language.page_text`)
    team_links: list[str] = field(default_factory=list)  # the home page's team pages (see `head_count_only`)

    def head_count_only(self) -> Page:
        """This page reduced to its head count: what a team page is fetched for. Names, roles and
        everything else a team page says are dropped here, before any merge."""
        keep = {"employees"}
        return Page(url=self.url, facts={k: v for k, v in self.facts.items() if k in keep},
                    stated={k: v for k, v in self.stated.items() if k in keep})
    # What the visible text says of the facts structured data may contradict (kept even when a
    # JSON-LD value outranks it on this page; see `_prefer_visible_text`).
    stated: dict[str, Any] = field(default_factory=dict)

    def add(self, rank: int, facts: Mapping[str, Any], source: str | None = None) -> None:
        for key, value in _grouped(facts).items():
            if rank == TEXT and key in CHECKED_BY_TEXT and value is not None and (
                    key not in self.stated or _size(value) > _size(self.stated[key])):
                self.stated[key] = value
            if value is not None and (key not in self.facts or rank < self.facts[key][0]):
                self.facts[key] = (rank, value, source or SOURCE_NAMES[rank])


def _legal_name_out_of_name(page: Page) -> str | None:
    """A structured `name` that carries a legal form ("Kessler Antriebstechnik GmbH", "Talleres Mecánicos
    Arrieta, S.L.") is the company's legal name, not the brand its logo and `og:site_name` show: it is taken
    out of `name` (the brand comes from OpenGraph, the title, or this legal name without its form) and
    returned, to stand as the legal name only where the text states none."""
    rank, value, _ = page.facts.get("name", (TEXT, None, ""))
    if rank > MICRODATA or not isinstance(value, str) or name_from_legal_name(value) in (None, value):
        return None
    del page.facts["name"]
    return value


def decode(body: bytes, headers: Mapping[str, str]) -> str:
    """HTML text using the Content-Type charset, then `<meta charset>`, then a UTF-8 guess."""
    return html_to_unicode(headers.get("content-type"), body)[1]


def extract_page(body: str | bytes, url: str, headers: Mapping[str, str], link_limit: int = 3, home: bool = True) -> Page:
    """All company facts one page states. `headers` keys are lowercase. Only the home page speaks
    for the whole site's language and description: an "Our team" page's description is about people."""
    html = decode(body, headers) if isinstance(body, bytes) else body
    selector = Selector(text=html or "<html></html>", type="html")
    page = Page(url=url)
    for rank, nodes in ((JSONLD, jsonld.organization_nodes(selector)), (MICRODATA, microdata.organization_items(selector))):
        for node in nodes:
            if not _is_template(node) and not _describes_other_site(node, url):
                page.add(rank, facts_from_node(node))
    structured_legal = _legal_name_out_of_name(page)
    raw_lines = text_lines(selector.root)
    lines = join_labels(raw_lines)
    page.add(OPENGRAPH, _meta(selector, home))
    page.language_votes, page.language_text = votes(lines), page_text(lines)
    declared, detected = _declared_language(selector, headers), decide(page.language_votes, page.language_text)
    page.add(TEXT, _text_facts(lines, raw_lines, detected or declared))
    page.add(TEXT, {"legal_name": structured_legal}, source="json-ld")
    if home:  # a sub-page's title names the page ("Lo Studio | …"), the home page's the site
        page.add(TEXT, {"name": _name_from_title(selector, url, raw_lines + _logo_texts(selector))}, source="html")
        # The declared language unless the page's own words say another: themes ship `lang="en-US"`
        # on sites written in Italian.
        replaced = overrides(declared, page.language_votes, page.language_text)
        language, source = (replaced, "text") if replaced is not None else (declared, "html")
        page.add(TEXT, {"language": language}, source=source)
    page.technologies = technologies(selector, html, headers)
    page.links = candidate_links(selector, url, link_limit)
    if home:
        page.team_links = team_links(selector, url)[:1]
    return page


def merge(pages: Iterable[Page]) -> dict[str, Any]:
    """One row of facts: the best-ranked value of each field; between equally ranked groups the
    fuller one (a whole Impressum address beats "Stuttgart, Germany"), then the earlier page.
    `sources` lists, per stored field, the source's name and the page's URL."""
    best: dict[str, tuple[int, Any, str, str]] = {}
    found: set[str] = set()
    pages = list(pages)
    for page in pages:
        found |= page.technologies
        for key, (rank, value, source) in page.facts.items():
            if key not in best or (rank, -_size(value)) < (best[key][0], -_size(best[key][1])):
                best[key] = (rank, value, source, page.url)
    _prefer_visible_text(best, pages)
    row: dict[str, Any] = {}
    origin: dict[str, tuple[str, str]] = {}
    for key, (_, value, source, url) in best.items():
        values = value if key in GROUPS else {key: value}
        row.update(values)
        origin.update({name: (source, url) for name in values})
    if (language := _site_language(pages, origin.get("language"), row.get("language"))) is not None:
        row["language"], origin["language"] = language, ("text", pages[0].url)
    if "name" not in row and (name := name_from_legal_name(row.get("legal_name"))):
        row["name"], origin["name"] = name, origin["legal_name"]
    if names_partners(row.get("legal_name")):
        row.pop("legal_name"), origin.pop("legal_name", None)  # the brand stays; the partners' names go
    for key in TEXT_FIELDS:
        if isinstance(row.get(key), str):
            row[key] = clean_text(row[key])
    # Stated and inferred industries are kept apart: `industry` only when the site states one.
    home = pages[0].url if pages else ""
    if inferred := industry_of(row.get("name"), row.get("description"), row.pop("keywords", None)):
        row["industry_inferred"], origin["industry_inferred"] = inferred, ("inferred", home)
    origin.pop("keywords", None)
    row["technologies"] = sorted(found)
    row["sources"] = [{"field": name, "source": source, "url": url}
                      for name, (source, url) in sorted(origin.items()) if row.get(name) is not None]
    return row


def _prefer_visible_text(best: dict[str, tuple[int, Any, str, str]], pages: list[Page]) -> None:
    """Structured data that contradicts the visible text yields to the text: a JSON-LD foundingDate
    of 1962 next to "Seit 1926 in Familienhand", a stale JSON-LD address next to the footer's and
    contact page's new one, a stale numberOfEmployees next to "we are 12 today" (see `_counts_differ`). SEO plug-ins are filled in once and forgotten; the page text is what the
    company tells its readers. Addresses conflict when both name a postcode and they differ (and the
    text names a street too), or when the structured one names only the town the text's address is in;
    the text's whole address group then replaces the structured one."""
    for key in CHECKED_BY_TEXT:
        if key not in best or best[key][0] >= TEXT:
            continue
        stated = [(page.stated[key], page.url) for page in pages if key in page.stated]
        if not stated:
            continue
        # The value most pages state (a footer's address beats a sentence's "we moved to …"), then
        # the fullest, then the one with the shortest street (a sentence's street carries its words),
        # then the earliest.
        said = [repr(value) for value, _ in stated]
        text, url = max(stated, key=lambda item: (said.count(repr(item[0])), _size(item[0]), -_street_length(item[0])))
        if (_counts_differ if key == "employees" else _contradicts)(best[key][1], text):
            best[key] = (TEXT, text, SOURCE_NAMES[TEXT], url)


def _street_length(value: Any) -> int:
    return len(value.get("street_address") or "") if isinstance(value, dict) else 0


def _counts_differ(structured: dict[str, int], text: dict[str, int]) -> bool:
    """Whether a structured head count contradicts the text's: the one side's count lies outside the
    other side's bounds ("numberOfEmployees": 7 against "Nous sommes aujourd'hui 12"). A lower bound
    is open ("over 300" agrees with 310), a stated range holds any count in it ("11-50" agrees with
    "45 employees"), and two counts within 10% of each other agree (the text rounds: "rund 300")."""
    def bounds(value: dict[str, int]) -> tuple[float, float]:
        low = value.get("employee_range_min", value.get("employee_count"))
        high = value.get("employee_range_max")
        if high is None and "employee_range_min" not in value:
            high = value.get("employee_count")
        return (0 if low is None else low), (float("inf") if high is None else high)

    def agrees(count: int | None, other: dict[str, int]) -> bool:
        low, high = bounds(other)
        return count is None or low * 0.9 <= count <= high * 1.1

    mine, theirs = structured.get("employee_count"), text.get("employee_count")
    if mine is None and theirs is None:
        return bounds(structured) != bounds(text)
    return not (agrees(mine, text) and agrees(theirs, structured))


def _contradicts(structured: Any, text: Any) -> bool:
    if not isinstance(structured, dict) or not isinstance(text, dict):
        return structured != text
    if not (text.get("street_address") and text.get("postal_code")):
        return False  # a partial text address ("Stuttgart, Germany") contradicts nothing
    if not structured.get("postal_code") and not structured.get("street_address"):
        # A structured address of a town alone: the text's whole address of the same town completes it.
        town = structured.get("locality")
        return isinstance(town, str) and isinstance(text.get("locality"), str) and town.casefold() == text["locality"].casefold()
    # Only the postcode decides: a text street can be cut short ("Suite 400"), a postcode cannot.
    known = structured.get("postal_code")
    return isinstance(known, str) and re.sub(r"\W", "", known).casefold() != re.sub(r"\W", "", text["postal_code"]).casefold()


def _site_language(pages: list[Page], origin: tuple[str, str] | None, declared: str | None) -> str | None:
    """The language of all pages' words together, when the home page alone had too few words to
    confirm its declared language (a home page of a slogan and a menu, `lang="en"` on a Spanish
    site); None to keep what the home page said."""
    if (not pages or (origin is not None and origin[0] != "html")
            or decide(pages[0].language_votes, pages[0].language_text) is not None):
        return None
    total: dict[str, int] = {}
    for page in pages:
        for language, count in page.language_votes.items():
            total[language] = total.get(language, 0) + count
    text = " ".join(page.language_text for page in pages)[:TEXT_CAP]
    return overrides(declared, total, text) if total else None


def clean_text(text: str) -> str:
    """Stored text as a person reads it: HTML entities decoded (twice-escaped ones too, as some
    CMS plug-ins print "&amp;amp;"), Unicode composed, whitespace collapsed."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html_lib.unescape(text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _size(value: Any) -> int:
    return len(value) if isinstance(value, dict) else 1


def _is_template(node: Mapping[str, Any]) -> bool:
    """A theme's sample Organization ("Your Company Name", New York, 10 employees): none of it is true."""
    name = node.get("name")
    return isinstance(name, str) and clean_text(name).casefold().strip(" .") in PLACEHOLDER_NAMES


def _describes_other_site(node: Mapping[str, Any], url: str) -> bool:
    """True when the node's `url` or `@id` is on another site: the web agency, a partner, a client."""
    site = normalise_domain(url)
    for key in ("url", "@id"):
        value = node.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://", "//")):
            other = normalise_domain(value) or urlsplit(value if "//" in value[:8] else f"//{value}").hostname
            if other and other.removeprefix("www.") != site:
                return True
    return False


def _grouped(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Facts with each group's fields folded into one dict value under the group's name."""
    grouped = {key: value for key, value in facts.items() if not any(key in fields for fields in GROUPS.values())}
    for group, fields in GROUPS.items():
        members = {key: facts[key] for key in fields if facts.get(key) is not None}
        if members:
            grouped[group] = members
    return grouped


def _meta_content(selector: Selector, *names: str) -> str | None:
    for name in names:
        value = selector.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content').get()
        if value and value.strip():
            return " ".join(value.split())
    return None


def _meta(selector: Selector, home: bool) -> dict[str, Any]:
    name = _meta_content(selector, "og:site_name")
    return {
        "name": None if name and clean_text(name).casefold() in PLACEHOLDER_NAMES else name,
        "description": scrub_personal(_meta_content(selector, "og:description", "description")) if home else None,
        "keywords": _meta_content(selector, "keywords") if home else None,
        **social_links(selector.xpath("//a/@href").getall()),
    }


def _declared_language(selector: Selector, headers: Mapping[str, str]) -> str | None:
    """`<html lang>`, Content-Language or og:locale, as a bare language code."""
    declared = selector.xpath("/html/@lang").get() or headers.get("content-language") or _meta_content(selector, "og:locale")
    return declared.strip().replace("_", "-").split("-")[0].lower() or None if declared else None


def _text_facts(lines: list[str], raw_lines: list[str], language: str | None) -> dict[str, Any]:
    """Facts of the text. Addresses are read from the lines as laid out: a counter joined to its
    caption ("1200 Clienti") would look like a postcode and a place. Spelled-out head counts
    ("a team of twelve") only when no figure is stated, in the language the words are in."""
    stated = labelled_value(lines, INDUSTRY_LABELS)
    employees = employees_in_text(lines) or spelled_employees(lines, language)
    return {**employees, "founded_year": founded_year_in_text(lines), **address_in_text(raw_lines),
            "legal_name": legal_name_in_text(lines), "industry": industry_of(stated) if stated else None}


def _name_from_title(selector: Selector, url: str, lines: list[str] | None = None) -> str | None:
    """The part of `<title>` ("Home | Rossi Meccanica") that names the site: it spells the domain
    name (or its start: "Menuiserie Dubois" on menuiserie-dubois-lyon.fr), or the page shows it as
    a line of its own (the logo text, "Termoidraulica Galli" on galli-impianti.it) and it shares
    a word with the domain name. Two sources agreeing, never a tagline alone."""
    title = selector.xpath("//title/text()").get()
    domain = normalise_domain(url)
    if not title or not domain:
        return None
    # Digits aside: "montalban-alimentos24.es" is the site of "Montalbán Alimentos".
    label = _letters(domain.split(".")[0]).rstrip("0123456789")
    if len(label) < 3:
        return None
    parts = [part for part in _TITLE_PARTS.split(" ".join(title.split())) if len(part) >= 3]
    for part in parts:
        letters = _letters(part).rstrip("0123456789")
        if letters == label or (len(letters) >= 8 and label.startswith(letters) and " " in part.strip()):
            return part
    shown = {" ".join(line.split()) for line in lines or () if len(line) <= 60}
    for part in parts:
        words = [w for w in re.split(r"[\s\-]+", part) if len(_letters(w)) >= 4]
        if not any(_letters(w) in label for w in words):
            continue
        if part in shown:
            return part
        # the logo says less than the title: "Salon Urody Bella" in "Salon Urody Bella Gdańsk"
        for line in shown:
            if " " in line and part.startswith(line + " ") and any(_letters(w) in label for w in line.split()):
                return line
    return None


def _logo_texts(selector: Selector) -> list[str]:
    """The alt text of the site's logo image (the home link's image, an image classed as a logo)."""
    alts = selector.xpath("//a[@rel='home']//img/@alt | //img[contains(@class,'logo')]/@alt | "
                          "//*[contains(@class,'logo') or contains(@id,'logo')]//img/@alt").getall()
    return [" ".join(alt.split()) for alt in alts if alt.strip()]


def _letters(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", html_lib.unescape(text).replace("ł", "l")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())
