"""The enrichment spider: per domain, the home page (https, then http) and a few legal/about/
contact pages; facts merged into one row, emitted as soon as the domain's last page is done."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import scrapy
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from segdsl_enrich.challenge import challenge
from segdsl_enrich.extract import Page, extract_page, merge
from segdsl_enrich.guard import REFUSED, BlockedRequest
from segdsl_enrich.job import Job
from segdsl_enrich.robots import FORBIDDEN

Row = dict[str, Any]


@dataclass
class _Domain:
    """Crawl state of one domain until its row is emitted."""

    name: str
    pending: int = 0
    pages: list[Page] = field(default_factory=list)
    row: Row = field(default_factory=dict)
    team_tried: bool = False


class EnrichSpider(scrapy.Spider):
    name = "enrich"

    def __init__(self, job: Job, emit: Callable[[Row], None], on_page: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.job = job
        self.emit = emit
        self.on_page = on_page
        self.domains: dict[str, _Domain] = {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for name in self.job.domains:
            state = self.domains[name] = _Domain(name)
            state.pending = 1
            yield self._home(name, "https")

    def _home(self, domain: str, scheme: str) -> scrapy.Request:
        # https failing is expected and http is the retry, so https attempts are not retried.
        return scrapy.Request(f"{scheme}://{domain}/", callback=self.parse_home, errback=self.home_failed,
                              dont_filter=True, meta={"domain": domain, "scheme": scheme,
                                                      "dont_retry": scheme == "https"})

    def parse_home(self, response: Response) -> Any:
        state = self.domains[response.meta["domain"]]
        self.on_page(response.url)
        state.row.update(final_url=response.url, http_status=response.status)
        if not isinstance(response, TextResponse):
            state.row.update(status="failed", error="home page is not HTML")
            return self._done(state)
        page = extract_page(response.text, response.url, _headers(response), link_limit=self.job.max_pages - 1)
        state.pages.append(page)
        state.row["status"] = "ok"
        for url in page.links:
            state.pending += 1
            # dont_filter: after a cross-domain redirect two domains may share pages, and a page
            # dropped by the dupe filter would never call back, leaving the domain unfinished.
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed,
                                 dont_filter=True, meta={"domain": state.name})
        self._done(state)

    def parse_page(self, response: Response) -> None:
        state = self.domains[response.meta["domain"]]
        self.on_page(response.url)
        if isinstance(response, TextResponse):
            state.pages.append(extract_page(response.text, response.url, _headers(response), link_limit=0, home=False))
        self._done(state)

    def parse_team(self, response: Response) -> None:
        """A team page, fetched because no other page stated a head count: only its head count is kept."""
        state = self.domains[response.meta["domain"]]
        self.on_page(response.url)
        if isinstance(response, TextResponse):
            page = extract_page(response.text, response.url, _headers(response), link_limit=0, home=False)
            state.pages.append(page.head_count_only())
        self._done(state)

    def page_failed(self, failure: Failure) -> None:
        """A secondary page failing (404, robots, timeout) costs facts, not the domain."""
        self._done(self.domains[failure.request.meta["domain"]])

    def home_failed(self, failure: Failure) -> None:
        request = failure.request
        state = self.domains[request.meta["domain"]]
        status, error = classify(failure)
        response = getattr(failure.value, "response", None)
        if request.meta["scheme"] == "https" and status == "failed" and response is None and _may_work_over_http(failure):
            yield self._home(state.name, "http")
            return
        state.row.update(status=status, error=error, final_url=request.url,
                         http_status=response.status if response is not None else None)
        self._done(state)

    def _done(self, state: _Domain) -> None:
        state.pending -= 1
        if state.pending == 0 and (team := self._team_page(state)):
            state.team_tried, state.pending = True, 1
            self.crawler.engine.crawl(scrapy.Request(team, callback=self.parse_team, errback=self.page_failed,
                                                     dont_filter=True, meta={"domain": state.name}))
        elif state.pending == 0:
            self._emit(state)

    def _team_page(self, state: _Domain) -> str | None:
        """The home page's team page, when no fetched page stated a head count and it was not fetched
        already: one more request for the sites whose head count only the team page gives."""
        if state.team_tried or state.row.get("status") != "ok" or not state.pages:
            return None
        if any("employees" in page.facts for page in state.pages):
            return None
        fetched = {page.url for page in state.pages}
        return next((url for url in state.pages[0].team_links if url not in fetched), None)

    def _emit(self, state: _Domain) -> None:
        row = {**(merge(state.pages) if state.row.get("status") == "ok" else {}), **state.row, "domain": state.name}
        row["fetched_at"] = dt.datetime.now(dt.timezone.utc).isoformat()
        self.emit(row)
        del self.domains[state.name]

    def closed(self, reason: str) -> None:
        """A domain still open after a normal finish is a bug, reported as a failed row. After a
        shutdown (Ctrl-C) open domains get no row, so the next run resumes them."""
        if reason != "finished":
            return
        for state in list(self.domains.values()):
            state.row.update(status="failed", error="crawl finished before this domain did")
            self._emit(state)


def classify(failure: Failure) -> tuple[str, str]:
    """(status, error message) for a failed home request."""
    error = failure.value
    if isinstance(error, HttpError):
        response = error.response
        body = response.text if isinstance(response, TextResponse) else ""
        if reason := challenge(response.status, _headers(response), body):
            return "blocked", f"HTTP {response.status}: {reason}"
        return "failed", f"HTTP {response.status}"
    if isinstance(error, BlockedRequest):
        return "blocked", str(error)
    if isinstance(error, scrapy.exceptions.IgnoreRequest) and str(error) == FORBIDDEN:
        return "robots", "forbidden by robots.txt"
    host = (getattr(failure.request, "url", "") or "").split("/")[2].split(":")[0] if failure.request else ""
    if host in REFUSED:
        return "blocked", REFUSED[host]
    message = str(error) or type(error).__name__
    return "failed", f"{type(error).__name__}: {message}"


def _may_work_over_http(failure: Failure) -> bool:
    """https failed to connect, handshake or answer in time: the site may be http-only. A name
    that does not resolve or a page over the size cap would fail the same way over http."""
    return not failure.check(CannotResolveHostError, DownloadCancelledError)


def _headers(response: Response) -> dict[str, str]:
    return {key.decode("latin-1").lower(): b", ".join(values).decode("latin-1")
            for key, values in response.headers.items()}
