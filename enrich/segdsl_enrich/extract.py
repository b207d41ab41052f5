"""Company facts from one fetched page, and the merge of several pages into one row.

Pure functions of (body, url, headers): no network, no Scrapy, so every fixture page is
unit-tested directly. Each fact carries the rank of its source (JSON-LD 0 < microdata 1 <
OpenGraph 2 < text 3); merging keeps the best-ranked value, the home page winning ties.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector
from w3lib.encoding import html_to_unicode

from segdsl_enrich import jsonld, microdata
from segdsl_enrich.links import candidate_links
from segdsl_enrich.schemaorg import facts_from_node
from segdsl_enrich.social import social_links
from segdsl_enrich.technologies import technologies
from segdsl_enrich.textfacts import (
    address_in_text,
    employees_in_text,
    founded_year_in_text,
    legal_name_in_text,
    name_from_legal_name,
    scrub_personal,
)
from segdsl_enrich.vocab import industry_of
from segdsl.domains import normalise_domain

JSONLD, MICRODATA, OPENGRAPH, TEXT = range(4)
# Fields that only make sense together come from one source: never a count from JSON-LD with a
# range from text, or a street from one page with a postcode from another.
GROUPS: dict[str, tuple[str, ...]] = {
    "employees": ("employee_count", "employee_range_min", "employee_range_max"),
    "address": ("street_address", "locality", "region", "postal_code"),
}
_TEXT_NODES = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


@dataclass
class Page:
    """What one page says: ranked facts, technologies seen, and links worth following."""

    url: str
    facts: dict[str, tuple[int, Any]] = field(default_factory=dict)
    technologies: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)

    def add(self, rank: int, facts: Mapping[str, Any]) -> None:
        for key, value in _grouped(facts).items():
            if value is not None and (key not in self.facts or rank < self.facts[key][0]):
                self.facts[key] = (rank, value)


def decode(body: bytes, headers: Mapping[str, str]) -> str:
    """HTML text using the Content-Type charset, then `<meta charset>`, then a UTF-8 guess."""
    return html_to_unicode(headers.get("content-type"), body)[1]


def extract_page(body: str | bytes, url: str, headers: Mapping[str, str], link_limit: int = 3) -> Page:
    """All company facts one page states. `headers` keys are lowercase."""
    html = decode(body, headers) if isinstance(body, bytes) else body
    selector = Selector(text=html or "<html></html>", type="html")
    page = Page(url=url)
    for rank, nodes in ((JSONLD, jsonld.organization_nodes(selector)), (MICRODATA, microdata.organization_items(selector))):
        for node in sorted(nodes, key=lambda node: not _describes_site(node, url)):
            page.add(rank, facts_from_node(node))
    page.add(OPENGRAPH, _opengraph(selector, headers))
    page.add(TEXT, _text_facts(selector))
    page.technologies = technologies(selector, html, headers)
    page.links = candidate_links(selector, url, link_limit)
    return page


def merge(pages: Iterable[Page]) -> dict[str, Any]:
    """One row of facts: the best-ranked value of each field; between equally ranked groups the
    fuller one (a whole Impressum address beats "Stuttgart, Germany"), then the earlier page."""
    best: dict[str, tuple[int, Any]] = {}
    found: set[str] = set()
    for page in pages:
        found |= page.technologies
        for key, (rank, value) in page.facts.items():
            if key not in best or (rank, -_size(value)) < (best[key][0], -_size(best[key][1])):
                best[key] = (rank, value)
    row: dict[str, Any] = {}
    for key, (_, value) in best.items():
        row.update(value if key in GROUPS else {key: value})
    row.setdefault("name", name_from_legal_name(row.get("legal_name")))
    if "industry" not in row:
        row["industry"] = industry_of(row.get("name"), row.get("description"))
    row["technologies"] = sorted(found)
    return row


def _size(value: Any) -> int:
    return len(value) if isinstance(value, dict) else 1


def _describes_site(node: Mapping[str, Any], url: str) -> bool:
    """True when the node's `url` or `@id` is on the page's site: the site's own organisation
    comes before partners, clients or a parent company described on the same page."""
    site = normalise_domain(url)
    return any(isinstance(node.get(key), str) and normalise_domain(node[key]) == site for key in ("url", "@id"))


def _grouped(facts: Mapping[str, Any]) -> dict[str, Any]:
    """Facts with each group's fields folded into one dict value under the group's name."""
    grouped = {key: value for key, value in facts.items() if not any(key in fields for fields in GROUPS.values())}
    for group, fields in GROUPS.items():
        members = {key: facts[key] for key in fields if facts.get(key) is not None}
        if members:
            grouped[group] = members
    return grouped


def _opengraph(selector: Selector, headers: Mapping[str, str]) -> dict[str, Any]:
    def meta(*names: str) -> str | None:
        for name in names:
            value = selector.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content').get()
            if value and value.strip():
                return " ".join(value.split())
        return None

    locale = meta("og:locale")
    language = selector.xpath("/html/@lang").get() or headers.get("content-language") or locale
    return {
        "name": meta("og:site_name"),
        "description": scrub_personal(meta("og:description", "description")),
        "language": language.strip().replace("_", "-").split("-")[0].lower() or None if language else None,
        "industry": industry_of(meta("keywords")),
        **social_links(selector.xpath("//a/@href").getall()),
    }


def _text_facts(selector: Selector) -> dict[str, Any]:
    lines = [" ".join(t.split()) for t in selector.xpath(_TEXT_NODES).getall()]
    lines = [line for line in lines if line]
    text = " ".join(lines)
    return {**employees_in_text(text), "founded_year": founded_year_in_text(text), **address_in_text(lines),
            "legal_name": legal_name_in_text(lines)}
