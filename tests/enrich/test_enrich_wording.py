"""Facts in wordings nobody wrote a pattern for (issue 15, recall on unseen sites): each case is a
sentence as a company site words it, with the fact a person reads in it, written by hand; and
the precision guards next to them (a year, other people's staff, a host's name, a postcode the
country cannot have), since a wrong fact is worse than none."""

from __future__ import annotations

import json
from typing import Any

import pytest

from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.countries import build_all_locales, country_code, normalise
from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.jsonld import parse_block
from segdsl_enrich.language import detect
from segdsl_enrich.postcodes import valid_postcode
from segdsl_enrich.textfacts import employees_in_text, founded_year_in_text, join_labels, legal_name_in_text


def exact(n: int) -> dict[str, int]:
    return {"employee_count": n, "employee_range_min": n, "employee_range_max": n}


def at_least(n: int) -> dict[str, int]:
    return {"employee_count": n, "employee_range_min": n}


def between(low: int, high: int) -> dict[str, int]:
    return {"employee_range_min": low, "employee_range_max": high}


# --- head counts: any inflected staff noun, either order, approximations, ranges -----------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45 dedicated professionals work with us.", exact(45)),
        ("Headcount: 1,200", exact(1200)),
        ("Nos 45 collaborateurs sont passionnés.", exact(45)),
        ("Effectifs : 1 250", exact(1250)),
        ("Rund 120 Mitarbeitende sind für Sie da.", exact(120)),
        ("Mitarbeiterzahl: 120", exact(120)),
        ("Wir beschäftigen rund 85 Mitarbeiterinnen und Mitarbeiter.", exact(85)),
        ("12 Mitarbeiter:innen", exact(12)),
        ("Numero di dipendenti: 45", exact(45)),
        ("circa 80 dipendenti", exact(80)),
        ("Equipo humano: 45 personas.", exact(45)),
        ("Una plantilla de 25 personas trabaja para usted.", exact(25)),
        ("Aantal werknemers: 3.400", exact(3400)),
        ("Een team van 12 mensen.", exact(12)),
        ("Nº de colaboradores: 12", exact(12)),
        ("Zespół 12 osób.", exact(12)),
        ("Liczba zatrudnionych: 60", exact(60)),
        ("około 60 pracowników", exact(60)),
        ("Meillä on 12 osaajaa.", exact(12)),
        ("Henkilömäärä: 12", exact(12)),
        ("noin 40 työntekijää", exact(40)),
        ("Vi är 35 anställda.", exact(35)),
        ("Vi har 28 medarbejdere.", exact(28)),
        ("従業員 7名", exact(7)),
        ("約120名の社員", exact(120)),
        ("Our staff of 45 is ready to help.", exact(45)),
        ("Wir sind ein Team von 25 Spezialisten.", exact(25)),
        ("The company employs approximately 2 300 people.", exact(2300)),
        ("Anzahl der Mitarbeiter beträgt 140.", exact(140)),
        ("oltre 200 dipendenti", at_least(200)),
        ("más de 300 empleados", at_least(300)),
        ("ruim 150 medewerkers", at_least(150)),
        ("250+ employees", at_least(250)),
        ("50 bis 100 Mitarbeiter", between(50, 100)),
        ("tra 50 e 100 dipendenti", between(50, 100)),
        ("50–100 Beschäftigte", between(50, 100)),
        ("Dipendenti: 50-100", between(50, 100)),
        ("従業員 50〜100名", between(50, 100)),
        ("Our 45-strong team is based in Leeds.", exact(45)),
        ("Team size: 45", exact(45)),
        ("Ein Team von 45 Fachleuten kümmert sich um Sie.", exact(45)),
        ("Derzeit sind 45 Personen bei uns angestellt.", exact(45)),
        ("Trabalham na Tejo Alimentar 7 pessoas.", exact(7)),
        ("Tiimiimme kuuluu 45 osaajaa.", exact(45)),
        ("Nasz zespół tworzy 12 specjalistów.", exact(12)),
        ("Yrityksen koko: 200–500 henkilöä", between(200, 500)),
        ("200–500 henkilöä", between(200, 500)),
        ("Dipendenti: da 11 a 50", between(11, 50)),
        ("Company size: 51-200 employees", between(51, 200)),
    ],
)
def test_a_number_next_to_any_staff_noun_is_a_head_count(text: str, expected: dict[str, int]) -> None:
    assert employees_in_text([text]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "twenty employees",                              # number words are not read
        "we helped 10,000 people",                       # a weak noun alone is not staff
        "Our team has helped 300 people",
        "Mehr als 500 zufriedene Kunden",
        "over 25 years our employees have grown",        # a time unit between number and noun
        "30% of employees work remotely",
        "1 million employees use our app",
        "Mitarbeiterbefragung 2023",                     # a year after a staff compound
        "Mitarbeiter: 2005",
        "Since 2005 employees and customers have grown with us.",
        "Das Unternehmen wurde 1998 mit 3 Mitarbeitern gegründet.",  # history, not today's count
        "En 2019, 15 nouveaux salariés ont rejoint l'équipe.",     # new hires, not the head count
        "We trained 500 employees of our clients.",
        "Rated 4.5 by 300 employees on Glassdoor",
        "Tel. +49 89 123 45 Mitarbeiter",                # the tail of a phone number
        "Wir sind 24/7 für Sie da",
        "Größe: 38",                                     # a shop's size label, no staff noun
        "We help 300 people find work",
        "We work with 300 people",
    ],
)
def test_numbers_that_are_not_a_head_count(text: str) -> None:
    assert employees_in_text([text]) == {}


def test_the_count_of_today_is_found_after_a_history_line() -> None:
    lines = ["1998: Gründung mit 3 Mitarbeitern.", "2024: 120 Mitarbeiter an zwei Standorten."]
    assert (employees_in_text(lines), founded_year_in_text(lines)) == (exact(120), 1998)


def test_a_key_figure_label_joins_a_short_value_but_not_a_paragraph() -> None:
    assert join_labels(["Henkilömäärä", "45"]) == ["Henkilömäärä: 45"]
    assert founded_year_in_text(join_labels(["Sinds", "1964"])) == 1964
    assert employees_in_text(join_labels(["Team size", "45"])) == exact(45)
    paragraph = "Die Firma hat 2005 ein zweites Werk eröffnet und seither viele neue Kunden gewonnen."
    assert join_labels(["Gründung", paragraph]) == ["Gründung", paragraph]
    assert founded_year_in_text(join_labels(["Gründung", paragraph])) is None


# --- founding years: verbs, nouns where they can only mean the company's, stories, taglines ----------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Our story began in 1998.", 1998),
        ("Notre histoire commence en 1987.", 1987),
        ("Die Firma besteht seit ihrer Gründung 1990.", 1990),
        ("in 1975 gegründet", 1975),
        ("gegründet am 1. April 1950", 1950),
        ("La nostra storia inizia nel 1962, anno di fondazione.", 1962),
        ("Nata nel 2004, l'azienda è oggi un punto di riferimento.", 2004),
        ("Fundada en el año 1931.", 1931),
        ("Opgericht anno 1921.", 1921),
        ("Fundada no ano de 1944.", 1944),
        ("Działamy od 1999 roku, kiedy firma została założona.", 1999),
        ("Rok powstania firmy: 1993", 1993),
        ("Perustamisvuosi 1968", 1968),
        ("Företaget grundades 1946.", 1946),
        ("創立1984年", 1984),
        ("サクラは1984年に設立されました。", 1984),
        ("Date de création : 2001", 2001),
        ("Since 1998", 1998),
        ("Familienunternehmen seit 1920", 1920),
        ("Est. 1887", 1887),
        ("Harbour Systems opened its doors in 1998.", 1998),
        ("In 1964 zag Bakker Software het levenslicht.", 1964),
        ("Nuestra andadura comenzó en 1979.", 1979),
        ("Yritys aloitti toimintansa vuonna 2008.", 2008),
        ("Acme began trading in 1987.", 1987),
        ("L'aventure a débuté en 1995.", 1995),
        ("Seit der Firmengründung im Jahr 1948 sind wir in Familienhand.", 1948),
        ("Dal 1971, anno della sua fondazione, l'azienda è cresciuta.", 1971),
    ],
)
def test_founding_year_in_unseen_wordings(text: str, year: int) -> None:
    assert founded_year_in_text([text]) == year


@pytest.mark.parametrize(
    "text",
    [
        "© 1998–2025 Acme GmbH",                       # a copyright span is not a founding year
        "Sinds 2001 groeien medewerkers en klanten samen met ons.",
        "Seit 2010: ISO 9001 zertifiziert",
        "la création d'une filiale en 2005",            # somebody else's founding
        "Gründung einer Tochter in 2005",
        "In 2005 we set up a plant in Poland.",
        "Founded in Berlin. In 2005 we moved to Munich.",
        "Founded in 2999",
        "The project started in 2019.",
        "In 2005 we started a new business line.",
    ],
)
def test_years_that_are_not_a_founding_year(text: str) -> None:
    assert founded_year_in_text([text]) is None


# --- legal names after any label that names the company, never its host ------------------------------

@pytest.mark.parametrize(
    ("line", "legal"),
    [
        ("Company: Harbour Systems Ltd", "Harbour Systems Ltd"),
        ("Registered name: Harbour Supplies Limited", "Harbour Supplies Limited"),
        ("Nom de la société : Garnier Conseil SAS", "Garnier Conseil SAS"),
        ("Inhaber: Bergmann & Logistik GmbH", "Bergmann & Logistik GmbH"),
        ("Società: Rossetti Meccanica S.r.l.", "Rossetti Meccanica S.r.l."),
        ("Właściciel: Nowak Systemy sp. z o.o.", "Nowak Systemy sp. z o.o."),
        ("Yritys: Lappi Teknologia Oy", "Lappi Teknologia Oy"),
        ("Nordwerk Technik GmbH & Co. KG", "Nordwerk Technik GmbH & Co. KG"),
        ("Svensk Logistik AB", "Svensk Logistik AB"),
        ("社名：株式会社サクラ", "株式会社サクラ"),
        ("Hosting: Hetzner Online GmbH", None),
        ("Nom de l'hébergeur : OVH SAS", None),
        ("Bildnachweis: Shutterstock Inc.", None),
    ],
)
def test_legal_name_after_a_label_naming_the_company(line: str, legal: str | None) -> None:
    assert legal_name_in_text([line]) == legal


# --- countries from every CLDR language; postcodes checked against the country's format --------------

@pytest.mark.parametrize(
    ("name", "code"),
    [("Ελλάδα", "GR"), ("Eesti", "EE"), ("Osterreich", "AT"), ("Espana", "ES"), ("Sverige", "SE"), ("Česko", "CZ"),
     ("Éire", "IE"), ("Lëtzebuerg", "LU"), ("Україна", "UA"), ("Milano", None), ("Hauptstraße 5", None)],
)
def test_country_names_in_every_cldr_language(name: str, code: str | None) -> None:
    assert country_code(name, codes=False) == code


def test_the_all_locale_table_drops_names_that_mean_two_countries() -> None:
    table = build_all_locales()
    assert table[normalise("Magyarország")] == "HU" and table[normalise("Suomi")] == "FI"
    assert "cat" not in table and "end" not in table  # short Latin names from rare locales are words


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["SE-114 55 Stockholm"], {"postal_code": "114 55", "locality": "Stockholm", "country_code": "SE"}),
        (["Václavské náměstí 1", "110 00 Praha 1", "Česko"],
         {"street_address": "Václavské náměstí 1", "postal_code": "110 00", "locality": "Praha", "country_code": "CZ"}),
        (["8 avenue Montaigne", "75008 Paris Cedex 08", "France"],
         {"street_address": "8 avenue Montaigne", "postal_code": "75008", "locality": "Paris", "country_code": "FR"}),
        (["12 rue de la Gare", "L-1234 Luxembourg"],
         {"street_address": "12 rue de la Gare", "postal_code": "1234", "locality": "Luxembourg", "country_code": "LU"}),
        (["1 Grand Canal Square", "Dublin 2", "D02 X285", "Ireland"],
         {"street_address": "1 Grand Canal Square", "postal_code": "D02 X285", "locality": "Dublin", "country_code": "IE"}),
        (["Via Roma 1, 20121 Milano MI"], {"street_address": "Via Roma 1", "postal_code": "20121", "locality": "Milano"}),
        (["Hauptstraße 5", "1234 Berlin", "Deutschland"], {}),  # four digits cannot be a German postcode
    ],
)
def test_addresses_in_more_postcode_formats(lines: list[str], expected: dict[str, str]) -> None:
    assert address_in_text(lines) == expected


def test_postcode_formats_come_from_the_address_database() -> None:
    assert [valid_postcode(code, country) for code, country in
            [("80331", "DE"), ("8033", "DE"), ("1015 CJ", "NL"), ("EC2V 6AA", "GB"), ("00-238", "PL"), ("1234", None)]] == \
        [True, False, True, True, True, None]


def row_of(url: str, html: str) -> dict[str, Any]:
    return merge([extract_page(html, url, {})])


def test_a_structured_address_the_country_cannot_have_gives_way_to_the_text() -> None:
    node = {"@context": "https://schema.org", "@type": "Organization", "name": "Bergmann Technik",
            "address": {"@type": "PostalAddress", "streetAddress": "Main St 1", "postalCode": "10001",
                        "addressLocality": "New York", "addressCountry": "GB"}}
    html = (f'<html lang="de"><head><script type="application/ld+json">{json.dumps(node)}</script></head><body>'
            "<address>Hauptstraße 5<br>80331 München<br>Deutschland</address></body></html>")
    row = row_of("https://bergmann-technik.de/", html)
    assert (row["street_address"], row["postal_code"], row["locality"], row["country_code"]) == (
        "Hauptstraße 5", "80331", "München", "DE")


def test_a_json_ld_block_cut_short_is_closed_but_one_cut_inside_a_string_is_not() -> None:
    assert parse_block('{"@type": "Organization", "name": "Acme", "numberOfEmployees": 45') == {
        "@type": "Organization", "name": "Acme", "numberOfEmployees": 45}
    assert parse_block('{"@type": "Organization", "name": "Ac') is None


def test_the_domain_name_with_digits_still_finds_the_name_in_the_title() -> None:
    row = row_of("https://montalban-alimentos24.es/", "<html><head><title>Montalbán Alimentos | Inicio</title></head></html>")
    assert row["name"] == "Montalbán Alimentos"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi är ett familjeföretag och har arbetat med kunder i hela landet. Det är våra kunder som gör att vi kan växa, "
         "och vi ska vara den bästa partnern för dem. Vi erbjuder också service, mycket mer än bara något.", "sv"),
        ("Vi er en familievirksomhed med kunder i hele landet. Det er vores kunder, som gør, at vi kan vokse, og vi har "
         "meget erfaring. Hvad kan vi gøre for jer? Nogle af vores kunder blev hos os i mange år af gode grunde.", "da"),
        ("Jsme rodinná firma a naše služby jsou pro zákazníky v celé republice. Je to naše práce, která nás baví, a také "
         "naši zákazníci, kteří nám věří. Jsme tu pro vás, že ano.", "cs"),
    ],
)
def test_more_languages_are_told_from_the_text(text: str, language: str) -> None:
    assert detect([text]) == language
