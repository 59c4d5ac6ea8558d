"""Issue 11: no silent loss, no duplicate side effects, no request sent where it should not go — on every
client kind, over loopback servers that misbehave on purpose (MockGateway scripts, or ``tests.rawserver``
for faults only raw bytes can make)."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

import otari
from otari.testing import MockGateway, sse
from tests.drivers import CHAT, KINDS, driven, record_sleeps, share_tls_context
from tests.rawserver import Conn, each_request, http_response, serving


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


@pytest.fixture
def gw() -> Iterator[MockGateway]:
    with MockGateway() as gateway:
        yield gateway


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    return record_sleeps(monkeypatch)


def cut_after_headers(status: str) -> Any:
    """Answer ``status`` with a Content-Length the body never reaches, then hang up."""

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(http_response(status, b'{"id": "chatcmpl-1", "choi', {"content-length": "400"}))
        conn.sock.close()

    return each_request(answer)


# --- 2. no resend once a success status arrived ---------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_a_post_whose_success_body_is_cut_is_never_resent(kind: str, sleeps: list[float]) -> None:
    with serving(cut_after_headers("200 OK")) as server:
        async with driven(kind, server.url, max_retries=2) as client:
            with pytest.raises(otari.APIConnectionError) as info:
                await client("completion", **CHAT)
            assert "outcome is unknown" in str(info.value) and "HTTP 200" in str(info.value)
            assert len(server.requests) == 1 and sleeps == []

            with pytest.raises(otari.APIConnectionError) as info:
                await client.call_on(client.client.keys, "create", key_name="ci")
            assert "outcome is unknown" in str(info.value)
            assert len(server.requests) == 2 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
async def test_a_get_whose_body_is_cut_is_still_retried(kind: str, sleeps: list[float]) -> None:
    with serving(cut_after_headers("200 OK")) as server:
        async with driven(kind, server.url, max_retries=2) as client:
            with pytest.raises(otari.APIConnectionError) as info:
                await client("list_models")
    assert "outcome is unknown" not in str(info.value)
    assert len(server.requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_a_5xx_whose_body_is_cut_is_still_retried(kind: str, sleeps: list[float]) -> None:
    with serving(cut_after_headers("503 Service Unavailable")) as server:
        async with driven(kind, server.url, max_retries=1) as client:
            with pytest.raises(otari.APIConnectionError):
                await client("completion", **CHAT)
    assert len(server.requests) == 2 and len(sleeps) == 1


# --- 1. a stream request answered with something else, or cut short ------------------------------------


CHAT_COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
}


@pytest.mark.parametrize("kind", KINDS)
async def test_a_whole_json_answer_to_a_stream_request_raises(kind: str, gw: MockGateway, sleeps: list[float]) -> None:
    gw.queue_response(CHAT_COMPLETION)
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.ResponseValidationError) as info:
            await client("completion_stream", **CHAT)
    text = str(info.value)
    assert "text/event-stream" in text and "HTTP 200" in text and "ignored stream=true" in text
    assert info.value.body == CHAT_COMPLETION
    assert len(gw.requests) == 1 and sleeps == []  # an answer arrived: never resent


@pytest.mark.parametrize("kind", KINDS)
async def test_a_sign_in_page_answer_to_a_stream_request_raises(kind: str, gw: MockGateway) -> None:
    page = "<html><head><title>Sign in to Corp SSO</title></head><body>...</body></html>"
    gw.queue_raw(200, page, {"content-type": "text/html; charset=utf-8"})
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.ResponseValidationError) as info:
            await client("response_stream", model="openai:m", input="hi")
    assert "HTTP 200 with text/html" in str(info.value) and "Sign in to Corp SSO" in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_204_answer_to_a_stream_request_raises(kind: str, gw: MockGateway) -> None:
    gw.queue_raw(204, b"", {})
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.ResponseValidationError) as info:
            await client("message_stream", model="openai:m", max_tokens=5, messages=CHAT["messages"])
    assert "HTTP 204 with an empty body" in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_chat_stream_ending_without_done_raises_after_its_chunks(kind: str, gw: MockGateway) -> None:
    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    gw.queue_stream([chunk, chunk], done=False)
    async with driven(kind, gw.url) as client:
        stream = await client("completion_stream", **CHAT)
        chunks, error = await client.drain(stream)
    assert len(chunks) == 2
    assert type(error) is otari.APIConnectionError and "ended before its end marker" in str(error)

    gw.queue_stream([chunk], done=False)
    async with driven(kind, gw.url) as client:
        stream = await client("completion_stream", **CHAT)
        with pytest.raises(otari.APIConnectionError):
            if kind == "sync":
                stream.final_completion()
            else:
                await stream.final_completion()


@pytest.mark.parametrize(
    ("method", "events"),
    [
        ("response_stream", [sse({"type": "response.created"}, event="response.created")]),
        ("message_stream", [sse({"type": "message_start"}, event="message_start")]),
    ],
)
@pytest.mark.parametrize("kind", KINDS)
async def test_event_streams_ending_before_their_final_event_raise(
    kind: str, method: str, events: list[bytes], gw: MockGateway
) -> None:
    gw.queue_stream(events, done=False)
    kwargs: dict[str, Any] = {"model": "openai:m"}
    if method == "response_stream":
        kwargs["input"] = "hi"
    else:
        kwargs.update(max_tokens=5, messages=CHAT["messages"])
    async with driven(kind, gw.url) as client:
        items, error = await client.drain(await client(method, **kwargs))
    assert len(items) == 1
    assert type(error) is otari.APIConnectionError


@pytest.mark.parametrize("kind", KINDS)
async def test_the_final_event_ends_a_stream_without_a_trailing_sentinel(kind: str, gw: MockGateway) -> None:
    gw.queue_stream(
        [sse({"type": "message_start"}, event="message_start"), sse({"type": "message_stop"}, event="message_stop")],
        done=False,
    )
    async with driven(kind, gw.url) as client:
        items, error = await client.drain(
            await client("message_stream", model="openai:m", max_tokens=5, messages=CHAT["messages"])
        )
    assert error is None and [item["type"] for item in items] == ["message_start", "message_stop"]


# --- 5. redirects are never followed --------------------------------------------------------------------


@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "307 Temporary Redirect", "308 Permanent"])
@pytest.mark.parametrize("kind", KINDS)
async def test_a_redirect_is_an_error_naming_the_location_and_never_followed(
    kind: str, status: str, sleeps: list[float]
) -> None:
    with serving(each_request(lambda conn, _: conn.send(http_response("200 OK", b"{}")))) as elsewhere:

        def redirect(conn: Conn, request: bytes) -> None:
            location = elsewhere.url + "/v1/chat/completions?token=abc"
            conn.send(http_response(status, b"", {"location": location, "content-type": "text/plain"}))

        with serving(each_request(redirect)) as server:
            async with driven(kind, server.url, otari_key="gw-secret-key", max_retries=2) as client:
                with pytest.raises(otari.APIStatusError) as info:
                    await client("completion", **CHAT)
    error = info.value
    assert error.status_code == int(status[:3])
    assert f"redirected to {elsewhere.url}/v1/chat/completions" in str(error) and "fix base_url" in str(error)
    assert "token=abc" not in str(error)
    assert elsewhere.requests == [] and len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_supplied_client_that_follows_redirects_does_not_forward_the_key(kind: str) -> None:
    import httpx

    from otari import AsyncOtari, Otari

    with serving(each_request(lambda conn, _: conn.send(http_response("200 OK", b"{}")))) as elsewhere:

        def redirect(conn: Conn, request: bytes) -> None:
            conn.send(http_response("307 Temporary Redirect", b"", {"location": elsewhere.url + "/v1/models"}))

        with serving(each_request(redirect)) as server:
            if kind == "sync":
                with (
                    Otari(base_url=server.url, otari_key="gw-k", http_client=httpx.Client(follow_redirects=True)) as c,
                    pytest.raises(otari.APIStatusError) as info,
                ):
                    c.list_models()
            else:
                http = httpx.AsyncClient(follow_redirects=True)
                async with AsyncOtari(base_url=server.url, otari_key="gw-k", http_client=http) as ac:
                    with pytest.raises(otari.APIStatusError) as info:
                        await ac.list_models()
                await http.aclose()
    assert info.value.status_code == 307 and elsewhere.requests == []


def _json(data: Any) -> bytes:
    return json.dumps(data).encode()


# --- 4. ids that are path steps -------------------------------------------------------------------------

ID_CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("users.usage", "user_id", {}),
    ("users.get", "user_id", {}),
    ("users.delete", "user_id", {}),
    ("users.update", "user_id", {"alias": "x"}),
    ("keys.rotate", "key_id", {}),
    ("keys.delete", "key_id", {}),
    ("keys.get", "key_id", {}),
    ("keys.update", "key_id", {"key_name": "x"}),
    ("budgets.get", "budget_id", {}),
    ("budgets.delete", "budget_id", {}),
    ("pricing.get", "model_key", {}),
    ("pricing.history", "model_key", {}),
    ("pricing.delete", "model_key", {}),
    ("cancel_batch", "batch_id", {"provider": "openai"}),
    ("retrieve_batch", "batch_id", {"provider": "openai"}),
    ("retrieve_batch_results", "batch_id", {"provider": "openai"}),
    ("retrieve_model", "model_id", {}),
]


def _method(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


@pytest.mark.parametrize("value", ["", ".", "..", "x" * 100_000], ids=["empty", "dot", "dotdot", "100k"])
@pytest.mark.parametrize(("method", "name", "kwargs"), ID_CALLS, ids=[c[0] for c in ID_CALLS])
def test_ids_that_are_path_steps_are_refused_before_sending(
    method: str, name: str, kwargs: dict[str, Any], value: str, gw: MockGateway
) -> None:
    from otari import Otari

    with (
        Otari(base_url=gw.url, otari_key="gw-k", admin_key="admin") as client,
        pytest.raises(ValueError, match=f"argument '{name}'") as info,
    ):
        _method(client, method)(value, **kwargs)
    assert "x" * 100 not in str(info.value)
    assert gw.requests == []


@pytest.mark.parametrize("kind", ["async", "async-aiohttp"])
async def test_ids_that_are_path_steps_are_refused_by_the_async_client_too(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url, admin_key="admin") as client:
        with pytest.raises(ValueError, match="argument 'user_id'"):
            await client.call_on(client.client.users, "usage", "..")
        with pytest.raises(ValueError, match="argument 'batch_id'"):
            await client("cancel_batch", ".", provider="openai")
    assert gw.requests == []


@pytest.mark.parametrize("kind", KINDS)
async def test_a_url_too_long_to_send_is_a_value_error(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        with pytest.raises(ValueError, match="too long") as info:
            await client("list_models", extra_query={"q": "y" * 100_000})
    assert "y" * 100 not in str(info.value) and gw.requests == []


# --- 16. the mock knows its models --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_a_mock_with_a_model_list_answers_unknown_models_like_the_gateway(kind: str) -> None:
    with MockGateway(models=["openai:fake-model"]) as gateway:
        async with driven(kind, gateway.url) as client:
            assert (await client("completion", **CHAT)).choices[0].message.content == "Echo: hi"
            with pytest.raises(otari.ModelNotFoundError) as info:
                await client("completion", model="openai:fake-modle", messages=CHAT["messages"])
            assert info.value.status_code == 404 and "`fake-modle` does not exist" in info.value.message
            with pytest.raises(otari.ModelNotFoundError):
                await client("completion_stream", model="openai:gpt-typo", messages=CHAT["messages"])
            with pytest.raises(otari.ModelNotFoundError):
                await client("embedding", model="openai:nope", input="hi")
            with pytest.raises(otari.ModelNotFoundError):
                await client("retrieve_model", "openai:nope")


def test_the_mock_404_has_the_recorded_shape() -> None:
    import httpx

    from tests import wire

    recorded = wire.load("chat-error-404-upstream-model-missing")

    with MockGateway(models=["openai:fake-model"]) as gateway:
        answer = httpx.post(
            gateway.api_url + "/chat/completions",
            json={"model": "openai:missing-model", "messages": [{"role": "user", "content": "hello"}]},
            headers={"Otari-Key": "Bearer k"},
        )
    assert answer.status_code == recorded.status == 404
    assert answer.json() == json.loads(recorded.body)


@pytest.mark.parametrize("kind", ["sync"])
async def test_a_mock_without_a_model_list_answers_any_model(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        result = await client("completion", model="anything:at-all", messages=CHAT["messages"])
    assert result.choices[0].message.content == "Echo: hi"


# --- 13. exceptions that used to escape the library ------------------------------------------------------


def deep(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("kind", KINDS)
async def test_deeply_nested_json_is_a_validation_error(kind: str, gw: MockGateway) -> None:
    gw.queue_raw(200, deep(), {"content-type": "application/json"})
    gw.queue_stream([deep()])
    async with driven(kind, gw.url) as client:
        with pytest.raises(otari.ResponseValidationError, match="nested too deeply"):
            await client("completion", **CHAT)
        _, error = await client.drain(await client("completion_stream", **CHAT))
        assert isinstance(error, otari.ResponseValidationError) and "nested too deeply" in str(error)
        gw.queue_stream([deep()], path="/v1/responses")
        _, error = await client.drain(await client("response_stream", model="openai:m", input="hi"))
        assert isinstance(error, otari.ResponseValidationError)


@pytest.mark.parametrize(
    "bad",
    [float("inf"), float("nan"), -float("inf"), "httpx-inf", "httpx-nan"],
    ids=["inf", "nan", "-inf", "httpx-inf", "httpx-nan"],
)
@pytest.mark.parametrize("kind", KINDS)
async def test_infinite_or_nan_timeouts_are_refused_everywhere(kind: str, bad: Any, gw: MockGateway) -> None:
    import httpx

    from otari import AsyncOtari, Otari

    if isinstance(bad, str):
        bad = httpx.Timeout(10.0, read=float("inf") if bad.endswith("inf") else float("nan"))
    cls = Otari if kind == "sync" else AsyncOtari
    with pytest.raises(TypeError, match="timeout"):
        cls(base_url=gw.url, otari_key="k", timeout=bad)
    async with driven(kind, gw.url) as client:
        with pytest.raises(TypeError, match="timeout"):
            client.client.with_options(timeout=bad)
        with pytest.raises(TypeError, match="timeout"):
            await client("completion", **CHAT, timeout=bad)
        assert (await client("completion", **CHAT)).choices[0].message.content == "Echo: hi"
    assert len(gw.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
async def test_a_call_after_close_is_a_connection_error(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        copy = client.client.with_options(max_retries=0)
        await client("completion", **CHAT)
    for target in (client.client, copy):
        with pytest.raises(otari.APIConnectionError, match="client was closed"):
            await client.call_on(target, "completion", **CHAT)
        with pytest.raises(otari.APIConnectionError, match="client was closed"):
            await client.call_on(target, "completion_stream", **CHAT)
    assert len(gw.requests) == 1


TOOL_DELTA = {
    "id": "c1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "delta": {"tool_calls": [{"index": 0, "id": "t", "type": "function", "function": {"name": "f"}}]},
        }
    ],
}


@pytest.mark.parametrize(
    "delta",
    [
        {"tool_calls": [{"index": 0, "function": {"arguments": {"a": 1}}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": 7}}]},
        {"refusal": ["no"]},
        {"refusal": 5},
    ],
    ids=["arguments-object", "arguments-number", "refusal-list", "refusal-number"],
)
@pytest.mark.parametrize("kind", KINDS)
async def test_final_completion_on_odd_deltas_is_a_validation_error(
    kind: str, delta: dict[str, Any], gw: MockGateway
) -> None:
    odd = {**TOOL_DELTA, "choices": [{"index": 0, "delta": delta}]}
    gw.queue_stream([TOOL_DELTA, odd])
    async with driven(kind, gw.url) as client:
        stream = await client("completion_stream", **CHAT)
        with pytest.raises(otari.ResponseValidationError, match="cannot be assembled"):
            if kind == "sync":
                stream.final_completion()
            else:
                await stream.final_completion()


# --- 3. fork safety -----------------------------------------------------------------------------------------


def _in_child(work: Any) -> str:
    """Run ``work()`` in a forked child; return what it returned (as text) or its error."""
    import os
    import warnings

    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "multi-threaded fork" (the mock's thread)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            outcome = f"ok:{work()}"
        except BaseException as exc:
            outcome = f"error:{type(exc).__name__}:{exc}"
        os.write(write_end, outcome.encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(pid, 0)
    return outcome


def _say(client: Any, text: str) -> str:
    reply = client.completion(model="openai:m", messages=[{"role": "user", "content": text}])
    content: str = reply.choices[0].message.content
    return content


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no os.fork on this platform")
def test_a_forked_child_opens_its_own_connections(gw: MockGateway) -> None:
    from otari import Otari

    with Otari(base_url=gw.url, otari_key="gw-k") as client:
        assert _say(client, "parent") == "Echo: parent"
        assert gw.connections_opened == 1
        # The child's calls go over a connection of its own, never the parent's pooled socket.
        assert _in_child(lambda: _say(client, "child") + "|" + _say(client, "child again")) == (
            "ok:Echo: child|Echo: child again"
        )
        assert gw.connections_opened == 2
        # And the parent's pooled connection still works, untouched by the child.
        assert _say(client, "parent again") == "Echo: parent again"
        assert gw.connections_opened == 2
        copy = client.with_options(max_retries=0)
        assert _in_child(lambda: _say(copy, "copy in child")) == "ok:Echo: copy in child"
        assert gw.connections_opened == 3


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no os.fork on this platform")
def test_a_supplied_http_client_is_refused_in_a_forked_child(gw: MockGateway) -> None:
    import httpx

    from otari import Otari

    with httpx.Client() as http, Otari(base_url=gw.url, otari_key="gw-k", http_client=http) as client:
        assert _say(client, "parent") == "Echo: parent"
        outcome = _in_child(lambda: _say(client, "child"))
        assert outcome.startswith("error:APIConnectionError:") and "another process" in outcome
        assert _say(client, "parent again") == "Echo: parent again"
    assert gw.connections_opened == 1


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no os.fork on this platform")
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_an_async_client_in_a_forked_child_opens_its_own_connections(backend: str, gw: MockGateway) -> None:
    import asyncio

    from otari import AsyncOtari
    from tests.harness import async_options

    client = AsyncOtari(
        base_url=gw.url, otari_key="gw-k", **async_options(f"async-{backend}" if backend == "aiohttp" else "async", {})
    )

    async def say(text: str) -> str:
        reply = await client.completion(model="openai:m", messages=[{"role": "user", "content": text}])
        content: str = reply.choices[0].message.content
        return content

    async def parent_then_keep() -> str:
        return await say("parent")

    assert asyncio.run(parent_then_keep()) == "Echo: parent"
    assert _in_child(lambda: asyncio.run(say("child"))) == "ok:Echo: child"
    assert gw.connections_opened == 2


# --- 14. one AsyncOtari, two event loops ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["async", "async-aiohttp"])
def test_one_async_client_works_in_two_asyncio_runs(
    kind: str, gw: MockGateway, caplog: pytest.LogCaptureFixture
) -> None:
    import asyncio
    import gc
    import warnings

    from otari import AsyncOtari
    from tests.harness import async_options

    loop_errors: list[dict[str, Any]] = []
    client = AsyncOtari(base_url=gw.url, otari_key="gw-k", max_retries=0, **async_options(kind, {}))

    async def call(text: str) -> str:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: loop_errors.append(context))
        reply = await client.completion(model="openai:m", messages=[{"role": "user", "content": text}])
        chunks = [
            c
            async for c in await client.completion_stream(
                model="openai:m", messages=[{"role": "user", "content": text}]
            )
        ]
        assert chunks
        content: str = reply.choices[0].message.content
        return content

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(call("first")) == "Echo: first"
        assert asyncio.run(call("second")) == "Echo: second"
        assert asyncio.run(call("third")) == "Echo: third"

        async def close() -> None:
            await client.aclose()

        asyncio.run(close())
        client = None  # the pools left behind in the finished loops go now, not in some later test
        gc.collect()
    assert loop_errors == []
    assert [w for w in caught if "never retrieved" in str(w.message) or "Unclosed" in str(w.message)] == []
    assert [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING] == []
    assert gw.wait_until_idle(5.0)  # every loop's pool was closed with its loop: no connection left open


def test_a_supplied_async_http_client_in_another_loop_is_one_clear_error(gw: MockGateway) -> None:
    import asyncio

    import httpx

    from otari import AsyncOtari

    http = httpx.AsyncClient()
    client = AsyncOtari(base_url=gw.url, otari_key="gw-k", http_client=http)

    async def call() -> str:
        reply = await client.completion(**CHAT)
        content: str = reply.choices[0].message.content
        return content

    async def close_it() -> None:
        await http.aclose()

    assert asyncio.run(call()) == "Echo: hi"
    with pytest.raises(otari.APIConnectionError, match="another event loop"):
        asyncio.run(call())
    with contextlib.suppress(RuntimeError):  # its connection belongs to the first (closed) loop
        asyncio.run(close_it())
    http = client = None
    gc.collect()


# --- 10. timeouts are wall-clock -----------------------------------------------------------------------------


def trickled_answer(head_too: bool) -> Any:
    """A complete, valid answer sent one byte every 50 ms (the head too, or only the body)."""
    body = _json(CHAT_COMPLETION)
    whole = http_response("200 OK", body)

    def answer(conn: Conn, request: bytes) -> None:
        if head_too:
            conn.trickle(whole, every=0.05)
        else:
            head_end = whole.index(b"\r\n\r\n") + 4
            conn.send(whole[:head_end])
            conn.trickle(whole[head_end:], every=0.05)

    return each_request(answer)


@pytest.mark.parametrize("head_too", [False, True], ids=["body", "head-and-body"])
@pytest.mark.parametrize("kind", KINDS)
async def test_a_trickling_answer_is_bounded_by_the_timeout_in_wall_clock(
    kind: str, head_too: bool, sleeps: list[float]
) -> None:
    import time

    with serving(trickled_answer(head_too)) as server:
        async with driven(kind, server.url, max_retries=2) as client:
            started = time.monotonic()
            with pytest.raises(otari.APITimeoutError):
                await client("completion", **CHAT, timeout=0.6)
            elapsed = time.monotonic() - started
    assert 0.55 <= elapsed < 1.2, elapsed  # the answer would take > 10 s
    assert len(server.requests) == 1 and sleeps == []  # a timeout is never resent


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_trickling_bytes_without_events_times_out(kind: str) -> None:
    import time

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
        first = b'data: {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}\n\n'
        conn.send(b"%x\r\n%s\r\n" % (len(first), first))
        for _ in range(200):  # keepalive comments every 50 ms, never another event
            conn.send(b"4\r\n: k\n\r\n")
            time.sleep(0.05)

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url) as client:
            started = time.monotonic()
            stream = await client("completion_stream", **CHAT, timeout=0.5)
            items, error = await client.drain(stream)
            elapsed = time.monotonic() - started
    assert len(items) == 1
    assert isinstance(error, otari.APITimeoutError) and "no event for 0.5s" in str(error)
    assert 0.45 <= elapsed < 1.2, elapsed


@pytest.mark.parametrize("kind", KINDS)
async def test_a_long_healthy_stream_outlives_its_timeout(kind: str, gw: MockGateway) -> None:
    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    gw.queue_stream([chunk] * 12, delay_between=0.1)  # 1.2 s in all, never silent for 0.5 s
    async with driven(kind, gw.url) as client:
        items, error = await client.drain(await client("completion_stream", **CHAT, timeout=0.5))
    assert error is None and len(items) == 12


# --- 11. a stream ends at its end marker ------------------------------------------------------------------


def lingering_after_done(conn: Conn, request: bytes) -> None:
    import time

    conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
    for data in (_json(TOOL_DELTA), b"[DONE]"):
        event = b"data: " + data + b"\n\n"
        conn.send(b"%x\r\n%s\r\n" % (len(event), event))
    time.sleep(5.0)  # the terminating chunk comes late
    conn.send(b"0\r\n\r\n")


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_finishes_at_done_without_waiting_for_the_body_end(kind: str) -> None:
    import time

    with serving(each_request(lingering_after_done)) as server:
        async with driven(kind, server.url, timeout=30.0) as client:
            started = time.monotonic()
            stream = await client("completion_stream", **CHAT)
            items, error = await client.drain(stream)
            elapsed = time.monotonic() - started
            assert error is None and len(items) == 1
            assert elapsed < 1.0, elapsed
            assert stream.response.is_closed
            # The connection was closed (its body unfinished), so the next call opens another one.
            stream = await client("completion_stream", **CHAT)
            items, error = await client.drain(stream)
    assert error is None and server.connections == 2


def test_ctrl_c_reaches_a_sync_read_that_began_after_it() -> None:
    # The race behind a flaky `otari chat` Ctrl-C test: the signal lands just before a blocking socket wait
    # begins, so the wait is not interrupted and Python only sees the signal when the wait ends. Delivering
    # it to another thread reproduces that exactly: the main thread's wait is never interrupted.
    import signal
    import threading
    import time

    if not hasattr(signal, "pthread_kill"):
        pytest.skip("needs signal.pthread_kill")

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
        event = b"data: " + _json(TOOL_DELTA) + b"\n\n"
        conn.send(b"%x\r\n%s\r\n" % (len(event), event))
        time.sleep(10.0)  # a stalled stream

    def interrupt_from_another_thread() -> None:
        time.sleep(0.3)  # the main thread is waiting on the socket by then
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)

    with serving(each_request(answer)) as server:
        client = otari.Otari(base_url=server.url, otari_key="gw-x", timeout=60.0)
        stream = client.completion_stream(**CHAT)
        assert next(stream) is not None
        started = time.monotonic()
        threading.Thread(target=interrupt_from_another_thread).start()
        with pytest.raises(KeyboardInterrupt):
            next(stream)
        elapsed = time.monotonic() - started
        client.close()
    assert elapsed < 2.0, elapsed  # not when the server resumed, 10 s later


# --- 12. bounded memory ------------------------------------------------------------------------------------


def small_limits(**changes: int) -> Any:
    from otari import ResponseLimits

    return ResponseLimits(**changes)


@pytest.mark.parametrize("kind", KINDS)
async def test_an_sse_line_that_never_ends_hits_the_event_limit(kind: str) -> None:
    sent = []

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
        piece = b"data: " + b"x" * 65_536
        for _ in range(2_000):  # 128 MB, never a newline
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
            sent.append(len(piece))

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url, response_limits=small_limits(max_event_bytes=1024 * 1024)) as client:
            items, error = await client.drain(await client("completion_stream", **CHAT))
    assert items == []
    assert isinstance(error, otari.ResponseValidationError) and "larger than 1 MiB" in str(error)
    assert "max_event_bytes" in str(error)
    assert sum(sent) < 64 * 1024 * 1024  # the client stopped reading long before the end


@pytest.mark.parametrize("kind", KINDS)
async def test_a_whole_event_over_the_limit_fails_after_the_chunks_before_it(kind: str) -> None:
    # The oversized event arrives complete, in the same network read as two good chunks, and the server then
    # holds the connection open: the error comes after those chunks, without waiting on the server.
    import time

    small = b"data: " + _json(TOOL_DELTA) + b"\n\n"
    big = b"data: " + json.dumps({"padding": "x" * 4096}).encode() + b"\n\n"

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
        body = small * 2 + big + small
        conn.send(b"%x\r\n%s\r\n" % (len(body), body))
        time.sleep(5.0)
        conn.send(b"0\r\n\r\n")

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url, response_limits=small_limits(max_event_bytes=1024), timeout=30) as client:
            started = time.monotonic()
            items, error = await client.drain(await client("completion_stream", **CHAT))
            elapsed = time.monotonic() - started
    assert len(items) == 2
    assert isinstance(error, otari.ResponseValidationError) and "max_event_bytes" in str(error)
    assert elapsed < 2.0, elapsed


def gzip_bomb(size: int) -> bytes:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(size // len(block))) + packer.flush()


@pytest.mark.parametrize("kind", KINDS)
async def test_a_gzip_bomb_hits_the_body_limit(kind: str, sleeps: list[float]) -> None:
    bomb = gzip_bomb(256 * 1024 * 1024)  # ~256 KB on the wire, 256 MiB decoded

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(http_response("200 OK", bomb, {"content-encoding": "gzip"}))

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url, response_limits=small_limits(max_body_bytes=8 * 1024 * 1024)) as client:
            with pytest.raises(otari.ResponseValidationError, match="larger than 8 MiB") as info:
                await client("completion", **CHAT)
    assert "max_body_bytes" in str(info.value) and len(server.requests) == 1 and sleeps == []


@pytest.mark.parametrize("kind", KINDS)
async def test_a_huge_success_body_is_refused_without_reading_it_all(kind: str) -> None:
    sent = []

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500000000\r\n\r\n")
        piece = b" " * 65_536
        for _ in range(500_000_000 // 65_536):
            conn.send(piece)
            sent.append(len(piece))

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url, response_limits=small_limits(max_body_bytes=4 * 1024 * 1024)) as client:
            with pytest.raises(otari.ResponseValidationError, match="larger than 4 MiB"):
                await client("completion", **CHAT)
    assert sum(sent) < 100 * 1024 * 1024


@pytest.mark.parametrize("kind", KINDS)
async def test_a_huge_error_body_is_cut_to_what_is_kept(kind: str, sleeps: list[float]) -> None:
    sent = []

    def answer(conn: Conn, request: bytes) -> None:
        conn.send(
            b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\ncontent-length: 500000000\r\n\r\n"
        )
        piece = b"e" * 65_536
        for _ in range(500_000_000 // 65_536):
            conn.send(piece)
            sent.append(len(piece))

    with serving(each_request(answer)) as server:
        async with driven(kind, server.url, max_retries=1) as client:
            with pytest.raises(otari.UpstreamProviderError) as info:
                await client("completion", **CHAT)
    body = info.value.body
    assert isinstance(body, str) and len(body) == 64 * 1024  # the default max_error_body_bytes
    assert len(server.requests) == 2 and len(sleeps) == 1  # retried, each time reading only the start
    assert sum(sent) < 100 * 1024 * 1024


def test_response_limits_are_validated_and_kept_by_copies() -> None:
    from otari import Otari, ResponseLimits

    with pytest.raises(TypeError, match="max_event_bytes"):
        ResponseLimits(max_event_bytes=0)
    with pytest.raises(TypeError, match="response_limits"):
        Otari(base_url="http://x", otari_key="k", response_limits={"max_body_bytes": 1})  # type: ignore[arg-type]
    limits = ResponseLimits(max_body_bytes=1024)
    client = Otari(base_url="http://x", otari_key="k", response_limits=limits)
    assert client.with_options(timeout=3.0)._limits is limits
    other = ResponseLimits(max_error_body_bytes=10)
    assert client.with_options(response_limits=other)._limits is other


# --- 15. one outcome for odd answers, on every backend ---------------------------------------------------

_BODY = _json(CHAT_COMPLETION)
ODD_ANSWERS = {
    "204-with-a-body": b"HTTP/1.1 204 No Content\r\ncontent-length: %d\r\n\r\n%s" % (len(_BODY), _BODY),
    "304-with-a-body": b"HTTP/1.1 304 Not Modified\r\ncontent-length: %d\r\n\r\n%s" % (len(_BODY), _BODY),
    "status-000": b"HTTP/1.1 000 Zero\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
    % (len(_BODY), _BODY),
    "status-099": b"HTTP/1.1 099 Low\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
    % (len(_BODY), _BODY),
    "te-and-cl": b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n"
    b"content-length: 7\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(_BODY), _BODY),
}


@pytest.mark.parametrize("answer", list(ODD_ANSWERS), ids=list(ODD_ANSWERS))
@pytest.mark.parametrize("kind", KINDS)
async def test_odd_answers_have_one_outcome_on_every_backend(kind: str, answer: str, sleeps: list[float]) -> None:
    raw = ODD_ANSWERS[answer]
    first = [True]

    def reply(conn: Conn, request: bytes) -> None:
        if first[0]:
            first[0] = False
            conn.send(raw)
        else:
            conn.send(http_response("200 OK", _BODY))

    with serving(each_request(reply)) as server:
        async with driven(kind, server.url, max_retries=0) as client:
            with pytest.raises(otari.APIConnectionError) as info:
                await client("completion", **CHAT)
            # The connection that carried it is not reused: the next call gets a clean answer.
            assert (await client("completion", **CHAT)).choices[0].message.content == "hi"
    assert type(info.value) is otari.APIConnectionError and "malformed" in str(info.value)
    assert len(server.requests) == 2 and sleeps == []
