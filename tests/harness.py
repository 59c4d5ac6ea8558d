"""Run the same scenario through ``Otari`` and ``AsyncOtari`` so every behaviour is tested on both.

The async client runs on each HTTP backend: kind ``"async"`` is the default httpx transport,
``"async-aiohttp"`` the aiohttp one (skipped when the ``otari[aiohttp]`` extra is not installed).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from otari import AsyncOtari, Otari

CLIENT_KINDS = ["sync", "async", "async-aiohttp"]
ASYNC_BACKENDS = {"async": "httpx", "async-aiohttp": "aiohttp"}


def async_options(kind: str, options: dict[str, Any]) -> dict[str, Any]:
    """``AsyncOtari`` keyword arguments for ``kind``: ``options`` plus its ``http_backend``."""
    backend = ASYNC_BACKENDS[kind]
    if backend == "aiohttp":
        pytest.importorskip("aiohttp", reason="the otari[aiohttp] extra is not installed")
    return {"http_backend": backend, **options}


def run(kind: str, base_url: str, method: str, /, client_kwargs: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """Call ``method`` on a fresh client of ``kind``; streams are drained into a list.

    For a stream the result is ``(items, stream)``; an exception raised while iterating is
    re-raised with the items that arrived before it attached as ``exc.items_before``.
    """
    options = {"otari_key": "gw-test", "max_retries": 0, **(client_kwargs or {})}
    if kind == "sync":
        with Otari(base_url=base_url, **options) as client:
            result = getattr(client, method)(**kwargs)
            if method.endswith("_stream"):
                return _drain_sync(result)
            return result

    async def main() -> Any:
        async with AsyncOtari(base_url=base_url, **async_options(kind, options)) as client:
            result = await getattr(client, method)(**kwargs)
            if method.endswith("_stream"):
                return await _drain_async(result)
            return result

    return asyncio.run(main())


def _drain_sync(stream: Any) -> Any:
    items: list[Any] = []
    try:
        with stream:
            for item in stream:
                items.append(item)
    except Exception as exc:
        exc.items_before = items  # type: ignore[attr-defined]
        raise
    return items, stream


async def _drain_async(stream: Any) -> Any:
    items: list[Any] = []
    try:
        async with stream:
            async for item in stream:
                items.append(item)
    except Exception as exc:
        exc.items_before = items  # type: ignore[attr-defined]
        raise
    return items, stream


def with_client(kind: str, base_url: str, body: Callable[[Any], Any], **client_kwargs: Any) -> Any:
    """Run ``body(client)`` — a plain function for sync, a coroutine function for async."""
    options = {"otari_key": "gw-test", "max_retries": 0, **client_kwargs}
    if kind == "sync":
        with Otari(base_url=base_url, **options) as client:
            return body(client)

    async def main() -> Any:
        async with AsyncOtari(base_url=base_url, **async_options(kind, options)) as client:
            result = body(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())
