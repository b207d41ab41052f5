"""Domain normalisation: the join key between customer tables and enrichment output."""

from __future__ import annotations

import socket

import polars as pl
import pytest

from segdsl import domains
from segdsl.domains import normalise_domain, normalise_domains


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("example.com", "example.com"),
        ("  Example.COM  ", "example.com"),
        ("https://www.example.com/about?x=1#top", "example.com"),
        ("HTTP://WWW.EXAMPLE.COM:8080", "example.com"),
        ("//cdn.example.org/lib.js", "example.org"),
        ("user:secret@shop.example.com/cart", "example.com"),
        ("jane.doe@Sales.Example.co.uk", "example.co.uk"),
        ("mailto:info@lumiere-conseil.fr", "lumiere-conseil.fr"),
        ("example.com.", "example.com"),
        ("a.b.c.example.co.uk", "example.co.uk"),
        ("www.bergmann-maschinenbau.de/impressum", "bergmann-maschinenbau.de"),
        ("münchen.de", "xn--mnchen-3ya.de"),
        ("WWW.BÜCHER.DE", "xn--bcher-kva.de"),
        ("例え.jp", "xn--r8jz45g.jp"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("straße.de", "xn--strae-oqa.de"),  # IDNA 2008: not the different domain strasse.de
        ("ａｃｍｅ．com", "acme.com"),       # UTS #46 maps full-width forms
    ],
)
def test_normalises_to_registrable_domain(raw: str, expected: str) -> None:
    assert normalise_domain(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [None, "", "   ", "localhost", "co.uk", "com", "127.0.0.1", "10.0.0.1:80", "http://192.168.1.1/x",
     "http://[::1]:8080/", "::1", "exa_mple.com", "-bad.com", "http://example.com:port", "@", "https://"],
)
def test_rejects_empty_invalid_and_ip_literals(raw: str | None) -> None:
    assert normalise_domain(raw) is None


def test_suffix_list_is_bundled_and_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    assert domains._EXTRACT.suffix_list_urls == ()
    assert not domains._EXTRACT._cache.enabled

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("normalise_domain touched the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    domains._registrable.cache_clear()
    assert normalise_domain("shop.example.com.au") == "example.com.au"


def test_series_maps_values_and_keeps_nulls() -> None:
    series = pl.Series("site", ["https://www.a.com/x", "A.COM", None, "localhost", "b.fr"])
    result = normalise_domains(series)
    assert result.dtype == pl.String
    assert result.to_list() == ["a.com", "a.com", None, None, "b.fr"]


def test_series_cuts_emails_to_their_domain() -> None:
    series = pl.Series("email", ["Jane@Acme.com", " bob@shop.acme.com ", "user:pw@host.org/x", "https://x.com/@handle",
                                 "mailto:info@acme.fr", "a@b@c.com"])
    assert normalise_domains(series).to_list() == ["acme.com", "acme.com", "host.org", "x.com", "acme.fr", "c.com"]
    assert normalise_domains(series).name == "email"


def test_series_of_only_nulls() -> None:
    assert normalise_domains(pl.Series("d", [None, None], dtype=pl.String)).to_list() == [None, None]
