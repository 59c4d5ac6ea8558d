"""Server-sent events: an incremental WHATWG decoder and the ``Stream`` / ``AsyncStream`` iterators.

Layers, each usable on its own:

* :class:`SSEDecoder` turns bytes into :class:`ServerSentEvent` objects (no I/O).
* an *event handler* turns one event into an item, :data:`SKIP` (keepalives, pings) or :data:`DONE`
  (terminal sentinels), or raises (mid-stream error events). Handlers are per route and live with the client.
* ``_Pump`` runs decoder + handler over byte chunks; it is shared by :class:`Stream` and
  :class:`AsyncStream`, which only differ in how they read the next chunk and close the response.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import json
import sys
import time
import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, NamedTuple, Self, TypeAlias, TypeVar, cast

import httpx

from otari._accumulate import ChunkAccumulator, to_chat_completion
from otari._deadline import DEADLINE, is_bounded
from otari._exceptions import OtariError, ResponseValidationError
from otari._ids import HeaderIds, ids_from

if TYPE_CHECKING:
    import asyncio

    from otari._generated.models.chat_completion import ChatCompletion

__all__ = [
    "DONE",
    "SKIP",
    "AsyncChatCompletionStream",
    "AsyncStream",
    "ChatCompletionStream",
    "DoneType",
    "EventHandler",
    "Last",
    "SSEDecoder",
    "ServerSentEvent",
    "SkipType",
    "SplitHandler",
    "Stream",
    "StreamRules",
]

T = TypeVar("T")

_BOM: Final = b"\xef\xbb\xbf"

# After a terminal sentinel the server normally ends the body at once; reading that tail lets httpx hand
# the connection back to the pool instead of dropping it. The cap keeps a misbehaving server from making
# us read an unbounded tail.
_DRAIN_LIMIT: Final = 64 * 1024
# How long a stream that reached its end marker waits for the body's end, so that the connection can go
# back to the pool; past it the connection is closed instead (a server lingering after [DONE]).
END_GRACE: Final = 0.05


@dataclass(frozen=True, slots=True)
class StreamRules:
    """What a stream opened by a client enforces (a stream built directly enforces none of it).

    ``require_end``: a body that ends before the end marker is an error. ``secrets``: redacted from the
    errors the stream raises. ``silence``: seconds without any event (comments do not count) before
    ``APITimeoutError``, from the headers on. ``max_event_bytes``: the largest event (or unterminated line).
    """

    require_end: bool = False
    secrets: tuple[str, ...] = ()
    silence: float | None = None
    max_event_bytes: int | None = None


_NO_RULES: Final = StreamRules()


class ServerSentEvent(NamedTuple):
    """One dispatched server-sent event.

    ``event`` is ``None`` when the block had no (or an empty) ``event:`` field — the WHATWG default type
    ``"message"``. ``id`` is the stream's *last event id* at dispatch time (ids persist across events, as
    in the spec), ``None`` if the server never sent one. ``retry`` is the ``retry:`` value given in this
    event's own block, if any.
    """

    # A named tuple: immutable, and a stream builds one per event at a third of a frozen dataclass's cost.
    event: str | None
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """``data`` parsed as JSON (raises :class:`json.JSONDecodeError` if it is not JSON)."""
        return json.loads(self.data)


# Endless arguments for map() and zip(), which build a run of plain data events without a Python-level loop.
_LINE_ENDS: Final = itertools.repeat("\n")
_NONES: Final = itertools.repeat(None)
# Builds a ServerSentEvent from a 4-tuple without the Python-level __new__ a named tuple has.
_new_event: Final = cast(
    "Callable[[type[ServerSentEvent], tuple[str | None, str, str | None, int | None]], ServerSentEvent]",
    tuple.__new__,
)
_EVENT_TYPES: Final = itertools.repeat(ServerSentEvent)


class SSEDecoder:
    """Incremental ``text/event-stream`` decoder following the WHATWG parsing rules.

    Feed it byte chunks split anywhere (inside a line, inside a UTF-8 character, between the CR and LF of
    a CRLF); it returns every event completed by that chunk. Lines end with LF, CR or CRLF; a leading BOM
    is dropped; invalid UTF-8 becomes U+FFFD; ``:`` lines are comments; a block without ``data`` lines
    is not dispatched; an event not terminated by an empty line when the stream ends is discarded.
    """

    __slots__ = (
        "_after_cr",
        "_data",
        "_event",
        "_last_id",
        "_limit",
        "_retry",
        "_started",
        "_tail",
        "_tail_size",
        "oversize",
        "reconnection_time",
    )

    def __init__(self, max_event_bytes: int | None = None) -> None:
        #: The largest event (or unterminated line) accepted, in bytes; None: no limit.
        self._limit = max_event_bytes
        self._tail_size = 0
        self._tail: list[bytes] = []  # pieces of the current, unterminated line (never contain CR/LF)
        self._after_cr = False  # the last byte seen was a CR: an LF right after it is the same line end
        self._started = False  # the BOM check has been made
        self._data: list[str] = []
        self._event = ""
        self._last_id: str | None = None
        self._retry: int | None = None
        #: The last valid ``retry:`` value seen on the stream (the spec's reconnection time), in ms.
        self.reconnection_time: int | None = None
        #: Set by :meth:`feed` when an event (complete, or still arriving) is over the limit; the events
        #: before it were returned, and nothing more of the stream may be fed.
        self.oversize: Exception | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk; return the events it completed (possibly none)."""
        limit = self._limit
        # What an event still being built already holds: with this chunk it could complete past the limit.
        held = sum(map(len, self._data)) + len(self._data) if limit is not None and self._data else 0  # LFs too
        if self._after_cr and chunk:
            self._after_cr = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        # ``int in bytes`` is a plain memchr; ``b"\r" in chunk`` goes through the slower substring search.
        has_cr = 13 in chunk
        if not has_cr and 10 not in chunk:
            if chunk:
                self._tail.append(chunk)
                if self._limit is not None:
                    self._tail_size += len(chunk)
                    self._check(self._tail_size)
            return []
        if self._tail:
            self._tail.append(chunk)
            chunk = b"".join(self._tail)
            self._tail = []
            self._tail_size = 0
        if not self._started:
            # Only now is the start of the stream known to be complete (the BOM may span chunks).
            self._started = True
            if chunk.startswith(_BOM):
                chunk = chunk[3:]
        if has_cr:
            self._after_cr = chunk.endswith(b"\r")
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        # Lines are cut at ASCII bytes, so decoding whole lines never splits a UTF-8 sequence.
        if chunk[-1] == 0x0A:  # the usual case: the chunk ends at a line end
            events = self._text(chunk.decode("utf-8", "replace"))
        else:
            end = chunk.rfind(b"\n")
            self._tail.append(chunk[end + 1 :])
            self._tail_size = len(chunk) - end - 1
            events = self._text(chunk[: end + 1].decode("utf-8", "replace"))
        if limit is not None:
            if events and held + len(chunk) > limit:
                # Only a text longer than the limit can hold a complete event over it: at the default limit
                # (16 MiB, far above any network read) this check is all a chunk costs.
                events = self._within_limit(events, limit)
            if self._data or self._tail_size > limit:
                # An event still being built: its lines so far, plus the line being received.
                self._check(sum(map(len, self._data)) + self._tail_size)
        return events

    def _within_limit(self, events: list[ServerSentEvent], limit: int) -> list[ServerSentEvent]:
        """``events`` up to the first one whose data is over ``limit`` bytes (then :attr:`oversize` is set)."""
        for index, event in enumerate(events):
            data = event.data
            # Encoded only when its characters could reach the limit (UTF-8 takes at most 4 bytes each).
            if len(data) > limit or (len(data) * 4 > limit and len(data.encode()) > limit):
                self._check(limit + 1)
                return events[:index]
        return events

    def _check(self, size: int) -> None:
        # Not raised here: the events this chunk completed first still go to the caller (see ``oversize``).
        if self._limit is not None and size > self._limit and self.oversize is None:
            from otari._limits import too_large

            self.oversize = too_large("stream event", self._limit, "max_event_bytes", 200)

    def close(self) -> None:
        """Signal end of stream: an event still being built (no empty line yet) is discarded."""
        self._tail = []
        self._tail_size = 0
        self._after_cr = False
        self._data.clear()
        self._event = ""
        self._retry = None

    def _text(self, text: str) -> list[ServerSentEvent]:
        """The events of ``text``: whole lines, the last one ended by the text's final LF."""
        events: list[ServerSentEvent] = []
        if not self._data and not self._event and self._retry is None and text[:6] == "data: ":
            # Nothing pending, and the text starts with a data line: the usual stream, blocks of one ``data:``
            # line each, is cut into the events' data at once. Any other block goes the long way, line by line.
            pieces = text[6:].split("\n\ndata: ")
            last = pieces.pop()  # the last block and what follows it: "<data>\n\n" if the text ends with it
            whole = True  # every piece so far is one line: the data of one event
            if len(pieces) > 1:
                if any(map(str.__contains__, pieces, _LINE_ENDS)):
                    whole = False
                else:  # built by map and zip, without a Python-level loop
                    fields = zip(_NONES, pieces, itertools.repeat(self._last_id), _NONES)
                    events = list(map(_new_event, _EVENT_TYPES, fields))
            elif pieces:
                if "\n" in pieces[0]:
                    whole = False
                else:
                    events = [_new_event(ServerSentEvent, (None, pieces[0], self._last_id, None))]
            if whole:
                data, _, after = last.partition("\n")
                if after == "\n":
                    events.append(_new_event(ServerSentEvent, (None, data, self._last_id, None)))
                    return events
                text = "data: " + last
        blocks = text.split("\n\n")
        rest = blocks.pop()  # lines no empty line has ended yet: "" when the text ends with one
        # Nothing pending from an earlier chunk: then a block that is one "data: " line is a whole event.
        clean = not self._data and not self._event and self._retry is None
        last_id = self._last_id
        for block in blocks:
            if clean and block[:6] == "data: " and "\n" not in block:
                events.append(_new_event(ServerSentEvent, (None, block[6:], last_id, None)))
                continue
            # Any other block line by line, then the empty line that ended it, which leaves nothing pending.
            self._lines(block.split("\n"), events)
            self._dispatch(events)
            clean = True
            last_id = self._last_id
        if rest:
            self._lines(rest[:-1].split("\n"), events)
        return events

    def _lines(self, lines: list[str], events: list[ServerSentEvent]) -> None:
        data = self._data
        for line in lines:
            if line.startswith("data: "):
                data.append(line[6:])
            elif not line:
                self._dispatch(events)
            elif line[0] != ":":
                self._field(line)

    def _dispatch(self, events: list[ServerSentEvent]) -> None:
        data = self._data
        if data:
            text = data[0] if len(data) == 1 else "\n".join(data)
            data.clear()
            events.append(ServerSentEvent(self._event or None, text, self._last_id, self._retry))
        self._event = ""
        self._retry = None

    def _field(self, line: str) -> None:
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        # str.isdigit() alone would accept non-ASCII digits such as "²".
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = self.reconnection_time = int(value)
        # Any other field (or an id with NUL, a retry that is not all digits) is ignored, as the spec says.


class SkipType(enum.Enum):
    """Type of :data:`SKIP`."""

    SKIP = "SKIP"

    def __repr__(self) -> str:
        return "SKIP"


class DoneType(enum.Enum):
    """Type of :data:`DONE`."""

    DONE = "DONE"

    def __repr__(self) -> str:
        return "DONE"


#: Returned by a handler for an event that carries no item (keepalive, ``ping``).
SKIP: Final = SkipType.SKIP
#: Returned by a handler for a terminal sentinel (``[DONE]``, ``event: done``): the stream ends there.
DONE: Final = DoneType.DONE


class Last(Generic[T]):
    """Returned by a handler for a protocol's final event (``response.completed``, ``message_stop``): the
    item is handed out and the stream ends there, without waiting for a trailing sentinel."""

    __slots__ = ("item",)

    def __init__(self, item: T) -> None:
        self.item = item


#: Turns one event into an item, :data:`SKIP` or :data:`DONE`; raises (an ``OtariError`` subclass such as
#: ``StreamError``) for an error event.
EventHandler: TypeAlias = Callable[[ServerSentEvent], "T | SkipType | DoneType"]


class _State(enum.Enum):
    RUNNING = 1
    DONE = 2  # the handler returned DONE
    EOF = 3  # the body ended
    FAILED = 4  # the handler or the transport raised
    CLOSED = 5  # closed by the caller before the end


class _Missing(enum.Enum):
    MISSING = "MISSING"


#: What :meth:`_Pump.next_item` returns when the queued events hold no further item.
_MISSING: Final = _Missing.MISSING


class _Pump(Generic[T]):
    """Decoder + handler over byte chunks, with no I/O: all the logic the sync and async streams share.

    A network read's events wait in :attr:`events`; each becomes an item only when the stream hands out
    the next one. So the items of one read never wait together (as garbage they would outlive the young
    GC generation and be collected expensively), and an exception raised by the handler surfaces exactly
    after the items before it. A body that ends before its end marker (``require_end``) leaves its error in
    :attr:`error`, raised once the events before the end are handed out.
    """

    __slots__ = (
        "_decoder",
        "_handler",
        "_last_event",
        "_require_end",
        "_secrets",
        "_silence",
        "error",
        "events",
        "state",
    )

    def __init__(self, handler: EventHandler[T], rules: StreamRules = _NO_RULES) -> None:
        self._decoder = SSEDecoder(rules.max_event_bytes)
        self._handler = handler
        self._require_end = rules.require_end
        self._secrets = rules.secrets
        self._silence = rules.silence
        self._last_event = time.monotonic()
        self.events: deque[ServerSentEvent] = deque()
        self.error: Exception | None = None
        self.state = _State.RUNNING

    def take(self, chunk: bytes | None) -> None:
        """One read's result: ``chunk`` decoded and its events queued, or (None) the end of the body.

        Raises ``APITimeoutError`` when the stream has sent no whole event for longer than its silence bound.
        """
        if chunk is None:
            self.feed_eof()
        elif self.feed(chunk):
            self._last_event = time.monotonic()
        else:
            _check_silence(self._silence, self._last_event)

    def feed(self, chunk: bytes) -> int:
        """Decode ``chunk`` and queue its events; return how many it completed (0: only part of one, or
        comments)."""
        decoder = self._decoder
        events = decoder.feed(chunk)
        self.events.extend(events)
        if decoder.oversize is not None:
            # Raised once the events before the oversized one are handed out, without reading on.
            self.error, self.state = decoder.oversize, _State.FAILED
        return len(events)

    def feed_eof(self) -> None:
        self._decoder.close()
        if self.state is not _State.RUNNING:
            return
        if self._require_end:
            # A body that ends cleanly before the protocol's end marker is a cut answer, not a short one.
            from otari._exceptions import APIConnectionError

            self.error = APIConnectionError(
                "Connection error: the stream ended before its end marker ([DONE] or the final event): the "
                "answer is incomplete"
            )
            self.state = _State.FAILED
        else:
            self.state = _State.EOF

    def next_item(self) -> T | _Missing:
        """The next item from the queued events, or :data:`_MISSING` when they hold no further one.

        The handler's exceptions propagate (redacted), after the pump is marked as failed.
        """
        events = self.events
        handler = self._handler
        while events:
            try:
                item = handler(events.popleft())
            except Exception as exc:
                self.fail()
                self._redact(exc)
                raise
            if item is SKIP:
                continue
            if item is DONE:
                self.state = _State.DONE
                events.clear()
                break
            if isinstance(item, Last):
                self.state = _State.DONE
                events.clear()
                return cast("Last[T]", item).item
            return item
        return _MISSING

    def raise_error(self) -> None:
        """Raise the held-back end-of-body error, once."""
        error, self.error = self.error, None
        if error is not None:
            self._redact(error)
            raise error

    def _redact(self, error: Exception) -> None:
        if self._secrets:
            from otari._errors import redact_error  # only when an error actually happened

            redact_error(error, self._secrets)

    def fail(self) -> None:
        """The handler or the transport raised: nothing more comes out of this stream."""
        self.events.clear()
        if self.state is not _State.DONE:
            self.state = _State.FAILED

    def close(self) -> None:
        self.events.clear()
        if self.state is _State.RUNNING:
            self.state = _State.CLOSED

    @property
    def ended_normally(self) -> bool:
        """The stream reached its terminal sentinel or the end of the body, and every event was handled."""
        return (self.state is _State.DONE or self.state is _State.EOF) and not self.events


def in_asyncio_task() -> bool:
    """asyncio.timeout can bound the wait (not under trio, where the connection is closed at once)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return False
    try:
        return asyncio.current_task() is not None
    except RuntimeError:
        return False


def _check_silence(silence: float | None, last_event: float) -> None:
    """Raise ``APITimeoutError`` when no event arrived for longer than ``silence`` seconds."""
    if silence is not None and time.monotonic() - last_event > silence:
        from otari._exceptions import APITimeoutError

        raise APITimeoutError(
            f"Request timed out: the stream sent no event for {silence:g}s (bytes without a whole event, "
            "and keepalive comments, do not count) — pass a larger timeout= if the model is slow to answer"
        )


_STATE_WORDS = {
    _State.RUNNING: "open",
    _State.DONE: "finished",
    _State.EOF: "finished",
    _State.FAILED: "failed",
    _State.CLOSED: "closed",
}


def _stream_repr(stream: Stream[Any] | AsyncStream[Any]) -> str:
    """``<ChatCompletionStream POST /v1/chat/completions [200] open, 3 events waiting>``: no headers, no query."""
    request = stream.response.request
    pump = stream._pump  # pyright: ignore[reportPrivateUsage]
    waiting = f", {len(pump.events)} events waiting" if pump.events else ""
    return (
        f"<{type(stream).__name__} {request.method} {request.url.path} [{stream.response.status_code}] "
        f"{_STATE_WORDS[pump.state]}{waiting}>"
    )


def _with_request_id(exc: BaseException, response: httpx.Response) -> None:
    """A mid-stream error names the stream's request id, as HTTP errors do (StreamError.request_id)."""
    if getattr(exc, "request_id", "") is None:
        exc.request_id = ids_from(response.headers)[0]  # type: ignore[attr-defined]


def _map_transport_error(exc: httpx.RequestError) -> Exception:
    from otari._errors import map_transport_error  # loaded only when a read actually fails

    return map_transport_error(exc)


class Stream(HeaderIds, Generic[T]):
    """A synchronous stream of items decoded from a server-sent-events response.

    An iterator (``for item in stream``, ``next(stream)``) and a context manager. The connection is
    released when the stream ends, when the ``with`` block is left, on :meth:`close`, or when the stream
    is garbage-collected — which is what happens on ``break`` in ``for item in client.x_stream(...)``,
    where the loop holds the only reference (at once on CPython; at the next collection elsewhere). A
    stream kept in a variable stays open after ``break`` so that iteration can resume; use ``with``.

    A terminal sentinel ends iteration and is never yielded. Errors — mid-stream error events, transport
    failures mapped to ``APIConnectionError`` / ``APITimeoutError`` — are raised after every item that
    arrived before them, and close the stream.
    """

    def __init__(self, response: httpx.Response, handler: EventHandler[T], *, rules: StreamRules = _NO_RULES) -> None:
        #: The underlying ``httpx.Response`` (status, headers); its body is read by the stream.
        self.response = response
        self._pump: _Pump[T] = _Pump(handler, rules)
        self._chunks: Iterator[bytes] | None = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        pump = self._pump
        while True:
            if pump.events:
                try:
                    item = pump.next_item()
                except BaseException as exc:
                    pump.fail()
                    self.close()
                    _with_request_id(exc, self.response)
                    raise
                if item is not _MISSING:
                    return item
            if not self._refill():
                raise StopIteration

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _stream_repr(self)

    def close(self) -> None:
        """Stop the stream and release the connection (idempotent)."""
        self._pump.close()
        chunks, self._chunks = self._chunks, None
        try:
            close = getattr(chunks, "close", None)  # httpx's byte iterator is a generator
            if close is not None:
                close()
        finally:
            self.response.close()

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            with contextlib.suppress(Exception):  # nothing useful can be done with it in a finalizer
                response.close()

    def _refill(self) -> bool:
        """Read until events are queued (True) or the stream is over (False)."""
        pump = self._pump
        try:
            while pump.state is _State.RUNNING:
                pump.take(self._read())
                if pump.events:
                    return True
            pump.raise_error()
        except BaseException as exc:
            pump.fail()
            self.close()
            _with_request_id(exc, self.response)
            raise
        if not self.response.is_closed:
            self._finish()
        return False

    def _read(self) -> bytes | None:
        chunks = self._chunks
        if chunks is None:
            chunks = self._chunks = self.response.iter_bytes()
        try:
            return next(chunks)
        except StopIteration:
            return None
        except httpx.RequestError as exc:
            raise _map_transport_error(exc) from exc

    def _finish(self) -> None:
        # Only where the wait for the body's end can be bounded (the pools the SDK builds): otherwise the
        # connection is closed at once rather than waited on.
        if self._pump.state is _State.DONE and self._chunks is not None and is_bounded(self.response):
            token = DEADLINE.set(time.monotonic() + END_GRACE)
            received = 0
            try:
                for chunk in self._chunks:
                    received += len(chunk)
                    if received > _DRAIN_LIMIT:
                        break
            except httpx.HTTPError:
                pass  # every item was already delivered; the tail does not matter
            finally:
                DEADLINE.reset(token)
        self.close()


# Strong references to the close tasks scheduled by finalizers (the loop keeps only weak ones).
_background_closes: set[asyncio.Task[None]] = set()


def _forget_close(task: asyncio.Task[None]) -> None:
    _background_closes.discard(task)
    # Retrieved so that asyncio does not log "exception was never retrieved": a connection that fails
    # while being closed by a finalizer has no one left to tell.
    if not task.cancelled():
        task.exception()


async def _aclose(chunks: AsyncIterator[bytes] | None, response: httpx.Response) -> None:
    # A plain function, so that a close scheduled by a finalizer does not keep the stream alive.
    try:
        aclose = getattr(chunks, "aclose", None)  # httpx's byte iterator is an async generator
        if aclose is not None:
            await aclose()
    finally:
        await response.aclose()


class AsyncStream(HeaderIds, Generic[T]):
    """The asynchronous twin of :class:`Stream`: ``async for``, ``await anext(stream)``, ``async with``,
    :meth:`aclose`.

    Releasing the connection without ``async with`` / :meth:`aclose` is best effort, because closing an
    async response has to run on the event loop. A stream garbage-collected (e.g. after ``break`` in
    ``async for item in await client.x_stream(...)``) while an asyncio loop is running in that thread
    schedules the close as a task on that loop: the connection is released a moment later, not at once.
    Collected with no running loop (from another thread, after the loop ended, or under a non-asyncio
    loop such as trio), nothing can be awaited: a ``ResourceWarning`` is emitted instead.
    """

    def __init__(self, response: httpx.Response, handler: EventHandler[T], *, rules: StreamRules = _NO_RULES) -> None:
        #: The underlying ``httpx.Response`` (status, headers); its body is read by the stream.
        self.response = response
        self._pump: _Pump[T] = _Pump(handler, rules)
        self._chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        pump = self._pump
        while True:
            if pump.events:
                try:
                    item = pump.next_item()
                except BaseException as exc:
                    pump.fail()
                    await self.aclose()
                    _with_request_id(exc, self.response)
                    raise
                if item is not _MISSING:
                    return item
            if not await self._refill():
                raise StopAsyncIteration

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return _stream_repr(self)

    async def aclose(self) -> None:
        """Stop the stream and release the connection (idempotent)."""
        self._pump.close()
        chunks, self._chunks = self._chunks, None
        await _aclose(chunks, self.response)

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        # No import here: if asyncio was never imported, no asyncio loop can be running.
        asyncio = sys.modules.get("asyncio")
        try:
            loop = asyncio.get_running_loop() if asyncio is not None else None
        except RuntimeError:
            loop = None
        with contextlib.suppress(Exception):  # e.g. at interpreter shutdown; nothing more can be done
            if loop is None:
                warnings.warn(
                    f"{type(self).__name__} was garbage-collected without aclose() and outside a running "
                    "event loop: its connection could not be released",
                    ResourceWarning,
                    stacklevel=1,
                    source=self,
                )
                return
            task = loop.create_task(_aclose(self._chunks, response))
            _background_closes.add(task)
            task.add_done_callback(_forget_close)

    async def _refill(self) -> bool:
        """Read until events are queued (True) or the stream is over (False)."""
        pump = self._pump
        try:
            while pump.state is _State.RUNNING:
                pump.take(await self._read())
                if pump.events:
                    return True
            pump.raise_error()
        except BaseException as exc:
            pump.fail()
            await self.aclose()
            _with_request_id(exc, self.response)
            raise
        if not self.response.is_closed:
            await self._finish()
        return False

    async def _read(self) -> bytes | None:
        chunks = self._chunks
        if chunks is None:
            chunks = self._chunks = self.response.aiter_bytes()
        try:
            return await chunks.__anext__()
        except StopAsyncIteration:
            return None
        except httpx.RequestError as exc:
            raise _map_transport_error(exc) from exc

    async def _finish(self) -> None:
        if self._pump.state is _State.DONE and self._chunks is not None and in_asyncio_task():
            import asyncio

            received = 0
            try:
                async with asyncio.timeout(END_GRACE):
                    async for chunk in self._chunks:
                        received += len(chunk)
                        if received > _DRAIN_LIMIT:
                            break
            except (httpx.HTTPError, TimeoutError):
                pass  # every item was already delivered; the tail does not matter
        await self.aclose()


class SplitHandler(Generic[T]):
    """An event handler in two steps, so that a chat stream can fold each chunk's JSON into its final
    completion without parsing it a second time.

    ``decode`` turns an event into its JSON payload, :data:`SKIP` or :data:`DONE` (or raises, for an error
    event); ``convert`` turns a payload into the item (``event`` is passed along for error messages).
    Called as a whole, it is an ordinary :data:`EventHandler`.
    """

    __slots__ = ("convert", "decode")

    def __init__(
        self,
        decode: Callable[[ServerSentEvent], Any],
        convert: Callable[[Any, ServerSentEvent], T],
    ) -> None:
        self.decode = decode
        self.convert = convert

    def __call__(self, event: ServerSentEvent) -> T | SkipType | DoneType:
        payload = self.decode(event)
        if payload is SKIP or payload is DONE:
            return payload
        return self.convert(payload, event)


class _ChatCollector(Generic[T]):
    """The handler of a chat stream, wrapped to fold every chunk into what ``final_completion()`` needs
    (sync and async).

    Chunks are folded as they are decoded, from the typed chunk and the payload the handler parsed anyway:
    the accumulator keeps the text joined as it grows, so a long stream stays small, and nothing is parsed
    twice. A chunk the accumulator cannot read does not stop the stream; the error is kept for
    ``final_completion()``.
    """

    __slots__ = ("_accumulator", "_completion", "_convert", "_decode", "_failure", "_fold", "_to_completion")

    def __init__(
        self, handler: EventHandler[T], to_completion: Callable[[dict[str, Any]], ChatCompletion] | None
    ) -> None:
        self._accumulator = ChunkAccumulator()
        self._decode: Callable[[ServerSentEvent], Any]
        self._convert: Callable[[Any, ServerSentEvent], T]
        self._fold: Callable[[Any, Any], None] | None
        if isinstance(handler, SplitHandler):
            self._decode, self._convert = handler.decode, handler.convert
            self._fold = self._accumulator.add_parsed
        else:
            steps = _PlainSteps(handler, self._accumulator.add)
            self._decode, self._convert, self._fold = steps.decode, steps.convert, steps.fold
        self._to_completion = to_completion or to_chat_completion
        self._failure: Exception | None = None
        self._completion: ChatCompletion | None = None

    def __call__(self, event: ServerSentEvent) -> T | SkipType | DoneType:
        payload = self._decode(event)
        if payload is SKIP or payload is DONE:
            return payload
        item = self._convert(payload, event)
        fold = self._fold
        if fold is not None:
            try:
                fold(item, payload)
            except Exception as exc:
                self._failure = exc
                self._fold = None
        return item

    def completion(self, pump: _Pump[Any]) -> ChatCompletion:
        if self._completion is None:
            if not pump.ended_normally:
                raise RuntimeError(
                    "final_completion() needs the whole stream, but it was closed or failed before its end"
                )
            try:
                if self._failure is not None:
                    raise self._failure
                self._completion = self._to_completion(self._accumulator.result())
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                if isinstance(exc, OtariError):
                    raise
                # A delta of the wrong shape (non-string arguments or refusal, ...): the chunks were each
                # valid enough to hand out, but cannot be assembled. The text is not quoted (it may be secret).
                raise ResponseValidationError(
                    "ChatCompletion", None, 200, None, f"the stream's chunks cannot be assembled ({type(exc).__name__})"
                ) from exc
        return self._completion


class _PlainSteps:
    """A plain handler cut into the collector's steps: it gives only the item, so the chunk's JSON is read
    again from the event to be folded."""

    __slots__ = ("_add", "_handler", "_item")

    def __init__(self, handler: EventHandler[Any], add: Callable[[Any], None]) -> None:
        self._handler = handler
        self._add = add
        self._item: Any = None

    def decode(self, event: ServerSentEvent) -> Any:
        item = self._handler(event)
        if item is SKIP or item is DONE:
            return item
        self._item = item
        return event

    def convert(self, event: ServerSentEvent, _: ServerSentEvent) -> Any:
        item, self._item = self._item, None
        return item

    def fold(self, item: Any, event: ServerSentEvent) -> None:
        self._add(json.loads(event.data))


class ChatCompletionStream(Stream[T]):
    """A chat-completion :class:`Stream` that can also assemble its chunks: :meth:`final_completion`.

    ``handler`` turns events into chunk items as for any stream; ``to_completion`` turns the assembled
    ``chat.completion`` JSON into the typed completion (default: the generated ``ChatCompletion``).
    """

    def __init__(
        self,
        response: httpx.Response,
        handler: EventHandler[T],
        to_completion: Callable[[dict[str, Any]], ChatCompletion] | None = None,
        *,
        rules: StreamRules = _NO_RULES,
    ) -> None:
        self._collector = _ChatCollector(handler, to_completion)
        # The bound method, not the collector: calling an object through its __call__ slot costs a lookup and
        # a C-level call per chunk that a bound method avoids.
        super().__init__(response, self._collector.__call__, rules=rules)

    def final_completion(self) -> ChatCompletion:
        """Read the rest of the stream and return every chunk (iterated or not) assembled into one
        ``ChatCompletion``: text, tool calls with their full arguments, finish reason, usage.

        Raises what iteration would raise (e.g. ``StreamError``), and ``RuntimeError`` if the stream was
        closed before its end. Calling it again returns the same object.
        """
        for _ in self:
            pass  # every chunk is collected by the handler wrapper as it is decoded
        return self._collector.completion(self._pump)


class AsyncChatCompletionStream(AsyncStream[T]):
    """The asynchronous :class:`ChatCompletionStream`: ``await stream.final_completion()``."""

    def __init__(
        self,
        response: httpx.Response,
        handler: EventHandler[T],
        to_completion: Callable[[dict[str, Any]], ChatCompletion] | None = None,
        *,
        rules: StreamRules = _NO_RULES,
    ) -> None:
        self._collector = _ChatCollector(handler, to_completion)
        super().__init__(response, self._collector.__call__, rules=rules)  # see ChatCompletionStream

    async def final_completion(self) -> ChatCompletion:
        """Read the rest of the stream and return all its chunks assembled into one ``ChatCompletion``
        (see :meth:`ChatCompletionStream.final_completion`)."""
        async for _ in self:
            pass
        return self._collector.completion(self._pump)
