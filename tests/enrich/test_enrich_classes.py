"""One test per class of extraction mistake seen on European company sites (issue 15): each
feeds hand-written pages to the pure extraction and checks the facts a person reads on them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.countries import country_code
from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.language import detect
from segdsl_enrich.lines import without_credit
from segdsl_enrich.links import candidate_links
from segdsl_enrich.textfacts import employees_in_text, founded_year_in_text, legal_name_in_text
from parsel import Selector


def row_of(*pages: tuple[str, str], headers: dict[str, str] | None = None) -> dict[str, Any]:
    """Merge pages given as (url, html); the first is the home page."""
    return merge([extract_page(html, url, headers or {}, home=index == 0) for index, (url, html) in enumerate(pages)])


# --- agency credits ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "footer",
    [
        'Site réalisé par <a href="https://lumen.fr">Studio Lumen SARL</a>',
        'Design: <a href="https://pixelwerk.de">Pixelwerk GmbH</a>',
        'Web design by <a href="https://webcraft.co.uk">WebCraft Ltd</a>',
        'Sito realizzato da <a href="https://digitalia.it">Digitalia S.r.l.</a>',
        'Diseño web: <a href="https://ondas.es">Ondas Creativas S.L.</a>',
        'Website door <a href="https://blauw.nl">Bureau Blauw B.V.</a>',
        'Projekt i wykonanie: <a href="https://kodowo.pl">Kodowo sp. z o.o.</a>',
    ],
)
def test_an_agency_credit_is_never_the_name_or_legal_name(footer: str) -> None:
    html = f"<html><head><title>Accueil</title></head><body><h1>Bienvenue</h1><footer><p>{footer}</p></footer></body></html>"
    row = row_of(("https://rossi-meccanica.it/", html))
    assert row.get("name") is None and row.get("legal_name") is None


def test_the_company_line_before_a_credit_is_kept() -> None:
    html = ("<html><body><footer><p>© 2025 Bergmann Technik GmbH. Alle Rechte vorbehalten. "
            "Webdesign und Umsetzung: <a href='https://netzform.ch'>Netzform AG</a></p></footer></body></html>")
    row = row_of(("https://bergmann-technik.de/", html))
    assert (row["legal_name"], row["name"]) == ("Bergmann Technik GmbH", "Bergmann Technik")
    assert without_credit("© 2025 Acme Ltd · Web design by WebCraft Ltd") == "© 2025 Acme Ltd"


def test_a_website_node_created_by_the_agency_is_not_the_company() -> None:
    website = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://garnier-conseil.fr/",
               "creator": {"@type": "Organization", "name": "Studio Lumen SARL", "url": "https://studio-lumen.fr/",
                           "foundingDate": "2004", "numberOfEmployees": 14}}
    html = f'<html><head><script type="application/ld+json">{json.dumps(website)}</script></head><body></body></html>'
    row = row_of(("https://garnier-conseil.fr/", html))
    assert (row.get("name"), row.get("founded_year"), row.get("employee_count")) == (None, None, None)


def test_a_themes_placeholder_organization_is_ignored() -> None:
    node = {"@type": "Organization", "name": "Your Company Name", "numberOfEmployees": 10,
            "address": {"@type": "PostalAddress", "addressLocality": "New York", "addressCountry": "US"}}
    html = (f'<html lang="it"><head><script type="application/ld+json">{json.dumps(node)}</script></head><body>'
            "<address>Via Giuseppe Verdi 12<br>20121 Milano (MI)<br>Italia</address></body></html>")
    row = row_of(("https://colombo-sistemi.it/", html))
    assert (row.get("name"), row.get("employee_count"), row["locality"], row["country_code"]) == (None, None, "Milano", "IT")


# --- years are not head counts -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lines", "employees", "year"),
    [
        (["Since 2005 employees and customers have grown with us."], {}, None),
        (["Dal 1998 dipendenti e clienti crescono insieme a noi.", "Fondata nel 1998."], {}, 1998),
        (["Sinds 2001 groeien medewerkers en klanten samen met ons."], {}, None),
        (["Gegründet 1987, heute 1.200 Mitarbeiter."], {"employee_count": 1200, "employee_range_min": 1200,
                                                        "employee_range_max": 1200}, 1987),
        (["2000 employees worldwide"], {"employee_count": 2000, "employee_range_min": 2000, "employee_range_max": 2000}, None),
    ],
)
def test_a_year_next_to_employee_wording_is_not_a_head_count(lines: list[str], employees: dict[str, int], year: int | None) -> None:
    assert employees_in_text(lines) == employees
    assert founded_year_in_text(lines) == year


def test_a_key_figures_table_pairs_each_label_with_its_value() -> None:
    html = ("<html lang='it'><body><dl><dt>Anno di fondazione</dt><dd>1998</dd><dt>Dipendenti</dt><dd>45</dd></dl>"
            "</body></html>")
    row = row_of(("https://galli-logistica.it/", html))
    assert (row["founded_year"], row["employee_count"]) == (1998, 45)


# --- HTML entities -----------------------------------------------------------------------------------

def test_html_entities_are_decoded_in_all_stored_text() -> None:
    node = {"@type": "Organization", "name": "Ferraro &amp; Figli", "legalName": "Soci&#233;t&#233; G&eacute;n&eacute;rale SAS",
            "description": "Caf&eacute;s &amp; th&eacute;s.",
            "address": {"@type": "PostalAddress", "streetAddress": "Rue du Rh&#244;ne 5", "addressLocality": "Gen&#232;ve",
                        "postalCode": "1204", "addressCountry": "CH"}}
    html = (f'<html><head><meta property="og:site_name" content="A &amp;amp; B">'
            f'<script type="application/ld+json">{json.dumps(node)}</script></head><body></body></html>')
    row = row_of(("https://ferraro.it/", html))
    assert (row["name"], row["legal_name"], row["description"], row["street_address"], row["locality"]) == (
        "Ferraro & Figli", "Société Générale SAS", "Cafés & thés.", "Rue du Rhône 5", "Genève")
    og_only = row_of(("https://ab.com/", '<html><head><meta property="og:site_name" content="A &amp;amp; B"></head></html>'))
    assert og_only["name"] == "A & B"


# --- content language ----------------------------------------------------------------------------------

def test_the_page_text_wins_over_a_themes_html_lang() -> None:
    body = ("<p>We use cookies to improve your experience on our website. By browsing you agree to our use of cookies.</p>"
            "<p>Rossetti Meccanica è un'azienda che lavora con clienti in tutta la regione. Offriamo soluzioni su misura e "
            "un servizio attento per ogni progetto, e siamo orgogliosi della fiducia dei nostri clienti.</p>")
    row = row_of(("https://rossetti.it/", f'<html lang="en-US"><body>{body}</body></html>'))
    assert row["language"] == "it"
    assert {"field": "language", "source": "text", "url": "https://rossetti.it/"} in row["sources"]
    assert detect(["Kontakt"]) is None  # too little text: the declared language stands


def test_declared_language_stands_when_the_text_agrees_or_says_nothing() -> None:
    assert row_of(("https://a.de/", '<html lang="de"><body><p>Impressum</p></body></html>'))["language"] == "de"


# --- Italian, Spanish, Dutch, Portuguese, Polish, Finnish, Japanese text --------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oggi contiamo 45 dipendenti.", {"employee_count": 45, "employee_range_min": 45, "employee_range_max": 45}),
        ("Contamos con un equipo de 1.250 trabajadores.", {"employee_count": 1250, "employee_range_min": 1250, "employee_range_max": 1250}),
        ("Met 120 medewerkers staan wij voor u klaar.", {"employee_count": 120, "employee_range_min": 120, "employee_range_max": 120}),
        ("Hoje contamos com 85 colaboradores.", {"employee_count": 85, "employee_range_min": 85, "employee_range_max": 85}),
        ("Tussen 50 en 100 medewerkers werken bij ons.", {"employee_range_min": 50, "employee_range_max": 100}),
        ("Entre 11 y 50 empleados trabajan con nosotros.", {"employee_range_min": 11, "employee_range_max": 50}),
        ("Zatrudniamy od 200 do 500 pracowników.", {"employee_range_min": 200, "employee_range_max": 500}),
        ("Meillä on 60 työntekijää.", {"employee_count": 60, "employee_range_min": 60, "employee_range_max": 60}),
        ("従業員数は240名です。", {"employee_count": 240, "employee_range_min": 240, "employee_range_max": 240}),
    ],
)
def test_employees_in_more_languages(text: str, expected: dict[str, int]) -> None:
    assert employees_in_text([text]) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [("Fondata nel 1987, l'azienda è cresciuta.", 1987), ("Desde su fundación en 1972, la empresa no ha dejado de crecer.", 1972),
     ("Opgericht in 1990.", 1990), ("Fundada em 1936, a Tejo cresceu.", 1936), ("Firma została założona w 1996 roku.", 1996),
     ("Vuonna 1977 perustettu yritys.", 1977), ("サクラは1984年に設立されました。", 1984)],
)
def test_founding_year_in_more_languages(text: str, year: int) -> None:
    assert founded_year_in_text([text]) == year


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Via Giuseppe Verdi 12, 20121 Milano (MI), Italia"],
         {"street_address": "Via Giuseppe Verdi 12", "postal_code": "20121", "locality": "Milano", "country_code": "IT"}),
        (["Calle Mayor 5", "28013 Madrid", "España"],
         {"street_address": "Calle Mayor 5", "postal_code": "28013", "locality": "Madrid", "country_code": "ES"}),
        (["Keizersgracht 123", "1015 CJ Amsterdam", "Nederland"],
         {"street_address": "Keizersgracht 123", "postal_code": "1015 CJ", "locality": "Amsterdam", "country_code": "NL"}),
        (["Rua Augusta 100 – 1100-053 Lisboa – Portugal"],
         {"street_address": "Rua Augusta 100", "postal_code": "1100-053", "locality": "Lisboa", "country_code": "PT"}),
        (["ul. Długa 5, 00-238 Warszawa, Polska"],
         {"street_address": "ul. Długa 5", "postal_code": "00-238", "locality": "Warszawa", "country_code": "PL"}),
        (["Bahnhofstrasse 10", "8001 Zürich", "Schweiz"],
         {"street_address": "Bahnhofstrasse 10", "postal_code": "8001", "locality": "Zürich", "country_code": "CH"}),
        (["Meir 50", "2000 Antwerpen", "België"],
         {"street_address": "Meir 50", "postal_code": "2000", "locality": "Antwerpen", "country_code": "BE"}),
        (["Mannerheimintie 10", "00100 Helsinki", "Suomi"],
         {"street_address": "Mannerheimintie 10", "postal_code": "00100", "locality": "Helsinki", "country_code": "FI"}),
        (["100 George Street", "Sydney NSW 2000", "Australia"],
         {"street_address": "100 George Street", "locality": "Sydney", "region": "NSW", "postal_code": "2000", "country_code": "AU"}),
        (["〒100-0005 東京都千代田区丸の内1-1-1"], {"postal_code": "100-0005", "country_code": "JP"}),
        (["Winner of the 2019 Innovation Award"], {}),
        (["2019 Innovation Award"], {}),
        (["50-100 pracowników", "Rok powstania firmy: 1996."], {}),  # a range of head counts, not a Polish postcode
    ],
)
def test_addresses_and_postcodes_in_more_countries(lines: list[str], expected: dict[str, str]) -> None:
    assert address_in_text(lines) == expected


@pytest.mark.parametrize(
    ("line", "legal"),
    [("© 2025 Rossetti Meccanica S.r.l. Tutti i diritti riservati.", "Rossetti Meccanica S.r.l."),
     ("Ragione sociale: Ferraro Alimentari S.p.A.", "Ferraro Alimentari S.p.A."),
     ("Titular: Construcciones García S.L., CIF B12345678", "Construcciones García S.L."),
     ("© 2025 Ibérica Logística S.A.", "Ibérica Logística S.A."),
     ("Bedrijfsnaam: Van Dijk Bouw B.V.", "Van Dijk Bouw B.V."), ("© 2024 De Boer Techniek N.V.", "De Boer Techniek N.V."),
     ("© 2025 Tejo Tecnologia Lda.", "Tejo Tecnologia Lda."), ("Nazwa firmy: Wisła Logistyka sp. z o.o.", "Wisła Logistyka sp. z o.o."),
     ("© 2025 Revontuli Teknologia Oy", "Revontuli Teknologia Oy"), ("© 2025 Sakura Systems K.K.", "Sakura Systems K.K."),
     ("© 2025 Midori Foods Co., Ltd.", "Midori Foods Co., Ltd."), ("Welcome to our shop", None)],
)
def test_legal_forms_in_more_countries(line: str, legal: str | None) -> None:
    assert legal_name_in_text([line]) == legal


def test_usual_page_names_in_more_languages_are_followed_and_team_pages_are_not() -> None:
    nav = "".join(f'<a href="/{path}">{label}</a>' for path, label in (
        ("chi-siamo", "Chi siamo"), ("contatti", "Contatti"), ("il-nostro-team", "Il nostro team"), ("quienes-somos", "Quiénes somos"),
        ("aviso-legal", "Aviso legal"), ("equipo", "Nuestro equipo"), ("over-ons", "Over ons"), ("colofon", "Colofon"),
        ("ons-team", "Ons team"), ("sobre-nos", "Sobre nós"), ("equipa", "A nossa equipa"), ("zespol", "Nasz zespół")))
    links = candidate_links(Selector(text=f"<html><body>{nav}</body></html>"), "https://a.eu/", 20)
    assert sorted(links) == sorted(f"https://a.eu/{p}" for p in (
        "chi-siamo", "contatti", "quienes-somos", "aviso-legal", "over-ons", "colofon", "sobre-nos"))
    assert set(links[:2]) == {"https://a.eu/aviso-legal", "https://a.eu/colofon"}  # legal notices first


# --- countries in their own language (CLDR via babel) ---------------------------------------------------

@pytest.mark.parametrize(
    ("name", "code"),
    [("España", "ES"), ("Italia", "IT"), ("Nederland", "NL"), ("Deutschland", "DE"), ("Schweiz", "CH"), ("Suisse", "CH"),
     ("Svizzera", "CH"), ("Belgique", "BE"), ("België", "BE"), ("Portugal", "PT"), ("Polska", "PL"), ("Japan", "JP"),
     ("日本", "JP"), ("Australia", "AU"), ("Suomi", "FI"), ("Finland", "FI"), ("Österreich", "AT"), ("Atlantis", None)],
)
def test_country_names_in_any_language(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_a_two_letter_word_in_text_is_not_a_country_but_a_structured_code_is() -> None:
    assert country_code("IT") == "IT" and country_code("IT", codes=False) is None


# --- stated and inferred industries ------------------------------------------------------------------------

def test_an_industry_is_stored_only_when_stated_and_a_guess_is_kept_apart() -> None:
    guess = row_of(("https://sistemi.it/", '<html><head><meta name="description" content="Software for logistics teams, '
                    'software for warehouses."></head><body></body></html>'))
    assert (guess.get("industry"), guess["industry_inferred"]) == (None, "software")
    assert {"field": "industry_inferred", "source": "inferred", "url": "https://sistemi.it/"} in guess["sources"]
    stated = row_of(("https://sistemi.it/", "<html><body><p>Software per la logistica.</p></body></html>"),
                    ("https://sistemi.it/chi-siamo", "<html><body><p><b>Settore:</b> Logistica</p></body></html>"))
    assert stated["industry"] == "logistics"
    assert {"field": "industry", "source": "text", "url": "https://sistemi.it/chi-siamo"} in stated["sources"]


# --- provenance -------------------------------------------------------------------------------------------

def test_each_stored_fact_names_its_source_and_page() -> None:
    node = {"@type": "Organization", "name": "Acme", "foundingDate": "1999"}
    home = f'<html lang="en"><head><script type="application/ld+json">{json.dumps(node)}</script></head><body></body></html>'
    legal = "<html><body><p>Acme Widgets Ltd</p><p>10 Cheapside</p><p>London EC2V 6AA</p></body></html>"
    row = row_of(("https://acme.co.uk/", home), ("https://acme.co.uk/legal", legal))
    sources = {entry["field"]: (entry["source"], entry["url"]) for entry in row["sources"]}
    assert sources == {
        "name": ("jsonld", "https://acme.co.uk/"), "founded_year": ("jsonld", "https://acme.co.uk/"),
        "language": ("html", "https://acme.co.uk/"), "legal_name": ("text", "https://acme.co.uk/legal"),
        "street_address": ("text", "https://acme.co.uk/legal"), "locality": ("text", "https://acme.co.uk/legal"),
        "postal_code": ("text", "https://acme.co.uk/legal"), "country_code": ("text", "https://acme.co.uk/legal"),
    }
    assert set(sources) == {key for key, value in row.items() if value is not None and key not in ("sources", "technologies")}


def test_people_named_by_their_role_never_reach_the_description() -> None:
    html = ('<html><head><meta name="description" content="Rossetti Meccanica lavora in tutta Italia. '
            "L'azienda è stata fondata da Giulia Bianchi.\"></head><body></body></html>")
    assert row_of(("https://rossetti.it/", html))["description"] == "Rossetti Meccanica lavora in tutta Italia."
