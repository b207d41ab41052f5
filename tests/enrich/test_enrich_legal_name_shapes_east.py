"""Legal names of Central/Eastern European and Baltic companies (lower-case common nouns, forms written
first), names after a privacy notice's data-controller label, long Italian partnership names, and a
parenthesised place in a British name."""

import pytest

from segdsl_enrich.textfacts import legal_name_in_text


@pytest.mark.parametrize(("line", "expected"), [
    ("Građevinski obrt Novak & Sin d.o.o.", "Građevinski obrt Novak & Sin d.o.o."),
    ("UAB Vilniaus langai · Savanorių pr. 5, LT-03116 Vilnius", "UAB Vilniaus langai"),
    ("Pārzinis: SIA Zaļā birzs, reģ. Nr. 40003000000", "SIA Zaļā birzs"),
    ("Administrator: Pensjonat Pod Świerkami Sp. z o.o., ul. Długa 3, 34-500 Zakopane",
     "Pensjonat Pod Świerkami Sp. z o.o."),
    ("Tóth és Fia Asztalos Kft.", "Tóth és Fia Asztalos Kft."),
    ("Albergo Al Lago di Rossi Marco & C. S.a.s. · P.IVA 01234567890", "Albergo Al Lago di Rossi Marco & C. S.a.s."),
    ("Crown Inn (Ashby) Ltd · Company no. 01234567", "Crown Inn (Ashby) Ltd"),
])
def test_legal_names(line: str, expected: str) -> None:
    assert legal_name_in_text([line]) == expected


@pytest.mark.parametrize("line", ["Sedež podjetja je v Ljubljani, d.o.o.", "Kontakt zur Muster d.o.o.",
                                  "Wir sind Teil der Muster GmbH"])
def test_sentences_are_no_legal_names(line: str) -> None:
    assert legal_name_in_text([line]) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Frantoio F.lli Greco S.n.c. di Greco Paolo & C. · P.IVA 01234567890", "Frantoio F.lli Greco S.n.c. di Greco Paolo & C."),
    ("Caseificio Sociale Valle Verde Soc. Coop. Agricola · Via Roma 1", "Caseificio Sociale Valle Verde Soc. Coop. Agricola"),
    ("Weber & Partner mbB Steuerberatungsgesellschaft", "Weber & Partner mbB Steuerberatungsgesellschaft"),
    ("Rossi S.r.l. Sociale e ambiente", "Rossi S.r.l."),  # "Sociale" follows a cooperative's form only
])
def test_what_the_register_writes_after_the_form(line: str, expected: str) -> None:
    assert legal_name_in_text([line]) == expected


@pytest.mark.parametrize("structured", [False, True])
def test_a_partnership_naming_its_partners_keeps_its_brand_but_not_its_legal_name(structured: bool) -> None:
    """"S.n.c. di Greco Paolo & C." names people: the stored row has the brand, no legal name, and no
    given name anywhere, whether the name came from the page's text or its JSON-LD."""
    from segdsl_enrich.extract import extract_page, merge

    legal = "Frantoio F.lli Greco S.n.c. di Greco Paolo & C."
    if structured:
        body = ('<html lang="it"><head><script type="application/ld+json">'
                f'{{"@type": "Organization", "legalName": "{legal}"}}</script></head><body><p>Olio extravergine.</p></body></html>')
    else:
        body = f'<html lang="it"><body><p>Olio extravergine di oliva dal frantoio.</p><footer>{legal} · P.IVA 01234567890</footer></body></html>'
    row = merge([extract_page(body, "https://frantoio.example/", {"Content-Type": "text/html; charset=utf-8"})])
    assert "legal_name" not in row
    assert row.get("name") == "Frantoio F.lli Greco"
    assert "Paolo" not in str(row)
