"""Wall-clock deadlines for the sync client's socket reads and writes.

httpx's timeouts are per phase and per socket operation: a server that trickles one byte at a time resets
the read timeout with every byte and can hold a call for ever. An async call is bounded with
``asyncio.timeout``; a sync call cannot be interrupted from outside, so the pools the SDK builds get a
network backend whose every read and write waits at most until the current deadline (a context variable
the sync client sets around each I/O step). A caller-supplied ``http_client`` keeps its own backend: its
body reads are still checked between chunks, but a trickled header block is bounded only per read.
"""

from __future__ import annotations

import contextvars
import sys
import time
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import httpcore

#: ``time.monotonic()`` by which the current sync I/O step must be over; None: no deadline.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("otari_deadline", default=None)

# Once the deadline has passed, a read still returns what is already buffered, but never waits.
_NO_WAIT = 1e-6

#: The longest one socket wait lasts before Python code runs again. A Ctrl-C that lands just before a
#: blocking read begins is only noticed when Python runs: without this, when the server next sends something
#: (a stalled stream: minutes later). A read that waits longer is made of several waits of this length.
WAKE_EVERY = 0.25


def _bounded(timeout: float | None) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = max(deadline - time.monotonic(), _NO_WAIT)
    return remaining if timeout is None else min(timeout, remaining)


# httpcore's network classes are interfaces it never checks with isinstance: these wrappers implement them
# without subclassing, so that importing otari does not import httpcore (a fifth of `import otari`'s time);
# a pool built on httpx's transport imports it anyway, and the aiohttp backend never needs it.
class _Stream:
    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bound = _bounded(timeout)
        if bound is not None and bound <= WAKE_EVERY:
            return self._inner.read(max_bytes, bound)
        end = None if bound is None else time.monotonic() + bound
        timed_out = sys.modules["httpcore"].ReadTimeout  # loaded: it made the stream being read
        while True:
            wait = WAKE_EVERY if end is None else max(min(WAKE_EVERY, end - time.monotonic()), _NO_WAIT)
            try:
                return self._inner.read(max_bytes, wait)
            except timed_out:
                # A timeout of one short wait leaves the socket (TLS included) as it was: wait again, unless
                # the read's own timeout is over. Pending signals (Ctrl-C) are handled here.
                if end is not None and time.monotonic() >= end:
                    raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _Stream:
        return _Stream(self._inner.connect_tcp(host, port, _bounded(timeout), local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> _Stream:
        return _Stream(self._inner.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(client: httpx.Client) -> httpx.Client:
    """Give every pool of ``client`` (proxy ones included) the deadline-aware backend; returns ``client``.

    Reaches into httpx/httpcore attributes: if their layout ever changes, the pools are left as they
    are and calls are bounded per read and between body chunks only (tests check the wrapper is in place).
    """
    transports = [client._transport, *client._mounts.values()]  # pyright: ignore[reportPrivateUsage]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return client


def is_bounded(response: httpx.Response) -> bool:
    """The response came over a connection whose reads honour :data:`DEADLINE`."""
    return isinstance(response.extensions.get("network_stream"), _Stream)
