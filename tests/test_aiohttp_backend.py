"""``AsyncOtari(http_backend=...)``: choosing the backend, and the aiohttp backend behaving like httpx's.

The recorded-exchange suites already run every async scenario on both backends (``tests.harness``). This file
covers what only shows up at the transport: network faults provoked by small loopback servers that misbehave
on purpose, connection release, clean shutdown, proxies from the environment, and configuration errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import json
import re
import socket
import ssl
import subprocess
import sys
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import otari
from otari import AsyncOtari, OtariConfigError, _backends, _streaming
from otari._client import DEFAULT_LIMITS, Backend
from tests import wire

aiohttp = pytest.importorskip("aiohttp", reason="the otari[aiohttp] extra is not installed")
from otari._aiohttp import AiohttpTransport  # noqa: E402  (only once the extra is known to be installed)

CHAT: dict[str, Any] = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}
DOC = Path(__file__).resolve().parents[1] / "README.md"
DOC_SECTION = re.compile(r"<!-- begin:async-backend -->(.*?)<!-- end:async-backend -->", re.DOTALL)
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


# --------------------------------------------------------------------------------------------------------
# Loopback servers that misbehave on purpose
# --------------------------------------------------------------------------------------------------------


class Scripted:
    """An asyncio server on 127.0.0.1 running ``handler`` for each connection; counts connections."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self.url = ""

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self.handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Scripted]:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        try:
            yield self
        finally:
            server.close()
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)


async def read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    body = await reader.readexactly(int(match.group(1))) if match else b""
    return head + body


def sse_head() -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"


def sse_chunk(payload: dict[str, Any]) -> bytes:
    data = b"data: " + json.dumps(payload).encode() + b"\n\n"
    return b"%x\r\n%s\r\n" % (len(data), data)


def first_stream_chunk() -> dict[str, Any]:
    """The first event of the recorded chat stream."""
    first_event = wire.load("chat-stream").body.split(b"\n\n")[0]
    chunk: dict[str, Any] = json.loads(first_event.removeprefix(b"data: "))
    return chunk


def json_reply(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)


async def wait_for_disconnect(reader: asyncio.StreamReader) -> None:
    """Hold the connection open, silent, until the client gives up on it."""
    while await reader.read(65536):
        pass


@contextlib.contextmanager
def unaccepting_port() -> Iterator[int]:
    """A port whose connects hang: a listener that never accepts, its backlog already full."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers: list[socket.socket] = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        except TimeoutError:
            yield port
        else:
            pytest.skip("this system completes connects beyond a full listen backlog")
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def aiohttp_transport(client: AsyncOtari) -> AiohttpTransport:
    """The SDK's aiohttp transport under an aiohttp-backed client."""
    transport = client._http._transport
    assert isinstance(transport, AiohttpTransport)
    return transport


def connections_in_use(client: AsyncOtari) -> int:
    """Connections of the client's pool currently lent to a request (checked out, not idle)."""
    transport = client._http._transport
    if isinstance(transport, AiohttpTransport):
        session = transport.session
        if session is None:
            return 0
        return len(session.connector._acquired)
    pool = transport._pool  # type: ignore[attr-defined]
    return sum(1 for conn in pool.connections if not conn.is_idle() and not conn.is_closed())


def hide_aiohttp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import aiohttp`` raise ImportError, as without the extra (otari's transport module included)."""
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    monkeypatch.delitem(sys.modules, "otari._aiohttp", raising=False)


def chain(exc: BaseException) -> list[type[BaseException]]:
    found: list[type[BaseException]] = []
    cause: BaseException | None = exc
    while cause is not None:
        found.append(type(cause))
        cause = cause.__cause__
    return found


# --------------------------------------------------------------------------------------------------------
# Choosing the backend
# --------------------------------------------------------------------------------------------------------


def test_import_otari_and_an_httpx_client_never_load_aiohttp() -> None:
    code = (
        "import sys, otari\n"
        "otari.AsyncOtari(base_url='http://127.0.0.1:9', otari_key='gw-x', http_backend='httpx')\n"
        "print(sorted(m for m in ('aiohttp', 'otari._aiohttp') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_backend_names_and_the_property() -> None:
    default = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x")
    plain = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="httpx")
    fast = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="aiohttp")
    # The extra is installed here, so "auto" (the default) is aiohttp.
    assert default.http_backend == "aiohttp"
    assert isinstance(default._http._transport, AiohttpTransport)
    assert plain.http_backend == "httpx"
    assert fast.http_backend == "aiohttp"
    assert fast.with_options(max_retries=5).http_backend == "aiohttp"
    assert fast.with_raw_response.http_backend == "aiohttp"
    assert isinstance(fast._http, httpx.AsyncClient)
    assert isinstance(fast._http._transport, AiohttpTransport)
    assert not isinstance(plain._http._transport, AiohttpTransport)
    with pytest.raises(AttributeError):
        fast.http_backend = "httpx"  # type: ignore[misc]


def test_auto_without_the_extra_is_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    _backends._aiohttp_client_class.cache_clear()
    _backends.auto_backend.cache_clear()
    hide_aiohttp(monkeypatch)
    try:
        client = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x")
        explicit = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="auto")
    finally:
        _backends._aiohttp_client_class.cache_clear()
        _backends.auto_backend.cache_clear()
    assert client.http_backend == explicit.http_backend == "httpx"
    assert not isinstance(client._http._transport, AiohttpTransport)


def test_auto_in_a_fresh_interpreter_without_the_extra() -> None:
    # What a user with a plain `pip install otari` gets: no aiohttp, and "auto" quietly means httpx.
    code = (
        "import sys\n"
        "sys.modules['aiohttp'] = None\n"
        "import otari\n"
        "client = otari.AsyncOtari(base_url='http://127.0.0.1:9', otari_key='gw-x')\n"
        "print(client.http_backend)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "httpx"


def test_aiohttp_pool_gets_the_client_timeout_and_limits() -> None:
    client = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="aiohttp", timeout=7.5)
    assert client._http.timeout == httpx.Timeout(7.5, connect=5.0)
    inner = aiohttp_transport(client)
    assert inner.limits == DEFAULT_LIMITS
    assert inner.session is None  # construction is cheap: the aiohttp session is made on first use


def test_unknown_backend_is_a_config_error_listing_the_valid_names() -> None:
    for bad in ("trio", "HTTPX", "", None, 3):
        with pytest.raises(OtariConfigError) as info:
            AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend=bad)  # type: ignore[arg-type]
        assert "'auto'" in str(info.value) and "'httpx'" in str(info.value) and "'aiohttp'" in str(info.value)
        assert isinstance(info.value, ValueError)


def test_missing_extra_is_a_config_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _backends._aiohttp_client_class.cache_clear()
    hide_aiohttp(monkeypatch)
    try:
        with pytest.raises(OtariConfigError) as info:
            AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="aiohttp")
    finally:
        _backends._aiohttp_client_class.cache_clear()
    assert "pip install 'otari[aiohttp]'" in str(info.value)
    assert isinstance(info.value.__cause__, ImportError)
    # The httpx backend does not need the extra.
    assert AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_backend="httpx").http_backend == "httpx"


def test_a_supplied_http_client_wins_and_conflicts_with_aiohttp() -> None:
    supplied = httpx.AsyncClient()
    client = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_client=supplied)
    assert client._http is supplied
    assert client.http_backend == "custom"
    for backend in ("auto", "httpx"):
        chosen = AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_client=supplied, http_backend=backend)
        assert chosen._http is supplied and chosen.http_backend == "custom"
    with pytest.raises(OtariConfigError, match="conflicts with http_client"):
        AsyncOtari(base_url="http://127.0.0.1:9", otari_key="gw-x", http_client=supplied, http_backend="aiohttp")
    asyncio.run(supplied.aclose())


# --------------------------------------------------------------------------------------------------------
# The same failures on both backends
# --------------------------------------------------------------------------------------------------------


async def test_connection_refused_is_a_connection_error(async_backend: Backend) -> None:
    async with AsyncOtari(
        base_url=f"http://127.0.0.1:{free_port()}", otari_key="gw-x", max_retries=0, http_backend=async_backend
    ) as client:
        with pytest.raises(otari.APIConnectionError, match="could not connect") as info:
            await client.completion(**CHAT)
    assert not isinstance(info.value, otari.APITimeoutError)
    assert httpx.ConnectError in chain(info.value)


async def test_connect_timeout_is_a_timeout_error(async_backend: Backend) -> None:
    with unaccepting_port() as port:
        async with AsyncOtari(
            base_url=f"http://127.0.0.1:{port}",
            otari_key="gw-x",
            max_retries=0,
            timeout=httpx.Timeout(5.0, connect=0.2),
            http_backend=async_backend,
        ) as client:
            with pytest.raises(otari.APITimeoutError, match="could not connect") as info:
                await client.completion(**CHAT)
    assert httpx.ConnectTimeout in chain(info.value)


async def test_silent_server_is_a_read_timeout_and_not_retried(async_backend: Backend) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await wait_for_disconnect(reader)

    async with (
        Scripted(silent).running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", max_retries=2, http_backend=async_backend) as client,
    ):
        with pytest.raises(otari.APITimeoutError, match="did not answer in time") as info:
            await client.completion(**CHAT, timeout=0.3)
    assert httpx.ReadTimeout in chain(info.value)
    assert server.connections == 1  # a read timeout is never retried: the model may still be working


async def test_stream_going_idle_is_a_timeout_after_the_chunks_that_arrived(async_backend: Backend) -> None:
    async def idle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(sse_head() + sse_chunk(first_stream_chunk()))
        await writer.drain()
        await wait_for_disconnect(reader)

    received: list[Any] = []
    async with (
        Scripted(idle).running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend=async_backend) as client,
    ):
        stream = await client.completion_stream(**CHAT, timeout=0.3)
        with pytest.raises(otari.APITimeoutError):
            async for chunk in stream:
                received.append(chunk)
        assert stream.response.is_closed
        assert connections_in_use(client) == 0
    assert len(received) == 1 and isinstance(received[0], otari.ChatCompletionChunk)


@pytest.mark.parametrize("framing", ["chunked", "content-length"])
async def test_connection_cut_mid_stream_is_a_connection_error(async_backend: Backend, framing: str) -> None:
    async def cut(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        event = b"data: " + json.dumps(first_stream_chunk()).encode() + b"\n\n"
        if framing == "chunked":
            writer.write(sse_head() + sse_chunk(first_stream_chunk()))
        else:
            head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: 100000\r\n\r\n"
            writer.write(head + event)
        await writer.drain()
        writer.close()

    received: list[Any] = []
    async with (
        Scripted(cut).running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend=async_backend) as client,
    ):
        stream = await client.completion_stream(**CHAT)
        with pytest.raises(otari.APIConnectionError, match="closed the connection") as info:
            async for chunk in stream:
                received.append(chunk)
        assert connections_in_use(client) == 0
    assert not isinstance(info.value, otari.APITimeoutError)
    assert httpx.RemoteProtocolError in chain(info.value)
    assert len(received) == 1


@pytest.mark.parametrize("answer", [b"", b"HTTP/1.1 200 OK\r\ncontent-len", b"HELLO WORLD\r\n\r\n"])
async def test_no_usable_answer_is_a_connection_error_and_retried(async_backend: Backend, answer: bytes) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer)
        await writer.drain()

    async with (
        Scripted(hang_up).running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", max_retries=1, http_backend=async_backend) as client,
    ):
        with pytest.raises(otari.APIConnectionError, match="closed the connection or sent a malformed") as info:
            await client.completion(**CHAT)
    assert not isinstance(info.value, otari.APITimeoutError)
    assert httpx.RemoteProtocolError in chain(info.value)
    assert server.connections == 2  # the call never reached a model: retried once


# --------------------------------------------------------------------------------------------------------
# The translation table, for failures that loopback cannot provoke
# --------------------------------------------------------------------------------------------------------


class RaisingSession:
    """Stands in for the transport's aiohttp session: every request raises ``exc``."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    async def request(self, *args: Any, **kwargs: Any) -> Any:
        raise self.exc


def raising_transport(exc: BaseException) -> AiohttpTransport:
    transport = AiohttpTransport()
    transport.session = RaisingSession(exc)  # type: ignore[assignment]
    return transport


def _connection_key() -> Any:
    return aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None)


TRANSLATIONS: list[tuple[BaseException, type[httpx.HTTPError]]] = [
    (aiohttp.SocketTimeoutError("Timeout on reading data from socket"), httpx.ReadTimeout),
    (aiohttp.ConnectionTimeoutError("Connection timeout to host http://h/"), httpx.ConnectTimeout),
    (aiohttp.ServerTimeoutError("Connection timeout to host http://h/"), httpx.ConnectTimeout),
    (aiohttp.ServerTimeoutError("Timeout on reading data from socket"), httpx.ReadTimeout),
    (aiohttp.ClientConnectorError(_connection_key(), ConnectionRefusedError(111, "refused")), httpx.ConnectError),
    (aiohttp.ClientProxyConnectionError(_connection_key(), OSError(1, "proxy down")), httpx.ProxyError),
    (aiohttp.ClientPayloadError("Response payload is not completed"), httpx.RemoteProtocolError),
    (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
    (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
    (aiohttp.ClientConnectionError("Connection closed"), httpx.RemoteProtocolError),
    (aiohttp.ClientError("something new"), httpx.TransportError),
    (TimeoutError(), httpx.TimeoutException),
    (ValueError("Forbidden control character detected in headers"), httpx.LocalProtocolError),
]


@pytest.mark.parametrize(
    ("raised", "expected"), TRANSLATIONS, ids=[f"{type(r).__name__}->{e.__name__}" for r, e in TRANSLATIONS]
)
async def test_aiohttp_failures_become_the_httpx_exception_httpx_would_raise(
    raised: BaseException, expected: type[httpx.HTTPError]
) -> None:
    transport = raising_transport(raised)
    with pytest.raises(httpx.TransportError) as info:
        await transport.handle_async_request(httpx.Request("POST", "http://h/v1/chat/completions"))
    assert type(info.value) is expected
    assert info.value.__cause__ is raised


@pytest.mark.parametrize(
    "raised", [RuntimeError("bug"), httpx.UnsupportedProtocol("no h2"), UnicodeEncodeError("ascii", "é", 0, 1, "x")]
)
async def test_other_errors_pass_through_untouched(raised: BaseException) -> None:
    transport = raising_transport(raised)
    with pytest.raises(type(raised)) as info:
        await transport.handle_async_request(httpx.Request("GET", "http://h/"))
    assert info.value is raised


async def test_cancellation_passes_through() -> None:
    transport = raising_transport(asyncio.CancelledError())
    with pytest.raises(asyncio.CancelledError):
        await transport.handle_async_request(httpx.Request("GET", "http://h/"))


# --------------------------------------------------------------------------------------------------------
# Connections go back to the pool; the pool closes cleanly
# --------------------------------------------------------------------------------------------------------


def _stream_server() -> Scripted:
    """Streams the recorded chat stream on every request of a keep-alive connection."""

    async def stream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        body = wire.load("chat-stream").body
        while True:
            try:
                await read_request(reader)
            except asyncio.IncompleteReadError:
                return
            writer.write(sse_head())
            for start in range(0, len(body), 64):
                piece = body[start : start + 64]
                writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            writer.write(b"0\r\n\r\n")
            await writer.drain()

    return Scripted(stream)


def _unfinished_stream_server() -> Scripted:
    """Sends the first half of the recorded chat stream, then holds the connection until the client leaves.

    The body never ends, so the connection stays lent to the stream until the client releases it: with a
    whole body in flight, aiohttp may read its end (and free the connection) before the first item is
    handed out, which made the "lent out" probe below flaky.
    """

    async def stream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        body = wire.load("chat-stream").body
        while True:
            try:
                await read_request(reader)
            except asyncio.IncompleteReadError:
                return
            writer.write(sse_head())
            half = body[: len(body) // 2]
            writer.write(b"%x\r\n%s\r\n" % (len(half), half))
            await writer.drain()
            await wait_for_disconnect(reader)
            return

    return Scripted(stream)


async def test_breaking_out_of_a_stream_releases_its_connection(async_backend: Backend) -> None:
    async with (
        _unfinished_stream_server().running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend=async_backend) as client,
    ):
        stream = await client.completion_stream(**CHAT)
        async with stream:
            async for _ in stream:
                assert connections_in_use(client) == 1  # the probe sees a connection while it is lent out
                break
        assert stream.response.is_closed
        assert connections_in_use(client) == 0

        # Dropped without aclose(): the stream's finalizer schedules the release on the running loop.
        async for _ in await client.completion_stream(**CHAT):
            break
        gc.collect()
        await asyncio.gather(*list(_streaming._background_closes))
        assert connections_in_use(client) == 0


async def test_a_finished_stream_hands_its_connection_back_for_reuse(async_backend: Backend) -> None:
    async with (
        _stream_server().running() as server,
        AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend=async_backend) as client,
    ):
        for _ in range(3):
            stream = await client.completion_stream(**CHAT)
            chunks = [chunk async for chunk in stream]
            assert chunks and connections_in_use(client) == 0
    assert server.connections == 1


async def test_aclose_closes_the_aiohttp_session_without_warnings() -> None:
    loop_errors: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, context: loop_errors.append(context))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with _stream_server().running() as server:
            client = AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend="aiohttp")
            await client.completion_stream(**CHAT)  # left open: aclose() must still release everything
            stream = await client.completion_stream(**CHAT)
            assert [chunk async for chunk in stream]
            session = aiohttp_transport(client).session
            assert isinstance(session, aiohttp.ClientSession) and not session.closed
            await client.aclose()
            assert session.closed
            del client, session, stream
            gc.collect()
            await asyncio.gather(*list(_streaming._background_closes))
            AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend="aiohttp")  # never used, never closed
            gc.collect()
        ours = [w for w in caught if issubclass(w.category, ResourceWarning) or "nclosed" in str(w.message)]
        assert ours == [], [str(w.message) for w in ours]
        assert loop_errors == []

        # The probe works: an aiohttp session dropped without close() is reported.
        aiohttp.ClientSession()
        gc.collect()
    assert any("Unclosed client session" in str(w.message) for w in caught)


# --------------------------------------------------------------------------------------------------------
# Proxies from the environment, as httpx reads them
# --------------------------------------------------------------------------------------------------------


async def test_proxy_environment_variables_are_honoured(
    async_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        proxied.append((await read_request(reader)).split(b"\r\n", 1)[0])
        writer.write(json_reply(wire.load("chat-nonstream").body))

    proxied: list[bytes] = []
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with Scripted(proxy).running() as server:
        monkeypatch.setenv("HTTP_PROXY", server.url)
        async with AsyncOtari(base_url="http://gateway.invalid", otari_key="gw-x", http_backend=async_backend) as c:
            completion = await c.completion(**CHAT)
        assert isinstance(completion, otari.ChatCompletion)
        assert proxied == [b"POST http://gateway.invalid/api/v1/chat/completions HTTP/1.1"]

        # NO_PROXY: straight to the server (acting as the gateway now), past a proxy that is not listening.
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with AsyncOtari(base_url=server.url, otari_key="gw-x", http_backend=async_backend) as c:
            await c.completion(**CHAT)
        assert proxied[1:] == [b"POST /api/v1/chat/completions HTTP/1.1"]


async def test_pool_exhaustion_is_a_timeout_on_both_backends(async_backend: Backend) -> None:
    """Documented difference: httpx says PoolTimeout, aiohttp cannot tell it from a ConnectTimeout."""

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await wait_for_disconnect(reader)

    async with Scripted(silent).running() as server:
        http, _ = _backends.async_http_client(
            async_backend, None, timeout=httpx.Timeout(5.0, pool=0.2), limits=httpx.Limits(max_connections=1)
        )
        async with http:
            holder = asyncio.create_task(http.get(server.url))
            async with asyncio.timeout(5):
                while server.connections == 0:
                    await asyncio.sleep(0)  # until the only connection is lent out
            with pytest.raises(httpx.TimeoutException) as info:
                await http.get(server.url)
            holder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await holder
    expected = httpx.PoolTimeout if async_backend == "httpx" else httpx.ConnectTimeout
    assert type(info.value) is expected


def test_ssl_cert_file_is_read_by_both_backends(
    async_backend: Backend, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    with pytest.raises(ssl.SSLError):
        AsyncOtari(base_url="https://127.0.0.1:9", otari_key="gw-x", http_backend=async_backend)


# --------------------------------------------------------------------------------------------------------
# README.md, section async-backend
# --------------------------------------------------------------------------------------------------------


def doc_snippets() -> list[str]:
    section = DOC_SECTION.search(DOC.read_text(encoding="utf-8"))
    return BLOCK.findall(section.group(1)) if section else []


def test_the_doc_has_snippets() -> None:
    assert DOC.exists(), DOC
    assert doc_snippets()


def run_snippet(code: str, name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """Run a doc snippet as user code against a fresh mock gateway: (what it printed, requests it made)."""
    from otari.testing import MockGateway

    with MockGateway() as gateway:
        monkeypatch.setenv("GATEWAY_API_BASE", gateway.url)
        monkeypatch.setenv("GATEWAY_API_KEY", "gw-readme")
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            exec(compile(code, name, "exec"), {"__name__": "__doc__"})
        return output.getvalue(), len(gateway.requests)


@pytest.mark.parametrize("index", range(len(doc_snippets())))
def test_doc_snippet_runs(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    code = doc_snippets()[index]
    printed, requests = run_snippet(code, f"{DOC.name}[python block {index}]", monkeypatch)
    assert printed.strip(), "the snippet printed nothing"
    assert "aiohttp" in printed.splitlines()[0]
    if "completion(" in code:
        assert requests > 0
        assert printed.splitlines()[1].startswith("50 ")


def test_doc_fallback_snippet_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    code = next(block for block in doc_snippets() if "except otari.OtariConfigError" in block)
    _backends._aiohttp_client_class.cache_clear()
    hide_aiohttp(monkeypatch)
    try:
        printed, _ = run_snippet(code, DOC.name, monkeypatch)
    finally:
        _backends._aiohttp_client_class.cache_clear()
    assert printed.splitlines() == [
        "http_backend='aiohttp' needs the optional aiohttp dependency: pip install 'otari[aiohttp]'",
        "using httpx",
    ]
