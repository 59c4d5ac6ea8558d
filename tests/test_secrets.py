"""No credential ever shows in a log line, an exception (its str, repr, args or cause/context chain) or
the repr/str of anything the SDK hands out — checked with canary credentials across every error path.

Every log record of every logger (otari, httpx, httpcore, aiohttp, asyncio...) is captured at DEBUG and
fully formatted, tracebacks included; ``OTARI_LOG=debug`` is on too, so its stderr output is checked.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

import otari
from otari import AsyncOtari, Otari
from otari._logging import setup_from_env
from otari.testing import MockGateway
from tests.drivers import CHAT, KINDS, Driver, closed_port, make_client, record_sleeps, share_tls_context

CANARY = "CANARY-e4f1c9a2b7d3"  # the client's own credential (otari_key or api_key)
ADMIN = "CANARY-ADMIN-58b0e6"  # the admin key
MARK = "CANARY"  # a prefix of both: no rendering may contain it


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    """Every log record, from every logger, at DEBUG."""
    kept: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            kept.append(record)

    names = ["", "otari", "httpx", "httpcore", "aiohttp", "asyncio", "hpack"]
    saved = {name: logging.getLogger(name).level for name in names}
    handler = Keep(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        yield kept
    finally:
        logging.getLogger().removeHandler(handler)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


@pytest.fixture
def otari_log_debug(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("OTARI_LOG", "debug")
    yield
    monkeypatch.delenv("OTARI_LOG")
    setup_from_env()


def renderings(exc: BaseException) -> Iterator[str]:
    """Every way an exception is commonly turned into text, down its whole cause/context chain."""
    yield "".join(traceback.format_exception(exc))
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        error = stack.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        yield str(error)
        yield repr(error)
        yield from (repr(arg) for arg in error.args)
        for attribute in ("message", "request", "body", "headers", "hint"):
            try:
                value = getattr(error, attribute, None)
            except RuntimeError:  # httpx's .request when none was attached
                continue
            yield repr(value)
        stack += [error.__cause__, error.__context__]


def formatted(record: logging.LogRecord) -> str:
    return logging.Formatter("%(name)s %(levelname)s %(message)s").format(record) + repr(record.args)


def assert_clean(label: str, texts: Iterator[str] | list[str]) -> None:
    for text in texts:
        assert MARK not in text, f"{label}: credential leaked in {text[:300]!r}"


def assert_no_leak_in_logs(records: list[logging.LogRecord], stderr: str) -> None:
    assert_clean("log record", [formatted(r) for r in records])
    assert_clean("stderr (OTARI_LOG)", [stderr])


# --- the error paths ----------------------------------------------------------------------------------

STATUSES: dict[int, type[otari.APIStatusError]] = {
    400: otari.BadRequestError,
    401: otari.AuthenticationError,
    402: otari.InsufficientFundsError,
    403: otari.PermissionDeniedError,
    404: otari.ModelNotFoundError,
    409: otari.ConflictError,
    413: otari.APIStatusError,
    418: otari.APIStatusError,
    422: otari.UnprocessableEntityError,
    429: otari.RateLimitError,
    500: otari.UpstreamProviderError,
    502: otari.UpstreamProviderError,
    503: otari.UpstreamProviderError,
    504: otari.GatewayTimeoutError,
}

Scenario = Callable[[], Awaitable[Any]]
CHUNK = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}


def error_paths(client: Driver, refused: Driver, gw: MockGateway) -> list[tuple[str, type[BaseException], Scenario]]:
    """(name, the error it must raise, how to make it happen) for one client."""
    paths: list[tuple[str, type[BaseException], Scenario]] = []

    def add(name: str, error: type[BaseException], setup: Callable[[], None], call: Scenario) -> None:
        async def scenario() -> Any:
            setup()
            return await call()

        paths.append((name, error, scenario))

    def completion() -> Awaitable[Any]:
        return client("completion", **CHAT)

    async def stream_through() -> Any:
        items, error = await client.drain(await client("completion_stream", **CHAT))
        if error is not None:
            raise error
        return items

    for status, error in STATUSES.items():
        # The retryable ones are answered twice (max_retries=1), so the retry log line is checked too.
        times = 2 if status in (408, 429) or status >= 500 else 1
        add(f"HTTP {status}", error, lambda s=status, t=times: gw.queue_error(s, f"detail {s}", times=t), completion)  # type: ignore[misc]
    add("refused", otari.APIConnectionError, lambda: None, lambda: refused("completion", **CHAT))
    add(
        "timeout",
        otari.APITimeoutError,
        lambda: gw.queue_delay(30.0),
        lambda: client("completion", **CHAT, timeout=0.1),
    )
    add("reset", otari.APIConnectionError, lambda: gw.queue_reset(times=2), completion)
    add("reset-fin", otari.APIConnectionError, lambda: gw.queue_reset(abortive=False, times=2), completion)
    add(
        "garbage",
        otari.ResponseValidationError,
        lambda: gw.queue_raw(200, b"{oops", {"content-type": "text/json"}),
        completion,
    )
    add(
        "html-502",
        otari.UpstreamProviderError,
        lambda: gw.queue_raw(502, "<html><title>Bad</title></html>", {"content-type": "text/html"}, times=2),
        completion,
    )
    add("stream-402", otari.InsufficientFundsError, lambda: gw.queue_error(402, "No pricing"), stream_through)
    add("stream-error-event", otari.StreamError, lambda: gw.queue_stream([CHUNK], error_event=True), stream_through)
    add("stream-drop", otari.APIConnectionError, lambda: gw.queue_stream(None, drop_after=2), stream_through)
    add("stream-garbage", otari.ResponseValidationError, lambda: gw.queue_stream(["not json"]), stream_through)

    async def stalled() -> Any:
        items, error = await client.drain(await client("completion_stream", **CHAT, timeout=0.1))
        if error is not None:
            raise error
        return items

    add("stream-silent", otari.APITimeoutError, lambda: gw.queue_stall_stream(after=0, seconds=30.0), stalled)
    # Item 7: the server quotes the key back, in a body, an error event or a header.
    for name, key in (("own key", CANARY), ("admin key", ADMIN)):
        add(
            f"401 quoting the {name}",
            otari.AuthenticationError,
            lambda k=key: gw.queue_error(401, f"Invalid key: {k}"),  # type: ignore[misc]
            completion,
        )
    add(
        "422 list quoting the key",
        otari.UnprocessableEntityError,
        lambda: gw.queue_error(422, [{"loc": ["header", "otari-key"], "msg": f"bad {CANARY}", "input": CANARY}]),
        completion,
    )
    add(
        "200 garbage quoting the key",
        otari.ResponseValidationError,
        lambda: gw.queue_raw(200, f'{{"id": "{CANARY}", "choices": 3}}', {"content-type": "application/json"}),
        completion,
    )
    add(
        "stream answered with JSON quoting the key",
        otari.ResponseValidationError,
        lambda: gw.queue_raw(200, f'{{"detail": "key {CANARY} ok"}}', {"content-type": "application/json"}),
        stream_through,
    )
    add(
        "stream error event quoting the key",
        otari.StreamError,
        lambda: gw.queue_stream([CHUNK], error_event={"message": f"Bad key {CANARY}", "type": CANARY}),
        stream_through,
    )
    # Item 5: a redirect is reported, never followed (so the key never travels to the Location).
    add(
        "redirect",
        otari.APIStatusError,
        lambda: gw.queue_raw(307, b"", {"location": "http://127.0.0.1:9/elsewhere"}),
        completion,
    )
    # Validation, before any I/O.
    for name, kwargs, error in [
        ("empty-model", {**CHAT, "model": ""}, ValueError),
        ("messages-not-a-list", {**CHAT, "messages": "hi"}, TypeError),
        ("bad-temperature", {**CHAT, "temperature": "hot"}, TypeError),
        ("unknown-param", {**CHAT, "surprise": 1}, TypeError),
        ("extra-headers-not-a-mapping", {**CHAT, "extra_headers": "x"}, TypeError),
        ("bad-timeout", {**CHAT, "timeout": -1}, TypeError),
        ("credential-in-a-bad-header", {**CHAT, "extra_headers": {"X-Token": CANARY + "\r\n"}}, ValueError),
        ("credential-in-a-header-name", {**CHAT, "extra_headers": {CANARY + " x": "v"}}, ValueError),
    ]:
        add(name, error, lambda: None, lambda kw=kwargs: client("completion", **kw))  # type: ignore[misc]
    add(
        "control-plane-401",
        otari.AuthenticationError,
        lambda: gw.queue_error(401, "Invalid master key"),
        lambda: client.call_on(client.client.keys, "list"),
    )
    return paths


@pytest.mark.parametrize("mode", ["self-hosted", "platform"])
@pytest.mark.parametrize("kind", KINDS)
async def test_no_error_path_leaks_the_credential(
    kind: str,
    mode: str,
    records: list[logging.LogRecord],
    otari_log_debug: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_sleeps(monkeypatch)
    credentials: dict[str, Any] = {"admin_key": ADMIN, "max_retries": 1}
    credentials.update({"otari_key": CANARY} if mode == "self-hosted" else {"api_key": CANARY})
    with MockGateway() as gw:
        client = Driver(kind, make_client(kind, gw.url, **credentials))
        refused = Driver(kind, make_client(kind, f"http://127.0.0.1:{closed_port()}", **credentials))
        try:
            raised: dict[str, BaseException] = {}
            for name, expected, scenario in error_paths(client, refused, gw):
                with pytest.raises(expected) as info:
                    await scenario()
                raised[name] = info.value
                assert gw.pending == 0, name
            # The mock really received the canary: the test would see a leak if there were one.
            assert any(CANARY in value for r in gw.requests for value in r.headers.values())
        finally:
            await client.aclose()
            await refused.aclose()
    for name, error in raised.items():
        assert_clean(name, renderings(error))
    assert any(r.name == "otari" and r.levelno == logging.INFO for r in records)  # retries were logged
    assert any(r.name.startswith("httpx") or r.name.startswith("httpcore") for r in records) or kind == "async-aiohttp"
    assert_no_leak_in_logs(records, capsys.readouterr().err)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": CANARY, "otari_key": CANARY},
        {"platform_mode": True, "otari_key": CANARY},
        {"platform_mode": False, "api_key": CANARY},
        {"otari_key": CANARY},  # no base_url
        {"base_url": "ftp://gateway", "otari_key": CANARY},
        {"base_url": "http://gateway?x=1", "otari_key": CANARY},
        {"base_url": "http://gateway", "otari_key": CANARY + "\n"},
        {"base_url": "http://gateway", "otari_key": "gw-" + CANARY + "é"},
        {"base_url": "http://gateway", "otari_key": "k", "admin_key": ADMIN + "\r\n"},
        {"api_key": CANARY + "\x00"},
        {"platform_mode": "yes", "api_key": CANARY},
        # Items 6 and 8: a secret in (or pasted as) base_url is never echoed.
        {"base_url": f"http://user:{CANARY}@gateway", "otari_key": "k"},
        {"base_url": f"https://{CANARY}@gateway:8000/v1", "otari_key": "k"},
        {"base_url": CANARY, "otari_key": "k"},
        {"base_url": f"{CANARY}://gateway", "otari_key": "k"},
        {"base_url": f"http://gateway/?key={CANARY}", "otari_key": "k"},
        {"base_url": f"http://gateway/#{CANARY}", "otari_key": "k"},
        {"base_url": f"http://gateway:{CANARY}", "otari_key": "k"},
        {"base_url": "http://gateway", "otari_key": "k", "http_backend": CANARY},
    ],
)
@pytest.mark.parametrize("cls", [Otari, AsyncOtari])
def test_config_errors_never_show_the_credential(kwargs: dict[str, Any], cls: type[Any]) -> None:
    if "http_backend" in kwargs and cls is Otari:
        return  # an async-only option
    with pytest.raises(otari.OtariConfigError) as info:
        cls(**kwargs)
    assert_clean(str(kwargs), renderings(info.value))


@pytest.mark.parametrize(
    "env",
    [
        {"GATEWAY_API_KEY": CANARY},  # no base URL
        {"GATEWAY_API_KEY": CANARY + "\n", "GATEWAY_API_BASE": "http://gateway"},
        {"OTARI_AI_TOKEN": CANARY, "GATEWAY_API_BASE": "gateway.example"},
        {"GATEWAY_ADMIN_KEY": ADMIN, "GATEWAY_API_BASE": "not a url"},
    ],
)
def test_config_errors_from_the_environment_never_show_the_credential(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(otari.OtariConfigError) as info:
        Otari()
    assert_clean(str(env), renderings(info.value))


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_transport_error_quoting_the_header_is_not_chained(kind: str) -> None:
    # h11 refuses a bad header by quoting it; whatever text the HTTP layer produces must not come along.
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {CANARY}'", request=request)

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        client: Any = Otari(base_url="http://gw.test", otari_key=CANARY, http_client=httpx.Client(transport=transport))
        with pytest.raises(otari.APIConnectionError) as info:
            client.completion(**CHAT)
    else:
        http = httpx.AsyncClient(transport=transport)
        client = AsyncOtari(base_url="http://gw.test", otari_key=CANARY, http_client=http)
        with pytest.raises(otari.APIConnectionError) as info:
            await client.completion(**CHAT)
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert_clean("LocalProtocolError", renderings(info.value))


# --- objects ------------------------------------------------------------------------------------------


def _object_texts(obj: Any) -> list[str]:
    texts = [repr(obj), str(obj), format(obj, "")]
    if hasattr(obj, "__dict__"):
        texts.append(repr(vars(obj)))
    return texts


@pytest.mark.parametrize("kind", KINDS)
async def test_objects_handed_out_never_show_the_credential(
    kind: str, records: list[logging.LogRecord], otari_log_debug: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with MockGateway(api_keys=[CANARY], master_key=ADMIN) as gw:
        client = Driver(kind, make_client(kind, gw.url, otari_key=CANARY, admin_key=ADMIN))
        try:
            objects: dict[str, Any] = {
                "client": client.client,
                "with_options": client.client.with_options(timeout=3.0, default_headers={"X-App": "1"}),
                "with_raw_response": client.client.with_raw_response,
                "config": client.client._config,
            }
            raw = await client.call_on(client.client.with_raw_response, "completion", **CHAT)
            objects["raw"] = raw
            objects["raw.parse()"] = raw.parse()
            stream = await client("completion_stream", **CHAT)
            objects["stream"] = stream
            items, _ = await client.drain(stream)
            objects["chunk"] = items[0]
            raw_stream = await client.call_on(client.client.with_raw_response, "completion_stream", **CHAT)
            objects["raw stream"] = raw_stream
            objects["raw stream.parse()"] = raw_stream.parse()
            await client.drain(raw_stream.parse())
            created = await client.call_on(client.client.keys, "create", key_name="ci")
            raw_created = await client.call_on(client.client.with_raw_response.keys, "create", key_name="ci-2")
            objects["CreateKeyResponse"] = created
            objects["raw CreateKeyResponse"] = raw_created
            objects["raw CreateKeyResponse.parse()"] = raw_created.parse()
        finally:
            await client.aclose()
    for name, obj in objects.items():
        assert_clean(name, _object_texts(obj))
    # A fresh key is a secret too: shown by .key, never by repr/str.
    for response in (created, raw_created.parse()):
        assert response.key and response.key not in repr(response) and response.key not in str(response)
        assert response.key not in repr(raw_created)
    assert_no_leak_in_logs(records, capsys.readouterr().err)
    fresh_keys = [created.key, raw_created.parse().key]
    assert not [r for r in records if any(key in formatted(r) for key in fresh_keys)]


def test_the_environment_is_clean() -> None:
    # The autouse clean_env fixture must have removed any real credential before these tests ran.
    assert not any(name.startswith(("OTARI_AI", "GATEWAY_")) for name in os.environ)


# --- traceback frames (item 9) ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_no_traceback_frame_holds_the_key_when_a_header_is_refused(kind: str) -> None:
    # Error reporters (Sentry, rich tracebacks) record every frame's locals: none may hold the header map.
    client = Driver(kind, make_client(kind, "http://127.0.0.1:9", otari_key=CANARY, admin_key=ADMIN))
    try:
        with pytest.raises(ValueError, match="header") as info:
            await client("completion", **CHAT, extra_headers={"X-Trace": "a\nb"})
        with pytest.raises(ValueError, match="header") as control:
            await client.call_on(client.client.keys, "list", extra_headers={"X-Trace": "a\nb"})
    finally:
        await client.aclose()
    for error in (info.value, control.value):
        frames = 0
        tb = error.__traceback__
        while tb is not None:
            for name, value in tb.tb_frame.f_locals.items():
                assert_clean(f"local {name!r} of {tb.tb_frame.f_code.co_name}", [repr(value)])
            frames += 1
            tb = tb.tb_next
        assert frames >= 3


@pytest.mark.parametrize("kind", KINDS)
async def test_headers_quoting_the_key_are_redacted_from_the_error(kind: str) -> None:
    # (httpcore's own DEBUG log prints response headers as received; only the exception is ours to clean.)
    with MockGateway() as gw:
        client = Driver(kind, make_client(kind, gw.url, otari_key=CANARY, max_retries=0))
        try:
            gw.queue_error(401, f"Invalid key {CANARY}", headers={"x-echo": f"Bearer {CANARY}"})
            with pytest.raises(otari.AuthenticationError) as denied:
                await client("completion", **CHAT)
            gw.queue_raw(307, b"", {"location": f"http://127.0.0.1:9/steal?k={CANARY}"})
            with pytest.raises(otari.APIStatusError) as redirected:
                await client("completion", **CHAT)
        finally:
            await client.aclose()
    assert "[redacted]" in denied.value.message and denied.value.headers["x-echo"] == "Bearer [redacted]"
    assert "redirected to http://127.0.0.1:9/steal" in str(redirected.value)
    for error in (denied.value, redirected.value):
        assert_clean(type(error).__name__, renderings(error))
        assert_clean("headers", [repr(list(error.headers.items()))])
