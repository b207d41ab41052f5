#!/usr/bin/env python3
"""Build web/<domain>.json and expected.json for the blind6 corpus (stdlib only, deterministic).

Self-checks: every expected string/number appears in the site's HTML (entity-decoded), every page is
reachable from "/" by <a href> links or redirects, people appear on the site, ISO-8859-1 sites encode.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import templates  # noqa: E402
import sites_a, sites_b, sites_c, sites_d  # noqa: E402

ROOT = os.path.dirname(HERE)
KEYS = ["name", "legal_name", "industry", "employee_count", "employee_range_min", "employee_range_max",
        "founded_year", "street_address", "locality", "postal_code", "country_code", "language"]


def build_site(s):
    out = {}
    if s.get("https") is False:
        out["https"] = False
    if s.get("charset"):
        out["charset"] = s["charset"]
    if s.get("robots"):
        out["robots"] = s["robots"]
    if s.get("headers"):
        out["headers"] = s["headers"]
    pages = {}
    for path, (title, body) in s["pages"].items():
        pages[path] = templates.render(s, path, title, body)
    for path, spec in s.get("extra", {}).items():
        pages[path] = spec
    out["pages"] = dict(sorted(pages.items()))
    return out


HREF = re.compile(r'href\s*=\s*["\']([^"\']+)["\']', re.I)


def reachable(s, pages):
    dom = s["domain"]
    seen, todo = set(), ["/"]
    while todo:
        p = todo.pop()
        key = p if p in pages else (p.rstrip("/") if p.rstrip("/") in pages else None)
        if key is None or key in seen:
            continue
        seen.add(key)
        pg = pages[key]
        if isinstance(pg, dict):
            if pg.get("location"):
                loc = pg["location"]
                loc = re.sub(r"^https?://(www\.)?" + re.escape(dom), "", loc) or "/"
                todo.append(loc)
            txt = pg.get("html", "")
        else:
            txt = pg
        if isinstance(pg, dict) and pg.get("status", 200) >= 400:
            continue
        for h in HREF.findall(txt):
            h = html.unescape(h).split("#")[0]
            m = re.match(r"^https?://(www\.)?" + re.escape(dom) + r"(/.*)?$", h)
            if m:
                h = m.group(2) or "/"
            if h.startswith("/") and not h.startswith("//"):
                todo.append(h.split("?")[0])
    return seen


def check(s, web, exp):
    errs = []
    pages = web["pages"]
    alltxt = "\n".join(p if isinstance(p, str) else p.get("html", "") for p in pages.values())
    dec = html.unescape(alltxt)
    if s.get("charset"):
        try:
            alltxt.encode("iso-8859-1")
        except UnicodeEncodeError as e:
            errs.append("latin-1: %s" % e)
    status = exp["status"]
    if status == "ok":
        words = set(s.get("word_fields", []))
        for k in ["name", "legal_name", "street_address", "locality", "postal_code"]:
            v = exp["expected"][k]
            if v is not None and v not in dec:
                errs.append("missing %s=%r" % (k, v))
        for k in ["employee_count", "employee_range_min", "employee_range_max", "founded_year"]:
            v = exp["expected"][k]
            if v is not None and k not in words and str(v) not in dec:
                errs.append("missing %s=%r" % (k, v))
        if exp["expected"]["country_code"] is not None:
            ev = s.get("cc_ev")
            if not ev or ev not in dec:
                errs.append("country evidence %r missing" % ev)
        for p in exp["people"]:
            if p not in dec:
                errs.append("person %r missing" % p)
        seen = reachable(s, pages)
        for p in pages:
            if p not in seen:
                errs.append("unreachable page %s" % p)
    dis = re.findall(r"(?m)^Disallow:\s*(\S+)", web.get("robots", ""))
    for fp in exp["forbidden_paths"]:
        if not any(fp.startswith(d) for d in dis):
            errs.append("forbidden path %s not in robots" % fp)
    for k in KEYS:
        if k not in exp["expected"]:
            errs.append("key %s" % k)
    return errs


def main():
    sites = sites_a.SITES + sites_b.SITES + sites_c.SITES + sites_d.SITES
    doms = [s["domain"] for s in sites]
    assert len(doms) == len(set(doms)), "duplicate domains"
    webdir = os.path.join(ROOT, "web")
    os.makedirs(webdir, exist_ok=True)
    for f in os.listdir(webdir):
        if f.endswith(".json"):
            os.remove(os.path.join(webdir, f))
    expected, bad = [], 0
    for s in sites:
        web = build_site(s)
        status = s.get("status", "ok")
        e = {k: None for k in KEYS}
        if status == "ok":
            e.update(s["exp"])
            e["language"] = s["lang"]
        entry = {"domain": s["domain"], "language": s["lang"], "status": status, "expected": e,
                 "people": s.get("people", []) if status == "ok" else [],
                 "forbidden_paths": s.get("forbidden", []), "traits": [s["tpl"]] + s.get("traits", []),
                 "notes": s.get("notes", "")}
        errs = check(s, web, entry)
        if errs:
            bad += 1
            print("%s: %s" % (s["domain"], "; ".join(errs)))
        with open(os.path.join(webdir, s["domain"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(web, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        expected.append(entry)
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d sites, %d with errors" % (len(sites), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
