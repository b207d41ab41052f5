"""Addresses after the blind3 corpus: a comma between street and house number, labels before the
street, a country in brackets, postcodes of countries outside the usual formats anchored by the
country the line names (Google's address data), and schema.org LocalBusiness subtypes. Example
addresses are made up for these tests."""

from __future__ import annotations

import pytest
from parsel import Selector

from segdsl_enrich.addresses import address_in_text
from segdsl_enrich.jsonld import organization_nodes


@pytest.mark.parametrize(("line", "expected"), [
    ("Calle Mayor, 17 – 28013 Madrid", {"street_address": "Calle Mayor, 17", "postal_code": "28013", "locality": "Madrid"}),
    ("Rua das Flores, 12 · 4050-262 Porto · Portugal",
     {"street_address": "Rua das Flores, 12", "postal_code": "4050-262", "locality": "Porto", "country_code": "PT"}),
    ("Carretera de Toledo, km 4 · 45600 Talavera de la Reina (Toledo)",
     {"street_address": "Carretera de Toledo, km 4", "postal_code": "45600", "locality": "Talavera de la Reina"}),
    ("Head office: Via Roma 3, 10121 Torino", {"street_address": "Via Roma 3", "postal_code": "10121", "locality": "Torino"}),
    ("Siège social : 8 rue Neuve, 69002 Lyon", {"street_address": "8 rue Neuve", "postal_code": "69002", "locality": "Lyon"}),
    ("Calle Sol 4, 41001 Sevilla (España)",
     {"street_address": "Calle Sol 4", "postal_code": "41001", "locality": "Sevilla", "country_code": "ES"}),
    # a company name is not a street, and a lone number is not one either
    ("Nordwerk GmbH, 12, 50667 Köln", {"postal_code": "50667", "locality": "Köln"}),
])
def test_streets_and_labels(line: str, expected: dict[str, str]) -> None:
    assert address_in_text([line]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Blvd. Kukulcán 120, Zona Hotelera, C.P. 77500, Cancún, Q.R., México",
     # a district ("Zona Hotelera") between the street and the postcode: the street is the part before it
     {"postal_code": "77500", "locality": "Cancún", "country_code": "MX", "street_address": "Blvd. Kukulcán 120"}),
    ("Rua Augusta, 500 – Consolação, Campinas – SP, CEP 13010-111 · Brasil",
     {"postal_code": "13010-111", "locality": "Campinas", "country_code": "BR"}),
    ("300, rue Principale · Gatineau (Québec) J8X 2B3 · Canada",
     # Québec writes "number, street": the number's part and the street's part are one street
     {"postal_code": "J8X 2B3", "locality": "Gatineau", "country_code": "CA", "street_address": "300, rue Principale"}),
    ("5 Jurong Port Road, #03-11, Singapore 619104",
     {"postal_code": "619104", "locality": "Singapore", "country_code": "SG", "street_address": "5 Jurong Port Road"}),
    ("Av. Santa Fe 900 · C1059ABC · Argentina",
     {"postal_code": "C1059ABC", "country_code": "AR", "street_address": "Av. Santa Fe 900"}),
    # no country named: no guess at a format
    ("Blvd. Kukulcán 120, C.P. 77500, Cancún", {}),
])
def test_postcodes_anchored_by_the_country_named(line: str, expected: dict[str, str]) -> None:
    assert address_in_text([line]) == expected


def test_the_address_block_s_country_beats_a_country_mentioned_in_passing() -> None:
    lines = ["We ship from Singapore, Malaysia and Thailand.", "7 Tuas Avenue 2, Singapore 639447"]
    assert address_in_text(lines)["country_code"] == "SG"


@pytest.mark.parametrize("kind", ["Dentist", "HVACBusiness", "Winery", "LegalService", "CafeOrCoffeeShop", "BeautySalon"])
def test_local_business_subtypes_are_organisations(kind: str) -> None:
    html = f'<script type="application/ld+json">{{"@type": "{kind}", "name": "Acme", "foundingDate": "2001"}}</script>'
    assert [node["name"] for node in organization_nodes(Selector(text=html))] == ["Acme"]
    other = '<script type="application/ld+json">{"@type": "Product", "name": "Widget"}</script>'
    assert organization_nodes(Selector(text=other)) == []


def test_a_year_before_a_country_is_not_a_postcode_and_known_formats_are_not_searched_again() -> None:
    assert address_in_text(["Seit 1998 · Schweiz"]) == {}
    assert address_in_text(["Since 2004 · Brasil"]) == {}
