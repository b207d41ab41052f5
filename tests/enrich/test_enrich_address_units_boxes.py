"""Address lines that are not the street: a floor on its own line, a post-office box next to the visiting
address, an Irish county between the town and the Eircode, a Mexican colonia; and a village whose house
number follows the village's name."""

import pytest

from segdsl_enrich.addresses import address_in_text


@pytest.mark.parametrize("floor", ["2. Stock", "1. OG", "3° piano", "2e verdieping", "4. emelet", "Top 7", "2nd floor"])
def test_a_floor_line_is_not_the_street(floor: str) -> None:
    facts = address_in_text(["Kanzlei Berger", "Neubaugasse 14", floor, "1070 Wien"])
    assert (facts.get("street_address"), facts["postal_code"], facts["locality"]) == ("Neubaugasse 14", "1070", "Wien")


def test_the_visiting_address_beats_the_po_box() -> None:
    facts = address_in_text(["8 Church Street, Stellenbosch, 7600 · PO Box 455, Stellenbosch, 7599 · South Africa"])
    assert facts["postal_code"] == "7600" and facts.get("street_address") != "PO Box 455"
    facts = address_in_text(["Postfach 10 22, 70001 Stuttgart", "Königstraße 9, 70173 Stuttgart"])
    assert (facts["street_address"], facts["postal_code"]) == ("Königstraße 9", "70173")


def test_a_po_box_alone_is_no_street() -> None:
    facts = address_in_text(["Pósthólf 120, 600 Akureyri, Ísland"])
    assert facts.get("street_address") is None


def test_irish_county_is_a_region_and_the_town_the_locality() -> None:
    facts = address_in_text(["Ballyglass Co-operative Society Limited", "Main Street, Ballyglass, Co. Mayo, F23 K2P1, Ireland"])
    assert (facts["locality"], facts.get("region"), facts.get("street_address"), facts["postal_code"]) == (
        "Ballyglass", "Co. Mayo", "Main Street", "F23 K2P1")


def test_mexican_colonia_between_street_and_postcode() -> None:
    facts = address_in_text(["Despacho Ruiz, S.C. · Calle Hidalgo 415 Ote., Col. Obispado, C.P. 64060, Monterrey, N.L., México"])
    assert (facts.get("street_address"), facts["postal_code"]) == ("Calle Hidalgo 415 Ote.", "64060")


def test_village_house_number() -> None:
    facts = address_in_text(["Zadruga Vrh · Vrh 12 · 51511 Vrh · Hrvatska"])
    assert (facts.get("street_address"), facts["locality"]) == ("Vrh 12", "Vrh")
    facts = address_in_text(["Acme Ltd, 5 Grafton Street, Dublin 2, D02 X285, Ireland"])
    assert (facts["street_address"], facts["locality"]) == ("5 Grafton Street", "Dublin")
