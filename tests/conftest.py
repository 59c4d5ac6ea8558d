"""Shared fixtures: a clean credential environment, a loopback replay server and the async HTTP backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from otari._client import Backend
from otari.testing import MockGateway
from tests.drivers import API_ROOTS
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


@pytest.fixture(params=API_ROOTS)
def replay(request: pytest.FixtureRequest) -> Iterator[ReplayServer]:
    """A replay server playing each gateway generation in turn: the API under ``/api/v1``, then ``/v1``."""
    with ReplayServer(api_root=request.param) as server:
        yield server


@pytest.fixture(params=API_ROOTS)
def gw(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """A mock gateway of each generation in turn (the API under ``/api/v1``, then ``/v1``).

    Tests give clients its bare origin (``gw.url``), so on ``/v1`` every fresh client discovers the root.
    """
    with MockGateway(api_root=request.param) as gateway:
        yield gateway


@pytest.fixture(params=sorted(set(ASYNC_BACKENDS.values())))
def async_backend(request: pytest.FixtureRequest) -> Backend:
    """Each ``AsyncOtari`` HTTP backend in turn, for tests that build the async client themselves."""
    backend: Backend = request.param
    if backend == "aiohttp":
        pytest.importorskip("aiohttp", reason="the otari[aiohttp] extra is not installed")
    return backend
