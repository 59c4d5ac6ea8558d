"""What a route handler or a scripted item answers with, and helpers to build gateway-shaped replies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("cache-control", "private, no-store, no-cache"),
    ("vary", "Authorization"),
)
JSON_TYPE = "application/json"
SSE_TYPE = "text/event-stream; charset=utf-8"
JSON_HEADERS: tuple[tuple[str, str], ...] = (("content-type", JSON_TYPE), *SECURITY_HEADERS)
SSE_HEADERS: tuple[tuple[str, str], ...] = (("content-type", SSE_TYPE), *SECURITY_HEADERS)

DONE_FRAME = b"data: [DONE]\n\n"
KEEPALIVE_FRAME = b": keepalive\n\n"


@dataclass(frozen=True, slots=True)
class Reply:
    """A complete response. ``length_header=False`` leaves out ``content-length`` (204, raw replies)."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = JSON_HEADERS
    length_header: bool = True


@dataclass(frozen=True, slots=True)
class StreamReply:
    """A chunked SSE response: one chunk per frame, with the failure modes tests script."""

    status: int
    frames: tuple[bytes, ...]
    headers: tuple[tuple[str, str], ...] = SSE_HEADERS
    delay_between: float = 0.0
    drop_after: int | None = None
    stall_after: int | None = None
    stall_for: float = 0.0
    keepalive_every: int | None = None


@dataclass(frozen=True, slots=True)
class ResetReply:
    """Close the connection before any response byte; ``abortive`` sends a TCP RST instead of a FIN."""

    abortive: bool = True


AnyReply = Reply | StreamReply | ResetReply


def dumps(value: Any) -> bytes:
    """JSON the way the gateway (Starlette) serializes it: compact, UTF-8, no ASCII escaping."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def json_reply(value: Any, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    """A JSON reply with the gateway's headers (``headers`` are added before them)."""
    return Reply(status, dumps(value), headers + JSON_HEADERS if headers else JSON_HEADERS)


def detail_reply(status: int, detail: Any, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    """The gateway's error body: ``{"detail": ...}``."""
    return json_reply({"detail": detail}, status, headers)


def no_content() -> Reply:
    """A delete's reply: 204, empty body, ``content-type`` still set and no ``content-length``."""
    return Reply(204, b"", JSON_HEADERS, length_header=False)


def field_error(kind: str, loc: tuple[str | int, ...], msg: str) -> dict[str, Any]:
    """One entry of a 422 ``detail`` list, as FastAPI reports it."""
    return {"type": kind, "loc": list(loc), "msg": msg}


def missing(loc: tuple[str | int, ...]) -> dict[str, Any]:
    """The 422 entry for a required field that was not sent."""
    return field_error("missing", loc, "Field required")


def validation_reply(errors: list[dict[str, Any]]) -> Reply:
    """A 422 with a list-shaped ``detail``."""
    return detail_reply(422, errors)


def sse(data: Any, *, event: str | None = None) -> bytes:
    """Format one SSE event: ``data`` (a dict/list as compact JSON, anything else as text), then ``\\n\\n``.

    >>> sse({"type": "ping"}, event="ping")
    b'event: ping\\ndata: {"type":"ping"}\\n\\n'
    """
    if isinstance(data, dict | list):
        payload = dumps(data)
    elif isinstance(data, bytes):
        payload = data
    else:
        payload = str(data).encode("utf-8")
    head = b"event: %s\n" % event.encode("utf-8") if event is not None else b""
    return head + b"data: " + payload + b"\n\n"
