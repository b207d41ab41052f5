"""SSRF guard inside Scrapy, in two places, because each closes a hole the other leaves:

* `GuardedResolver` checks every address a name resolves to, at connection time, so DNS
  answers pointing inside the network (or rebinding) are refused, whatever the URL looked like;
* `GuardMiddleware` refuses URLs before any connection: IP-literal hosts (which skip DNS),
  non-standard ports and non-http(s) schemes. Redirects produce new requests that pass through
  it again, so a public page redirecting to 169.254.169.254 is refused too.

Refused names are remembered in `REFUSED` (one crawl per process) so the spider can report
`blocked` instead of a plain DNS failure.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import HostResolution
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IHostnameResolver, IResolutionReceiver
from zope.interface import implementer, provider

from segdsl_enrich.netguard import blocked_reason, is_ip_literal
from segdsl_enrich.resolve import is_loopback

REFUSED: dict[str, str] = {}
DEFAULT_PORTS = {"http": 80, "https": 443}


class BlockedRequest(IgnoreRequest):
    """A request the SSRF guard refused; the spider reports its domain as `blocked`."""


@implementer(IHostnameResolver)
class GuardedResolver:
    """Resolves through the reactor's resolver, then drops any answer in a blocked network."""

    def __init__(self, reactor: Any, overrides: dict[str, tuple[str, int | None]]) -> None:
        self.reactor = reactor
        self.original = reactor.nameResolver
        self.overrides = overrides

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:
        overrides = {host: (ip, port) for host, (ip, port) in crawler.settings.getdict("ENRICH_RESOLVE").items()}
        return cls(reactor, overrides)

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def resolveHostName(self, receiver: IResolutionReceiver, hostName: str, portNumber: int = 0,
                        addressTypes: Any = None, transportSemantics: str = "TCP") -> IResolutionReceiver:
        host = hostName.lower().rstrip(".")
        receiver.resolutionBegan(HostResolution(hostName))
        if host in self.overrides:
            ip, port = self.overrides[host]
            self._deliver(receiver, host, [_address(ip, port or portNumber)], allow_loopback=True)
            return receiver
        found: list[Any] = []

        @provider(IResolutionReceiver)
        class Collector:
            @staticmethod
            def resolutionBegan(resolution: Any) -> None:
                """Already announced to the caller."""

            @staticmethod
            def addressResolved(address: Any) -> None:
                found.append(address)

            @staticmethod
            def resolutionComplete() -> None:
                self._deliver(receiver, host, found, allow_loopback=False)

        self.original.resolveHostName(Collector, hostName, portNumber, addressTypes, transportSemantics)
        return receiver

    def _deliver(self, receiver: IResolutionReceiver, host: str, addresses: list[Any], allow_loopback: bool) -> None:
        """All addresses, or none when any one is blocked (a mixed answer is an attack, not bad luck)."""
        for address in addresses:
            if allow_loopback and is_loopback(address.host):
                continue
            if reason := blocked_reason(address.host):
                REFUSED[host] = f"{host} resolves to {address.host}, in blocked network {reason}"
                addresses = []
                break
        for address in addresses:
            receiver.addressResolved(address)
        receiver.resolutionComplete()


def _address(ip: str, port: int) -> IPv4Address | IPv6Address:
    return IPv6Address("TCP", ip, port) if ":" in ip else IPv4Address("TCP", ip, port)


def refusal(url: str) -> str | None:
    """Why the guard refuses `url` before connecting, or None."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS:
        return f"scheme `{parts.scheme}` is not http or https"
    host = parts.hostname or ""
    if is_ip_literal(host):
        return f"IP-literal host {host} is not allowed"
    try:
        port = parts.port
    except ValueError:
        return "invalid port"
    if port is not None and port != DEFAULT_PORTS[parts.scheme]:
        return f"non-standard port {port} is not allowed"
    return None


class GuardMiddleware:
    """Downloader middleware refusing unsafe URLs, for first requests and redirects alike."""

    def process_request(self, request: Request) -> None:
        if reason := refusal(request.url):
            raise BlockedRequest(reason)
