"""robots.txt, obeyed through public APIs only: the file is fetched with `crawler.engine.
download_async` (what Scrapy's own middleware does) and parsed with Protego (Scrapy's default
parser, a declared dependency of ours), so no Scrapy upgrade can silently switch it off.

Rules are kept per scheme and host, not per host as Scrapy's `RobotsTxtMiddleware` does: when a
site's https is unreachable, Scrapy's "no robots.txt, allow all" would also cover the http
fallback, and an http-only site's `Disallow` would be ignored. Here the http request fetches
http://host/robots.txt for itself.

What an answer means (RFC 9309): 2xx, the rules in it; 4xx, no rules; 5xx, everything is
forbidden; no answer at all (connection refused, timeout), no rules: the request itself will
fail the same way, and is reported as such rather than as forbidden.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

FORBIDDEN = "Forbidden by robots.txt"
_ALLOW_ALL = Protego.parse("")
_DENY_ALL = Protego.parse("User-agent: *\nDisallow: /\n")


class RobotsMiddleware:
    """Downloader middleware: refuse (IgnoreRequest) what the site's robots.txt forbids us."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings["USER_AGENT"]
        self._rules: dict[str, Protego] = {}
        self._waiting: dict[str, list[Deferred[Protego]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return None
        rules = await self.rules_for(request.url)
        if not rules.can_fetch(request.url, self.user_agent):
            raise IgnoreRequest(FORBIDDEN)
        return None

    async def rules_for(self, url: str) -> Protego:
        """The rules of the url's scheme and host, fetched once; concurrent callers wait for it."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key in self._rules:
            return self._rules[key]
        if key in self._waiting:
            waiter: Deferred[Protego] = Deferred()
            self._waiting[key].append(waiter)
            return await maybe_deferred_to_future(waiter)
        self._waiting[key] = []
        rules = await self._fetch(key)
        self._rules[key] = rules
        for waiter in self._waiting.pop(key):
            waiter.callback(rules)
        return rules

    async def _fetch(self, origin: str) -> Protego:
        request = Request(f"{origin}/robots.txt", priority=1000, callback=NO_CALLBACK,
                          meta={"dont_obey_robotstxt": True, "handle_httpstatus_all": True})
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception:  # noqa: BLE001 - any failure to get an answer means "no rules" (see module doc)
            return _ALLOW_ALL
        if 200 <= response.status < 300:
            return Protego.parse(response.body.decode("utf-8", errors="replace"))
        return _DENY_ALL if response.status >= 500 else _ALLOW_ALL
