"""`--resolve host=IP[:port]` entries, like curl's: the only way a named host may reach loopback.

Pure parsing, shared by the command (to validate user input) and the crawl (to apply it).
"""

from __future__ import annotations

import ipaddress

from segdsl.domains import normalise_domain


def parse_resolve(entries: list[str]) -> dict[str, tuple[str, int | None]]:
    """{host: (ip, port or None)}; raises ValueError with a user-facing message on a bad entry."""
    mapping: dict[str, tuple[str, int | None]] = {}
    for entry in entries:
        host, sep, target = entry.partition("=")
        host = host.strip().lower().rstrip(".")
        if not sep or not host or normalise_domain(host) is None:
            raise ValueError(f"bad --resolve `{entry}`: expected HOST=IP or HOST=IP:PORT with a domain name as HOST")
        ip, port = _split_target(target.strip(), entry)
        mapping[host] = (ip, port)
    return mapping


def _split_target(target: str, entry: str) -> tuple[str, int | None]:
    text, port_text = target, None
    if target.startswith("["):
        text, _, rest = target[1:].partition("]")
        port_text = rest.removeprefix(":") or None
    elif target.count(":") == 1:
        text, port_text = target.split(":")
    try:
        ip = str(ipaddress.ip_address(text))
        port = int(port_text) if port_text is not None else None
    except ValueError:
        raise ValueError(f"bad --resolve `{entry}`: `{target}` is not IP or IP:PORT") from None
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"bad --resolve `{entry}`: port {port} is out of range")
    return ip, port


def is_loopback(ip: str) -> bool:
    """127.0.0.0/8 or ::1, spelled out rather than trusting `ipaddress` flags."""
    address = ipaddress.ip_address(ip)
    return address in ipaddress.ip_network("127.0.0.0/8") if address.version == 4 else address == ipaddress.ip_address("::1")
