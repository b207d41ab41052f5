"""The page language from py3langid (the `enrich` extra), with the stop-word count as fallback.

Each page is a small hand-written snippet; the expected language is what a reader sees.
"""

from __future__ import annotations

from typing import Any

import pytest

from segdsl_enrich import language
from segdsl_enrich.extract import extract_page, merge
from segdsl_enrich.language import detect, identify, overrides, votes


def row_of(*pages: tuple[str, str]) -> dict[str, Any]:
    return merge([extract_page(html, url, {}, home=index == 0) for index, (url, html) in enumerate(pages)])


PAGES = {
    "hr": "Obitelj se vinom bavi od 1904., a vinarija je osnovana 1994. godine, kada je Josip počeo punjenje vina u "
          "boce. Danas obrađujemo vinograde na 34 hektara i primamo goste u kušaonici svaki dan osim nedjelje.",
    "hu": "Műhelyünk Kecskeméten készít egyedi bútorokat, konyhákat és beépített szekrényeket. Jelenleg tizenkét fős "
          "csapattal dolgozunk, és minden megrendelést a helyszíni felméréstől a beépítésig mi végzünk.",
    "sl": "Družinsko podjetje izdeluje pohištvo po meri za domove, hotele in vrtce. V delavnici v Škofji Loki "
          "skrbimo za vsak kos od načrta do montaže, naši mizarji pa delajo z lesom iz domačih gozdov.",
    "lt": "Mūsų įmonė gamina baldus pagal užsakymą jau daugiau nei dvidešimt metų. Dirbame su ąžuolu ir uosiu, "
          "o kiekvieną gaminį pristatome ir sumontuojame patys visoje Lietuvoje.",
    "fr": "Traiteur familial à Bruxelles, nous préparons vos buffets, réceptions et repas d'entreprise avec des "
          "produits de saison. Notre cuisine est ouverte du lundi au samedi et nous livrons dans toute la région.",
}


@pytest.mark.parametrize("code", sorted(PAGES))
def test_languages_without_stop_words_are_told_by_the_model(code: str) -> None:
    assert detect([PAGES[code]]) == code


@pytest.mark.parametrize(("declared", "code"), [("en", "hr"), ("en-US", "hu"), ("nl-BE", "fr"), ("it", "sl")])
def test_a_theme_s_html_lang_yields_to_a_page_the_model_is_sure_of(declared: str, code: str) -> None:
    html = f'<html lang="{declared}"><body><p>{PAGES[code]}</p></body></html>'
    row = row_of(("https://example-firm.eu/", html))
    assert row["language"] == code
    assert {"field": "language", "source": "text", "url": "https://example-firm.eu/"} in row["sources"]


def test_norwegian_declared_nb_is_not_contradicted_by_the_model_s_no() -> None:
    text = ("Vi har bygget båter i Hardanger i over førti år, og vi er stolte av hver eneste en. Verkstedet vårt ligger "
            "ved sjøen, og vi tar imot både nye bestillinger og reparasjoner hele året.")
    assert detect([text]) in {"no", "nb"}
    row = row_of(("https://batbyggeri.no/", f'<html lang="nb"><body><p>{text}</p></body></html>'))
    assert row["language"] == "nb"


def test_too_little_text_leaves_the_declared_language() -> None:
    assert identify("Kontakt · Impressum · Datenschutz") is None
    row = row_of(("https://a.de/", '<html lang="de"><body><p>Willkommen</p><p>Kontakt</p></body></html>'))
    assert row["language"] == "de"


def test_a_short_home_page_is_judged_with_the_other_pages_words() -> None:
    pages = [("https://vinarija.hr/", '<html lang="en"><body><p>Vinarija Kozlović</p><p>Početna</p></body></html>'),
             ("https://vinarija.hr/povijest", f'<html lang="en"><body><p>{PAGES["hr"]}</p></body></html>')]
    assert row_of(*pages)["language"] == "hr"


def test_without_py3langid_the_stop_word_count_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_model", lambda: None)
    # Hungarian has no stop-word list: without the model the declared language cannot be contradicted.
    assert overrides("hu", votes([PAGES["hu"]]), PAGES["hu"]) is None
    assert detect([PAGES["fr"]]) == "fr"
    assert identify(PAGES["fr"]) is None


@pytest.mark.parametrize(("declared", "page"), [
    # Danish or Norwegian (the model cannot be sure), never Portuguese: "Om os" and "na" are Danish words here.
    ("da", "Gå til indhold Kloakmester Hansen Forside Om os Ydelser Kontakt Din kloakmester på hele Sjælland "
           "Kloak, dræn samt tv-inspektion. Vi har over 2.000 kunder, private som erhverv. Ring til os eller skriv til os. Om os · Kontakt · Om os"),
    # Czech or Slovak, never Polish: "z", "do" and "na" are Czech words too.
    ("cs", "Přeskočit na obsah Pekárna Na Rohu Úvod O nás Sortiment Kontakt Poctivý chléb a koláče z Olomouce "
           "Pečeme každou noc z mouky z mlýna na Hané. Denně rozvážíme do 30 kaváren a obchodů. O nás"),
])
def test_an_unsure_model_leaves_the_declared_language_to_stand(declared: str, page: str) -> None:
    """The model read the page and ranks the declared language first without being sure; the
    stop-word count, the weaker reader, must not overrule it with a third language."""
    assert identify(page) is None  # the case under test: the model has read it and is unsure
    assert overrides(declared, votes([page]), page) is None
    html = f'<html lang="{declared}"><body><p>{page}</p></body></html>'
    assert row_of(("https://firma.example/", html))["language"] == declared
