"""Names after the blind3 corpus: the home page's title names the site when it spells the start of
the domain name or the page shows it as its logo; legal names with more forms ("S.L.P.",
"S. Coop. And.", "inc.", "mbB"), lowercase connectors and elisions, and named mid-sentence after
"trading name of" / "handelsnaam van" / "el titular … es". Example companies are made up."""

from __future__ import annotations

import pytest

from segdsl_enrich.extract import extract_page
from segdsl_enrich.textfacts import legal_name_in_text, name_from_legal_name


def _name(html: str, url: str, home: bool = True) -> str | None:
    page = extract_page(html, url, {}, link_limit=0, home=home)
    return page.facts["name"][1] if "name" in page.facts else None


def test_a_title_that_spells_the_start_of_the_domain_is_the_name() -> None:
    assert _name("<title>Falegnameria Bruni | Mobili su misura</title>", "https://falegnameria-bruni-torino.it/") == \
        "Falegnameria Bruni"
    # a one-word prefix is too weak ("Studio" on studio-anything.com)
    assert _name("<title>Studio | Architecture</title>", "https://studio-koenig.de/") is None


def test_a_title_part_shown_as_the_logo_is_the_name_on_the_home_page_only() -> None:
    html = ('<title>Idraulica Conti – Impianti a Parma</title><body><header><a href="/" rel="home">'
            '<img class="logo" alt="Idraulica Conti"></a></header><p>Benvenuti</p></body>')
    assert _name(html, "https://conti-impianti.it/") == "Idraulica Conti"
    assert _name(html, "https://conti-impianti.it/chi-siamo", home=False) is None
    # the logo shows less than the title says
    shorter = '<title>Salone Aurora Verona | Parrucchiere</title><body><div class="brand">Salone Aurora</div></body>'
    assert _name(shorter, "https://salone-aurora.it/") == "Salone Aurora"
    # a tagline shown on the page shares no word with the domain: not a name
    tagline = "<title>Quality you can trust | Acme</title><body><h1>Quality you can trust</h1></body>"
    assert _name(tagline, "https://nordwind-bau.de/") is None


@pytest.mark.parametrize(("line", "legal"), [
    ("Titular: Óptica Luna Sevilla, S.L.P. – CIF B41234567", "Óptica Luna Sevilla, S.L.P."),
    ("Bodegas Río Tinto S. Coop. And. · CIF F21000000", "Bodegas Río Tinto S. Coop. And."),
    ("Atelier d'architecture Moreau SA · Rue du Lac 4", "Atelier d'architecture Moreau SA"),
    ("Services Techniques Boréal inc. · 45, rue King", "Services Techniques Boréal inc."),
    ("Weber & Kollegen Steuerberatungsgesellschaft mbB", "Weber & Kollegen Steuerberatungsgesellschaft mbB"),
    ("Cerâmicas Vale do Sousa, Lda. · NIF 509999999", "Cerâmicas Vale do Sousa, Lda."),
    ("Bakkerij Jansen is de handelsnaam van Jansen & Zonen Brood B.V., gevestigd te Delft.", "Jansen & Zonen Brood B.V."),
    ("Harbour Teas is a trading name of Harbour Beverages Ltd, registered in England.", "Harbour Beverages Ltd"),
    ("Se informa que el titular de este sitio web es Reformas Ibarra, S.L., con domicilio en Bilbao.", "Reformas Ibarra, S.L."),
    ("Our partner Hosting Nord GmbH keeps the servers running.", None),
])
def test_legal_names(line: str, legal: str | None) -> None:
    assert legal_name_in_text([line]) == legal


def test_a_japanese_legal_form_is_not_part_of_the_name() -> None:
    assert name_from_legal_name("株式会社アオバ工業") == "アオバ工業"
    assert name_from_legal_name("アオバ工業株式会社") == "アオバ工業"


def test_a_short_home_page_s_declared_language_yields_to_all_pages_words() -> None:
    from segdsl_enrich.extract import merge

    home = extract_page('<html lang="en"><title>Solar Sur</title><body><p>Inicio · Contacto</p></body></html>',
                        "https://solarsur.es/", {}, link_limit=0)
    about = extract_page('<html lang="en"><body><p>Somos una empresa de Sevilla y nuestro equipo instala placas para '
                         'las casas y los negocios de la provincia, con una garantía que es para toda la vida.</p>'
                         '</body></html>', "https://solarsur.es/nosotros", {}, link_limit=0, home=False)
    assert merge([home, about])["language"] == "es"
    # a home page whose own words confirm its language keeps it
    english = extract_page('<html lang="en"><body><p>We are the team that builds your roof, and our work is '
                           'guaranteed for the life of the house.</p></body></html>', "https://roofco.com/", {}, link_limit=0)
    assert merge([english, about])["language"] == "en"


def test_a_site_run_or_hosted_by_another_company_does_not_name_the_owner() -> None:
    assert legal_name_in_text(["Il sito è gestito da Pixel Agenzia S.r.l. per conto del cliente."]) is None
    assert legal_name_in_text(["Server betrieben von Rechenzentrum Nord GmbH, Hamburg."]) is None
