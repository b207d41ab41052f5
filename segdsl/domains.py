"""Company domains normalised one way, so the customer table and the enrichment table join.

Imported by segdsl's core join and by the crawl processes: only the standard library, tldextract
(plus `idna`, which tldextract itself imports) and, for whole columns, Polars; never Scrapy. The
public suffix list is tldextract's bundled snapshot: no URLs and no cache directory, so
normalising never touches the network or the disk and gives the same answer on every machine.

Unicode names are encoded with IDNA 2008 + UTS #46 (what browsers and registries use), not the
standard library's IDNA 2003 codec, which maps `straße.de` to the different domain `strasse.de`.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import idna
import tldextract

if TYPE_CHECKING:
    import polars as pl

# Empty URL list + no cache + snapshot fallback = the bundled list only, provably offline.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)

_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.\-]*:)?//|^mailto:")
_EMAIL = r"^[^/:@\s]+@[^/:@\s]+$"
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalise_domain(raw: str | None) -> str | None:
    """The registrable domain (`example.co.uk`) of a URL, host or e-mail address, or None.

    None for empty input, IP literals, hosts without a public suffix and invalid names.
    """
    if raw is None:
        return None
    host = _host_of(raw.strip().lower())
    if host is None:
        return None
    return _registrable(host)


def normalise_domains(series: pl.Series) -> pl.Series:
    """`normalise_domain` over a column, computed once per distinct value (columns repeat a lot).

    E-mail addresses are cut to their domain first, in Polars: every address is distinct, its
    domain is not, so a column of e-mails costs one Python call per company, not per person.
    """
    import polars as pl  # here: the crawl processes normalise single names and never load Polars

    text = series.cast(pl.String).str.strip_chars().str.to_lowercase()
    text = pl.select(pl.when(text.str.contains(_EMAIL)).then(text.str.replace(r"^.*@", "")).otherwise(text)).to_series()
    text = text.rename(series.name)
    distinct = text.drop_nulls().unique()
    mapped = [normalise_domain(value) for value in distinct.to_list()]
    return text.replace_strict(distinct, pl.Series(mapped, dtype=pl.String), default=None, return_dtype=pl.String)


def _host_of(text: str) -> str | None:
    """The bare host: no scheme, userinfo (or e-mail local part), port, path, query or fragment."""
    text = _SCHEME.sub("", text, count=1)
    authority = re.split(r"[/?#\\]", text, maxsplit=1)[0]
    authority = authority.rpartition("@")[2]
    if not authority or authority.startswith("["):
        return None  # empty, or a bracketed IPv6 literal
    host, _, port = authority.partition(":")
    if port and not port.isdigit():
        return None
    host = host.rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


@lru_cache(maxsize=65536)
def _registrable(host: str) -> str | None:
    if _is_ip_literal(host):
        return None
    try:
        ascii_host = host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None
    if len(ascii_host) > 253 or not all(_LABEL.match(label) for label in ascii_host.split(".")):
        return None
    parts = _EXTRACT(ascii_host)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
