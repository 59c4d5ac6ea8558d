"""Just enough HTTP/1.1 for a test server: parse a request head and body, frame a response."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus

from ._headers import Headers

HEAD_END = b"\r\n\r\n"
LAST_CHUNK = b"0\r\n\r\n"
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
# Large enough for any sane request head; the limit also guards the chunk-size lines.
MAX_HEAD = 1 << 20

# The gateway (Starlette) says "Unprocessable Content"; Python's table still has the older phrase.
_REASONS = {422: "Unprocessable Content"}


class ProtocolError(Exception):
    """The peer sent something that is not HTTP/1.x; the connection is dropped."""


@dataclass(frozen=True, slots=True)
class RequestHead:
    """The request line and headers of one request."""

    method: str
    target: str
    version: str
    headers: Headers

    @property
    def keep_alive(self) -> bool:
        """Whether the client expects the connection to stay open after the response."""
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.version == "HTTP/1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


def parse_head(data: bytes) -> RequestHead:
    """Parse ``data`` (request line + headers, ending in a blank line) into a :class:`RequestHead`."""
    lines = data.rstrip(b"\r\n").split(b"\r\n")
    while lines and not lines[0]:  # RFC 9112 §2.2: ignore blank lines before the request line
        lines.pop(0)
    if not lines:
        raise ProtocolError("empty request")
    try:
        method, target, version = lines[0].decode("latin-1").split(" ")
    except ValueError:
        raise ProtocolError("malformed request line") from None
    if not version.startswith("HTTP/1."):
        raise ProtocolError("unsupported HTTP version")
    fields: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep or not name or name != name.strip():
            raise ProtocolError("malformed header line")
        fields.append((name.decode("latin-1"), value.decode("latin-1").strip()))
    return RequestHead(method.upper(), target, version, Headers(fields))


async def read_body(reader: asyncio.StreamReader, headers: Headers) -> bytes:
    """Read the request body framed by ``Transfer-Encoding: chunked`` or ``Content-Length``."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    length = headers.get("content-length")
    if not length:
        return b""
    try:
        size = int(length)
    except ValueError:
        raise ProtocolError("bad content-length") from None
    if size < 0:
        raise ProtocolError("bad content-length")
    return await reader.readexactly(size) if size else b""


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        line = await reader.readuntil(b"\r\n")
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise ProtocolError("bad chunk size") from None
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailer fields: read and ignore
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        if await reader.readexactly(2) != b"\r\n":
            raise ProtocolError("bad chunk terminator")


@cache
def reason(status: int) -> str:
    """The reason phrase for ``status`` ("OK", "Not Found", ...)."""
    if status in _REASONS:
        return _REASONS[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def response_head(
    status: int,
    headers: Iterable[tuple[str, str]],
    *,
    length: int | None,
    chunked: bool = False,
    close: bool = False,
) -> bytes:
    """Serialize a status line and headers; adds the framing header and ``connection: close``."""
    # Header order as the gateway sends it: content-length first, transfer-encoding last.
    parts = [f"HTTP/1.1 {status} {reason(status)}\r\n"]
    if length is not None and not chunked:
        parts.append(f"content-length: {length}\r\n")
    parts.extend(f"{name}: {value}\r\n" for name, value in headers)
    if chunked:
        parts.append("transfer-encoding: chunked\r\n")
    if close:
        parts.append("connection: close\r\n")
    parts.append("\r\n")
    return "".join(parts).encode("latin-1")


def chunk(data: bytes) -> bytes:
    """Frame ``data`` as one chunk of a chunked body."""
    return b"%x\r\n%s\r\n" % (len(data), data)
