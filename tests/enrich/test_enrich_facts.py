"""The small pure pieces of extraction: text heuristics (EN/FR/DE), JSON-LD repair, social
profiles, technologies, link choice and vocabularies."""

from __future__ import annotations

import pytest
from parsel import Selector

from segdsl_enrich.jsonld import parse_block
from segdsl_enrich.links import candidate_links
from segdsl_enrich.social import social_links
from segdsl_enrich.technologies import technologies
from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.textfacts import (
    employees_in_text,
    founded_year_in_text,
    legal_name_in_text,
    name_from_legal_name,
    scrub_personal,
)
from segdsl_enrich.vocab import country_code, industry_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are 250+ employees strong", {"employee_count": 250, "employee_range_min": 250}),
        ("plus de 200 salariés", {"employee_count": 200, "employee_range_min": 200}),
        ("über 500 Mitarbeitende", {"employee_count": 500, "employee_range_min": 500}),
        ("more than 1,000 staff", {"employee_count": 1000, "employee_range_min": 1000}),
        ("10-50 Mitarbeiter", {"employee_range_min": 10, "employee_range_max": 50}),
        ("between 50 and 100 employees", {"employee_range_min": 50, "employee_range_max": 100}),
        ("entre 20 et 49 salariés", {"employee_range_min": 20, "employee_range_max": 49}),
        ("zwischen 100 und 250 Beschäftigte", {"employee_range_min": 100, "employee_range_max": 250}),
        ("300 employees", {"employee_count": 300, "employee_range_min": 300, "employee_range_max": 300}),
        ("2.500 Beschäftigte", {"employee_count": 2500, "employee_range_min": 2500, "employee_range_max": 2500}),
        ("We employ 1,200 people", {"employee_count": 1200, "employee_range_min": 1200, "employee_range_max": 1200}),
        ("a team of 35 people", {"employee_count": 35, "employee_range_min": 35, "employee_range_max": 35}),
        ("we helped 10,000 people", {}),
        ("no numbers here", {}),
    ],
)
def test_employees_in_text(text: str, expected: dict[str, int]) -> None:
    assert employees_in_text(text) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [("Founded in 1998.", 1998), ("fondée en 2004", 2004), ("Gegründet 1987", 1987), ("gegründet im Jahr 1950", 1950),
     ("Créée en 2019 à Lyon", 2019), ("established 1890", 1890), ("Founded in 2999", None), ("since forever", None)],
)
def test_founded_year_in_text(text: str, year: int | None) -> None:
    assert founded_year_in_text(text) == year


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Hauptstraße 5", "10115 Berlin", "Deutschland"],
         {"street_address": "Hauptstraße 5", "postal_code": "10115", "locality": "Berlin", "country_code": "DE"}),
        (["Hauptstr. 5", "D-10115 Berlin"],
         {"street_address": "Hauptstr. 5", "postal_code": "10115", "locality": "Berlin", "country_code": "DE"}),
        (["12 rue de la Paix", "75002 Paris", "France"],
         {"street_address": "12 rue de la Paix", "postal_code": "75002", "locality": "Paris", "country_code": "FR"}),
        (["1 Main St", "Springfield, IL 62701"],
         {"street_address": "1 Main St", "locality": "Springfield", "region": "IL", "postal_code": "62701", "country_code": "US"}),
        (["30 St Mary Axe", "London EC3A 8BF"],
         {"street_address": "30 St Mary Axe", "locality": "London", "postal_code": "EC3A 8BF", "country_code": "GB"}),
        (["Storgatan 1", "114 55 Stockholm", "Sweden"],
         {"street_address": "Storgatan 1", "postal_code": "114 55", "locality": "Stockholm", "country_code": "SE"}),
        (["Our office: Paris, France"], {"locality": "Paris", "country_code": "FR"}),
        (["Based in New York, United States."], {"locality": "New York", "country_code": "US"}),
        (["jane@acme.com", "10115 Berlin"], {"postal_code": "10115", "locality": "Berlin"}),
        (["nothing, here"], {}),
    ],
)
def test_address_in_text(lines: list[str], expected: dict[str, str]) -> None:
    assert address_in_text(lines) == expected


@pytest.mark.parametrize(
    ("line", "legal", "name"),
    [
        ("Muster GmbH", "Muster GmbH", "Muster"),
        ("Lumière Conseil SAS au capital de 150 000 €", "Lumière Conseil SAS", "Lumière Conseil"),
        ("Bergmann Maschinenbau GmbH & Co. KG", "Bergmann Maschinenbau GmbH & Co. KG", "Bergmann Maschinenbau"),
        ("© 2024 Acme GmbH. All rights reserved.", "Acme GmbH", "Acme"),
        ("Copyright 2020 Quantum Ledger Corp.", "Quantum Ledger Corp.", "Quantum Ledger"),
        ("Northwind Software, Inc.", "Northwind Software, Inc.", "Northwind Software"),
        ("Powered by Shopify Inc.", None, None),
        ("Claire Dubois, associée", None, None),
    ],
)
def test_legal_name_in_text(line: str, legal: str | None, name: str | None) -> None:
    assert legal_name_in_text([line]) == legal
    assert name_from_legal_name(legal) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Widgets. Contact john.smith@acme.com or +1 415 555 0199.", "Widgets."),
        ("Ruf an: 030 1234 5678! Wir bauen Maschinen.", "Wir bauen Maschinen."),
        ("Grew from 1998-2004 to 300 staff.", "Grew from 1998-2004 to 300 staff."),
        ("jane@acme.com", None),
        (None, None),
    ],
)
def test_scrub_personal_drops_sentences_with_contact_details(text: str | None, expected: str | None) -> None:
    assert scrub_personal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1,}', {"a": 1}),
        ('{"a": [1, 2,], }', {"a": [1, 2]}),
        ('{"url": "https://acme.com/x", // the site\n "b": 2}', {"url": "https://acme.com/x", "b": 2}),
        ('{/* note */ "a": "x, }"}', {"a": "x, }"}),
        ('<!-- {"a": 1} -->', {"a": 1}),
        ('//<![CDATA[\n{"a": 1}\n//]]>', {"a": 1}),
        ('{"a": "line\nbreak"}', {"a": "line\nbreak"}),
        ('{"a": ', None),
        ("", None),
    ],
)
def test_parse_block_repairs_or_gives_up(text: str, expected: object) -> None:
    assert parse_block(text) == expected


def test_social_links_keep_company_profiles_only() -> None:
    urls = ["https://www.linkedin.com/in/jane-roe", "https://linkedin.com/shareArticle?url=x",
            "https://fr.linkedin.com/company/acme-sa/about/", "https://twitter.com/intent/tweet?text=x",
            "https://twitter.com/share", "https://twitter.com/AcmeHQ", "https://www.facebook.com/sharer/sharer.php?u=x",
            "https://www.facebook.com/profile.php?id=4", "https://m.facebook.com/acme.sa/", "mailto:jane@acme.com", None]
    assert social_links(urls) == {"linkedin_url": "https://www.linkedin.com/company/acme-sa",
                                  "twitter_url": "https://x.com/AcmeHQ", "facebook_url": "https://www.facebook.com/acme.sa"}


def test_technologies_from_generator_scripts_markup_and_headers() -> None:
    html = """<html><head><meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/wp-content/x.css">
      <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script><script src="//js.hs-scripts.com/1.js"></script>
      <script src="https://cdn.shopify.com/s/x.js"></script></head><body><div id="__next"></div>
      <script id="__NEXT_DATA__" type="application/json">{}</script></body></html>"""
    found = technologies(Selector(text=html), html, {"server": "nginx/1.25", "x-powered-by": "PHP/8.2"})
    assert found == {"WordPress", "Google Analytics", "HubSpot", "Shopify", "Next.js", "React", "nginx", "PHP"}


def test_candidate_links_prefer_legal_pages_and_skip_people_other_hosts_and_files() -> None:
    html = """<a href="/team">Our team</a> <a href="/about-us">About us</a> <a href="/kontakt">Kontakt</a>
      <a href="/impressum#top">Impressum</a> <a href="/impressum">Impressum</a> <a href="/mitarbeiter">Über uns</a>
      <a href="https://shop.acme.de/about">Shop about</a> <a href="https://other.de/impressum">Partner</a>
      <a href="/agb.pdf">Legal PDF</a> <a href="mailto:info@acme.de">Mail</a> <a href="/">Home</a>
      <a href="/careers">About careers</a> <a href="/qui-sommes-nous">Qui sommes-nous</a>"""
    links = candidate_links(Selector(text=html), "https://acme.de/", limit=4)
    assert links == ["https://acme.de/impressum", "https://acme.de/about-us", "https://acme.de/qui-sommes-nous",
                     "https://acme.de/kontakt"]
    assert candidate_links(Selector(text=html), "https://acme.de/", limit=0) == []


@pytest.mark.parametrize(("name", "code"), [("France", "FR"), ("Deutschland", "DE"), ("U.K.", "GB"), ("united states", "US"),
                                           ("Sverige", "SE"), ("Atlantis", None), (None, None)])
def test_country_code(name: str | None, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("texts", "industry"),
    [(("Cloud software for teams",), "software"), (("Cabinet de conseil en stratégie",), "consulting"),
     (("Spedition und Logistik",), "logistics"), (("Private banking and wealth management",), "finance"),
     (("We like turtles",), None), ((None, ""), None)],
)
def test_industry_of(texts: tuple[str | None, ...], industry: str | None) -> None:
    assert industry_of(*texts) == industry
