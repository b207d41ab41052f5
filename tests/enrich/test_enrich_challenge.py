"""Bot-protection challenges told apart from plain HTTP errors (pages written for these tests)."""

from __future__ import annotations

from segdsl_enrich.challenge import challenge

CHALLENGE_PAGE = ('<html><head><title>Just a moment...</title></head><body>'
                  '<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script></body></html>')


def test_cloudflare_header_or_challenge_markup_is_a_challenge() -> None:
    assert challenge(403, {"cf-mitigated": "challenge"}, "") == "bot challenge (cf-mitigated: challenge)"
    assert challenge(503, {"server": "cloudflare"}, CHALLENGE_PAGE) == "bot challenge (cloudflare)"
    datadome = '<html><body><iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x"></iframe></body></html>'
    assert challenge(403, {}, datadome) == "bot challenge"


def test_a_plain_forbidden_or_another_status_is_not_a_challenge() -> None:
    assert challenge(403, {"server": "nginx"}, "<html><title>403 Forbidden</title></html>") is None
    assert challenge(404, {"cf-mitigated": "challenge"}, CHALLENGE_PAGE) is None
    assert challenge(500, {}, CHALLENGE_PAGE) is None
