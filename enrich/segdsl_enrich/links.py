"""Which same-site pages are worth fetching after the home page: about, company, contact and
legal notices, which carry company facts; never team/people/staff pages, which carry people.

Same site means the same host as the page: another subdomain is often another service (a shop,
a status page), and with `--resolve` it would not be mapped and would go to real DNS."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from parsel import Selector

# Earlier patterns first: a legal notice states the legal name and address.
WANTED: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"impressum|mentions[-_ ]l[ée]gales|legal[-_ ]notice|imprint|legal|note[-_ ]legali|aviso[-_ ]legal|colofon|colophon|"
        r"informa(?:zioni|ción|ção)[-_ ]legal[ei]s?|termos|juridisch|disclaimer|特定商取引|会社情報",
        r"about|[üu]ber[-_ ]uns|qui[-_ ]sommes[-_ ]nous|a[-_ ]propos|[àa][-_ ]propos|company|entreprise|unternehmen|soci[ée]t[ée]|"
        r"chi[-_ ]siamo|azienda|quienes[-_ ]somos|quiénes[-_ ]somos|sobre[-_ ]nosotros|nosotros|empresa|over[-_ ]ons|"
        r"wie[-_ ](?:zijn|wij)|bedrijf|sobre[-_ ]n[óo]s|quem[-_ ]somos|o[-_ ]nas|o[-_ ]firmie|meist[äa]|yritys|会社概要|企業情報",
        r"contact|kontakt|nous[-_ ]contacter|contatti|contacto|contactos|contato|yhteystiedot|お問い合わせ|"
        r"privacy|datenschutz|confidentialit[ée]|privacidad|privacidade|prywatno|tietosuoja|プライバシー",
    )
)
UNWANTED = re.compile(r"(?<![a-zà-ü])(?:teams?|people|staff|[ée]quipe|mitarbeiter(?:innen)?|personen|careers?|jobs?|"
                      r"karriere|blog|news|press|login|signin|cart|panier|equipo|equipa|squadra|persone|zesp[óo][łl]|"
                      r"tiimi(?:mme)?|henkil[öo]st[öo]|lavora[-_ ]con[-_ ]noi|empleo|vacatures|werken[-_ ]bij|kariera|"
                      r"rekrytointi|noticias|notizie|nieuws|aktualności|uutiset)(?![a-zà-ü])|チーム|採用|スタッフ", re.I)
NOT_HTML = re.compile(r"\.(?:pdf|docx?|xlsx?|jpe?g|png|gif|svg|zip|mp4)$", re.I)


def candidate_links(selector: Selector, page_url: str, limit: int) -> list[str]:
    """Up to `limit` absolute same-site URLs, legal first, each once, never unwanted pages."""
    host = urlsplit(page_url).hostname
    ranked: dict[str, int] = {}
    for anchor in selector.xpath("//a[@href]"):
        url = urldefrag(urljoin(page_url, anchor.attrib["href"].strip()))[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname != host or url.rstrip("/") == page_url.rstrip("/"):
            continue
        label = f"{parts.path} {' '.join(anchor.xpath('.//text()').getall())}"
        if UNWANTED.search(label) or NOT_HTML.search(parts.path):
            continue
        rank = next((i for i, pattern in enumerate(WANTED) if pattern.search(label)), None)
        if rank is not None and rank < ranked.get(url, len(WANTED)):
            ranked[url] = rank
    return sorted(ranked, key=lambda url: ranked[url])[:limit]
