"""Load: hundreds of concurrent calls and streams through one AsyncOtari, against the loopback MockGateway.

Everything must succeed (no retries allowed to hide a failure), and afterwards no connection may be
busy or open and no file descriptor may be left behind. Timings are written to ``load-<backend>.json``
in pytest's base temp directory (and attached to the test report with ``record_property``).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from otari import AsyncOtari
from otari._client import Backend
from otari.testing import MockGateway
from tests.drivers import busy_connections, share_tls_context

CALLS = 500
STREAMS = 100
MODEL = "openai:fake-model"


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


async def settled_fds(target: int, *, within: float = 5.0) -> int:
    deadline = time.monotonic() + within
    while (count := open_fds()) != target and time.monotonic() < deadline:
        await asyncio.sleep(0.005)
    return count


def client_for(backend: Backend, gw: MockGateway) -> AsyncOtari:
    return AsyncOtari(base_url=gw.url, otari_key="gw-test", max_retries=0, http_backend=backend)


async def _warm_up(backend: Backend, gw: MockGateway) -> None:
    # First use allocates process-wide descriptors once (executor threads' wakeup pipes, resolver state):
    # they are not per-connection, so the baseline is taken after one complete round trip.
    async with client_for(backend, gw) as client:
        await client.completion(model=MODEL, messages=[{"role": "user", "content": "warm"}])
        stream = await client.completion_stream(model=MODEL, messages=[{"role": "user", "content": "warm"}])
        async for _ in stream:
            pass
    assert await asyncio.to_thread(gw.wait_until_idle, 10.0)


def _report(record_property: Callable[[str, object], None], name: str, figures: dict[str, Any], base: Path) -> None:
    for key, value in figures.items():
        record_property(key, value)
    path = base / f"{name}.json"
    existing = json.loads(path.read_text()) if path.exists() else {}
    existing.update(figures)
    path.write_text(json.dumps(existing, indent=2))
    print(f"\n{name}: {json.dumps(figures)}")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors through /proc")
async def test_concurrent_calls_and_streams_leave_nothing_behind(
    async_backend: Backend, record_property: Callable[[str, object], None], tmp_path_factory: pytest.TempPathFactory
) -> None:
    with MockGateway() as gw:
        await _warm_up(async_backend, gw)
        fds_before = open_fds()
        opened_before = gw.connections_opened

        async with client_for(async_backend, gw) as client:
            started = time.perf_counter()
            results = await asyncio.gather(
                *(client.completion(model=MODEL, messages=[{"role": "user", "content": f"n{i}"}]) for i in range(CALLS))
            )
            calls_seconds = time.perf_counter() - started
            assert [r.choices[0].message.content for r in results] == [f"Echo: n{i}" for i in range(CALLS)]
            assert busy_connections(client) == 0
            fds_with_pool = open_fds()
        calls_connections = gw.connections_opened - opened_before

        # A fresh client: on a pool already holding hundreds of idle connections, httpcore spends its time
        # rescanning them for every request (see the report); the streams are measured on their own.
        async with client_for(async_backend, gw) as client:

            async def stream_one(i: int) -> str:
                stream = await client.completion_stream(model=MODEL, messages=[{"role": "user", "content": f"s{i}"}])
                text = ""
                async for chunk in stream:
                    if chunk.choices:
                        text += chunk.choices[0].delta.content or ""
                return text

            started = time.perf_counter()
            texts = await asyncio.gather(*(stream_one(i) for i in range(STREAMS)))
            streams_seconds = time.perf_counter() - started
            assert texts == [f"Echo: s{i}" for i in range(STREAMS)]
            assert busy_connections(client) == 0

        assert await asyncio.to_thread(gw.wait_until_idle, 10.0)
        assert gw.active_connections == 0
        # Every socket of the run (client side and the mock's side, both in this process) gets closed. The
        # mock counts a connection as gone just before its socket is closed on its loop's next turn, so the
        # count is polled (it settles within milliseconds), never slept on.
        fds_after = await settled_fds(fds_before)
        assert fds_after == fds_before, (fds_before, fds_with_pool, fds_after)
        assert len(gw.requests) >= CALLS + STREAMS

    _report(
        record_property,
        f"load-{async_backend}",
        {
            "calls": CALLS,
            "calls_seconds": round(calls_seconds, 3),
            "calls_per_second": round(CALLS / calls_seconds, 1),
            "streams": STREAMS,
            "streams_seconds": round(streams_seconds, 3),
            "streams_per_second": round(STREAMS / streams_seconds, 1),
            "connections_opened_by_calls": calls_connections,
            "fds_before": fds_before,
            "fds_with_pool_open": fds_with_pool,
            "fds_after": fds_after,
        },
        tmp_path_factory.getbasetemp(),
    )
