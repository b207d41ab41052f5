"""Which IP addresses a crawler may connect to: an explicit deny list, never `ipaddress` flags.

Python 3.11.7's `is_private`/`is_global` have wrong ranges (e.g. 100.64/10, 192.0.0/24), and an
SSRF guard must not change meaning with the interpreter version, so every network is spelled out.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

BLOCKED_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = tuple(
    ipaddress.ip_network(net)
    for net in (
        # IPv4
        "0.0.0.0/8",           # "this network", unspecified
        "10.0.0.0/8",          # private
        "100.64.0.0/10",       # carrier-grade NAT
        "127.0.0.0/8",         # loopback
        "169.254.0.0/16",      # link-local, incl. cloud metadata 169.254.169.254
        "172.16.0.0/12",       # private
        "192.0.0.0/24",        # IETF protocol assignments
        "192.0.2.0/24",        # documentation TEST-NET-1
        "192.88.99.0/24",      # 6to4 relay anycast
        "192.168.0.0/16",      # private
        "198.18.0.0/15",       # benchmarking
        "198.51.100.0/24",     # documentation TEST-NET-2
        "203.0.113.0/24",      # documentation TEST-NET-3
        "224.0.0.0/4",         # multicast
        "240.0.0.0/4",         # reserved, incl. broadcast 255.255.255.255
        # IPv6
        "::/128",              # unspecified
        "::1/128",             # loopback
        "::/96",               # IPv4-compatible (deprecated): ::10.0.0.1
        "::ffff:0:0/96",       # IPv4-mapped
        "::ffff:0:0:0/96",     # IPv4-translated
        "64:ff9b::/96",        # NAT64 well-known prefix
        "64:ff9b:1::/48",      # NAT64 local-use
        "100::/64",            # discard-only
        "2001::/23",           # IETF protocol assignments (Teredo, ORCHID, benchmarking…)
        "2001:db8::/32",       # documentation
        "2002::/16",           # 6to4
        "3fff::/20",           # documentation (RFC 9637)
        "fc00::/7",            # unique local, incl. AWS metadata fd00:ec2::254
        "fe80::/10",           # link-local
        "fec0::/10",           # deprecated site-local
        "ff00::/8",            # multicast
    )
)


def blocked_reason(address: str | IPAddress) -> str | None:
    """The blocked network containing `address` (as text), or None when it may be contacted."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    for network in BLOCKED_NETWORKS:
        if ip.version == network.version and ip in network:
            return str(network)
    return None


def is_ip_literal(host: str) -> bool:
    """True for `1.2.3.4`, `::1` and `[::1]`: hosts that skip DNS and so the resolver guard."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
