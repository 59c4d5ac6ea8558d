"""Streamed downloads: a response body read chunk by chunk, never held whole.

``speech_stream``, ``files.content_stream`` and ``usage.summary_csv_stream`` return a
:class:`BinaryStream` (``AsyncBinaryStream`` on ``AsyncOtari``): iterate ``iter_bytes()`` or call
``write_to(path)``. The connection is released when the body has been read, on ``close()`` or when the
``with`` block is left. Only one chunk is in memory at a time, whatever the size of the body.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import IO, Self

import httpx

from ._errors import map_transport_error
from ._ids import HeaderIds

#: Bytes per chunk handed to the caller when ``chunk_size`` is not given.
DEFAULT_CHUNK_SIZE = 64 * 1024

PathLike = str | os.PathLike[str]


def _chunk_size(chunk_size: int | None) -> int:
    if chunk_size is None:
        return DEFAULT_CHUNK_SIZE
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
    return chunk_size


def _open_target(path: PathLike) -> IO[bytes]:
    if not isinstance(path, str | os.PathLike):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"write_to() needs a file path, got {type(path).__name__}")
    return open(path, "wb")


class _BinaryBase(HeaderIds):
    """What both download classes share: the response, its ids and headers."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        #: The underlying ``httpx.Response`` (status, headers); its body is read by the stream.
        self.response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        """The body's media type as the gateway sent it (``audio/mpeg``, ``text/csv``, ...)."""
        value: str | None = self.response.headers.get("content-type")
        return value

    def __repr__(self) -> str:
        state = "closed" if self.response.is_closed else "open"
        return f"<{type(self).__name__} {self.content_type or 'unknown type'} {state}>"


class BinaryStream(_BinaryBase):
    """A downloaded body, read in chunks (sync client). A context manager."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter); closes when done."""
        # Checked at the call, not at the first next(): write_to must refuse before it truncates its target.
        return self._chunks(_chunk_size(chunk_size))

    def _chunks(self, size: int) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(size)
        except httpx.RequestError as exc:
            raise map_transport_error(exc) from exc
        finally:
            self.close()

    def write_to(self, path: PathLike, *, chunk_size: int | None = None) -> int:
        """Write the body to ``path`` chunk by chunk; returns the number of bytes written."""
        chunks = self.iter_bytes(chunk_size)
        # The stream is spent whatever happens: usually nobody else holds it, so a target that cannot be
        # opened or written must not keep its connection taken.
        try:
            written = 0
            with _open_target(path) as target:
                for chunk in chunks:
                    target.write(chunk)
                    written += len(chunk)
            return written
        finally:
            self.close()

    def read(self) -> bytes:
        """The whole body at once (for small bodies; use ``iter_bytes`` or ``write_to`` for large ones)."""
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        """Release the connection without reading the rest (idempotent)."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            with contextlib.suppress(Exception):  # nothing useful can be done with it in a finalizer
                response.close()


class AsyncBinaryStream(_BinaryBase):
    """A downloaded body, read in chunks (async client): ``async for chunk in body.iter_bytes()``."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter); closes when done."""
        # Checked at the call, as on BinaryStream.
        return self._chunks(_chunk_size(chunk_size))

    async def _chunks(self, size: int) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(size):
                yield chunk
        except httpx.RequestError as exc:
            raise map_transport_error(exc) from exc
        finally:
            await self.aclose()

    async def write_to(self, path: PathLike, *, chunk_size: int | None = None) -> int:
        """Write the body to ``path`` chunk by chunk; returns the number of bytes written.

        The writes are plain file writes of one chunk each: short enough not to hold up the event loop.
        """
        chunks = self.iter_bytes(chunk_size)
        # As on BinaryStream; here no finalizer would release the connection either.
        try:
            written = 0
            with _open_target(path) as target:
                async for chunk in chunks:
                    target.write(chunk)
                    written += len(chunk)
            return written
        finally:
            await self.aclose()

    async def read(self) -> bytes:
        """The whole body at once (for small bodies)."""
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def aclose(self) -> None:
        """Release the connection without reading the rest (idempotent)."""
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


__all__ = ["DEFAULT_CHUNK_SIZE", "AsyncBinaryStream", "BinaryStream"]
