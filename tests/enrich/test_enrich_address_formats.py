"""Address formats outside the built-in ones, and the mistakes around them: Hungarian street-after-town,
Canada's postcode shape, a Québec "number, street", a district between street and postcode, a
country past registration numbers or ending its sentence, a web host's address, a sentence taken for
a street. Hand-written snippets, not from the benchmark corpora."""

from __future__ import annotations

from segdsl_enrich.addresses import address_in_text


def test_hungarian_postcode_town_then_street() -> None:
    assert address_in_text(["Kovács Pékség Kft. · 7621 Pécs, Király utca 19."]) == {
        "postal_code": "7621", "locality": "Pécs", "street_address": "Király utca 19.", "country_code": "HU"}
    assert address_in_text(["Iroda: 1052 Budapest, Deák Ferenc tér 3., Magyarország"])["country_code"] == "HU"


def test_canadian_postcode_with_province_in_brackets_and_a_quebec_street() -> None:
    assert address_in_text(["1180, chemin du Lac", "Sherbrooke (Québec) J1H 4N2", "Canada"]) == {
        "postal_code": "J1H 4N2", "locality": "Sherbrooke", "street_address": "1180, chemin du Lac", "country_code": "CA"}


def test_a_district_between_street_and_postcode() -> None:
    assert address_in_text(["Avenida Juárez 455, Centro Histórico, 44100 Guadalajara, Jal., México"]) == {
        "postal_code": "44100", "locality": "Guadalajara", "street_address": "Avenida Juárez 455", "country_code": "MX"}


def test_the_country_past_registration_numbers_or_at_a_sentence_end() -> None:
    line = "Tartak Lis Sp. z o.o. · ul. Leśna 3, 21-500 Biała Podlaska · NIP 537-10-20-300 · REGON 030123456 · Polska"
    assert address_in_text([line])["country_code"] == "PL"
    line = "Éditeur : SAS Bois Durand, 4 rue des Tanneurs, 37000 Tours, France. Responsable de publication : la gérance."
    assert address_in_text([line])["country_code"] == "FR"


def test_a_web_host_s_address_is_not_the_company_s() -> None:
    lines = ["Hébergement : Infomaniak Network SA, Rue Eugène-Marziano 25, 1227 Les Acacias, Suisse",
             "Siège : 14 quai de la Loire, 44000 Nantes, France"]
    assert address_in_text(lines)["postal_code"] == "44000"


def test_a_sentence_before_the_address_is_not_the_street() -> None:
    lines = ["We've baked more than 900 wedding cakes.", "Rosebank Bakes is run by J. Carter. 8 Mill Lane, Ludlow SY8 1BB"]
    facts = address_in_text(lines)
    assert facts["street_address"] == "8 Mill Lane"
    assert facts["locality"] == "Ludlow"


def test_a_unit_alone_is_not_a_street() -> None:
    facts = address_in_text(["Groupe Nova inc. · 400, rue Sherbrooke Ouest, bureau 1200 · Montréal (Québec) H3A 1B9 · Canada"])
    assert facts["postal_code"] == "H3A 1B9"
    assert facts.get("street_address") != "bureau 1200"


def test_a_dutch_postcode_is_not_a_legal_name() -> None:
    from segdsl_enrich.textfacts import legal_name_in_text

    assert legal_name_in_text(["Kerkstraat 14, 3011 AB Rotterdam"]) is None
    assert legal_name_in_text(["Havenweg 3, 8861 AS Harlingen"]) is None
    assert legal_name_in_text(["Visser Bouw B.V."]) == "Visser Bouw B.V."
