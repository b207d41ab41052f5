"""Founding years by grammar: year-first "since" clauses with the company as subject, founding verbs
of more EU languages, story/start wordings, and the traps kept out. Hand-written snippets, each in a
wording not used by the benchmark corpora."""

from __future__ import annotations

import pytest

from segdsl_enrich.founding import founded_year_in_text


@pytest.mark.parametrize(
    ("line", "year"),
    [
        # "since YEAR" at the start of a clause whose subject is the company (pronoun, 1st person plural, family, name)
        ("Seit 2010 fertigen wir Fenster aus Lärchenholz.", 2010),
        ("Desde 1994 asesoramos a familias y pequeñas empresas de Vigo.", 1994),
        ("Dal 1975 produciamo cornici su misura.", 1975),
        ("Sinds 1988 repareren wij fietsen in Zwolle.", 1988),
        ("Od roku 2003 wytwarzamy meble na wymiar.", 2003),
        ("Depuis 1972, la famille Perrin élève ses vins sur les coteaux.", 1972),
        ("Desde 1961 a família Rocha produz queijo da serra.", 1961),
        ("Since 1999, Oakfield Press prints books for small publishers.", 1999),
        ("Wir restaurieren seit 1983 historische Orgeln.", 1983),
        ("Bramble & Thorn has been growing cut flowers in Devon since 2008.", None),  # "growing": growth, kept out
        ("Bramble & Thorn has been arranging cut flowers in Devon since 2008.", 2008),
        # founding verbs of more languages
        ("Tvrtka je osnovana 2001. godine u Splitu.", 2001),
        ("Podjetje je bilo ustanovljeno leta 1995 v Celju.", 1995),
        ("Dílnu založil v roce 1993 pan Novák.", 1993),
        ("Zakład założyła w 1987 roku pani Nowak.", 1987),
        ("A céget 1989-ben alapította a család.", 1989),
        ("Įmonė įkurta 1998 metais Kaune.", 1998),
        ("Ettevõte asutatud 2004. aastal Tartus.", 2004),
        ("Our bindery was started in a rented cellar in 1979.", 1979),
        ("La fromagerie est née en 1986 dans une ancienne ferme.", 1986),
        # the start of a story, a person starting the business, the narrative present of opening
        ("Une aventure familiale commencée en 1951 à Liège.", 1951),
        ("In 1990 startte Marieke Jansen haar kapsalon aan de Markt.", 1990),
        ("We started Larkspur Ceramics in 2011 from a garden shed.", 2011),
        ("Giovanni apre la sua prima officina sotto casa nel lontano 1968.", 1968),
        # a year after "and" belongs to the next event
        ("Der Hof wurde 1957 gegründet und 2019 um einen Hofladen erweitert.", 1957),
    ],
)
def test_founding_years_by_grammar(line: str, year: int | None) -> None:
    assert founded_year_in_text([line]) == year


@pytest.mark.parametrize(
    "line",
    [
        "Seit 2016 führt Anna Berger den Betrieb.",                          # a new owner
        "Seit 2018 sind wir Mitglied der Handwerkskammer.",                  # a membership
        "Since 2015 we have been part of the Nordvik Group.",                # a group
        "Depuis 2012, nous sommes installés à Villeurbanne.",                # a move
        "Desde 2020 también ofrecemos cursos de cerámica.",                  # an offer added
        "Since 2005 employees and customers have grown with us.",            # no company subject
        "Seit 2014 ausgezeichneter Ausbildungsbetrieb.",                     # an award
        "Dal 2019 abbiamo un nuovo negozio a Bergamo.",                      # a new shop
        "O edifício pertence à família desde 1890.",                         # a family's property
        "Certified organic since 2009.",                                     # a certification
    ],
)
def test_since_clauses_that_date_something_else_are_not_founding_years(line: str) -> None:
    assert founded_year_in_text([line]) is None


def test_a_verb_founding_wins_over_a_since_clause_anywhere_on_the_page() -> None:
    lines = ["Seit 2015 bauen wir auch Wintergärten.", "Seit 1990 fertigen wir Treppen.", "Die Firma wurde 1978 gegründet."]
    assert founded_year_in_text(lines) == 1978


@pytest.mark.parametrize(("line", "year"), [
    ("Family-run since 1962", 1962), ("Family run since 1962.", 1962), ("Familienbetrieb in vierter Generation seit 1911", 1911),
    ("Die Familie Kessler führt die Mühle seit 1911 in vierter Generation.", 1911)])
def test_family_taglines_still_date_the_company(line: str, year: int) -> None:
    assert founded_year_in_text([line]) == year


def test_family_owned_since_dates_the_company() -> None:
    assert founded_year_in_text(["Family owned since 1993. Our crew of twelve runs the yard."]) == 1993
