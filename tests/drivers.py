"""One async scenario, run against every client kind of ``tests.harness.CLIENT_KINDS``.

A scenario is written once as a coroutine and calls the client through a :class:`Driver`, which
awaits what the async clients return and calls the sync client directly (the mock gateway runs in its
own thread, so blocking the test's event loop is harmless). Also: recording the retry sleeps instead
of sleeping, and reading the connection pool's state.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import inspect
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import httpx._transports.default
import pytest

import otari._client
from otari import AsyncOtari, Otari
from otari.testing import MockGateway, RecordedRequest
from tests.harness import CLIENT_KINDS, async_options

CHAT: dict[str, Any] = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}


KINDS = CLIENT_KINDS  # "sync", "async" (httpx) and "async-aiohttp", as everywhere in the suite


def make_client(kind: str, base_url: str, **options: Any) -> Any:
    """A client of ``kind``; for the async kinds, call it inside the running loop."""
    if "api_key" not in options:
        options.setdefault("otari_key", "gw-test")
    if kind == "sync":
        return Otari(base_url=base_url, **options)
    return AsyncOtari(base_url=base_url, **async_options(kind, options))


class Driver:
    """Calls a client of any kind from async code."""

    def __init__(self, kind: str, client: Any) -> None:
        self.kind = kind
        self.client = client

    async def __call__(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def call_on(self, client: Any, method: str, /, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` on another client of the same kind (a ``with_options`` copy, ...)."""
        result = getattr(client, method)(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def next(self, stream: Any) -> Any:
        if self.kind == "sync":
            return next(stream)
        return await anext(stream)

    async def drain(self, stream: Any) -> tuple[list[Any], BaseException | None]:
        """Every item until the end or the first error (returned, not raised)."""
        items: list[Any] = []
        try:
            if self.kind == "sync":
                items.extend(stream)
            else:
                async for item in stream:
                    items.append(item)
        except Exception as exc:
            return items, exc
        return items, None

    async def close(self, stream: Any) -> None:
        if self.kind == "sync":
            stream.close()
        else:
            await stream.aclose()

    async def aclose(self) -> None:
        if self.kind == "sync":
            self.client.close()
        else:
            await self.client.aclose()


@asynccontextmanager
async def driven(kind: str, base_url: str, **options: Any) -> AsyncIterator[Driver]:
    driver = Driver(kind, make_client(kind, base_url, **options))
    try:
        yield driver
    finally:
        await driver.aclose()


async def wait_until_idle(gateway: Any, kind: str, timeout: float = 5.0) -> bool:
    """``gateway.wait_until_idle`` without blocking the event loop an async client closes its sockets on."""
    if kind == "sync":
        return bool(gateway.wait_until_idle(timeout))
    return bool(await asyncio.to_thread(gateway.wait_until_idle, timeout))


# --- test speed -----------------------------------------------------------------------------------------

_create_ssl_context = httpx.create_ssl_context


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    return _create_ssl_context()


def share_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build httpx's default TLS context once instead of per client (~70 ms each: loading the CA bundle).

    These tests only speak plain HTTP on loopback and build hundreds of clients; nothing else changes.
    """

    def create(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is True and cert is None and trust_env:
            return _default_ssl_context()
        return _create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)

    monkeypatch.setattr(httpx, "create_ssl_context", create)
    monkeypatch.setattr(httpx._transports.default, "create_ssl_context", create)


# --- retry sleeps -----------------------------------------------------------------------------------------


class _Patched:
    """A stand-in for a module inside ``otari._client``: its own attributes first, the module's otherwise."""

    def __init__(self, module: Any, **overrides: Any) -> None:
        self._module = module
        self.__dict__.update(overrides)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def record_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make the clients' retry sleeps return at once; the list receives each requested delay.

    Only ``otari._client``'s view of ``time`` and its async sleep are replaced: the mock gateway's own
    sleeps (``queue_delay``, stalls) keep working.
    """
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(otari._client, "time", _Patched(time, sleep=sleep))
    monkeypatch.setattr(otari._client, "_async_sleep", async_sleep)
    return delays


# --- connection pool state ------------------------------------------------------------------------------


def busy_connections(client: Any) -> int:
    """Connections of the client's pool that are serving a request right now (httpx or aiohttp)."""
    transport = client._http._transport
    pool = getattr(transport, "_pool", None)
    if pool is not None:  # httpcore
        return sum(1 for connection in pool.connections if not connection.is_idle())
    session = transport.session  # otari._aiohttp.AiohttpTransport
    if session is None:
        return 0
    return len(session.connector._acquired)


def pooled_connections(client: Any) -> int:
    """Connections the client's pool keeps open, busy or idle (httpx only; -1 on aiohttp)."""
    pool = getattr(client._http._transport, "_pool", None)
    return -1 if pool is None else len(pool.connections)


async def settle(condition: Callable[[], bool], *, rounds: int = 200) -> bool:
    """Let the event loop run (no wall-clock sleep) until ``condition()`` holds; False if it never does.

    Closing an async stream from a finalizer is a task scheduled on the loop: this gives it its turns.
    """
    gc.collect()  # a stream caught in a reference cycle is only finalized by a collection
    for _ in range(rounds):
        if condition():
            return True
        await asyncio.sleep(0)
    return condition()


def closed_port() -> int:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


API_ROOTS = ("/api/v1", "/v1")  # the gateway generations: today's first


def served(gw: MockGateway) -> list[RecordedRequest]:
    """The requests ``gw`` served: without the route miss each client pays to discover a ``/v1`` gateway."""
    return [r for r in gw.requests if r.path.startswith(gw.api_root + "/")]
