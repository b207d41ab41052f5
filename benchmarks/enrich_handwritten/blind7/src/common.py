"""Helpers for site definitions."""


def ex(name, legal, emp, year, street, loc, pc, cc, lang, industry=None):
    """emp: int (exact) | ("gt", n) | ("range", a, b) | None"""
    if emp is None:
        c = mn = mx = None
    elif isinstance(emp, int):
        c = mn = mx = emp
    elif emp[0] == "gt":
        c, mn, mx = emp[1], emp[1], None
    elif emp[0] == "range":
        c, mn, mx = None, emp[1], emp[2]
    else:
        raise ValueError(emp)
    return {"name": name, "legal_name": legal, "industry": industry, "employee_count": c,
            "employee_range_min": mn, "employee_range_max": mx, "founded_year": year, "street_address": street,
            "locality": loc, "postal_code": pc, "country_code": cc, "language": lang}


NULL = ex(None, None, None, None, None, None, None, None, None)


def site(domain, tpl, lang, brand, nav, pages, footer, expected, *, html_lang=None, cookie="plain", jsonld=None,
         jsonld_pages=("/",), people=(), traits=(), notes="", robots=None, charset=None, https=None, raw=None,
         alternates=None, forbidden=(), status="ok", skip_check=(), head=None, ctx=None, headers=None):
    return {"domain": domain, "tpl": tpl, "lang": lang, "html_lang": html_lang or lang, "brand": brand, "nav": nav,
            "pages": pages, "footer": footer, "expected": expected, "cookie": cookie, "jsonld": jsonld,
            "jsonld_pages": jsonld_pages, "people": list(people), "traits": [tpl] + list(traits), "notes": notes,
            "robots": robots, "charset": charset, "https": https, "raw": raw, "alternates": alternates,
            "forbidden": list(forbidden), "status": status, "skip_check": list(skip_check), "head": head,
            "ctx": ctx or {}, "headers": headers}


def redirect(loc, status=301):
    return {"html": "", "status": status, "location": loc}
