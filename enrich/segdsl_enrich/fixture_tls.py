"""TLS for the fixture web: a throwaway self-signed certificate, made at start-up.

The crawler, like Scrapy by default, does not verify certificates, so https works against it and
the crawl takes the same https-first path as on the real web. Nothing is stored: no private key
lives in the repository. Sites the fixture web marks http-only fail the handshake (by their SNI
name), as a site with port 443 closed would.
"""

from __future__ import annotations

import datetime as dt
import ssl
import tempfile
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def server_context(serves_https: Callable[[str], bool]) -> ssl.SSLContext:
    """A server-side context whose handshake succeeds only for names `serves_https` accepts."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory(prefix="segdsl-fixture-tls-") as folder:
        cert, key = Path(folder) / "cert.pem", Path(folder) / "key.pem"
        _write_self_signed(cert, key)
        context.load_cert_chain(cert, key)

    def by_name(socket: ssl.SSLObject, name: str | None, _: ssl.SSLContext) -> int | None:
        return None if name and serves_https(name.lower()) else ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME

    context.sni_callback = by_name
    return context


def _write_self_signed(cert_path: Path, key_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "segdsl fixture web")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
            .sign(key, hashes.SHA256()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
