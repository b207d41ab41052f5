"""Head counts by grammar: verbs of employing and of forming a team before any noun, being N "today",
"N of us", staff and team nouns of more EU languages in their cases, sentence-scoped guards, and the
traps kept out (a group's count, a part of the team, a year as an adjective). Hand-written snippets."""

from __future__ import annotations

from typing import Any

import pytest

from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.headcount import employees_in_text


def exact(n: int) -> dict[str, int]:
    return {"employee_count": n, "employee_range_min": n, "employee_range_max": n}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a verb of employing, its subject or an adverb, any noun
        ("Today we employ 23 upholsterers and seamstresses.", exact(23)),
        ("Inzwischen beschäftigt die Tischlerei rund 31 Leute.", exact(31)),
        ("Zapošljavamo 14 ljudi u dvije smjene.", exact(14)),
        ("Zatrudniamy obecnie 19 piekarzy i cukierników.", exact(19)),
        # the team and a verb of counting or forming
        ("Notre équipe réunit 9 artisans passionnés.", exact(9)),
        ("Il team conta oggi 13 restauratori.", exact(13)),
        ("La plantilla la forman 22 operarios.", exact(22)),
        ("Ons team telt inmiddels 17 vakmensen.", exact(17)),
        ("Tým čítá 8 truhlářů.", exact(8)),
        # being N with an adverb of now; "N of us"
        ("Nous sommes désormais 15, de l'atelier au bureau.", exact(15)),
        ("There are currently 6 of us in the studio.", exact(6)),
        ("Danas nas je 24, od stolara do knjigovođe.", exact(24)),
        ("Nous sommes 11 à l'atelier et au magasin.", exact(11)),
        # staff and team nouns of more languages, in their cases
        ("Imamo 35 djelatnika.", exact(35)),
        ("V podjetju je 42 zaposlenih.", exact(42)),
        ("Firma má 18 zamestnancov.", exact(18)),
        ("Ettevõttes töötab 27 töötajat.", exact(27)),
        ("Uzņēmumā strādā 33 darbinieki.", exact(33)),
        ("Įmonėje dirba 41 darbuotojas.", exact(41)),
        ("Egy 9 fős csapat dolgozik a műhelyben.", exact(9)),
        # workers after a place and a verb of working, "y travaillent"
        ("Bij Dekker zelf werken zo'n 45 collega's.", exact(45)),
        ("Une vingtaine de métiers : près de 25 personnes y travaillent.", exact(25)),
        # sentence scope: a founding sentence before does not make "with N" history
        ("Gegründet 1979. Mit 64 Mitarbeitenden sind wir heute der größte Betrieb im Tal.", exact(64)),
        ("Fundada en 1988. Contamos con 12 técnicos.", exact(12)),
        # a label at the start of a later sentence
        ("Familienbetrieb seit 1952. Unser Team: 19 Gärtner und Floristinnen.", exact(19)),
    ],
)
def test_head_counts_by_grammar(line: str, expected: dict[str, int]) -> None:
    assert employees_in_text([line]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Seit 2020 gehören wir zur Nordholz-Gruppe (2.300 Mitarbeitende).",        # a group's count
        "Wij maken deel uit van Bouwgroep Oost met 900 medewerkers.",              # a group as a compound
        "Unser Team besteht aus 6 Gesellen und Gesellinnen sowie 2 Azubis.",       # a part of the team
        "Winner of the 2021 Employee Wellbeing Award.",                            # a year as an adjective
        "In 2010 we started with 4 employees.",                                    # history
    ],
)
def test_numbers_that_are_not_the_head_count(line: str) -> None:
    assert employees_in_text([line]) == {}


def test_we_employ_three_methods_is_a_known_limit() -> None:
    # A verb of employing counts any noun after it: an honest limit of the class, documented here.
    assert employees_in_text(["We employ 3 methods of drying timber."]) == exact(3)


def row_of(*pages: tuple[str, str]) -> dict[str, Any]:
    return merge([extract_page(html, url, {}, home=index == 0) for index, (url, html) in enumerate(pages)])


def jsonld(employees: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization", '
            f'"name": "Atelier Brun", "numberOfEmployees": {employees}}}</script>')


def test_a_stale_json_ld_head_count_yields_to_the_text() -> None:
    html = f'<html lang="fr"><head>{jsonld("7")}</head><body><p>Nous sommes aujourd\'hui 11 à l\'atelier.</p></body></html>'
    row = row_of(("https://atelier-brun.fr/", html))
    assert (row["employee_count"], row["employee_range_min"], row["employee_range_max"]) == (11, 11, 11)
    assert {"field": "employee_count", "source": "text", "url": "https://atelier-brun.fr/"} in row["sources"]


def test_a_json_ld_range_the_text_count_falls_in_stands() -> None:
    employees = '{"@type": "QuantitativeValue", "minValue": 11, "maxValue": 50}'
    html = f'<html lang="fr"><head>{jsonld(employees)}</head><body><p>Nous sommes 23 à l\'atelier.</p></body></html>'
    row = row_of(("https://atelier-brun.fr/", html))
    assert (row["employee_range_min"], row["employee_range_max"]) == (11, 50)
    assert {"field": "employee_range_min", "source": "jsonld", "url": "https://atelier-brun.fr/"} in row["sources"]


def test_a_json_ld_count_the_text_agrees_with_stays_structured() -> None:
    html = f'<html lang="fr"><head>{jsonld("11")}</head><body><p>Nous sommes 11 à l\'atelier.</p></body></html>'
    row = row_of(("https://atelier-brun.fr/", html))
    assert row["employee_count"] == 11
    assert {"field": "employee_count", "source": "jsonld", "url": "https://atelier-brun.fr/"} in row["sources"]


def test_a_text_lower_bound_the_json_ld_count_meets_does_not_replace_it() -> None:
    html = f'<html lang="en"><head>{jsonld("310")}</head><body><p>Over 300 employees in two offices.</p></body></html>'
    row = row_of(("https://atelier-brun.fr/", html))
    assert (row["employee_count"], row["employee_range_min"], row["employee_range_max"]) == (310, 310, 310)


def test_a_team_page_keeps_only_its_head_count() -> None:
    html = ('<html lang="de"><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"Organization", "name": "Leaky GmbH", "foundingDate": "1990"}</script></head><body>'
            '<p>Unser Team zählt 14 Mitarbeitende, davon 3 Lernende.</p><p>Inhaber: Reto Gubler GmbH</p>'
            '<p>Reto Gubler, Schreinermeister, seit 2016 Geschäftsführer, reto@gubler.ch</p></body></html>')
    page = extract_page(html, "https://gubler.ch/team/", {}, home=False).head_count_only()
    assert set(page.facts) == {"employees"}
    row = merge([extract_page("<html><body><p>Schreinerei</p></body></html>", "https://gubler.ch/", {}), page])
    assert (row["employee_count"], row.get("legal_name"), row.get("founded_year"), row.get("name")) == (14, None, None, None)
