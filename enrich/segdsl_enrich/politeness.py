"""One download slot per registrable domain, also after redirects.

Scrapy keys its slots (concurrency 1, delay, AutoThrottle) by host name, and a redirect copies the
first request's `download_slot` meta, so a site that redirects to another company's site would be
fetched in the first site's slot, in parallel with that company's own crawl. Re-keying every
request by its own registrable domain keeps "one request at a time per site" literally true, and
`www.acme.com` shares `acme.com`'s slot.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request

from segdsl.domains import normalise_domain


class SlotPerSiteMiddleware:
    """Downloader middleware: `download_slot` = the request's registrable domain (or host)."""

    def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        request.meta["download_slot"] = normalise_domain(host) or host
