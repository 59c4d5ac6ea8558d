"""How much of an answer the SDK will hold in memory, and the reading of a body within those bounds."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Final

import httpx

from ._exceptions import ResponseValidationError

MiB: Final = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ResponseLimits:
    """Bounds on what one answer may make the client hold in memory (pass ``response_limits=``).

    Attributes:
        max_body_bytes: the largest success body read whole (after gzip/deflate/brotli decoding): a JSON
            result, speech audio. A larger one raises ``ResponseValidationError`` — a decompression bomb
            too — and the connection is dropped rather than read to its end.
        max_event_bytes: the largest server-sent event of a stream (one line, or the lines of one event);
            a larger one (a line that never ends, say) raises ``ResponseValidationError``.
        max_error_body_bytes: how much of an error answer (status 3xx-5xx, or a non-stream answer to a
            stream request) is read and kept on the exception's ``.body``; the rest is not read.
    """

    max_body_bytes: int = 100 * MiB
    max_event_bytes: int = 16 * MiB
    max_error_body_bytes: int = 64 * 1024

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_event_bytes", "max_error_body_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise TypeError(f"ResponseLimits.{name} must be a positive int (bytes), got {value!r}")


DEFAULT_LIMITS: Final = ResponseLimits()


def too_large(what: str, limit: int, setting: str, status_code: int) -> ResponseValidationError:
    size = f"{limit / MiB:g} MiB" if limit >= MiB else f"{limit} bytes"
    return ResponseValidationError(
        what,
        None,
        status_code,
        None,
        f"larger than {size}: raise ResponseLimits.{setting} (response_limits=) if such answers are expected",
    )


class BodyCollector:
    """Gathers a body chunk by chunk (no I/O): the size limit, and the attempt's wall-clock deadline.

    ``keep_prefix``: an error body, of which only the first ``limit`` bytes are kept (no error past it).
    """

    __slots__ = ("_deadline", "_keep_prefix", "_limit", "_parts", "_response", "_size")

    def __init__(self, response: httpx.Response, limit: int, keep_prefix: bool, deadline: float | None) -> None:
        self._response = response
        self._limit = limit
        self._keep_prefix = keep_prefix
        self._deadline = deadline
        self._parts: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> bool:
        """Take one decoded chunk; False once nothing more is wanted."""
        before = self._size
        self._size += len(chunk)
        if self._size > self._limit:
            if not self._keep_prefix:
                raise too_large("response body", self._limit, "max_body_bytes", self._response.status_code)
            self._parts.append(chunk[: self._limit - before])
            return False
        self._parts.append(chunk)
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the answer took longer than the timeout", request=self._response.request)
        return True

    def finish(self) -> None:
        """Hand the body to the response, as ``response.read()`` would have."""
        # httpx keeps a read body in ``_content``; reading it ourselves is what lets us stop early.
        self._response._content = b"".join(self._parts)  # pyright: ignore[reportPrivateUsage]
