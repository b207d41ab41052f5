"""The SSRF deny list: every range the brief names, plus public addresses that must pass."""

from __future__ import annotations

import pytest

from segdsl_enrich.netguard import BLOCKED_NETWORKS, blocked_reason, is_ip_literal


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("127.0.0.1", "127.0.0.0/8"),
        ("127.255.0.9", "127.0.0.0/8"),
        ("::1", "::1/128"),
        ("10.1.2.3", "10.0.0.0/8"),
        ("172.16.0.1", "172.16.0.0/12"),
        ("172.31.255.254", "172.16.0.0/12"),
        ("192.168.0.10", "192.168.0.0/16"),
        ("169.254.1.1", "169.254.0.0/16"),
        ("169.254.169.254", "169.254.0.0/16"),
        ("fe80::1", "fe80::/10"),
        ("100.64.0.1", "100.64.0.0/10"),
        ("100.127.255.255", "100.64.0.0/10"),
        ("224.0.0.251", "224.0.0.0/4"),
        ("ff02::1", "ff00::/8"),
        ("240.0.0.1", "240.0.0.0/4"),
        ("255.255.255.255", "240.0.0.0/4"),
        ("0.0.0.0", "0.0.0.0/8"),
        ("::", "::/128"),
        ("198.18.0.1", "198.18.0.0/15"),
        ("198.19.255.1", "198.18.0.0/15"),
        ("192.0.2.1", "192.0.2.0/24"),
        ("198.51.100.7", "198.51.100.0/24"),
        ("203.0.113.9", "203.0.113.0/24"),
        ("2001:db8::1", "2001:db8::/32"),
        ("192.0.0.1", "192.0.0.0/24"),
        ("fd00:ec2::254", "fc00::/7"),
        ("fc00::1", "fc00::/7"),
        ("::ffff:127.0.0.1", "::ffff:0:0/96"),
        ("::ffff:8.8.8.8", "::ffff:0:0/96"),
        ("::ffff:0:a00:1", "::ffff:0:0:0/96"),
        ("64:ff9b::a9fe:a9fe", "64:ff9b::/96"),
        ("2002:7f00:1::1", "2002::/16"),
        ("2001::1", "2001::/23"),
        ("2001:2::1", "2001::/23"),            # benchmarking
        ("::a00:1", "::/96"),                  # IPv4-compatible 10.0.0.1
        ("64:ff9b:1::a00:1", "64:ff9b:1::/48"),
        ("192.88.99.1", "192.88.99.0/24"),
        ("fec0::1", "fec0::/10"),
        ("100::1", "100::/64"),
        ("3fff::1", "3fff::/20"),
    ],
)
def test_blocked_ranges(address: str, network: str) -> None:
    assert blocked_reason(address) == network


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1",
                                     "2606:4700:4700::1111", "2a00:1450:4001::200e"])
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(address) is None


@pytest.mark.parametrize(("host", "literal"), [("1.2.3.4", True), ("[::1]", True), ("fe80::1", True),
                                               ("example.com", False), ("1.2.3.4.nip.io", False)])
def test_ip_literal_detection(host: str, literal: bool) -> None:
    assert is_ip_literal(host) is literal


@pytest.mark.parametrize("network", BLOCKED_NETWORKS, ids=str)
def test_whole_networks_are_blocked(network) -> None:
    """Both ends of every listed network: the list, not `ipaddress`'s flags, decides."""
    assert blocked_reason(network.network_address) is not None
    assert blocked_reason(network.broadcast_address) is not None
