"""A structured name with a legal form is the legal name, and the brand is the name the site shows
without its legal form, owner or registration qualifier."""

from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.textfacts import name_from_legal_name


def _page(jsonld_name: str, og: str | None = None) -> str:
    meta = f'<meta property="og:site_name" content="{og}">' if og else ""
    return (f'<html lang="de"><head><title>Start</title>{meta}<script type="application/ld+json">'
            f'{{"@context": "https://schema.org", "@type": "Organization", "name": "{jsonld_name}"}}</script>'
            "</head><body><p>Willkommen bei uns.</p></body></html>")


def test_jsonld_name_with_legal_form_is_the_legal_name() -> None:
    row = merge([extract_page(_page("Weber Fördertechnik GmbH"), "https://weber-foerdertechnik.de/", {})])
    assert (row["name"], row["legal_name"]) == ("Weber Fördertechnik", "Weber Fördertechnik GmbH")


def test_opengraph_brand_beats_the_legal_name() -> None:
    page = extract_page(_page("Carpintería Hermanos Ruiz Gómez, S.L.", og="Carpintería Ruiz"), "https://carpinteriaruiz.es/", {})
    row = merge([page])
    assert (row["name"], row["legal_name"]) == ("Carpintería Ruiz", "Carpintería Hermanos Ruiz Gómez, S.L.")


def test_a_name_without_legal_form_stays() -> None:
    row = merge([extract_page(_page("Bäckerei Sonnenschein"), "https://baeckerei-sonnenschein.de/", {})])
    assert row["name"] == "Bäckerei Sonnenschein" and row.get("legal_name") is None


def test_owner_partners_and_qualifiers_are_not_the_brand() -> None:
    assert name_from_legal_name("Gasthof Krone Inh. Peter Maier e.K.") == "Gasthof Krone"
    assert name_from_legal_name("Albergo Stella di Rossi Marco & C. S.a.s.") == "Albergo Stella"
    assert name_from_legal_name("Fattoria F.lli Bianchi S.n.c. di Bianchi Luca & C.") == "Fattoria F.lli Bianchi"
    assert name_from_legal_name("Whitby & Co (Leeds) Limited") == "Whitby & Co"
    assert name_from_legal_name("Casa di Moda S.r.l.") == "Casa di Moda"  # "di" of a place or trade stays
