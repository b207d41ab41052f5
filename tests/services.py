"""Real components the tests need (PostgreSQL, Spark, Chromium, Node): one rule for all of them.

Locally, a developer without a component gets a skip that says how to install it. In CI
(`CI=true`, set by the CI runner) a missing component is a failure, never a skip: `.ci/run`
installs every component, so a missing one means the install step broke.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(available: bool, what: str, how_to_install: str) -> None:
    """Skip (locally) or fail (in CI) the calling test or fixture when `what` is not available."""
    if available:
        return
    message = f"{what} is not available; install it with: {how_to_install}"
    if in_ci():
        pytest.fail(f"{message} (CI must not skip tests that need real components)", pytrace=False)
    pytest.skip(message)
