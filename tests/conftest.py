"""Shared fixtures: a clean credential environment and a loopback replay server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.replay import ReplayServer

CREDENTIAL_VARS = (
    "OTARI_AI_TOKEN",
    "GATEWAY_PLATFORM_TOKEN",
    "GATEWAY_API_BASE",
    "GATEWAY_API_KEY",
    "GATEWAY_ADMIN_KEY",
    "OTARI_LOG",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may pick up a developer's real credentials from the environment."""
    for name in CREDENTIAL_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server
