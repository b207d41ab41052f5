"""SSRF guard pieces without a crawl: URL refusal, --resolve parsing, the resolver's decisions."""

from __future__ import annotations

import pytest
from twisted.internet.address import IPv4Address, IPv6Address

from segdsl_enrich.guard import REFUSED, BlockedRequest, GuardedResolver, GuardMiddleware, refusal
from segdsl_enrich.resolve import parse_resolve


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "IP-literal host 127.0.0.1 is not allowed"),
        ("http://169.254.169.254/latest/meta-data/", "IP-literal host 169.254.169.254 is not allowed"),
        ("http://[fd00:ec2::254]/", "IP-literal host fd00:ec2::254 is not allowed"),
        ("http://[::ffff:10.0.0.1]/", "IP-literal host ::ffff:10.0.0.1 is not allowed"),
        ("http://example.com:8080/", "non-standard port 8080 is not allowed"),
        ("https://example.com:80/", "non-standard port 80 is not allowed"),
        ("ftp://example.com/", "scheme `ftp` is not http or https"),
        ("file:///etc/passwd", "scheme `file` is not http or https"),
    ],
)
def test_middleware_refuses(url: str, reason: str) -> None:
    assert refusal(url) == reason
    from scrapy import Request

    with pytest.raises(BlockedRequest, match=reason.split(" is")[0].replace("[", r"\[")):
        GuardMiddleware().process_request(Request(url))


@pytest.mark.parametrize("url", ["http://example.com/", "https://example.com:443/a", "http://example.com:80/"])
def test_middleware_allows(url: str) -> None:
    assert refusal(url) is None


def test_parse_resolve() -> None:
    assert parse_resolve(["a.com=127.0.0.1:8080", "B.org=127.0.0.1", "c.io=[::1]:9000"]) == {
        "a.com": ("127.0.0.1", 8080), "b.org": ("127.0.0.1", None), "c.io": ("::1", 9000)}
    for bad, message in [("a.com", "expected HOST=IP"), ("a.com=localhost", "is not IP or IP:PORT"),
                         ("a.com=127.0.0.1:0", "port 0 is out of range"), ("127.0.0.1=127.0.0.1", "expected HOST=IP")]:
        with pytest.raises(ValueError, match=message):
            parse_resolve([bad])


class FakeReactor:
    """A reactor whose own resolver answers from a table, so no DNS is ever asked."""

    def __init__(self) -> None:
        self.nameResolver = self

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        receiver.resolutionBegan(None)
        for ip in ANSWERS[hostName]:
            receiver.addressResolved(IPv6Address("TCP", ip, portNumber) if ":" in ip else IPv4Address("TCP", ip, portNumber))
        receiver.resolutionComplete()


ANSWERS = {"public.example.com": ["93.184.216.34"], "metadata.example.com": ["169.254.169.254"],
           "mixed.example.com": ["93.184.216.34", "10.0.0.1"], "mapped.example.com": ["::ffff:127.0.0.1"],
           "loop.example.com": ["127.0.0.1"]}


class Receiver:
    def __init__(self) -> None:
        self.addresses: list = []
        self.complete = False

    def resolutionBegan(self, resolution) -> None:
        pass

    def addressResolved(self, address) -> None:
        self.addresses.append((address.host, address.port))

    def resolutionComplete(self) -> None:
        self.complete = True


@pytest.mark.parametrize(
    ("host", "expected", "refused"),
    [
        ("public.example.com", [("93.184.216.34", 443)], None),
        ("metadata.example.com", [], "169.254.0.0/16"),
        ("mixed.example.com", [], "10.0.0.0/8"),
        ("mapped.example.com", [], "::ffff:0:0/96"),
        ("loop.example.com", [], "127.0.0.0/8"),
        ("mapped-here.example.com", [("127.0.0.1", 8081)], None),
        ("mapped-default.example.com", [("127.0.0.1", 443)], None),
    ],
)
def test_resolver(host: str, expected: list, refused: str | None) -> None:
    resolver = GuardedResolver(FakeReactor(), {"mapped-here.example.com": ("127.0.0.1", 8081),
                                                      "mapped-default.example.com": ("127.0.0.1", None)})
    receiver = Receiver()
    resolver.resolveHostName(receiver, host, 443)
    assert receiver.complete and receiver.addresses == expected
    assert (refused in REFUSED.get(host, "")) if refused else host not in REFUSED

