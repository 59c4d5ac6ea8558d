"""Faults over real loopback HTTP (MockGateway), for every client kind: retries, timeouts, broken
connections, bad bodies, and what happens to a connection when a stream is left early.

Retry sleeps are recorded instead of slept (``sleeps`` fixture), so the delays the clients choose
are asserted exactly and nothing here waits for a backoff.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

import otari
from otari import AsyncOtari, Otari
from otari.testing import MockGateway
from tests.drivers import (
    CHAT,
    KINDS,
    busy_connections,
    closed_port,
    driven,
    pooled_connections,
    record_sleeps,
    served,
    settle,
    share_tls_context,
    wait_until_idle,
)


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    return record_sleeps(monkeypatch)


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "otari" and r.levelno == logging.INFO]


def text_of(result: Any) -> str:
    content: str = result.choices[0].message.content
    return content


def chunk_text(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def first_backoff_ok(delay: float, retry: int) -> bool:
    """Exponential from 0.5 s with up to 25 % jitter taken off."""
    full = min(8.0, 0.5 * 2**retry)
    return 0.75 * full <= delay <= full


# --- connection failures -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_connection_refused_is_retried_then_raised(
    kind: str, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="otari")
    async with driven(kind, f"http://127.0.0.1:{closed_port()}") as client:  # default max_retries=2
        with pytest.raises(otari.APIConnectionError) as info:
            await client("completion", **CHAT)
    assert not isinstance(info.value, otari.APITimeoutError)
    assert "could not connect to http://127.0.0.1:" in str(info.value)
    assert len(sleeps) == 2
    assert first_backoff_ok(sleeps[0], 0) and first_backoff_ok(sleeps[1], 1)
    lines = retry_lines(caplog)
    assert len(lines) == 2
    # Nothing answered, so the root is still unknown: every try went to the first root of discovery.
    assert lines[0].startswith("Retrying POST /api/v1/chat/completions in ") and lines[0].endswith(
        "(retry 1 of 2) after ConnectError"
    )
    assert "(retry 2 of 2)" in lines[1]


@pytest.mark.parametrize("abortive", [True, False], ids=["rst", "fin"])
@pytest.mark.parametrize("kind", KINDS)
async def test_reset_before_headers(kind: str, abortive: bool, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_reset(abortive=abortive)
    async with driven(kind, gw.url, max_retries=0) as client:
        with pytest.raises(otari.APIConnectionError) as info:
            await client("completion", **CHAT)
    assert not isinstance(info.value, otari.APITimeoutError)
    assert len(served(gw)) == 1 and sleeps == []

    # The gateway never answered, so the call is sent again when retries are allowed.
    gw.queue_reset(abortive=abortive)
    async with driven(kind, gw.url, max_retries=1) as client:
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
    assert len(served(gw)) == 3 and len(sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_reset_mid_stream_delivers_the_chunks_before_it(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_stream(None, drop_after=3)
    async with driven(kind, gw.url) as client:  # retries allowed, but a started stream is never retried
        stream = await client("completion_stream", **CHAT)
        chunks, error = await client.drain(stream)
    assert len(chunks) == 3 and all(isinstance(c, otari.ChatCompletionChunk) for c in chunks)
    assert chunk_text(chunks).startswith("Echo")
    assert type(error) is otari.APIConnectionError
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)
    assert stream.response.is_closed
    assert len(served(gw)) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
async def test_error_event_mid_stream_is_a_stream_error_after_the_chunks(kind: str, gw: MockGateway) -> None:
    first = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    gw.queue_stream([first, first], error_event=True)
    async with driven(kind, gw.url) as client:
        chunks, error = await client.drain(await client("completion_stream", **CHAT))
    assert len(chunks) == 2
    assert isinstance(error, otari.StreamError) and error.message == "An error occurred during streaming"
    assert len(served(gw)) == 1


# --- bad bodies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[1, 2]", b'{"id": 1}', b"\xff\xfe\x00garbage"],
    ids=["broken", "empty", "array", "wrong-shape", "binary"],
)
@pytest.mark.parametrize("kind", KINDS)
async def test_garbage_success_body_is_a_response_validation_error(
    kind: str, body: bytes, gw: MockGateway, sleeps: list[float]
) -> None:
    gw.queue_raw(200, body, {"content-type": "application/json"})
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.ResponseValidationError) as info:
            await client("completion", **CHAT)
    assert info.value.model == "ChatCompletion" and info.value.status_code == 200
    assert len(served(gw)) == 1 and sleeps == []  # a 200 is an answer: never retried


PROXY_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title>"
    "<style>body { font-family: sans-serif; } h1 { color: #c00; }</style>"
    "<script>window.dataLayer = [];</script></head>\n<body><h1>502 Bad Gateway</h1>"
    + "<p>The upstream server sent an invalid response.</p>\n" * 400
    + "<hr><center>nginx/1.25.3</center></body></html>\n"
)


@pytest.mark.parametrize("kind", KINDS)
async def test_html_502_from_a_proxy_is_a_short_upstream_error(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_raw(502, PROXY_PAGE, {"content-type": "text/html; charset=utf-8"}, times=3)
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.UpstreamProviderError) as info:
            await client("completion", **CHAT)
    error = info.value
    assert error.status_code == 502
    assert error.message == "502 Bad Gateway"
    assert str(error) == "Error code: 502 - 502 Bad Gateway"
    assert "<" not in repr(error) and len(repr(error)) < 200
    assert error.body == PROXY_PAGE  # the page itself is kept for whoever wants it, never rendered
    assert len(served(gw)) == 3 and len(sleeps) == 2  # 502 is retried (max_retries=2), then raised


@pytest.mark.parametrize("kind", KINDS)
async def test_garbage_error_body_still_maps_by_status(kind: str, gw: MockGateway) -> None:
    gw.queue_raw(503, b"\x00\xff\xfe" * 100, {"content-type": "application/octet-stream"})
    async with driven(kind, gw.url, max_retries=0) as client:
        with pytest.raises(otari.UpstreamProviderError) as info:
            await client("completion", **CHAT)
    assert info.value.status_code == 503 and info.value.message == "Service Unavailable"


# --- timeouts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["client", "call", "call-httpx-timeout"])
@pytest.mark.parametrize("kind", KINDS)
async def test_slow_headers_time_out_quickly_and_are_not_retried(
    kind: str, where: str, gw: MockGateway, sleeps: list[float]
) -> None:
    gw.queue_delay(30.0)
    client_options: dict[str, Any] = {"timeout": 0.1} if where == "client" else {}
    call_options: dict[str, Any] = {}
    if where == "call":
        call_options["timeout"] = 0.1
    elif where == "call-httpx-timeout":
        call_options["timeout"] = httpx.Timeout(30.0, read=0.1)
    async with driven(kind, gw.url, **client_options) as client:  # default max_retries=2
        started = time.monotonic()
        with pytest.raises(otari.APITimeoutError) as info:
            await client("completion", **CHAT, **call_options)
        elapsed = time.monotonic() - started
    assert 0.09 <= elapsed < 3.0
    assert "did not answer in time" in str(info.value)
    # A read timeout is not retried: the gateway may be busy with a (paid) model call.
    assert len(served(gw)) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_that_goes_silent_raises_api_timeout(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_stall_stream(after=1, seconds=30.0)
    async with driven(kind, gw.url, timeout=0.3) as client:
        started = time.monotonic()
        stream = await client("completion_stream", **CHAT)
        chunks, error = await client.drain(stream)
        elapsed = time.monotonic() - started
    assert len(chunks) == 1
    assert isinstance(error, otari.APITimeoutError)
    assert elapsed < 3.0
    assert stream.response.is_closed
    assert len(served(gw)) == 1 and sleeps == []


def test_default_timeout_is_600s_overall_with_a_5s_connect() -> None:
    for client in (Otari(base_url="http://127.0.0.1:1", otari_key="k"), AsyncOtari(base_url="http://x", otari_key="k")):
        assert client.timeout == httpx.Timeout(600.0, connect=5.0)
        assert client.max_retries == 2


# --- retry policy -------------------------------------------------------------------------------------

RETRY_AFTER = [
    ({"retry-after": "7"}, 7.0),
    ({"retry-after": "2.5"}, 2.5),
    ({"retry-after": "0"}, 0.0),
    ({"retry-after": "60"}, 60.0),
    ({"retry-after-ms": "1500"}, 1.5),
    ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
]


@pytest.mark.parametrize(("headers", "expected"), RETRY_AFTER, ids=[str(h) for h, _ in RETRY_AFTER])
@pytest.mark.parametrize("kind", KINDS)
async def test_429_then_200_waits_what_retry_after_says(
    kind: str,
    headers: dict[str, str],
    expected: float,
    gw: MockGateway,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="otari")
    gw.queue_error(429, "Rate limit exceeded", headers=headers)
    async with driven(kind, gw.url) as client:
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
    assert sleeps == [expected]
    assert len(served(gw)) == 2
    assert retry_lines(caplog) == [
        f"Retrying POST {gw.api_root}/chat/completions in {expected:.2f}s (retry 1 of 2) after HTTP 429"
    ]


@pytest.mark.parametrize("kind", KINDS)
async def test_retry_after_as_an_http_date(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    gw.queue_error(503, "busy", headers={"retry-after": format_datetime(when, usegmt=True)})
    async with driven(kind, gw.url) as client:
        await client("completion", **CHAT)
    assert len(sleeps) == 1 and 28.0 <= sleeps[0] <= 30.0  # the date has whole seconds


@pytest.mark.parametrize("value", ["120", "soon", "Wed, 99 Foo 2024", "1e3"])
@pytest.mark.parametrize("kind", KINDS)
async def test_unusable_or_too_long_retry_after_falls_back_to_backoff(
    kind: str, value: str, gw: MockGateway, sleeps: list[float]
) -> None:
    gw.queue_error(429, "Rate limit exceeded", headers={"retry-after": value})
    async with driven(kind, gw.url) as client:
        await client("completion", **CHAT)
    assert len(sleeps) == 1 and first_backoff_ok(sleeps[0], 0)


@pytest.mark.parametrize("kind", KINDS)
async def test_500_three_times_gives_up_after_max_retries(
    kind: str, gw: MockGateway, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="otari")
    gw.queue_error(500, "Internal error", times=3)
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.UpstreamProviderError) as info:
            await client("completion", **CHAT)
        assert info.value.status_code == 500 and info.value.message == "Internal error"
        assert len(served(gw)) == 3
        assert len(sleeps) == 2 and first_backoff_ok(sleeps[0], 0) and first_backoff_ok(sleeps[1], 1)
        assert [line.split(" in ")[0] for line in retry_lines(caplog)] == [
            f"Retrying POST {gw.api_root}/chat/completions"
        ] * 2
        assert gw.pending == 0
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"


def test_backoff_grows_to_its_cap() -> None:
    from otari._base_client import backoff_delay

    for retry, full in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (30, 8.0)]:
        delays = {backoff_delay(retry, None) for _ in range(50)}
        assert all(0.75 * full <= d <= full for d in delays), (retry, delays)
        assert len(delays) > 1  # jittered


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 413, 422])
@pytest.mark.parametrize("kind", KINDS)
async def test_other_4xx_are_never_retried(kind: str, status: int, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_error(status, "no", headers={"retry-after": "1"}, times=3)
    async with driven(kind, gw.url, max_retries=5) as client:
        with pytest.raises(otari.APIStatusError) as info:
            await client("completion", **CHAT)
    assert info.value.status_code == status
    assert len(served(gw)) == 1 and sleeps == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
@pytest.mark.parametrize("kind", KINDS)
async def test_408_429_and_5xx_are_retried(kind: str, status: int, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_error(status, "try again")
    async with driven(kind, gw.url, max_retries=1) as client:
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
    assert len(served(gw)) == 2 and len(sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_per_call_max_retries_overrides_the_client(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    async with driven(kind, gw.url, max_retries=0) as client:
        gw.queue_error(503, "busy")
        assert text_of(await client("completion", **CHAT, max_retries=1)) == "Echo: hi"
        assert len(served(gw)) == 2
    async with driven(kind, gw.url, max_retries=4) as client:
        gw.queue_error(503, "busy")
        with pytest.raises(otari.UpstreamProviderError):
            await client("completion", **CHAT, max_retries=0)
        assert len(served(gw)) == 3
    assert len(sleeps) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_is_retried_before_its_first_byte(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_error(503, "busy")
    gw.queue_reset()
    async with driven(kind, gw.url) as client:
        chunks, error = await client.drain(await client("completion_stream", **CHAT))
    assert error is None and chunk_text(chunks) == "Echo: hi"
    assert len(served(gw)) == 3 and len(sleeps) == 2


# Transport failures httpx can raise, and whether the call is sent again (max_retries=2: 3 attempts).
TRANSPORT_FAILURES: list[tuple[type[httpx.TransportError], bool, type[otari.APIConnectionError]]] = [
    (httpx.ConnectError, True, otari.APIConnectionError),
    (httpx.ConnectTimeout, True, otari.APITimeoutError),
    (httpx.ReadError, True, otari.APIConnectionError),
    (httpx.WriteError, True, otari.APIConnectionError),
    (httpx.WriteTimeout, True, otari.APITimeoutError),
    (httpx.RemoteProtocolError, True, otari.APIConnectionError),
    (httpx.ProxyError, True, otari.APIConnectionError),
    (httpx.ReadTimeout, False, otari.APITimeoutError),
    (httpx.PoolTimeout, False, otari.APITimeoutError),
    (httpx.LocalProtocolError, False, otari.APIConnectionError),
    (httpx.UnsupportedProtocol, False, otari.APIConnectionError),
]


@pytest.mark.parametrize(
    ("failure", "retried", "raised"), TRANSPORT_FAILURES, ids=[f.__name__ for f, _, _ in TRANSPORT_FAILURES]
)
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_which_transport_failures_are_retried(
    kind: str,
    failure: type[httpx.TransportError],
    retried: bool,
    raised: type[otari.APIConnectionError],
    sleeps: list[float],
) -> None:
    attempts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise failure("simulated", request=request)

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        http_client = httpx.Client(transport=transport)
        with (
            Otari(base_url="http://gateway.test", otari_key="k", http_client=http_client) as c,
            pytest.raises(otari.APIConnectionError) as info,
        ):
            c.completion(**CHAT)
    else:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncOtari(base_url="http://gateway.test", otari_key="k", http_client=http) as ac:
            with pytest.raises(otari.APIConnectionError) as info:
                await ac.completion(**CHAT)
    assert type(info.value) is raised
    assert len(attempts) == (3 if retried else 1)
    assert len(sleeps) == len(attempts) - 1


@pytest.mark.parametrize(
    "headers",
    [{"Bad Name": "v"}, {"X-Token": "line\nbreak"}, {"X-Token": "caf\u00e9"}, {"X-Token": 7}],
    ids=["name-with-space", "newline", "non-ascii", "not-a-string"],
)
@pytest.mark.parametrize("kind", KINDS)
async def test_unsendable_headers_are_refused_before_sending(kind: str, headers: Any, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        with pytest.raises(ValueError, match="header") as info:
            await client("completion", **CHAT, extra_headers=headers)
    assert "break" not in str(info.value) and "caf" not in str(info.value)  # the value is never quoted
    assert len(served(gw)) == 0


# --- connections go back to the pool ------------------------------------------------------------------


async def _leave_early(client: Any, how: str) -> None:
    """Open a stream the gateway is still sending, read one chunk, then leave it the way ``how`` says."""
    kind = client.kind
    if how == "break-in-with":
        stream = await client("completion_stream", **CHAT)
        if kind == "sync":
            with stream:
                for _ in stream:
                    break
        else:
            async with stream:
                async for _ in stream:
                    break
    elif how == "close":
        stream = await client("completion_stream", **CHAT)
        await client.next(stream)
        assert busy_connections(client.client) == 1
        await client.close(stream)
    elif how == "break-loop-owned":
        # The loop holds the only reference: the stream is collected at the break.
        if kind == "sync":
            for _ in client.client.completion_stream(**CHAT):
                break
        else:
            async for _ in await client.client.completion_stream(**CHAT):
                break
    elif how == "abandoned":
        stream = await client("completion_stream", **CHAT)
        await client.next(stream)
        assert busy_connections(client.client) == 1
        del stream  # no close at all: the finalizer must release the connection
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["break-in-with", "close", "break-loop-owned", "abandoned"])
@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_left_early_releases_its_connection(kind: str, how: str, gw: MockGateway) -> None:
    gw.queue_stream(None, delay_between=0.05)  # still sending when the stream is left
    async with driven(kind, gw.url) as client:
        await _leave_early(client, how)
        assert await settle(lambda: busy_connections(client.client) == 0)
        # Unread bytes make the connection unusable, so it is closed rather than kept: nothing is left open.
        assert await wait_until_idle(gw, kind)
        if kind != "async-aiohttp":
            assert pooled_connections(client.client) == 0
        # The pool still serves calls afterwards.
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
        assert busy_connections(client.client) == 0


@pytest.mark.parametrize("kind", KINDS)
async def test_a_finished_stream_returns_its_connection_for_reuse(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        chunks, error = await client.drain(await client("completion_stream", **CHAT))
        assert error is None and chunk_text(chunks) == "Echo: hi"
        assert busy_connections(client.client) == 0
        if kind != "async-aiohttp":
            assert pooled_connections(client.client) == 1
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
        chunks, _ = await client.drain(await client("completion_stream", **CHAT))
        assert chunk_text(chunks) == "Echo: hi"
    assert gw.connections_opened == 1  # one keep-alive connection carried all three calls
    assert await wait_until_idle(gw, kind)  # and closing the client closed it


@pytest.mark.parametrize("kind", KINDS)
async def test_a_failed_call_leaves_no_busy_connection(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_error(500, "boom", times=3)
    gw.queue_raw(200, b"{broken", {"content-type": "application/json"})
    gw.queue_stream(None, drop_after=2)
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.UpstreamProviderError):
            await client("completion", **CHAT)
        with pytest.raises(otari.ResponseValidationError):
            await client("completion", **CHAT)
        _, error = await client.drain(await client("completion_stream", **CHAT))
        assert isinstance(error, otari.APIConnectionError)
        assert busy_connections(client.client) == 0
        assert text_of(await client("completion", **CHAT)) == "Echo: hi"
    assert await wait_until_idle(gw, kind)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_an_unsendable_cookie_from_the_server_is_a_typed_error(kind: str, sleeps: list[float]) -> None:
    # httpx keeps cookies servers set and then fails to encode a non-ASCII one into the next request,
    # raising UnicodeEncodeError with the cookie's value inside.
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers=[(b"set-cookie", b"session=s\xe9cret-cookie; Path=/")], json={})

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        http_client = httpx.Client(transport=transport)
        with (
            Otari(base_url="http://gw.test", otari_key="k", http_client=http_client) as c,
            pytest.raises(otari.APIConnectionError) as info,
        ):
            c.completion(**CHAT)  # the 503 is retried; the retry cannot be sent
    else:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncOtari(base_url="http://gw.test", otari_key="k", http_client=http) as ac:
            with pytest.raises(otari.APIConnectionError) as info:
                await ac.completion(**CHAT)
    assert "cookie" in str(info.value)
    assert "cret-cookie" not in repr(info.value) and info.value.__cause__ is None and info.value.__context__ is None
    assert len(sleeps) == 1
