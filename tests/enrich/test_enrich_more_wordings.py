"""Word classes added after the blind3 corpus: founding verbs in simple pasts and the narrative
present, family/generation "since", being in business since, "we started in"; head counts with
"-plus"/"-tal", team labels and "team of N <noun>," before a comma, working "here", "we are N";
counter widgets that print the figure above its caption. Every sentence here is new."""

from __future__ import annotations

import pytest

from segdsl_enrich.founding import founded_year_in_text
from segdsl_enrich.headcount import employees_in_text
from segdsl_enrich.textfacts import join_labels


@pytest.mark.parametrize(("line", "year"), [
    ("La panadería se fundó en 1931 en el barrio de Gràcia.", 1931),
    ("Em 1987, dois irmãos fundaram a empresa numa garagem do Porto.", 1987),
    ("La ditta nasce nel 1952 come piccola bottega di falegnameria.", 1952),
    ("La società è stata costituita nel 2004 a Trento.", 2004),
    ("In 1977 richtte Anna de Vries een kleine bakkerij op.", 1977),
    ("Entreprise familiale depuis 1921, nous taillons la pierre.", 1921),
    ("Seit 1962 in vierter Generation am Bodensee.", 1962),
    ("Rodzinna firma od 1981 roku.", 1981),
    ("Ons adviesbureau bestaat sinds 1993.", 1993),
    ("Działamy od 2001 roku na rynku lokalnym.", 2001),
    ("We started in 2016 with two laptops and a kettle.", 2016),
    ("In 2008 begonnen we met een enkele vrachtwagen.", 2008),
    ("Angefangen hat alles im Jahr 1999 in einer Scheune.", 1999),
    # not founding years
    ("In 2019 richtte het bedrijf zich op de Duitse markt.", None),
    ("A member of our family of brands since 2017, the shop sells tea.", None),
    ("Since 2012 customers have trusted our app.", None),
])
def test_founding_word_classes(line: str, year: int | None) -> None:
    assert founded_year_in_text([line]) == year


def test_the_first_founding_in_a_sentence_is_the_company_s_not_its_parent_group_s() -> None:
    line = "Il birrificio nasce nel 2011, quando la holding Verdi – società fondata a Parma nel 1950 – rileva il marchio."
    assert founded_year_in_text([line]) == 2011


def _count(n: int, at_least: bool = False) -> dict[str, int]:
    return {"employee_count": n, "employee_range_min": n} if at_least else \
        {"employee_count": n, "employee_range_min": n, "employee_range_max": n}


@pytest.mark.parametrize(("line", "facts"), [
    ("Our 40-plus technicians cover the whole county.", {}),  # no team word: a weak noun stays unread
    ("A team of 40-plus technicians covers the whole county.", _count(40, at_least=True)),
    ("Vi är ett 30-tal medarbetare på kontoret i Luleå.", _count(30)),
    ("Meitä on noin 15 ohjelmistosuunnittelijaa.", _count(15)),
    ("Wij zijn een team van 22 planners, monteurs en adviseurs.", _count(22)),
    ("Nu er vi et team på 9, der bygger cykler.", _count(9)),
    ("Zaměstnáváme přes 40 pracovníků.", _count(40, at_least=True)),
    ("Vi är 8 personer på byrån.", _count(8)),
    ("Unser Team: 9 Gärtner, Floristen und Azubis.", _count(9)),
    ("Bij ons werken ongeveer 35 monteurs.", _count(35)),
    ("Oggi siamo in 7, tra cucina e sala.", _count(7)),
    ("Werken er zo'n 20 tot 25 collega's bij ons.", {"employee_range_min": 20, "employee_range_max": 25}),
    ("Collaborano con noi tra i 12 e i 18 collaboratori.", {"employee_range_min": 12, "employee_range_max": 18}),
    ("Founded in 2002, the firm has grown steadily, with over 150 employees today.", _count(150, at_least=True)),
    # not head counts
    ("We opened in 2002 with 4 employees.", {}),
    ("Unser Team: 30 Jahre Erfahrung im Holzbau.", {}),
    ("We are 5 minutes from the station.", {}),
    ("We are 100% employee-owned.", {}),
    ("2024年4月 新卒社員12名が入社しました", {}),
    ("スタッフ3名を募集しています", {}),
])
def test_head_count_word_classes(line: str, facts: dict[str, int]) -> None:
    assert employees_in_text([line]) == facts


def test_counter_widgets_read_figure_then_caption_and_unclear_tables_are_not_joined() -> None:
    hero = "Heating, cooling and solar systems for homes and offices in the region."
    widget = [hero, "2004", "Year founded", "38", "Employees", "900", "Customers"]
    joined = join_labels(widget)
    assert joined[1:] == ["2004 Year founded", "38 Employees", "900 Customers"]
    assert employees_in_text(joined) == _count(38) and founded_year_in_text(joined) == 2004
    # label first, as before: "Gründung" is a label, so each label takes the figure under it
    assert join_labels(["Gründung", "1990", "Mitarbeiter", "64", "Standorte", "3", "Kontakt"])[:2] == \
        ["Gründung: 1990", "Mitarbeiter: 64"]
    # a heading or a label? "Our numbers" could be either: nothing in the run is paired
    unclear = ["Our numbers", "2004", "Year founded", "38", "Employees", "900", "Customers"]
    assert join_labels(unclear) == unclear and employees_in_text(join_labels(unclear)) == {}


@pytest.mark.parametrize(("line", "language", "count"), [
    ("We are a crew of seventeen mechanics and drivers.", "en", 17),
    ("Notre équipe compte aujourd'hui trente-deux personnes.", "fr", 32),
    ("Oggi siamo in undici, tra cucina e sala.", "it", 11),
    ("Somos un equipo de veintidós ingenieros.", "es", 22),
    ("Wir sind ein Team von vierzehn Leuten.", "de", 14),
    ("Vandaag werken er veertig collega's bij ons.", "nl", 40),
    ("We are a team of twelve.", "pl", None),  # a language text2num does not know: left alone
    ("We won twelve awards.", "en", None),  # no staff, team or working word: not converted
])
def test_spelled_out_head_counts(line: str, language: str, count: int | None) -> None:
    from segdsl_enrich.numberwords import spelled_employees

    found = spelled_employees([line], language)
    assert found.get("employee_count") == count


def test_a_part_of_the_team_is_not_its_size() -> None:
    assert employees_in_text(["Our team of 7 designers and 3 developers builds apps."]) == {}
    assert employees_in_text(["Wir sind 40 Mitarbeiter und 2 Standorte."]) == _count(40)
    assert employees_in_text(["Met 25 medewerkers en een eigen werkplaats."]) == _count(25)
    # a staff noun counts the whole staff, whoever else is named after it
    assert employees_in_text(["Between 40 and 60 employees and 300 volunteers run the festival."]) == \
        {"employee_range_min": 40, "employee_range_max": 60}


@pytest.mark.parametrize(("line", "year"), [
    ("La libreria è stata aperta nel 1971 in piazza Duomo.", 1971),
    ("Pekárnu jsme otevřeli v roce 2009.", 2009),
    ("Kwiaciarnię otworzyliśmy w 1999 roku.", 1999),
    ("We opened the workshop in 1983 on Dock Street.", 1983),
    # another opening than the company's
    ("In 2016 we opened a second store in Bristol.", None),
    ("Unser neuer Showroom wurde 2021 eröffnet.", None),
    ("Abrimos la oficina de Valencia en 2014.", None),
    ("Our online shop opened in 2020.", None),
])
def test_opening_is_founding_unless_it_is_another_opening(line: str, year: int | None) -> None:
    assert founded_year_in_text([line]) == year


def test_a_stated_founding_beats_an_opening() -> None:
    lines = ["Nel 1990 abbiamo aperto il negozio di via Roma.", "L'azienda è stata fondata nel 1975."]
    assert founded_year_in_text(lines) == 1975


def test_a_generation_dates_the_company_only_when_counted() -> None:
    assert founded_year_in_text(["Bäckerei in zweiter Generation seit 1968, mitten in Ulm."]) == 1968
    assert founded_year_in_text(["The next generation of our boilers has been on sale since 2019, with a warranty."]) is None
