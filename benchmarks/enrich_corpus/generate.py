"""A seeded web of company sites with the facts a person reads on each, for scoring enrichment.

`generate(seed, count)` returns sites in the fixture server's format (`segdsl_enrich.fixture_server`)
and, per domain, the expected facts and status. Every site is built from one company drawn at
random and a handful of independent choices, each a mistake class seen on real sites: where each
fact is stated (home, about, contact, legal page, footer, JSON-LD, microdata, key-figure tables,
nowhere), agency credits, team pages with people, cookie banners, a theme's wrong `<html lang>`, an
English cookie banner, broken or placeholder JSON-LD, a WebSite node whose `creator` is the agency,
HTML entities in JSON-LD, cp1252 pages declared by header or by `<meta>` only, founding years next
to employee wording, thousands separators, countries in the site's own language, robots.txt that
forbids everything or one page, failing home pages, http-only sites.

Expected facts are declared here, from the choices, never computed by the extractor.
"""

from __future__ import annotations

import html
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from benchmarks.enrich_corpus.lexicon import (
    ADDRESSES, AGENCIES, HELDOUT, HELDOUT2, HELDOUT3, INDUSTRY_WORDS, LANGUAGES, LEGAL_FORMS, NAME_PARTS, PEOPLE,
)

FIELDS = ("name", "legal_name", "industry", "employee_count", "employee_range_min", "employee_range_max",
          "founded_year", "street_address", "locality", "postal_code", "country_code", "language")
TLDS = {"IT": "it", "ES": "es", "NL": "nl", "BE": "be", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "PT": "pt",
        "PL": "pl", "FI": "fi", "GB": "co.uk", "AU": "com.au", "JP": "co.jp"}
COUNTRY_IN_ENGLISH = {"IT": "Italy", "ES": "Spain", "NL": "Netherlands", "DE": "Germany", "FR": "France", "PT": "Portugal"}
THOUSANDS = {"en": ",", "ja": ",", "de": ".", "it": ".", "es": ".", "nl": ".", "pt": ".", "fr": "\u00a0", "pl": "\u00a0",
             "fi": "\u00a0"}
LATIN1_LANGUAGES = ("fr", "de", "it", "es", "nl", "pt", "fi", "en")


@dataclass
class Site:
    domain: str
    language: str
    spec: dict[str, Any]
    expected: dict[str, Any]
    status: str = "ok"
    people: list[str] = field(default_factory=list)
    forbidden_paths: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)


def generate(seed: int = 2026, count: int = 70, phrasing: str = "development") -> list[Site]:
    """`phrasing` "heldout" / "heldout2" / "heldout3" words the facts as in `lexicon.HELDOUT` / `HELDOUT2` / `HELDOUT3`."""
    rng = random.Random(seed)
    languages = list(LANGUAGES)
    sites: list[Site] = []
    used: set[str] = set()
    for index in range(count):
        language = languages[index % len(languages)]
        sites.append(_site(rng, index, language, used, phrasing))
    return sites


def _site(rng: random.Random, index: int, language: str, used: set[str], phrasing: str) -> Site:
    words = {**LANGUAGES[language], **{"heldout": HELDOUT, "heldout2": HELDOUT2, "heldout3": HELDOUT3}.get(phrasing, {}).get(language, {})}
    countries = [c for c, entries in ADDRESSES.items() if any(e[0] == language for e in entries)]
    country = rng.choice(countries)
    _, street, postal, city_line, locality, country_printed = rng.choice([e for e in ADDRESSES[country] if e[0] == language])
    family, trade = rng.choice(NAME_PARTS[language][0]), rng.choice(NAME_PARTS[language][1])
    brand = f"{family} & {trade}" if rng.random() < 0.15 else f"{family} {trade}"
    form = rng.choice(LEGAL_FORMS[country])
    legal = f"{brand} {form}"
    domain = f"{_slug(brand)}.{TLDS[country]}"
    while domain in used:
        domain = f"{_slug(brand)}{index}.{TLDS[country]}"
    used.add(domain)
    agency_name, agency_form = rng.choice(AGENCIES)
    agency = f"{agency_name} {agency_form}"
    people = rng.sample(PEOPLE, 4)
    site = Site(domain, language, {}, dict.fromkeys(FIELDS), people=[f"{p[0]} {p[1]}" for p in people])
    e = site.expected
    e["language"] = language
    traits = site.traits
    fmt = {"name": brand, "legal": legal, "agency": agency}

    # --- choices, each independent -------------------------------------------------------------
    structured = rng.choices(["jsonld", "jsonld_broken", "jsonld_unreadable", "placeholder", "microdata", "none"],
                             [40, 8, 5, 8, 10, 29])[0]
    traits.append(f"structured:{structured}")
    entities_in_jsonld = rng.random() < 0.35
    creator_node = rng.random() < 0.15
    og_name = rng.random() < 0.45
    legal_where = rng.choices(["footer", "legal", "footer_with_credit", "none"], [35, 30, 15, 20])[0]
    credit = rng.random() < 0.75 or legal_where == "footer_with_credit"
    employees_how = rng.choices(["text_home", "text_about", "range", "facts_table", "jsonld", "none"], [20, 20, 10, 15, 15, 20])[0]
    founded_how = rng.choices(["text_home", "text_about", "facts_table", "jsonld", "none"], [20, 25, 15, 20, 20])[0]
    address_how = rng.choices(["contact_block", "footer_line", "legal_block", "jsonld", "none"], [30, 25, 20, 15, 10])[0]
    country_shown = rng.random() < 0.8
    industry_how = rng.choices(["label", "jsonld", "none"], [20, 15, 65])[0]
    industry = rng.choice(list(INDUSTRY_WORDS))
    wrong_lang = language != "en" and rng.random() < 0.25
    english_cookie = language != "en" and rng.random() < 0.2
    trap = rng.random() < 0.3
    founder_in_description = rng.random() < 0.12
    n = rng.choice([7, 12, 18, 25, 45, 60, 85, 120, 240, 1250, 3400])
    lo, hi = rng.choice([(10, 50), (50, 100), (11, 50), (200, 500)])
    year = rng.randint(1921, 2019)
    if structured in ("none", "microdata") and employees_how == "jsonld":
        employees_how = "text_about"
    if structured in ("none", "microdata", "placeholder", "jsonld_unreadable") and founded_how == "jsonld":
        founded_how = "text_home"
    if structured in ("none", "placeholder", "jsonld_unreadable") and address_how == "jsonld":
        address_how = "contact_block"
    if structured in ("none", "microdata", "placeholder", "jsonld_unreadable") and industry_how == "jsonld":
        industry_how = "label"
    trap = trap and founded_how != "none"
    traits += [f"employees:{employees_how}", f"founded:{founded_how}", f"address:{address_how}", f"legal:{legal_where}",
               f"industry:{industry_how}"] + ["wrong_lang"] * wrong_lang + ["english_cookie"] * english_cookie + \
              ["year_trap"] * trap + ["credit"] * credit + ["entities"] * entities_in_jsonld + ["creator"] * creator_node

    # --- what a visitor reads ------------------------------------------------------------------
    if legal_where != "none":
        e["legal_name"] = legal
    if og_name or structured in ("jsonld", "jsonld_broken", "microdata") or legal_where != "none":
        e["name"] = brand
    else:
        traits.append("name_only_in_title")
        e["name"] = brand  # the logo, the title and the heading say it
    if employees_how == "range":
        e["employee_range_min"], e["employee_range_max"] = lo, hi
    elif employees_how != "none":
        e["employee_count"] = e["employee_range_min"] = e["employee_range_max"] = n
    if founded_how != "none":
        e["founded_year"] = year
    if address_how != "none":
        e.update(street_address=street, locality=locality, postal_code=postal)
        # Formats used by one country only state it too: "Sydney NSW 2000", "London EC2V 6AA", "〒100-0005".
        if country_shown or address_how == "jsonld" or country in ("AU", "GB", "JP"):
            e["country_code"] = country
    if industry_how != "none":
        e["industry"] = industry
    if language == "ja" and address_how not in ("jsonld", "none"):
        traits.append("unscored:street_address,locality")

    number = _thousands(n, language)
    home, about, contact, legal_page, footer = [], [], [], [], []
    home.append(f"<h1>{_e(brand)}</h1><p>{_e(words['intro'].format(name=brand))}</p>")
    about.append(f"<h1>{_e(words['pages']['about'][1])}</h1><p>{_e(words['more'])}</p>")
    if founded_how in ("text_home", "text_about"):
        (home if founded_how == "text_home" else about).append(f"<p>{_e(rng.choice(words['founded']).format(year=year, name=brand))}</p>")
    if employees_how in ("text_home", "text_about"):
        (home if employees_how == "text_home" else about).append(
            f"<p>{_e(rng.choice(words['employees']).format(n=number, name=brand))}</p>")
    if employees_how == "range":
        about.append(f"<p>{_e(rng.choice(words['range']).format(lo=lo, hi=hi))}</p>")
    if employees_how == "facts_table" or founded_how == "facts_table":
        rows = []
        if founded_how == "facts_table":
            rows.append(f"<dt>{_e(words['facts'][0])}</dt><dd>{year}</dd>")
        if employees_how == "facts_table":
            rows.append(f"<dt>{_e(words['facts'][1])}</dt><dd>{_e(number)}</dd>")
        about.append(f"<dl class=\"key-figures\">{''.join(rows)}</dl>")
    if trap and founded_how != "none":
        home.append(f"<p>{_e(words['trap'].format(year=year))}</p>")
    if industry_how == "label":
        about.append(f"<p><strong>{_e(words['industry'])}:</strong> {_e(INDUSTRY_WORDS[industry][language])}</p>")
    founder = site.people[0]
    about.append(f"<p>{_e(words['founder'].format(person=founder))}</p>")

    address_lines = [street, city_line] + ([country_printed] if country_shown else [])
    block = "<address>" + "<br>".join(_e(x) for x in address_lines) + "</address>"
    if address_how == "contact_block":
        contact.append(block)
    elif address_how == "legal_block":
        legal_page.append(block)
    elif address_how == "footer_line":
        footer.append(f"<p class=\"footer-address\">{_e(', '.join(address_lines))}</p>")
    contact_person = site.people[1]
    contact.append(f"<p>{_e(contact_person)} – {_phone(rng, country)} – {_email(contact_person, domain)}</p>")
    legal_page.append(f"<h1>{_e(words['pages']['legal'][1])}</h1><p>{_e(site.people[2])}</p>")
    if legal_where == "legal":
        legal_page.append(f"<p>{_e(words['legal_label'])}: {_e(legal)}</p>")
    if legal_where in ("footer", "footer_with_credit"):
        copyright_line = f"© 2025 {_e(legal)}. {_e(words['rights'])}."
        if legal_where == "footer_with_credit":
            copyright_line += f" {_e(words['agency'][0].format(agency=agency))}"
            credit = False
        footer.append(f"<p>{copyright_line}</p>")
    elif rng.random() < 0.5:
        footer.append(f"<p>© 2025 {_e(brand)}</p>")
    if credit:
        template = rng.choice(words["agency"])
        before, _, after = template.partition("{agency}")
        footer.append(f"<p class=\"credits\">{_e(before)}<a href=\"https://{_slug(agency_name)}.com/\">{_e(agency)}</a>{_e(after)}</p>")

    # --- structured data -------------------------------------------------------------------------
    head: list[str] = []
    if og_name:
        head.append(f'<meta property="og:site_name" content="{_e(brand)}">')
    description = words["intro"].format(name=brand).split(".")[0] + "."
    if founder_in_description:
        description += " " + words["founder"].format(person=founder)
        traits.append("founder_in_description")
    head.append(f'<meta name="description" content="{_e(description)}">')
    node: dict[str, Any] = {"@context": "https://schema.org", "@type": "Organization", "url": f"https://{domain}/"}
    if structured in ("jsonld", "jsonld_broken", "jsonld_unreadable", "microdata"):
        node["name"] = brand
        if legal_where != "none" and rng.random() < 0.5:
            node["legalName"] = legal
            if structured != "jsonld_unreadable":
                traits.append("jsonld_legal")
        if employees_how == "jsonld":
            node["numberOfEmployees"] = rng.choice([n, {"@type": "QuantitativeValue", "value": n}, str(n)])
        if founded_how == "jsonld":
            node["foundingDate"] = rng.choice([str(year), f"{year}-03-01"])
        if address_how == "jsonld":
            node["address"] = {"@type": "PostalAddress", "streetAddress": street, "postalCode": postal,
                               "addressLocality": locality,
                               "addressCountry": rng.choice([country, country_printed, COUNTRY_IN_ENGLISH.get(country, country)])}
        if industry_how == "jsonld":
            node["industry"] = INDUSTRY_WORDS[industry]["en"]
    if structured == "placeholder":
        node.update(name=rng.choice(["Your Company Name", "Company Name", "My WordPress Site"]),
                    address={"@type": "PostalAddress", "addressCountry": "US", "addressLocality": "New York"},
                    numberOfEmployees=10)
    if structured == "microdata":
        home.append(_microdata(node))
    elif structured != "none":
        text = json.dumps(node, ensure_ascii=False)
        if entities_in_jsonld:
            text = json.dumps(_escape_strings(node), ensure_ascii=False)
        if structured == "jsonld_broken":
            text = text[:-1] + ", /* theme */ }"
        if structured == "jsonld_unreadable":
            text = text[:-1]
        head.append(f'<script type="application/ld+json">{text}</script>')
    if creator_node:
        website = {"@context": "https://schema.org", "@type": "WebSite", "url": f"https://{domain}/",
                   "creator": {"@type": "Organization", "name": agency, "legalName": agency,
                               "url": f"https://{_slug(agency_name)}.com/", "foundingDate": "2004",
                               "numberOfEmployees": 14}}
        head.append(f'<script type="application/ld+json">{json.dumps(website, ensure_ascii=False)}</script>')

    # --- pages -------------------------------------------------------------------------------------
    encoding = rng.choice(["windows-1252", "iso-8859-1"]) if language in LATIN1_LANGUAGES and rng.random() < 0.2 else "utf-8"
    meta_only = encoding != "utf-8" and rng.random() < 0.5
    if encoding != "utf-8":
        traits.append(f"charset:{encoding}:{'meta' if meta_only else 'header'}")
    lang_attr = "en-US" if wrong_lang else language
    cookie = LANGUAGES["en"]["cookie"] if english_cookie else words["cookie"]
    pages_names = words["pages"]
    nav = "".join(f'<a href="/{slug}">{_e(label)}</a> ' for slug, label in pages_names.values())
    nav += '<a href="/news">News</a> <a href="/blog">Blog</a>'

    def page(title: str, parts: list[str], extra_head: tuple[str, ...] | list[str] = ()) -> str:
        charset = f'<meta charset="{encoding}">'
        return (f'<!doctype html>\n<html lang="{lang_attr}"><head>{charset}<title>{_e(title)}</title>{"".join(extra_head)}</head>'
                f'<body><div class="cookie-banner"><p>{_e(cookie)}</p><button>OK</button></div>'
                f'<header><a class="logo" href="/">{_e(brand)}</a><nav>{nav}</nav></header>'
                f'<main>{"".join(parts)}</main><footer>{"".join(footer)}</footer></body></html>')

    team = [f"<h1>{_e(pages_names['team'][1])}</h1>"]
    team_people = []
    for first, last in people:
        full = f"{first} {last}"
        team.append(f"<div class=\"member\"><h3>{_e(full)}</h3><p>{_phone(rng, country)}</p><p>{_email(full, domain)}</p></div>")
        team_people.append({"@type": "Person", "name": full, "email": _email(full, domain)})
    team_head = [f'<meta name="description" content="{_e(", ".join(site.people))}">',
                 f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@graph": team_people}, ensure_ascii=False)}</script>']
    pages = {
        "/": page(f"{brand} | Home" if rng.random() < 0.5 else f"{brand} – {words['pages']['about'][1]}", home, head),
        f"/{pages_names['about'][0]}": page(f"{pages_names['about'][1]} – {brand}", about),
        f"/{pages_names['contact'][0]}": page(f"{pages_names['contact'][1]} – {brand}", contact),
        f"/{pages_names['legal'][0]}": page(f"{pages_names['legal'][1]} – {brand}", legal_page),
        f"/{pages_names['team'][0]}": page(f"{pages_names['team'][1]} – {brand}", team, team_head),
        "/news": page(f"News – {brand}", [f"<p>{_e(site.people[3])}</p>"]),
    }
    site.spec = {"pages": pages}
    if encoding != "utf-8":
        site.spec["charset"] = encoding
        site.spec["header_charset"] = not meta_only
    return site


def special_cases(sites: list[Site], rng: random.Random) -> None:
    """Statuses other than ok, and robots.txt rules, on a few of the sites (chosen by the seed)."""
    picks = rng.sample(range(len(sites)), 11)
    for i in picks[:3]:
        sites[i].spec["robots"] = "User-agent: *\nDisallow: /\n"
        sites[i].status = "robots"
        sites[i].traits.append("robots:all")
    for i in picks[3:5]:
        sites[i].spec["pages"]["/"] = {"html": "<html><body>Internal error</body></html>", "status": 500}
        sites[i].status = "failed"
        sites[i].traits.append("home:500")
    for i in picks[5:8]:
        site = sites[i]
        legal_path = f"/{LANGUAGES[site.language]['pages']['legal'][0]}"
        site.spec["robots"] = f"User-agent: *\nDisallow: {legal_path}\n"
        site.forbidden_paths.append(legal_path)
        site.traits.append("robots:legal")
        if "legal:legal" in site.traits and "jsonld_legal" not in site.traits:
            site.expected["legal_name"] = None  # stated only on the page robots.txt forbids
        if "address:legal_block" in site.traits:
            for key in ("street_address", "locality", "postal_code", "country_code"):
                site.expected[key] = None
    for i in picks[8:11]:
        sites[i].spec["https"] = False
        sites[i].traits.append("http_only")
    for site in sites:
        if site.status != "ok":
            site.expected = dict.fromkeys(FIELDS)


def corpus(seed: int = 2026, count: int = 70, phrasing: str = "development") -> list[Site]:
    sites = generate(seed, count, phrasing)
    special_cases(sites, random.Random(seed + 1))
    return sites


def _microdata(node: dict[str, Any]) -> str:
    props = []
    for key in ("name", "legalName", "foundingDate", "industry"):
        if key in node:
            props.append(f'<span itemprop="{key}">{_e(str(node[key]))}</span>')
    if "numberOfEmployees" in node:
        value = node["numberOfEmployees"]
        value = value["value"] if isinstance(value, dict) else value
        props.append(f'<meta itemprop="numberOfEmployees" content="{value}">')
    if "address" in node:
        a = node["address"]
        props.append('<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
                     + "".join(f'<span itemprop="{k}">{_e(str(a[k]))}</span> ' for k in
                               ("streetAddress", "postalCode", "addressLocality", "addressCountry")) + "</div>")
    return f'<div itemscope itemtype="https://schema.org/Organization">{"".join(props)}</div>'


def _escape_strings(value: Any) -> Any:
    """What some CMS plug-ins print inside JSON-LD: HTML entities for &, quotes and accents."""
    if isinstance(value, str):
        if value.startswith("http"):
            return value
        return "".join(f"&#{ord(c)};" if ord(c) > 127 and c.isalpha() and ord(c) < 0x3000 else c
                       for c in html.escape(value, quote=True))
    if isinstance(value, dict):
        return {k: _escape_strings(v) for k, v in value.items()}
    return value


def _thousands(n: int, language: str) -> str:
    return f"{n:,}".replace(",", THOUSANDS[language])


def _phone(rng: random.Random, country: str) -> str:
    prefix = {"IT": "+39 02", "ES": "+34 91", "NL": "+31 20", "BE": "+32 2", "DE": "+49 89", "AT": "+43 1", "CH": "+41 44",
              "FR": "+33 1", "PT": "+351 21", "PL": "+48 22", "FI": "+358 9", "GB": "+44 20", "AU": "+61 2", "JP": "+81 3"}[country]
    return f"{prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _email(person: str, domain: str) -> str:
    return f"{_slug(person).replace('-', '.')}@{domain}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _e(text: str) -> str:
    return html.escape(text, quote=True)
