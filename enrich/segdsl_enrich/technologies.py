"""Web technologies a site visibly uses, from generator meta, script sources and headers."""

from __future__ import annotations

import re
from collections.abc import Mapping

from parsel import Selector

GENERATORS: dict[str, str] = {
    "wordpress": "WordPress", "drupal": "Drupal", "joomla": "Joomla", "typo3": "TYPO3", "wix": "Wix",
    "squarespace": "Squarespace", "shopify": "Shopify", "hugo": "Hugo", "ghost": "Ghost", "webflow": "Webflow",
    "gatsby": "Gatsby", "next.js": "Next.js", "hubspot": "HubSpot",
}
SCRIPTS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "Google Analytics": r"google-analytics\.com/(?:analytics|ga)\.js|googletagmanager\.com/gtag/js",
        "Google Tag Manager": r"googletagmanager\.com/gtm\.js",
        "HubSpot": r"js\.hs-scripts\.com|js\.hsforms\.net|js\.hs-analytics\.net",
        "Shopify": r"cdn\.shopify\.com",
        "WordPress": r"/wp-content/|/wp-includes/",
        "React": r"react(?:-dom)?(?:\.production)?(?:\.min)?\.js",
        "Vue.js": r"vue(?:\.runtime)?(?:\.global)?(?:\.prod)?(?:\.min)?\.js",
        "Angular": r"angular(?:\.min)?\.js",
        "jQuery": r"jquery(?:-\d[\d.]*)?(?:\.min)?\.js",
        "Matomo": r"matomo\.js|piwik\.js",
        "Hotjar": r"static\.hotjar\.com",
        "Stripe": r"js\.stripe\.com",
        "Intercom": r"widget\.intercom\.io",
        "Salesforce Pardot": r"pi\.pardot\.com",
        "Cookiebot": r"consent\.cookiebot\.com",
    }.items()
}
MARKERS: dict[str, str] = {"__NEXT_DATA__": "Next.js", "data-reactroot": "React", "ng-version": "Angular"}
HEADERS: dict[str, str] = {"cloudflare": "Cloudflare", "nginx": "nginx", "apache": "Apache", "php": "PHP",
                           "express": "Express"}


def technologies(selector: Selector, html: str, headers: Mapping[str, str]) -> set[str]:
    """Names of the technologies detected on one page."""
    found: set[str] = set()
    for generator in selector.xpath('//meta[@name="generator" or @name="Generator"]/@content').getall():
        found.update(name for key, name in GENERATORS.items() if key in generator.lower())
    sources = " ".join(selector.xpath("//script/@src | //link[@rel='stylesheet']/@href").getall())
    found.update(name for name, pattern in SCRIPTS.items() if pattern.search(sources))
    found.update(name for marker, name in MARKERS.items() if marker in html)
    if "Next.js" in found:
        found.add("React")
    served_by = " ".join(headers.get(h, "") for h in ("server", "x-powered-by")).lower()
    found.update(name for key, name in HEADERS.items() if key in served_by)
    return found
