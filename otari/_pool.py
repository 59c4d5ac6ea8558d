"""The connection pool a client sends through, reopened wherever reusing it would be unsafe.

* After ``os.fork()`` the child inherits the parent's pooled sockets: reading from one would hand the
  child the parent's responses. A pool the SDK built is replaced by a fresh one in the child on its first
  call (gunicorn ``--preload``, Celery, multiprocessing); the inherited one is left untouched, never closed,
  so nothing is sent on the parent's connections (a TLS close alert, say).
* An async pool belongs to the event loop it first ran in; a later ``asyncio.run()`` gets a fresh pool.
* After ``close()`` every call (on the client and its ``with_options`` copies, which share this holder)
  raises ``APIConnectionError`` instead of httpx's ``RuntimeError``.

A caller-supplied ``http_client`` cannot be rebuilt (its settings are the caller's), so in a forked child or
another event loop it is refused with an ``APIConnectionError`` that says what to do.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Any, Generic, TypeVar

import httpx

from . import _fork
from ._exceptions import APIConnectionError

C = TypeVar("C", httpx.Client, httpx.AsyncClient)


async def _close_with_loop(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()


def _running_loop() -> Any:
    asyncio = sys.modules.get("asyncio")  # never imported by a sync program
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class PoolHolder(Generic[C]):
    """Holds the pool of one client and its copies; :meth:`get` returns the pool safe to use here and now."""

    __slots__ = ("_abandoned", "_client", "_closer", "_factory", "_generation", "_loop", "closed")

    def __init__(self, factory: Callable[[], C] | None, supplied: C | None = None) -> None:
        # None: the caller supplied the client, which cannot be rebuilt.
        self._factory: Callable[[], C] | None = factory
        if supplied is None:
            assert factory is not None
            supplied = factory()
        self._client: C = supplied
        self._generation = _fork.generation
        self._loop: weakref.ref[Any] | None = None
        # Pools left behind in another process or loop: kept referenced, so no finalizer ever touches
        # sockets that belong to someone else.
        self._abandoned: list[C] = []
        self._closer: Any = None  # see aget()
        self.closed = False

    @property
    def client(self) -> C:
        """The current pool, without any check (for closing it and for tests)."""
        return self._client

    def get(self) -> C:
        if self.closed:
            raise self._closed_error()
        if self._generation != _fork.generation:
            # The inherited pool is kept referenced, never closed: its sockets are the parent's.
            self._abandoned.append(self._client)
            self._reopen("process (after os.fork())")
            self._generation = _fork.generation
        if isinstance(self._client, httpx.AsyncClient):
            loop = _running_loop()
            if loop is not None:
                if self._loop is None:
                    self._loop = weakref.ref(loop)
                elif self._loop() is not loop:
                    # The old pool was closed when its loop shut down (see aget); if that loop was not run by
                    # asyncio.run, its sockets go with the garbage, as they would have anyway.
                    self._reopen("event loop (each asyncio.run() starts a new one)")
                    self._loop = weakref.ref(loop)
                    self._closer = None
        if self._client.is_closed:
            raise self._closed_error()
        return self._client

    async def aget(self) -> C:
        """:meth:`get`, and make sure the pool is closed when its event loop shuts down.

        ``asyncio.run()`` finalizes the async generators still open when its coroutine returns: one kept
        here per loop closes the pool then, on the loop it belongs to, so a client used across several
        ``asyncio.run()`` calls (or never closed) leaves no connection and no "Unclosed" warning behind.
        """
        client = self.get()
        if self._closer is None and self._factory is not None and isinstance(client, httpx.AsyncClient):
            closer = _close_with_loop(client)
            await closer.asend(None)
            self._closer = closer
        return client

    def _closed_error(self) -> APIConnectionError:
        return APIConnectionError(
            "Connection error: this client was closed (close() / aclose(), or leaving its with block) and "
            "cannot send requests any more; create a new client (with_options copies share the closed pool)"
        )

    def _reopen(self, where: str) -> None:
        if self._factory is None:
            raise APIConnectionError(
                f"Connection error: the http_client given to this client was created in another {where}, and "
                "its connections cannot be used here; create the http_client and the client where they are used"
            )
        self._client = self._factory()

    def close(self) -> None:
        """Close the current pool (sync) and refuse later calls."""
        self.closed = True
        if isinstance(self._client, httpx.Client) and self._generation == _fork.generation:
            self._client.close()

    async def aclose(self) -> None:
        """Close the current pool (async) and refuse later calls."""
        self.closed = True
        if isinstance(self._client, httpx.AsyncClient) and self._generation == _fork.generation:
            loop = _running_loop()
            if self._loop is None or loop is None or self._loop() is loop:
                await self._client.aclose()
