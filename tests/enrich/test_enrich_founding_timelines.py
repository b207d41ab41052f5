"""Founding years in history pages: timelines written as tables or <dl> (year and event on separate lines),
titles whose dot is not a sentence end, the first product's birth, a later generation's "since", and
opening verbs of the Nordic, Slavic and Iberian languages."""

from segdsl_enrich.founding import founded_year_in_text


def test_timeline_table_year_line_joins_the_event_line() -> None:
    lines = ["1742", "Das Fachwerkhaus am Markt wird erstmals erwähnt.", "1897",
             "Johann Weber erwirbt das Anwesen und eröffnet den Gasthof.", "1936", "Die ersten Fremdenzimmer."]
    assert founded_year_in_text(lines) == 1897
    assert founded_year_in_text(["1923", "Karl Berger gründet die Tischlerei in einer kleinen Werkstatt.",
                                 "1951", "Sohn Josef übernimmt den Betrieb."]) == 1923
    assert founded_year_in_text(["1971", "Gründung durch Ing. Franz Maier in einer Garage"]) == 1971


def test_a_title_dot_does_not_end_the_sentence() -> None:
    assert founded_year_in_text("Maier Technik wurde 1971 von Ing. Franz Maier als Ein-Mann-Betrieb gegründet.") == 1971
    assert founded_year_in_text("1985 gründete Dipl.-Kfm. Peter Lang seine Praxis in der Altstadt.") == 1985


def test_a_first_product_is_not_the_company() -> None:
    assert founded_year_in_text(["2001 – Nasce la prima bottiglia con il marchio.", "2010 – Nuovo magazzino."]) is None
    assert founded_year_in_text("2015: Gründung der ersten Filiale im Ausland") is None


def test_a_later_generation_since_is_not_the_founding() -> None:
    lines = ["Im Jahr 1955 eröffneten Hans und Eva Moser eine kleine Pension.",
             "Seit 2020 ist mit Enkelin Lisa bereits die dritte Generation im Haus tätig."]
    assert founded_year_in_text(lines) == 1955
    assert founded_year_in_text("Seit 2020 ist die vierte Generation im Betrieb tätig.") is None
    assert founded_year_in_text("Familienbetrieb in dritter Generation seit 1948") == 1948


def test_running_the_house_since_is_a_new_owner() -> None:
    assert founded_year_in_text("Siden 2016 har Kari og Ola Berg drevet hotellet.") is None
    assert founded_year_in_text(["Hotellet ble åpnet i 1899 av kjøpmann Per Lie.",
                                 "Siden 2016 har Kari og Ola Berg drevet hotellet."]) == 1899


def test_founding_and_opening_verbs_across_languages() -> None:
    assert founded_year_in_text("Družstvo bolo založené v roku 1951 ako JRD.") == 1951
    assert founded_year_in_text("Fyrirtækið var stofnað árið 1982 af Jóni Jónssyni.") == 1982
    assert founded_year_in_text("Gostilno je leta 1931 odprl praded Janez.") == 1931
    assert founded_year_in_text("En 1968 Pedro y su mujer abrieron una pequeña sidrería junto al río.") == 1968
