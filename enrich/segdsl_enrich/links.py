"""Which same-site pages are worth fetching after the home page: legal notices, about and
history pages, contact pages, then the other pages of the main menu; never team/people/staff
pages among them, which carry people (the spider fetches the first team page only for a head
count no other page stated, keeping nothing else of it: `team_links`).

Menu pages with names no list knows ("Unser Betrieb", "La Maison", "Lo Studio") are where small
companies tell their story, so every link of the main navigation is a candidate; known words only
decide the order within the page budget. Links outside the navigation (product tiles, blog
teasers) are followed only by their known words, except on pages without any navigation markup
(old table layouts), where every link is the menu.

Same site means the same host as the page: another subdomain is often another service (a shop,
a status page), and with `--resolve` it would not be mapped and would go to real DNS."""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from parsel import Selector

# Earlier patterns first: a legal notice states the legal name and address, an about or history
# page the founding year and head count, a contact page the address.
WANTED: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"impressum|mentions[-_ ]l[ée]gales|legal[-_ ]notice|imprint|legal|note[-_ ]legali|aviso[-_ ]legal|colofon|colophon|"
        r"informa(?:zioni|ción|ção)[-_ ]legal[ei]s?|termos|juridisch|disclaimer|特定商取引|会社情報",
        r"about|[üu]ber[-_ ]uns|qui[-_ ]sommes[-_ ]nous|a[-_ ]propos|[àa][-_ ]propos|company|entreprise|unternehmen|soci[ée]t[ée]|"
        r"chi[-_ ]siamo|azienda|quienes[-_ ]somos|quiénes[-_ ]somos|sobre[-_ ]nosotros|nosotros|empresa|over[-_ ]ons|"
        r"wie[-_ ](?:zijn|wij)|bedrijf|sobre[-_ ]n[óo]s|quem[-_ ]somos|o[-_ ]nas|o[-_ ]firmie|meist[äa]|yritys|会社概要|企業情報|"
        r"(?<![a-zà-ü])om[-_ ](?:os|oss|meg|virksomheden|f[öo]retaget)(?![a-zà-ü])|"
        # history pages: "Notre histoire", "La nostra storia", "Our story", "Geschichte", "Historik"
        r"(?<![a-zà-ü])(?:stor(?:y|ia)|histoire|hist[óo]ri[ak]|historie|historik|geschichte|chronik|沿革)",
        r"contact|kontakt|nous[-_ ](?:contacter|joindre)|contatti|contacto|contactos|contato|yhteystiedot|ota[-_ ]yhteytt|"
        r"お問い合わせ",
    )
)
MENU_RANK = len(WANTED)  # an unknown page of the main menu: after every known one
PRIVACY = re.compile(r"privacy|datenschutz|confidentialit[ée]|privacidad|privacidade|prywatno|tietosuoja|プライバシー", re.I)
PRIVACY_RANK = MENU_RANK + 1  # a privacy policy rarely states more than the legal notice did
# What a company sells (products, services, projects, menus, bookings, prices): the last menu pages
# worth a fetch, as they describe the offer and hardly ever the company.
OFFER = re.compile(
    r"(?<![a-zà-ü])(?:produ[ckt]\w*|prodotti|service[sn]?|servizi|servicios|servi[çc]os|leistungen|dienstleistung\w*|"
    r"diensten|ydelser|tj[äa]nster|palvelut|služby|sluzby|usługi|oferta|offerta|angebot|aanbod|solutions?|soluzioni|"
    r"soluciones|solu[çc][õo]es|oplossingen|projects?|projets?|progetti|proyectos|projectos|projecten|projekte?|projekty|"
    r"obras|realizzazioni|r[ée]alisations|referenz\w*|referenties|portfolio|cases|casos|shop|store|boutique|negozio|tienda|"
    r"loja|winkel|collections?|collezioni|catalog\w*|katalog\w*|menu|carta|speisekarte|book(?:ing)?|reserv\w*|"
    r"r[ée]servation|prenota\w*|tarifs?|pricing|prices|prezzi|precios|pre[çc]os|preise|cennik|insights|capabilities|"
    r"rooms|zimmer|camere|habitaciones|quartos|treatments|tratamientos|trattamenti|behandlungen|lavorazioni|"
    r"aree[-_ ]di[-_ ]attivit[àa]|[áa]reas[-_ ]de[-_ ]pr[áa]tica|practice[-_ ]areas|vini|wines|weine|vins|vinos)(?![a-zà-ü])",
    re.I)
OFFER_RANK = PRIVACY_RANK + 1
UNWANTED = re.compile(r"(?<![a-zà-ü])(?:teams?|people|staff|[ée]quipe|mitarbeiter(?:innen)?|personen|careers?|jobs?|"
                      r"karriere|blog|news|press|login|signin|cart|panier|equipo|equipa|squadra|persone|zesp[óo][łl]|"
                      r"tiimi(?:mme)?|henkil[öo]st[öo]|lavora[-_ ]con[-_ ]noi|empleo|vacatures|werken[-_ ]bij|kariera|"
                      r"rekrytointi|noticias|notizie|nieuws|aktualności|uutiset|professionisti|profesionales|"
                      r"profissionais|professionals|ansprechpartner|medewerkers|medarbe[jt]dere|medarbetare|"
                      r"carri[èe]res?|karri[äe]r|työpaikat|search|suche|recherche|cerca|buscar|zoeken|szukaj|account|wishlist|mi[-_ ]cuenta|mon[-_ ]compte|mein[-_ ]konto|anw[äa]lte|avvocati|abogados|advogados|avocats|lawyers|attorneys)(?![a-zà-ü])|チーム|採用|スタッフ", re.I)
# Team pages, among the unwanted: fetched only for a head count, when no other page stated one (see spider).
TEAM = re.compile(r"(?<![a-zà-ü])(?:teams?|unser[-_ ]team|our[-_ ]team|[ée]quipe|squadra|equipo|equipa|zesp[óo][łl]|tiimi(?:mme)?|"
                  r"staff|people|mitarbeiter(?:innen)?|medewerkers|persone|tym|t[ýy]m|ekipa|csapat)(?![a-zà-ü])", re.I)
NOT_HTML = re.compile(r"\.(?:pdf|docx?|xlsx?|jpe?g|png|gif|svg|zip|mp4)$", re.I)
# A shop's category page in PrestaShop's URL scheme ("/3-chocolats", "/12-azulejos"): products, while
# the same shop's own pages live under "/content/4-la-maison".
_SHOP_CATEGORY = re.compile(r"/\d+-[\w\-]+/?")
# Containers of a site's main menu in the usual themes and builders.
_MENU = ("ancestor::nav or ancestor::header or ancestor::*[@role='navigation'] or "
         "ancestor::*[contains(@class,'nav') or contains(@class,'menu') or contains(@id,'nav') or contains(@id,'menu')]")


def candidate_links(selector: Selector, page_url: str, limit: int) -> list[str]:
    """Up to `limit` absolute same-site URLs, legal first, each once, never unwanted pages;
    menu pages of unknown names after the known ones, in menu order."""
    host = urlsplit(page_url).hostname
    in_menu = {anchor.root for anchor in selector.xpath(f"//a[@href][{_MENU}]")}
    ranked: dict[str, int] = {}
    for anchor in selector.xpath("//a[@href]"):
        url = urldefrag(urljoin(page_url, anchor.attrib["href"].strip()))[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname != host or _is_home(parts.path, page_url, url):
            continue
        label = f"{parts.path} {' '.join(anchor.xpath('.//text()').getall())}"
        if UNWANTED.search(label) or NOT_HTML.search(parts.path):
            continue
        rank = next((i for i, pattern in enumerate(WANTED) if pattern.search(label)), None)
        if rank is None and PRIVACY.search(label):
            rank = PRIVACY_RANK
        elif rank is None and (not in_menu or anchor.root in in_menu):
            rank = OFFER_RANK if OFFER.search(label) or _SHOP_CATEGORY.fullmatch(parts.path) else MENU_RANK
        if rank is not None and rank < ranked.get(url, OFFER_RANK + 1):
            ranked[url] = rank
    # sorted() is stable: equal ranks keep the page's order, which is the menu's order.
    return sorted(ranked, key=lambda url: ranked[url])[:limit]


def team_links(selector: Selector, page_url: str) -> list[str]:
    """Same-site team pages ("/team", "/equipe", "Unser Team"), in page order: not careers or jobs."""
    host, found = urlsplit(page_url).hostname, []
    for anchor in selector.xpath("//a[@href]"):
        url = urldefrag(urljoin(page_url, anchor.attrib["href"].strip()))[0]
        parts = urlsplit(url)
        label = f"{parts.path} {' '.join(anchor.xpath('.//text()').getall())}"
        if (parts.scheme in ("http", "https") and parts.hostname == host and not _is_home(parts.path, page_url, url)
                and TEAM.search(label) and not NOT_HTML.search(parts.path) and url not in found
                and not re.search(r"(?i)career|karriere|jobs?|emploi|lavora|empleo|vacature|kariera|carri[èe]re", label)):
            found.append(url)
    return found


def _is_home(path: str, page_url: str, url: str) -> bool:
    """The page itself or the site's start page under another name (/, /index.htm, /home)."""
    if url.rstrip("/") == page_url.rstrip("/"):
        return True
    return re.fullmatch(r"/*(?:(?:index|default|home|start)(?:\.[a-z]{2,5})?)?/*", path, re.I) is not None
