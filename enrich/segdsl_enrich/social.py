"""Company social profile URLs (LinkedIn company page, Twitter/X, Facebook page), canonicalised.

Share buttons, intents and personal LinkedIn profiles (`/in/`) are not company facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PATTERNS = {
    "linkedin_url": re.compile(r"^https?://(?:[a-z]{2,3}\.)?linkedin\.com/(company|school)/([\w\-%.]+)", re.I),
    "twitter_url": re.compile(r"^https?://(?:www\.|mobile\.)?(twitter|x)\.com/(?!intent|share|home|search|hashtag|i/)(\w{1,15})/?(?:[?#]|$)", re.I),
    "facebook_url": re.compile(r"^https?://(?:www\.|m\.|[a-z]{2}-[a-z]{2}\.)?facebook\.com/(?!sharer|share|dialog|people/|profile\.php|plugins|groups/)([\w.\-]+)/?(?:[?#]|$)", re.I),
}


def social_links(urls: Iterable[str]) -> dict[str, str]:
    """The first company profile of each network among `urls`."""
    found: dict[str, str] = {}
    for url in urls:
        if not isinstance(url, str):
            continue
        url = url.strip()
        for field, pattern in _PATTERNS.items():
            match = pattern.match(url)
            if match and field not in found:
                found[field] = _canonical(field, match)
    return found


def _canonical(field: str, match: re.Match[str]) -> str:
    if field == "linkedin_url":
        return f"https://www.linkedin.com/{match.group(1).lower()}/{match.group(2)}"
    if field == "twitter_url":
        return f"https://x.com/{match.group(2)}"
    return f"https://www.facebook.com/{match.group(1)}"
