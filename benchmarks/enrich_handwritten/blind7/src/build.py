"""Build web/<domain>.json and expected.json for the blind7 corpus, with self-checks.

Run: cd src && python3 build.py
"""
import html
import importlib
import json
import os
import re
import sys

from templates import FAMILIES, cookie_html, jsonld_tag

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODULES = ["sites_dach", "sites_west", "sites_south", "sites_east", "sites_north", "sites_world"]

FIELDS = ["name", "legal_name", "industry", "employee_count", "employee_range_min", "employee_range_max",
          "founded_year", "street_address", "locality", "postal_code", "country_code", "language"]

COUNTRY_WORDS = {
    "DE": ["Deutschland", "Germany"], "AT": ["Österreich", "Austria"], "CH": ["Schweiz", "Suisse", "Svizzera", "Switzerland"],
    "FR": ["France"], "BE": ["Belgique", "België", "Belgium"], "LU": ["Luxembourg", "Luxemburg"],
    "NL": ["Nederland", "Netherlands"], "IT": ["Italia", "Italy"], "ES": ["España", "Espanya", "Spain"],
    "PT": ["Portugal"], "PL": ["Polska"], "HU": ["Magyarország"], "SK": ["Slovensko", "Slovenská republika"],
    "SI": ["Slovenija"], "HR": ["Hrvatska"], "EE": ["Eesti"], "LV": ["Latvija"], "LT": ["Lietuva"],
    "NO": ["Norge", "Norway"], "IS": ["Ísland", "Iceland"], "GB": ["United Kingdom", "England", "Wales", "UK"],
    "IE": ["Ireland", "Éire"], "BR": ["Brasil"], "MX": ["México"], "ZA": ["South Africa"], "NZ": ["New Zealand"],
    "SG": ["Singapore"],
}


def render_site(s):
    fam = FAMILIES[s["tpl"]]
    pages = {}
    for path, spec in s["pages"].items():
        title, body = spec[0], spec[1]
        ov = spec[2] if len(spec) > 2 else {}
        lang = ov.get("html_lang", s["html_lang"])
        clang = ov.get("lang", s["lang"])
        head = []
        alts = ov.get("alternates") or (s.get("alternates") or {}).get(path)
        if alts:
            scheme = "http" if s.get("https") is False else "https"
            for hl, href in alts:
                head.append(f'<link rel="alternate" hreflang="{hl}" href="{scheme}://{s["domain"]}{href}">')
        jl = ov.get("jsonld", None)
        if jl is None and s.get("jsonld") is not None and (s["jsonld_pages"] == "all" or path in s["jsonld_pages"]):
            jl = s["jsonld"]
        if jl:
            for obj in (jl if isinstance(jl, list) else [jl]):
                head.append(jsonld_tag(obj))
        if s.get("head"):
            head.append(s["head"])
        ctx = {"site": s, "path": path, "title": title, "body": body, "lang": lang,
               "nav": ov.get("nav", s["nav"]), "footer": ov.get("footer", s["footer"]),
               "head": "\n".join(head), "cookie": cookie_html(s["cookie"], clang), "desc": ov.get("desc")}
        ctx.update(s.get("ctx", {}))
        pages[path] = fam(ctx)
    for path, raw in (s.get("raw") or {}).items():
        pages[path] = raw
    out = {}
    if s.get("https") is False:
        out["https"] = False
    if s.get("charset"):
        out["charset"] = s["charset"]
    if s.get("robots"):
        out["robots"] = s["robots"]
    if s.get("headers"):
        out["headers"] = s["headers"]
    out["pages"] = dict(sorted(pages.items()))
    return out


HREF = re.compile(r'href\s*=\s*["\']([^"\'#]*)', re.I)


def reachable(domain, pages):
    def norm(h):
        h = h.strip()
        for pre in (f"https://{domain}", f"http://{domain}", f"https://www.{domain}", f"http://www.{domain}"):
            if h.startswith(pre):
                h = h[len(pre):] or "/"
        if not h.startswith("/") or h.startswith("//"):
            return None
        return h.split("?")[0]

    def lookup(p):
        if p in pages:
            return p
        if p.rstrip("/") in pages:
            return p.rstrip("/")
        return None

    seen, todo = set(), ["/"]
    while todo:
        p = lookup(todo.pop())
        if p is None or p in seen:
            continue
        seen.add(p)
        pg = pages[p]
        if isinstance(pg, dict):
            if pg.get("location"):
                n = norm(pg["location"])
                if n:
                    todo.append(n)
            pg = pg.get("html", "")
        for h in HREF.findall(pg):
            n = norm(h)
            if n:
                todo.append(n)
    return seen


def check(s, web):
    errs = []
    pages = web["pages"]
    seen = reachable(s["domain"], pages)
    for p in pages:
        if p not in seen:
            errs.append(f"unreachable page {p}")
    if web.get("charset"):
        for p_, v in pages.items():
            try:
                (v if isinstance(v, str) else v.get("html", "")).encode(web["charset"])
            except UnicodeEncodeError as ex:
                errs.append(f"page {p_} not encodable in {web['charset']}: {ex}")
    raw_all = "\n".join(v if isinstance(v, str) else v.get("html", "") for v in pages.values())
    text = html.unescape(raw_all)
    e = s["expected"]
    if s["status"] != "ok":
        if any(e[k] is not None for k in FIELDS):
            errs.append("non-ok site must have all-null expected")
        return errs
    skipc = set(s.get("skip_check", ()))
    for k in ["name", "legal_name", "street_address", "locality", "postal_code"]:
        v = e[k]
        if v is not None and k not in skipc and v not in text:
            errs.append(f"{k} {v!r} not in html")
    for k in ["employee_count", "employee_range_min", "employee_range_max", "founded_year"]:
        v = e[k]
        if v is None or k in skipc:
            continue
        forms = {str(v), f"{v:,}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " "), f"{v:,}".replace(",", "\u00a0"),
                 f"{v:,}".replace(",", "\u202f"), f"{v:,}".replace(",", "'")}
        if not any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", text) for f in forms):
            errs.append(f"{k} {v} not in html")
    cc = e["country_code"]
    if cc and "country_code" not in skipc:
        words = COUNTRY_WORDS[cc]
        if not any(w in text for w in words) and f'"addressCountry": "{cc}"' not in text:
            errs.append(f"country {cc} not written")
    if s.get("robots"):
        for fp in s["forbidden"]:
            if f"Disallow: {fp}" not in s["robots"]:
                errs.append(f"forbidden path {fp} not in robots")
    for person in s["people"]:
        if person not in text:
            errs.append(f"person {person!r} not in html")
    return errs


def main():
    sys.path.insert(0, HERE)
    sites = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as ex:
            if ex.name == m:
                continue
            raise
        sites.extend(mod.SITES)
    os.makedirs(os.path.join(ROOT, "web"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "web")):
        os.remove(os.path.join(ROOT, "web", f))
    doms = [s["domain"] for s in sites]
    assert len(doms) == len(set(doms)), "duplicate domains"
    expected, bad = [], 0
    for s in sites:
        web = render_site(s)
        errs = check(s, web)
        for er in errs:
            print(f"[{s['domain']}] {er}")
        bad += len(errs)
        with open(os.path.join(ROOT, "web", s["domain"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(web, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")
        expected.append({"domain": s["domain"], "language": s["lang"], "status": s["status"],
                         "expected": {k: s["expected"][k] for k in FIELDS}, "people": list(s["people"]),
                         "forbidden_paths": list(s["forbidden"]), "traits": list(s["traits"]), "notes": s["notes"]})
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(sites)} sites, {bad} self-check errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
