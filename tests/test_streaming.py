"""Stream / AsyncStream over in-memory httpx responses: ordering, sentinels, errors, connection release."""

from __future__ import annotations

import asyncio
import gc
import json
import platform
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from otari._exceptions import APIConnectionError, APITimeoutError
from otari._streaming import DONE, SKIP, AsyncStream, DoneType, ServerSentEvent, SkipType, Stream
from tests import wire

REQUEST = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
KINDS = ["sync", "async"]
CPYTHON = platform.python_implementation() == "CPython"


class HandlerError(Exception):
    """What a route handler raises for a mid-stream error event (the real ones raise StreamError)."""


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that yields ``chunks`` then raises ``error``; records how much was read and closing."""

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error
        self.read = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.read += 1
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def split(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)] or [b""]


def response_for(chunks: list[bytes], error: Exception | None = None) -> httpx.Response:
    return httpx.Response(
        200, headers={"content-type": "text/event-stream", "x-trace": "t1"}, stream=Body(chunks, error), request=REQUEST
    )


def body_of(response: httpx.Response) -> Body:
    stream = response.stream
    assert isinstance(stream, Body)
    return stream


def chat_handler(event: ServerSentEvent) -> dict[str, Any] | DoneType:
    if event.data == "[DONE]":
        return DONE
    payload: dict[str, Any] = event.json()
    if "error" in payload:
        raise HandlerError(payload["error"]["message"])
    return payload


def events_handler(event: ServerSentEvent) -> tuple[str | None, Any] | SkipType | DoneType:
    if event.data == "[DONE]" or event.event == "done":
        return DONE
    if event.event == "ping":
        return SKIP
    if event.event == "error":
        raise HandlerError(event.json()["error"]["message"])
    return event.event, event.json()


def make(kind: str, response: httpx.Response, handler: Callable[[ServerSentEvent], Any]) -> Any:
    return Stream(response, handler) if kind == "sync" else AsyncStream(response, handler)


def drain(kind: str, stream: Any) -> tuple[list[Any], Exception | None]:
    """Iterate to the end; return the items and the exception that ended iteration, if any."""
    items: list[Any] = []
    try:
        if kind == "sync":
            for item in stream:
                items.append(item)
        else:

            async def main() -> None:
                async for item in stream:
                    items.append(item)

            asyncio.run(main())
    except Exception as exc:
        return items, exc
    return items, None


def chat_chunks(name: str) -> list[dict[str, Any]]:
    """The chunk payloads of a recorded chat stream, parsed independently of the decoder under test."""
    parts = wire.load(name).body.split(b"\n\n")
    payloads = [json.loads(p.removeprefix(b"data: ")) for p in parts if p.startswith(b"data: {")]
    return [p for p in payloads if "error" not in p]


# --- items, sentinels --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("size", [1, 5, 64, 457, 100_000])
def test_items_in_order_and_done_closes(kind: str, size: int) -> None:
    response = response_for(split(wire.load("chat-stream").body, size))
    stream = make(kind, response, chat_handler)
    items, error = drain(kind, stream)
    assert error is None
    assert items == chat_chunks("chat-stream")
    assert response.is_closed and body_of(response).closed


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_after_done_is_yielded_and_the_short_tail_is_drained(kind: str) -> None:
    chunks = [b'data: {"n": 1}\n\n', b"data: [DONE]\n\n", b'data: {"n": 2}\n\n', b"\n"]
    response = response_for(chunks)
    items, error = drain(kind, make(kind, response, chat_handler))
    assert (items, error) == ([{"n": 1}], None)
    assert response.is_closed
    if kind == "sync":
        # A sync read cannot be bounded on a body that is not one of the SDK's own connections, so the
        # stream ends at [DONE] without waiting for the tail (on its own pools it waits ~50 ms at most:
        # tests/test_hardening.py).
        assert body_of(response).read == 2
    else:
        assert body_of(response).read == len(chunks)  # read to the end: the connection can be reused


@pytest.mark.parametrize("kind", KINDS)
def test_a_long_tail_after_done_is_not_read_to_the_end(kind: str) -> None:
    tail = [b": padding" + b"x" * 16_000 + b"\n"] * 50
    response = response_for([b"data: [DONE]\n\n", *tail])
    items, error = drain(kind, make(kind, response, chat_handler))
    assert (items, error) == ([], None)
    assert response.is_closed and body_of(response).read < 10


@pytest.mark.parametrize("kind", KINDS)
def test_skip_is_skipped_and_done_event_ends(kind: str) -> None:
    response = response_for(split(wire.load("messages-stream-keepalive").body, 50))
    items, error = drain(kind, make(kind, response, events_handler))
    assert error is None
    names = [name for name, _ in items]
    assert "ping" not in names and "done" not in names
    assert names[0] == "message_start" and names[-1] == "message_stop" and len(names) == 10
    assert response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_eof_without_sentinel_just_stops(kind: str) -> None:
    response = response_for([b'data: {"n": 1}\n\ndata: {"n": 2}\n\n', b'data: {"n": 3}\n'])
    items, error = drain(kind, make(kind, response, chat_handler))
    # The last event was never terminated by an empty line: WHATWG discards it.
    assert (items, error) == ([{"n": 1}, {"n": 2}], None)
    assert response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_empty_body(kind: str) -> None:
    response = response_for([])
    assert drain(kind, make(kind, response, chat_handler)) == ([], None)
    assert response.is_closed


# --- errors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("size", [3, 100_000])
def test_handler_error_surfaces_after_the_items_before_it(kind: str, size: int) -> None:
    # size 100_000: the error event arrives in the same chunk as the items before it.
    response = response_for(split(wire.load("chat-stream-error-midstream-chunk").body, size))
    stream = make(kind, response, chat_handler)
    items, error = drain(kind, stream)
    assert isinstance(error, HandlerError) and str(error) == "An error occurred during streaming"
    assert [c["choices"][0]["delta"]["content"] for c in items] == ["", "Echo: ", "ERRCHUNK "]
    assert response.is_closed
    assert drain(kind, stream) == ([], None)  # the error is raised once; the stream is over


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", ["responses-stream-error-midstream", "messages-stream-error-midstream"])
def test_error_event_of_the_event_routes(kind: str, name: str) -> None:
    response = response_for(split(wire.load(name).body, 40))
    items, error = drain(kind, make(kind, response, events_handler))
    assert isinstance(error, HandlerError)
    assert len(items) == (6 if name.startswith("responses") else 5)
    assert response.is_closed


CUT = httpx.RemoteProtocolError(
    "peer closed connection without sending complete message body (incomplete chunked read)", request=REQUEST
)


@pytest.mark.parametrize("kind", KINDS)
def test_connection_cut_is_mapped_and_raised_after_delivered_items(kind: str) -> None:
    events = wire.load("chat-stream").body.split(b"\n\n")
    delivered = b"\n\n".join(events[:3]) + b"\n\n" + events[3][:40]  # cut inside the fourth event
    response = response_for(split(delivered, 100), error=CUT)
    items, error = drain(kind, make(kind, response, chat_handler))
    assert items == chat_chunks("chat-stream")[:3]
    assert isinstance(error, APIConnectionError) and not isinstance(error, APITimeoutError)
    assert error.__cause__ is CUT
    assert response.is_closed


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("exc", "mapped"),
    [
        (httpx.ReadTimeout("timed out", request=REQUEST), APITimeoutError),
        (httpx.ReadError("connection reset", request=REQUEST), APIConnectionError),
    ],
)
def test_transport_errors_are_mapped(kind: str, exc: Exception, mapped: type[Exception]) -> None:
    response = response_for([b'data: {"n": 1}\n\n'], error=exc)
    items, error = drain(kind, make(kind, response, chat_handler))
    assert items == [{"n": 1}]
    assert type(error) is mapped and error.__cause__ is exc
    assert response.is_closed


# --- releasing the connection --------------------------------------------------------------------------------


def test_with_block_closes() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    with Stream(response, chat_handler) as stream:
        assert next(stream)["object"] == "chat.completion.chunk"
        assert not response.is_closed
    assert response.is_closed and body_of(response).closed


async def test_async_with_block_closes() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    async with AsyncStream(response, chat_handler) as stream:
        assert (await anext(stream))["object"] == "chat.completion.chunk"
        assert not response.is_closed
    assert response.is_closed and body_of(response).closed


def test_with_block_closes_on_an_exception_in_the_body() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    with pytest.raises(KeyError), Stream(response, chat_handler) as stream:
        next(stream)["missing"]
    assert response.is_closed


@pytest.mark.parametrize("kind", KINDS)
def test_close_stops_iteration_and_is_idempotent(kind: str) -> None:
    response = response_for([b'data: {"n": 1}\n\ndata: {"n": 2}\n\n', b'data: {"n": 3}\n\n'])
    stream = make(kind, response, chat_handler)

    async def async_case() -> list[Any]:
        first = await anext(stream)
        await stream.aclose()
        await stream.aclose()
        return [first] + [item async for item in stream]

    if kind == "sync":
        first = next(stream)
        stream.close()
        stream.close()
        seen = [first, *stream]
    else:
        seen = asyncio.run(async_case())
    # {"n": 2} was already decoded when close() came: it is dropped all the same.
    assert seen == [{"n": 1}]
    assert response.is_closed


def test_iteration_resumes_after_break_on_a_kept_stream() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    with Stream(response, chat_handler) as stream:
        for _ in stream:
            break
        assert not response.is_closed
        rest = list(stream)
    assert [_, *rest] == chat_chunks("chat-stream")


def test_next_and_for_share_the_position() -> None:
    response = response_for([b'data: {"n": 1}\n\ndata: {"n": 2}\n\ndata: {"n": 3}\n\n'])
    stream = Stream(response, chat_handler)
    assert iter(stream) is stream
    assert next(stream) == {"n": 1}
    assert list(stream) == [{"n": 2}, {"n": 3}]
    with pytest.raises(StopIteration):
        next(stream)


@pytest.mark.skipif(not CPYTHON, reason="relies on reference counting freeing the stream at once")
def test_break_out_of_an_unreferenced_stream_releases_the_connection() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    for _ in Stream(response, chat_handler):
        break
    assert response.is_closed and body_of(response).closed


def test_garbage_collection_releases_the_connection() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    stream = Stream(response, chat_handler)
    next(stream)
    del stream
    gc.collect()
    assert response.is_closed


async def test_async_break_out_of_an_unreferenced_stream_releases_the_connection_soon() -> None:
    response = response_for(split(wire.load("chat-stream").body, 100))
    async for _ in AsyncStream(response, chat_handler):
        break
    gc.collect()
    for _ in range(20):  # the close was scheduled on this loop: let it run
        if response.is_closed:
            break
        await asyncio.sleep(0)
    assert response.is_closed and body_of(response).closed


def test_async_stream_collected_without_a_loop_warns() -> None:
    response = response_for([b'data: {"n": 1}\n\n'])
    stream = AsyncStream(response, chat_handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del stream
        gc.collect()
    assert any(issubclass(w.category, ResourceWarning) and "aclose" in str(w.message) for w in caught)
    assert not response.is_closed  # nothing could be awaited


def test_async_stream_that_finished_does_not_warn() -> None:
    response = response_for([b'data: {"n": 1}\n\n'])
    stream = AsyncStream(response, chat_handler)
    assert drain("async", stream) == ([{"n": 1}], None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del stream
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


# --- the response ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_response_is_exposed(kind: str) -> None:
    response = response_for([])
    stream = make(kind, response, chat_handler)
    assert stream.response is response
    assert stream.response.status_code == 200 and stream.response.headers["x-trace"] == "t1"


@pytest.mark.parametrize("kind", KINDS)
def test_handlers_see_event_names_ids_and_data(kind: str) -> None:
    seen: list[ServerSentEvent] = []

    def handler(event: ServerSentEvent) -> str:
        seen.append(event)
        return event.data

    response = response_for([b"event: a\nid: 1\ndata: x\n\n: c\n\nevent: b\ndata: y\r\n\r\n"])
    items, error = drain(kind, make(kind, response, handler))
    assert (items, error) == (["x", "y"], None)
    assert [(e.event, e.id) for e in seen] == [("a", "1"), ("b", "1")]


def test_sentinels_repr() -> None:
    assert repr(SKIP) == "SKIP" and repr(DONE) == "DONE"


@pytest.mark.parametrize("kind", KINDS)
def test_events_become_items_one_at_a_time(kind: str) -> None:
    # One network read can carry hundreds of events: each becomes an item only when it is asked for, so the
    # items of a read never pile up, and an error event is raised only once the items before it are taken.
    handled: list[str] = []

    def handler(event: ServerSentEvent) -> str:
        handled.append(event.data)
        if event.data == "boom":
            raise HandlerError("boom")
        return event.data

    response = response_for([b"data: a\n\ndata: b\n\ndata: c\n\ndata: boom\n\n"])
    stream = make(kind, response, handler)

    async def take(count: int) -> list[Any]:
        return [await anext(stream) for _ in range(count)]

    first = next(stream) if kind == "sync" else asyncio.run(take(1))[0]
    assert first == "a" and handled == ["a"]
    rest = [next(stream), next(stream)] if kind == "sync" else asyncio.run(take(2))
    assert rest == ["b", "c"] and handled == ["a", "b", "c"]
    with pytest.raises(HandlerError):
        next(stream) if kind == "sync" else asyncio.run(take(1))
    assert body_of(response).closed
