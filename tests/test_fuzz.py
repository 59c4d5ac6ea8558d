"""Property tests through the real client path.

* Any status, headers and body a server (or a proxy in front of it) may send reach the caller as a
  result or as an ``OtariError`` — never as a bare ``KeyError``/``UnicodeError``/... — through the
  whole of ``Otari``/``AsyncOtari`` (request building, retry decisions with Retry-After parsing, body
  reading and decoding, parsing, error mapping), served by ``httpx.MockTransport``.
* The same for arbitrary bytes on a 200 ``text/event-stream`` answer, through each stream kind.
* The SSE decoder's chunking independence, seeded with the recorded gateway streams (``test_sse.py``
  covers synthetic bodies and fixed chunk sizes; here recorded streams are cut anywhere and mutated).
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import otari
from otari import AsyncOtari, Otari
from otari._streaming import ServerSentEvent, SSEDecoder
from tests import wire
from tests.drivers import CHAT, record_sleeps

FUZZ = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])

# --- what a server may send ---------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def _dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


def _mutations(document: Any) -> st.SearchStrategy[Any]:
    """``document`` with one key removed or one value replaced, at any depth."""

    def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield (*prefix, key)
                yield from paths(item, (*prefix, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield (*prefix, index)
                yield from paths(item, (*prefix, index))

    def apply(path: tuple[Any, ...], replacement: Any, delete: bool) -> Any:
        copy = json.loads(json.dumps(document))
        parent = copy
        for step in path[:-1]:
            parent = parent[step]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = replacement
        return copy

    return st.builds(apply, st.sampled_from(list(paths(document))), _json, st.booleans())


def _recorded(status_filter: Callable[[int], bool]) -> list[bytes]:
    return [
        wire.load(n).body for n in wire.names() if status_filter(wire.load(n).status) and not wire.load(n).is_stream
    ]


_error_seeds = _recorded(lambda s: s >= 400)
_chat = wire.load("chat-nonstream").json()

bodies = st.one_of(
    st.binary(max_size=600),
    _json.map(_dumps),
    _json.map(lambda d: _dumps({"detail": d})),
    st.tuples(_json, _json).map(lambda mt: _dumps({"error": {"message": mt[0], "type": mt[1]}})),
    _json.map(lambda d: _dumps({"detail": {"type": "error", "error": d}})),
    st.text(max_size=300).map(lambda t: f"<html><head><title>{t}</title></head><body>{t}</body>".encode()),
    st.sampled_from(_error_seeds),
    _mutations(_chat).map(_dumps),
    st.just(_dumps(_chat)),
)

_header_names = st.sampled_from(
    [
        "content-type",
        "retry-after",
        "retry-after-ms",
        "x-request-id",
        "x-otari-request-id",
        "content-encoding",
        "set-cookie",
    ]
) | st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True).filter(
    lambda n: n not in ("content-length", "transfer-encoding")
)
_header_values = st.one_of(
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-16",
            "text/html; charset=utf-8",
            "text/plain; charset=rot13",
            "text/plain; charset=base64",
            "gzip",
            "br",
            "deflate",
            "identity",
            "0",
            "1",
            "-1",
            "1e400",
            "nan",
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "",
        ]
    ),
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
)
headers_lists = st.lists(st.tuples(_header_names, _header_values), max_size=6)
statuses = st.integers(min_value=100, max_value=999)

# (method, kwargs) over every kind of parsing and all three route kinds.
CALLS: list[tuple[str, dict[str, Any]]] = [
    ("completion", CHAT),
    ("message", {"model": "openai:m", "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}),
    ("list_models", {}),
    ("speech", {"model": "openai:tts", "input": "hi", "voice": "alloy"}),
    ("retrieve_batch", {"batch_id": "b1", "provider": "openai"}),
    ("list_batches", {"provider": "openai"}),
]
calls = st.sampled_from(CALLS)


def _serve(status: int, headers: list[tuple[str, Any]], body: bytes) -> httpx.Response:
    encoded = [(name.encode(), value if isinstance(value, bytes) else value.encode()) for name, value in headers]
    return httpx.Response(status, headers=encoded, content=body)


class Server:
    """The answer the mock transport gives to every request, set per example."""

    def __init__(self) -> None:
        self.answer: Callable[[], httpx.Response] = lambda: httpx.Response(500)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return self.answer()


def check_outcome(status: int, headers: list[tuple[str, Any]], outcome: object, server: Server) -> None:
    """What any answer may turn into."""
    if not isinstance(outcome, BaseException):
        assert status < 300
        return
    assert isinstance(outcome, otari.OtariError), repr(outcome)
    text, rendered = str(outcome), repr(outcome)
    assert "\n" not in text and "\r" not in text and len(text) < 1400, text
    assert rendered
    names = {n for n, _ in headers}
    if isinstance(outcome, otari.APIStatusError):
        assert outcome.status_code == status >= 300  # the SDK never follows a redirect: 3xx are errors too
        if isinstance(outcome, otari.RateLimitError):
            assert outcome.retry_after is None or (math.isfinite(outcome.retry_after) and outcome.retry_after >= 0)
    elif isinstance(outcome, otari.ResponseValidationError):
        assert status < 300 and outcome.status_code == status
    else:
        # Only a body that cannot be decoded (a lying content-encoding), a retry that cannot carry back the
        # cookie the answer set (non-ASCII), or an answer HTTP itself forbids (a body on a 204/304, a status
        # below 100, Transfer-Encoding with Content-Length: refused alike on every backend) fails without a status.
        assert isinstance(outcome, otari.APIConnectionError), repr(outcome)
        malformed = "malformed response" in str(outcome) and (
            status in (204, 304) or status < 100 or {"transfer-encoding", "content-length"} <= names
        )
        assert "content-encoding" in names or ("set-cookie" in names and "cookie" in str(outcome)) or malformed, repr(
            outcome
        )
    # max_retries=1: retried exactly when the status (or a failure to read) says so.
    assert server.requests in (1, 2)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    return record_sleeps(monkeypatch)


def test_any_answer_becomes_a_result_or_an_otari_error_sync(no_sleep: list[float]) -> None:
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server))
    client = Otari(base_url="http://gateway.test", otari_key="k", max_retries=1, http_client=http)

    @FUZZ
    @given(status=statuses, headers=headers_lists, body=bodies, call=calls)
    def run(status: int, headers: list[tuple[str, Any]], body: bytes, call: tuple[str, dict[str, Any]]) -> None:
        server.answer, server.requests = (lambda: _serve(status, headers, body)), 0
        http.cookies.clear()  # each example on its own: a cookie one answer sets is only sent on its retry
        method, kwargs = call
        try:
            outcome: object = getattr(client, method)(**kwargs)
        except Exception as exc:
            outcome = exc
        check_outcome(status, headers, outcome, server)

    run()
    assert all(delay >= 0 and math.isfinite(delay) for delay in no_sleep)


def test_any_answer_becomes_a_result_or_an_otari_error_async(no_sleep: list[float]) -> None:
    server = Server()
    loop = asyncio.new_event_loop()
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    client = AsyncOtari(base_url="http://gateway.test", otari_key="k", max_retries=1, http_client=http)

    async def attempt(method: str, kwargs: dict[str, Any]) -> object:
        try:
            result: object = await getattr(client, method)(**kwargs)
        except Exception as exc:
            return exc
        return result

    @FUZZ
    @given(status=statuses, headers=headers_lists, body=bodies, call=calls)
    def run(status: int, headers: list[tuple[str, Any]], body: bytes, call: tuple[str, dict[str, Any]]) -> None:
        server.answer, server.requests = (lambda: _serve(status, headers, body)), 0
        http.cookies.clear()
        outcome = loop.run_until_complete(attempt(*call))
        check_outcome(status, headers, outcome, server)

    try:
        run()
    finally:
        loop.run_until_complete(http.aclose())
        loop.close()


# --- streams ------------------------------------------------------------------------------------------

_stream_seeds = [wire.load(n).body for n in wire.names() if wire.load(n).is_stream]
_sse_pieces = st.sampled_from(
    [
        b"data: ",
        b"event: error\n",
        b"event: ping\n",
        b"event: done\n",
        b"data: [DONE]\n\n",
        b": keepalive\n\n",
        b"\n",
        b"\r\n",
        b'{"error": {"message": "boom"}}',
        b'{"type": "error", "error": {"type": "api_error"}}',
        b'{"choices": [{"delta": {"content": "x"}, "index": 0}]}',
        b'{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}',
        b'{"type": "message_start"}',
        b"{",
        b"null",
        b"\xff",
    ]
)
stream_bodies = st.one_of(
    st.binary(max_size=400),
    st.lists(_sse_pieces, max_size=30).map(b"".join),
    st.sampled_from(_stream_seeds),
    st.tuples(st.sampled_from(_stream_seeds), st.integers(0, 4000), st.binary(max_size=20)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    ),
)
STREAM_CALLS: list[tuple[str, dict[str, Any]]] = [
    ("completion_stream", CHAT),
    ("response_stream", {"model": "openai:m", "input": "hi"}),
    ("message_stream", {"model": "openai:m", "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}),
]


@FUZZ
@given(body=stream_bodies, call=st.sampled_from(STREAM_CALLS), split=st.integers(1, 64))
def test_any_stream_body_yields_items_or_an_otari_error(
    body: bytes, call: tuple[str, dict[str, Any]], split: int
) -> None:
    pieces = [body[i : i + split] for i in range(0, len(body), split)]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Otari(base_url="http://gateway.test", otari_key="k", max_retries=0, http_client=http)
    method, kwargs = call
    stream = getattr(client, method)(**kwargs)
    items: list[Any] = []
    try:
        for item in stream:
            items.append(item)
    except otari.OtariError as exc:
        assert "\n" not in str(exc) and repr(exc)
    if method == "completion_stream":
        assert all(isinstance(i, otari.ChatCompletionChunk) for i in items)
    else:
        assert all(isinstance(i, dict) and not isinstance(getattr(i, "event", None), bytes) for i in items)
    assert stream.response.is_closed


# --- the SSE decoder, seeded with recorded streams ----------------------------------------------------


def _decode(chunks: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    decoder.close()
    return events


def _cut(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(body)) for c in cuts})
    return [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]


@settings(deadline=None, max_examples=200)
@given(body=st.sampled_from(_stream_seeds), cuts=st.lists(st.integers(0, 5000), max_size=40))
def test_recorded_streams_decode_the_same_however_they_are_cut(body: bytes, cuts: list[int]) -> None:
    assert _decode(_cut(body, cuts)) == _decode([body])
    crlf = body.replace(b"\n", b"\r\n")
    assert _decode(_cut(crlf, cuts)) == _decode([body])


@settings(deadline=None, max_examples=200)
@given(
    body=st.sampled_from(_stream_seeds),
    at=st.integers(0, 5000),
    noise=st.binary(max_size=12) | st.sampled_from([b"\r", b"\n", b"\r\n", b"\xef\xbb\xbf", b":", b"data:"]),
    cuts=st.lists(st.integers(0, 5000), max_size=20),
)
def test_damaged_recorded_streams_still_decode_the_same_however_cut(
    body: bytes, at: int, noise: bytes, cuts: list[int]
) -> None:
    damaged = body[:at] + noise + body[at:]
    assert _decode(_cut(damaged, cuts)) == _decode([damaged])
