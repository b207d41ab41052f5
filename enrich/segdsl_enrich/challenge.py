"""A bot-protection challenge instead of the home page: a CDN or WAF answers 403/429/503 with a
"checking your browser" page (Cloudflare's "Just a moment...", a CAPTCHA) to every request.

The site did not fail and will not answer a crawler on a retry either, so the domain's status is
`blocked` (an answer, kept by `--retry-failed`), not `failed`. Only unambiguous marks count:
Cloudflare's `cf-mitigated: challenge` header, or a challenge page's own markup; a plain 403
("Forbidden") stays a failure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

CHALLENGE_STATUSES = frozenset({403, 429, 503})
# Markup that only a challenge page has: Cloudflare's challenge platform and titles, DataDome,
# PerimeterX/HUMAN, Imperva/Incapsula, Sucuri, hCaptcha/reCAPTCHA walls.
_BODY = re.compile(
    r"(?i)/cdn-cgi/challenge-platform/|<title>\s*(?:just a moment\.\.\.|attention required! \| cloudflare)\s*</title>|"
    r"cf-chl-|captcha-delivery\.com|_pxcaptcha|px-captcha|_incapsula_resource|sucuri website firewall|"
    r"class=\"(?:h-captcha|g-recaptcha)\"")


def challenge(status: int, headers: Mapping[str, str], body: str) -> str | None:
    """"bot challenge (…)" when the answer is a bot-protection challenge, else None.
    `headers` keys are lowercase."""
    if status not in CHALLENGE_STATUSES:
        return None
    if headers.get("cf-mitigated", "").strip().lower() == "challenge":
        return "bot challenge (cf-mitigated: challenge)"
    if _BODY.search(body[:20000]):
        server = headers.get("server", "").split("/")[0].strip().lower()
        return f"bot challenge ({server})" if server else "bot challenge"
    return None
