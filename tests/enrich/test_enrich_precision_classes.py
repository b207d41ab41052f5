"""Precision classes: facts of someone else read as the company's, and guesses stored as facts.

Each case is a wrong value the extractor used to store (a parent group's head count, a partnership's
year, a language it cannot read, a stale JSON-LD block, a county as the town, an invented upper bound).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.language import detect, overrides, votes
from segdsl_enrich.textfacts import employees_in_text, founded_year_in_text


def row_of(*pages: tuple[str, str]) -> dict[str, Any]:
    """Merge pages given as (url, html); the first is the home page."""
    return merge([extract_page(html, url, {}, home=index == 0) for index, (url, html) in enumerate(pages)])


# --- a parent group's, holding's or network's head count --------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Since 2015 we are part of the Hartwell Group, which has 2,300 employees across Europe.",
        "Wir gehören zur Brenner Unternehmensgruppe mit insgesamt 640 Mitarbeitern.",
        "Le groupe Marchal, dont nous sommes une filiale, emploie 3 000 salariés.",
        "Dal 2011 siamo una controllata del gruppo Fontana, che conta 950 dipendenti nel mondo.",
        "Formamos parte del grupo Lumen, con más de 4.000 empleados en doce países.",
        "Sinds 2019 zijn we onderdeel van de Vermeer Groep, die 1.100 medewerkers telt.",
    ],
)
def test_a_parent_group_s_head_count_is_not_the_company_s(line: str) -> None:
    assert employees_in_text([line]) == {}


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Als Teil der Brenner Gruppe beschäftigen wir 85 Mitarbeiter in Kassel.", 85),
        ("Our group employs 2,000 people worldwide.", 2000),  # the site's own group, no "part of"
        ("We are a team of 40 engineers.", 40),
    ],
)
def test_the_company_s_own_count_next_to_a_group_still_counts(line: str, count: int) -> None:
    assert employees_in_text([line])["employee_count"] == count


def test_the_site_s_own_count_wins_over_its_group_s_on_the_same_page() -> None:
    lines = ["Seit 2010 gehört die Druckerei Hahn zur Mediengruppe Nord, die 1.800 Mitarbeitende beschäftigt.",
             "Am Standort Lübeck arbeiten heute 64 Mitarbeitende."]
    assert employees_in_text(lines) == {"employee_count": 64, "employee_range_min": 64, "employee_range_max": 64}


# --- "more than N" in more languages: a lower bound, never an upper one -------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Máme viac ako 25 zamestnancov a dve prevádzky.",
        "Firma má více než 25 zaměstnanců.",
        "V súčasnosti máme viac než 25 zamestnancov.",
    ],
)
def test_more_than_is_a_lower_bound(line: str) -> None:
    assert employees_in_text([line]) == {"employee_count": 25, "employee_range_min": 25}


# --- partnerships, certifications, memberships and awards are not foundings ---------------------------

@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Gegründet 1995, sind wir seit 2003 zertifizierter SAP-Partner.", 1995),
        ("Founded in 1990, we have been ISO 9001 certified since 2005.", 1990),
        ("Seit 2007 Mitglied der Handwerkskammer – gegründet wurde der Betrieb 1981.", 1981),
        ("Die Firma wurde 1998 als Microsoft-Partner gegründet.", 1998),  # the same clause says founding
        ("Seit 2004 Microsoft Gold Partner", None),
        ("Dal 2001 siamo soci di Confartigianato.", None),
        ("Lid van de branchevereniging sinds 1999.", None),
        ("Award-winning since 2012 for our service.", None),
    ],
)
def test_affiliation_years_are_not_founding_years(line: str, year: int | None) -> None:
    assert founded_year_in_text([line]) == year


def test_an_opening_verb_s_own_year_beats_an_earlier_year_in_the_sentence() -> None:
    assert founded_year_in_text(["Die Familie kaufte das Haus 1971 und eröffnete dort 1993 das Café."]) == 1993
    assert founded_year_in_text(["Il negozio è stato aperto nel 1958, rinnovato nel 1990."]) == 1958


# --- a language the detector cannot measure is not replaced by a guess ------------------------------

def test_declared_language_outside_the_measured_ones_stands() -> None:
    # Hungarian: no Hungarian votes; a few words that look Italian/Spanish must not overrule it.
    text = "<p>A cég 1994 óta gyárt bútorokat, con tanti clienti per una vita, és a csapat mindig segít.</p>"
    counts = votes(["A cég 1994 óta gyárt bútorokat, con tanti clienti per una vita, e il lavoro è la nostra vita."])
    assert overrides("hu", counts) is None
    assert row_of(("https://butor.hu/", f'<html lang="hu"><body>{text}</body></html>'))["language"] == "hu"


def test_a_theme_s_html_lang_still_yields_to_clearly_different_text() -> None:
    body = ("<p>Wij zijn een klein bureau uit Gent en wij bouwen voor onze klanten de software die zij nodig hebben. "
            "Het is ons vak en wij doen het met plezier, elk project opnieuw, ook voor u.</p>")
    assert row_of(("https://gentsoft.be/", f'<html lang="en-US"><body>{body}</body></html>'))["language"] == "nl"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sme rodinná firma z Trnavy a pre našich zákazníkov pripravujeme nábytok, ktorý vydrží. Ste vítaní aj "
         "v našej predajni, kde vám radi poradíme, ako aj tiež online.", "sk"),
        ("Suntem o firmă de familie din Iași și lucrăm pentru clienții noștri în toată țara. Echipa noastră este "
         "mereu aici, pentru că aceasta este meseria pe care o iubim și care ne-a format.", "ro"),
        ("Som una empresa familiar de Girona i treballem amb els nostres clients des de fa anys. També fem "
         "encàrrecs especials, i el nostre equip és molt petit però amb molta experiència.", "ca"),
        ("Είμαστε μια οικογενειακή επιχείρηση από την Κρήτη και για τους πελάτες μας παράγουμε λάδι με "
         "φροντίδα. Η ομάδα μας είναι μικρή και τα προϊόντα της είναι από τη γη μας.", "el"),
    ],
)
def test_slovak_romanian_catalan_and_greek_are_told_from_the_text(text: str, language: str) -> None:
    assert detect([text]) == language


def test_a_short_danish_site_keeps_its_declared_danish() -> None:
    # Few words per page, some of them Portuguese-looking ("os", "da"): the declared "da" stands.
    pages = [(f"https://snedker-berg.dk/{slug}", f'<html lang="da-DK"><body><p>{text}</p></body></html>') for slug, text in (
        ("", "Snedker Berg & Co – køkkener og døre efter mål"),
        ("om-os", "Ring til os, så kommer vi ud og ser på opgaven. Vi er fem snedkere og en lærling."),
        ("kontakt", "Skriv til os på mail eller ring."),
    )]
    assert row_of(*pages)["language"] == "da"


# --- structured data contradicting the visible text ---------------------------------------------------

def _jsonld(node: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **node})}</script>'


def test_the_visible_founding_year_wins_over_a_contradicting_jsonld_one() -> None:
    node = {"@type": "Organization", "name": "Weberei Lind", "foundingDate": "1973"}
    home = f'<html lang="de"><head>{_jsonld(node)}</head><body><p>Die Weberei Lind wurde 1937 gegründet.</p></body></html>'
    row = row_of(("https://weberei-lind.de/", home))
    assert row["founded_year"] == 1937
    assert {"field": "founded_year", "source": "text", "url": "https://weberei-lind.de/"} in row["sources"]
    agreeing = home.replace("1973", "1937")
    assert row_of(("https://weberei-lind.de/", agreeing))["founded_year"] == 1937


def test_a_stale_jsonld_address_yields_to_the_address_every_page_shows() -> None:
    node = {"@type": "LocalBusiness", "name": "Optica Mar",
            "address": {"@type": "PostalAddress", "streetAddress": "Calle Mayor 3", "postalCode": "28013",
                        "addressLocality": "Madrid"}}
    footer = "<footer><p>Optica Mar S.L. · Calle de Alcalá 120 · 28009 Madrid</p></footer>"
    home = (f'<html lang="es"><head>{_jsonld(node)}</head><body><p>¡Nos mudamos! Desde marzo nos encontramos en '
            f'Calle de Alcalá 120, 28009 Madrid.</p>{footer}</body></html>')
    other = f'<html lang="es"><body><p>Nuestro equipo.</p>{footer}</body></html>'
    row = row_of(("https://opticamar.es/", home), ("https://opticamar.es/equipo", other))
    assert (row["street_address"], row["postal_code"], row["locality"]) == ("Calle de Alcalá 120", "28009", "Madrid")


def test_a_jsonld_address_stands_when_the_text_only_cuts_its_street_short() -> None:
    node = {"@type": "Organization", "name": "Harbor Labs",
            "address": {"@type": "PostalAddress", "streetAddress": "1200 Harbor Blvd, Suite 400",
                        "postalCode": "98101", "addressLocality": "Seattle", "addressRegion": "WA"}}
    home = f'<html><head>{_jsonld(node)}</head><body><p>Suite 400, Seattle, WA 98101</p></body></html>'
    assert row_of(("https://harborlabs.com/", home))["street_address"] == "1200 Harbor Blvd, Suite 400"


# --- a British county is a region, not the town ------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "locality", "region"),
    [
        ("Harrow Mill, 7 Canal Street, Hebden Bridge, West Yorkshire HX7 8AD", "Hebden Bridge", "West Yorkshire"),
        ("19 Station Road, Stratford-upon-Avon, Warwickshire CV37 6GY, England", "Stratford-upon-Avon", "Warwickshire"),
        ("14 High Street, Lewes, East Sussex BN7 2AD", "Lewes", "East Sussex"),
        ("3 Quay Street, Cornwall TR1 2HE", None, "Cornwall"),  # no town written: none stored
        ("22 Mill Lane, Durham DH1 3LE", "Durham", None),  # a city named like its county
    ],
)
def test_a_uk_county_is_the_region(line: str, locality: str | None, region: str | None) -> None:
    facts = address_in_text([line])
    assert (facts.get("locality"), facts.get("region"), facts["country_code"]) == (locality, region, "GB")


# --- recall: staff words, founding verbs and "on the market since" in more languages ------------------

@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Som 9 persones al taller i a la botiga.", 9),
        ("Avui tenim 31 treballadors a dues plantes.", 31),
        ("Nous sommes 17 : menuisiers, poseurs et une assistante.", 17),
        ("We're a 35-person team spread over three offices.", 35),
        ("V dílně zaměstnáváme 28 lidí.", 28),
        ("Σήμερα απασχολούμε 42 άτομα στο εργοστάσιο.", 42),
        ("Avem 14 angajați în două magazine.", 14),
    ],
)
def test_head_counts_in_more_languages(line: str, count: int) -> None:
    assert employees_in_text([line]) == {"employee_count": count, "employee_range_min": count, "employee_range_max": count}


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Na rynku od 2003 roku. Prowadzimy księgi dla 200 firm.", 2003),
        ("Na trhu pôsobíme od roku 2007.", 2007),
        ("Firma powstała jako warsztat, założoną w 1979 roku spółkę prowadzą dziś wnuki.", 1979),
        ("Grundat 1986 av två snickare i Umeå.", 1986),
        ("Η επιχείρηση ιδρύθηκε το 1972 στα Χανιά.", 1972),
        ("Atelierul a fost înființat în 1999 la Brașov.", 1999),
        ("La cooperativa va ser fundada el 1944 per vint pagesos.", 1944),
        ("El celler va ser fundat el 1921 pel besavi.", 1921),
    ],
)
def test_founding_years_in_more_languages(line: str, year: int) -> None:
    assert founded_year_in_text([line]) == year


def test_a_shop_s_account_and_category_pages_come_after_its_own_pages() -> None:
    from parsel import Selector

    from segdsl_enrich.links import candidate_links

    menu = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in (
        ("/mon-compte", "Mon compte"), ("/7-bougies", "Bougies"), ("/9-savons", "Savons"),
        ("/content/4-notre-atelier", "Notre atelier"), ("/content/2-mentions-legales", "Mentions légales")))
    links = candidate_links(Selector(text=f"<html><body><nav><ul>{menu}</ul></nav></body></html>"),
                            "https://savonnerie-olive.fr/", 2)
    assert links == ["https://savonnerie-olive.fr/content/2-mentions-legales",
                     "https://savonnerie-olive.fr/content/4-notre-atelier"]


# --- legal names: prefix forms, dashed names, more forms ----------------------------------------------

@pytest.mark.parametrize(
    ("line", "legal", "name"),
    [
        ("SARL Boulangerie Marchand et Fils - 4 place du Marché - 21000 Dijon", "SARL Boulangerie Marchand et Fils",
         "Boulangerie Marchand et Fils"),
        ("SAS Brasserie du Vexin, capital 20 000 €, RCS Pontoise", "SAS Brasserie du Vexin", "Brasserie du Vexin"),
        ("Sol Nascente - Energias Renováveis, Lda. · NIPC 512345678", "Sol Nascente - Energias Renováveis, Lda.",
         "Sol Nascente - Energias Renováveis"),
        ("Fynbos Roasters (Pty) Ltd · Reg. No. 2015/000001/07", "Fynbos Roasters (Pty) Ltd", "Fynbos Roasters"),
        ("Pracownia Krawiecka Igła s.c. · ul. Długa 5, 31-147 Kraków", "Pracownia Krawiecka Igła s.c.",
         "Pracownia Krawiecka Igła"),
        ("ΚΑΛΟΓΕΡΑΚΗΣ ΤΡΟΦΙΜΑ Α.Ε. · Οδός Ερμού 10, 10563 Αθήνα", "ΚΑΛΟΓΕΡΑΚΗΣ ΤΡΟΦΙΜΑ Α.Ε.", "ΚΑΛΟΓΕΡΑΚΗΣ ΤΡΟΦΙΜΑ"),
        ("Ferramenta Bassi di Bassi Marco & C. S.n.c. · Via Emilia 3", "Ferramenta Bassi di Bassi Marco & C. S.n.c.",
         "Ferramenta Bassi"),
    ],
)
def test_more_legal_name_shapes(line: str, legal: str, name: str) -> None:
    from segdsl_enrich.textfacts import legal_name_in_text, name_from_legal_name

    assert legal_name_in_text([line]) == legal
    assert name_from_legal_name(legal) == name


@pytest.mark.parametrize("line", ["Kontakt - Müller GmbH", "SARL", "SAS de la Combe"])
def test_headings_and_bare_forms_are_no_legal_names(line: str) -> None:
    from segdsl_enrich.textfacts import legal_name_in_text

    assert legal_name_in_text([line]) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Formamos un equipo de entre 20 y 25 profesionales.", {"employee_range_min": 20, "employee_range_max": 25}),
        ("Constituida en 1987 en Temuco, la firma emplea hoy a más de 150 trabajadores.",
         {"employee_count": 150, "employee_range_min": 150}),
        ("Founded in 2001 with 4 employees, we grew steadily.", {}),  # history, not today
        ("9 personnes à votre service : soudeurs, chaudronniers et un dessinateur.",
         {"employee_count": 9, "employee_range_min": 9, "employee_range_max": 9}),
        ("Today we have 20–30 employees.", {"employee_range_min": 20, "employee_range_max": 30}),
    ],
)
def test_ranges_after_a_team_today_after_a_founding_and_people_at_your_service(line: str, expected: dict[str, int]) -> None:
    assert employees_in_text([line]) == expected


def test_a_jsonld_address_of_the_town_alone_is_completed_by_the_text() -> None:
    node = {"@type": "Organization", "name": "Nordlicht IT",
            "address": {"@type": "PostalAddress", "addressLocality": "Kiel", "addressCountry": "DE"}}
    home = (f'<html lang="de"><head>{_jsonld(node)}</head><body><footer><p>Nordlicht IT GmbH · Holstenstraße 12 · '
            f'24103 Kiel</p></footer></body></html>')
    row = row_of(("https://nordlicht-it.de/", home))
    assert (row["street_address"], row["postal_code"], row["locality"]) == ("Holstenstraße 12", "24103", "Kiel")
    elsewhere = home.replace("24103 Kiel", "20095 Hamburg")  # another town's address completes nothing
    assert row_of(("https://nordlicht-it.de/", elsewhere)).get("street_address") is None
