"""Which sub-pages the spider follows: every page of the main menu, ranked by known words, within
the page budget (example menus written for these tests)."""

from __future__ import annotations

from parsel import Selector

from segdsl_enrich.links import candidate_links


def _links(body: str, limit: int = 10) -> list[str]:
    return [url.removeprefix("https://b.eu") for url in candidate_links(Selector(text=f"<html><body>{body}</body></html>"),
                                                                           "https://b.eu/", limit)]


def test_menu_pages_with_unknown_names_are_followed_after_known_ones_and_offer_pages_last() -> None:
    menu = ('<nav class="main"><a href="/">Start</a><a href="/unsere-werkstatt">Unsere Werkstatt</a>'
            '<a href="/produkte">Produkte</a><a href="/le-domaine">Le Domaine</a><a href="/kontakt">Kontakt</a></nav>'
            '<main><a href="/artikel/hobel-42">Hobel 42</a></main>'
            '<footer><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></footer>')
    assert _links(menu) == ["/impressum", "/kontakt", "/unsere-werkstatt", "/le-domaine", "/datenschutz", "/produkte"]
    assert _links(menu, 3) == ["/impressum", "/kontakt", "/unsere-werkstatt"]


def test_history_and_scandinavian_about_pages_are_about_pages() -> None:
    menu = "".join(f'<a href="/{path}">{label}</a>' for path, label in (
        ("kontakt", "Kontakt"), ("historia", "Nuestra historia"), ("om-oss", "Om oss"), ("om-os", "Om os"),
        ("our-story", "Our story"), ("firmengeschichte", "Chronik")))
    assert _links(f"<nav>{menu}</nav>")[:5] == ["/historia", "/om-oss", "/om-os", "/our-story", "/firmengeschichte"]


def test_without_menu_markup_every_link_is_the_menu_but_people_search_and_careers_never() -> None:
    table = ('<table><tr><td><a href="/index.htm">Home</a><br><a href="/ditta.htm">La ditta</a><br>'
             '<a href="/cerca">Cerca</a><br><a href="/carrieres">Carrières</a><br><a href="/avvocati">I nostri avvocati</a>'
             '<br><a href="/home.html">Home</a></td></tr></table>')
    assert _links(table) == ["/ditta.htm"]


def test_links_outside_the_menu_need_a_known_word_when_there_is_a_menu() -> None:
    page = '<header><a href="/chi-siamo">Chi siamo</a></header><article><a href="/ricetta-ragu">Ricetta</a></article>'
    assert _links(page) == ["/chi-siamo"]
