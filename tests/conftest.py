"""Shared fixtures: a clean credential environment, a loopback replay server and the async HTTP backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from otari._client import Backend
from tests.harness import ASYNC_BACKENDS
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


@pytest.fixture(params=sorted(set(ASYNC_BACKENDS.values())))
def async_backend(request: pytest.FixtureRequest) -> Backend:
    """Each ``AsyncOtari`` HTTP backend in turn, for tests that build the async client themselves."""
    backend: Backend = request.param
    if backend == "aiohttp":
        pytest.importorskip("httpx_aiohttp", reason="the otari[aiohttp] extra is not installed")
    return backend
