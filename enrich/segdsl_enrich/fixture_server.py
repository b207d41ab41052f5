"""A local fake web for tests, demos and benchmarks: many sites on one 127.0.0.1 port.

Each site is `tests/fixtures/web/<domain>.json`; requests are routed by their Host header, so
`segdsl enrich --resolve northwind-software.com=127.0.0.1:PORT` reaches it without any DNS.
Run `python -m segdsl_enrich.fixture_server --port 0`: it prints `PORT=<n>` and serves until killed.

One port speaks both plain HTTP and TLS (told apart by the first byte a client sends), so the
crawler's https-first path is the one exercised; a site with `"https": false` is http-only.

Site file: {"https": false?, "charset": "iso-8859-1"?, "header_charset": false?, "robots": "..."?, "headers": {...}?,
"pages": {path: page}} where page is HTML text or {"html", "status", "location", "delay", "pad_bytes"}.
"""

from __future__ import annotations

import argparse
import json
import socket
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from segdsl_enrich.fixture_tls import server_context

# In a clone: tests/fixtures/web. In an installed wheel the same files ship as segdsl_enrich/web.
_SHIPPED = Path(__file__).resolve().parent / "web"
WEB_ROOT = _SHIPPED if _SHIPPED.is_dir() else Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "web"

# The companies of the example customer table (examples/): map each to the fixture server.
DEMO_DOMAINS: tuple[str, ...] = (
    "northwind-software.com", "lumiere-conseil.fr", "bergmann-maschinenbau.de", "bluefjord-finance.com",
    "atlas-retail.com", "helios-health.de", "pixel-forge.io", "cartographie-logistique.fr",
    "greenleaf-foods.co.uk", "quantum-ledger.com", "brightpath-education.org", "nordlys-outdoor.se",
)
SYNTHETIC_PREFIX = "bench-"
_TLS_HANDSHAKE = b"\x16"
_HANDSHAKE_SECONDS = 5


def synthetic_domain(index: int) -> str:
    """The name of generated benchmark site number `index`."""
    return f"{SYNTHETIC_PREFIX}{index:05d}.com"


@dataclass(frozen=True)
class Hit:
    """One request served, so tests can check what the crawler asked for, and when."""

    host: str
    path: str
    started: float  # for the first request of a connection: when the client connected (TLS included)
    finished: float


class FixtureWeb:
    """Site definitions from `root`, plus `synthetic` generated three-page sites."""

    def __init__(self, root: Path = WEB_ROOT, synthetic: int = 0) -> None:
        self.root = root
        self.synthetic = synthetic
        self.hits: list[Hit] = []

    def serves_https(self, host: str) -> bool:
        site = self.site(host)
        return site is not None and site.get("https", True)

    def site(self, host: str) -> dict[str, Any] | None:
        if host.startswith(SYNTHETIC_PREFIX) and host.endswith(".com"):
            number = host[len(SYNTHETIC_PREFIX):-4]
            return _synthetic_site(host) if number.isdigit() and int(number) < self.synthetic else None
        return _load(self.root / f"{host}.json")


@lru_cache(maxsize=None)
def _load(path: Path) -> dict[str, Any] | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _synthetic_site(host: str) -> dict[str, Any]:
    name = host.removesuffix(".com").replace("-", " ").title()
    graph = json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": name,
                        "numberOfEmployees": 40, "foundingDate": "2010",
                        "address": {"@type": "PostalAddress", "addressCountry": "US"}})
    home = (f'<html lang="en"><head><title>{name}</title><script type="application/ld+json">{graph}</script>'
            f'</head><body><h1>{name}</h1><a href="/about">About us</a> <a href="/contact">Contact</a>'
            f'<p>Software for teams.</p></body></html>')
    return {"pages": {
        "/": home,
        "/about": f'<html lang="en"><body><h1>About {name}</h1><p>Founded in 2010, 40 employees.</p></body></html>',
        "/contact": '<html lang="en"><body><address>500 Market St<br>San Francisco, CA 94105</address></body></html>',
    }}


class _Handler(BaseHTTPRequestHandler):
    server: FixtureServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        """Wrap the connection in TLS when the client opens with a TLS handshake. A refused
        handshake (http-only site) leaves nothing to handle: the client sees it fail at once."""
        self.refused = False
        # The first request of a connection started when the client connected: its TLS handshake
        # is part of it, as the crawler's own delay between two requests counts it.
        self.connected_at: float | None = time.monotonic()
        try:
            if self.request.recv(1, socket.MSG_PEEK) == _TLS_HANDSHAKE:
                self.request.settimeout(_HANDSHAKE_SECONDS)
                self.request = self.server.tls.wrap_socket(self.request, server_side=True)
                self.request.settimeout(None)
        except (OSError, ssl.SSLError):
            self.refused = True
        super().setup()

    def handle(self) -> None:
        if not self.refused:
            super().handle()

    def finish(self) -> None:
        super().finish()
        if isinstance(self.request, ssl.SSLSocket):
            self.request.close()  # the server closes the plain socket it accepted, not this wrapper

    def do_GET(self) -> None:
        started, self.connected_at = self.connected_at or time.monotonic(), None
        host = (self.headers.get("Host") or "").split(":")[0].lower().rstrip(".")
        path = urlsplit(self.path).path or "/"
        try:
            self._serve(host, path)
        finally:
            self.server.web.hits.append(Hit(host, path, started, time.monotonic()))

    def _serve(self, host: str, path: str) -> None:
        site = self.server.web.site(host)
        if site is None:
            return self._send(404, b"unknown site", "text/plain")
        if path == "/robots.txt":
            robots = site.get("robots")
            return self._send(200, robots.encode(), "text/plain") if robots else self._send(404, b"", "text/plain")
        page = site["pages"].get(path) or site["pages"].get(path.rstrip("/"))
        if page is None:
            return self._send(404, b"<html><body>Not found</body></html>", "text/html")
        page = {"html": page} if isinstance(page, str) else page
        time.sleep(page.get("delay", 0))
        charset = site.get("charset", "utf-8")
        body = page.get("html", "").encode(charset, "xmlcharrefreplace") + b" " * page.get("pad_bytes", 0)
        extra = dict(site.get("headers", {}))
        if "location" in page:
            extra["Location"] = page["location"]
        # header_charset false: the page declares its charset in <meta> only, as many old sites do.
        content_type = f"text/html; charset={charset}" if site.get("header_charset", True) else "text/html"
        self._send(page.get("status", 200), body, content_type, extra)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout, size cap): expected in tests

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: tests and benchmarks read the crawler's output, not the server log."""


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, port: int, web: FixtureWeb) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.web = web
        self.tls = server_context(web.serves_https)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (timeouts, size caps, refused handshakes) are expected, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError, ssl.SSLError)):
            super().handle_error(request, client_address)


def start(port: int = 0, web: FixtureWeb | None = None) -> tuple[FixtureServer, int]:
    """Serve in a background thread (for tests); returns the server and its port."""
    server = FixtureServer(port, web or FixtureWeb())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--root", type=Path, default=WEB_ROOT, help="folder of <domain>.json site files")
    parser.add_argument("--synthetic", type=int, default=0, help="also serve this many generated sites")
    args = parser.parse_args(argv)
    server = FixtureServer(args.port, FixtureWeb(args.root, args.synthetic))
    print(f"PORT={server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
