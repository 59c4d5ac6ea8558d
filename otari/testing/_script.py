"""Scripted behaviours: a thread-safe FIFO of one-shot replies, each consumed by the next matching request."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._replies import DONE_FRAME, SSE_HEADERS, Reply, ResetReply, StreamReply, dumps

Event = str | bytes | Mapping[str, Any]


def event_frame(event: Event) -> bytes:
    """One queued stream item as SSE bytes: bytes verbatim, a mapping as ``data: <json>``, text as ``data: <text>``."""
    if isinstance(event, bytes):
        return event
    if isinstance(event, str):
        return b"data: " + event.encode("utf-8") + b"\n\n"
    return b"data: " + dumps(dict(event)) + b"\n\n"


def error_frame(error: Mapping[str, Any]) -> bytes:
    """The gateway's own mid-stream error event; it uses Python's default ``", "`` separators."""
    payload = dict(error) if set(error) == {"error"} else {"error": dict(error)}
    return b"data: " + json.dumps(payload).encode("utf-8") + b"\n\n"


@dataclass(frozen=True, slots=True)
class StreamPlan:
    """A queued stream; ``events=None`` replays the route's normal stream for the request."""

    events: tuple[bytes, ...] | None
    status: int = 200
    headers: tuple[tuple[str, str], ...] = SSE_HEADERS
    delay_between: float = 0.0
    drop_after: int | None = None
    stall_after: int | None = None
    stall_for: float = 0.0
    keepalive_every: int | None = None
    error: bytes | None = None
    done: bool = True

    def build(self, default_frames: tuple[bytes, ...]) -> StreamReply:
        """The reply to send; ``default_frames`` is used when no events were queued."""
        if self.events is None:
            frames = default_frames
        else:
            tail = ((self.error,) if self.error else ()) + ((DONE_FRAME,) if self.done else ())
            frames = self.events + tail
        return StreamReply(
            self.status,
            frames,
            self.headers,
            delay_between=self.delay_between,
            drop_after=self.drop_after,
            stall_after=self.stall_after,
            stall_for=self.stall_for,
            keepalive_every=self.keepalive_every,
        )


@dataclass(frozen=True, slots=True)
class Delay:
    """Wait, then answer normally."""

    seconds: float


Action = Reply | ResetReply | StreamPlan | Delay


@dataclass(slots=True)
class Scripted:
    """A queued action with its request filter, a pre-reply delay and how many requests it serves."""

    action: Action
    path: str | None = None
    method: str | None = None
    delay: float = 0.0
    remaining: int = 1

    def matches(self, method: str, raw_path: str, decoded_path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        if self.path is None:
            return True
        if self.path.endswith("*"):
            prefix = self.path[:-1]
            return raw_path.startswith(prefix) or decoded_path.startswith(prefix)
        return self.path in (raw_path, decoded_path)


class Script:
    """The FIFO of scripted items. Filled from the test's thread, consumed on the server's."""

    def __init__(self) -> None:
        self._items: list[Scripted] = []
        self._lock = threading.Lock()

    def add(self, item: Scripted) -> None:
        if item.remaining < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._items.append(item)

    def take(self, method: str, raw_path: str, decoded_path: str) -> Scripted | None:
        """Consume one use of the first item matching the request (None: nothing queued for it)."""
        if not self._items:  # lock-free fast path for the common unscripted case
            return None
        with self._lock:
            for index, item in enumerate(self._items):
                if item.matches(method, raw_path, decoded_path):
                    item.remaining -= 1
                    if item.remaining == 0:
                        del self._items[index]
                    return item
        return None

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    @property
    def pending(self) -> int:
        """How many more requests the queued items will answer."""
        with self._lock:
            return sum(item.remaining for item in self._items)


def normalize_events(events: Sequence[Event]) -> tuple[bytes, ...]:
    """Queued stream items as SSE frames."""
    return tuple(event_frame(event) for event in events)
