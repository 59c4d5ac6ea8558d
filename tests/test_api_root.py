"""Both gateway generations (api.md §1 rule 4): the API under ``/api/v1`` or ``/v1``, pinned or discovered.

Discovery is measured on the wire: how many requests each gateway generation received, and where.
"""

from __future__ import annotations

import asyncio
import io
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import otari
from otari import AsyncOtari, Otari
from otari._api_root import ApiRoot, AwaitDiscovery, is_route_miss, rooted, split_root
from otari.testing import MockGateway, RecordedRequest
from tests.drivers import CHAT, KINDS, driven, make_client, served, share_tls_context

CHAT_PATH = "/chat/completions"


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


def misses(gw: MockGateway) -> list[RecordedRequest]:
    """Requests that went to the root ``gw`` does not serve: what discovery cost."""
    return [r for r in gw.requests if not r.path.startswith(gw.api_root + "/")]


def other_root(root: str) -> str:
    return "/v1" if root == "/api/v1" else "/api/v1"


# --- the pieces, without I/O ------------------------------------------------------------------------------


def test_paths_and_base_urls_split_on_whole_segments() -> None:
    assert split_root("/gateway/api/v1") == ("/gateway", "/api/v1")
    assert split_root("/v1") == ("", "/v1")
    assert split_root("/myapi/v1") == ("/myapi", "/v1")
    assert split_root("/gateway") == ("/gateway", None)
    assert rooted("/v1/chat/completions", "/api/v1") == "/api/v1/chat/completions"
    assert rooted("/v1/users/team%2Fa", "/v1") == "/v1/users/team%2Fa"
    assert rooted("/api/v1/files", "/v1") == "/v1/files"


@pytest.mark.parametrize(
    ("status", "body", "miss"),
    [
        (404, b'{"detail":"Not Found"}', True),
        (404, b'{"detail": "Not Found"}\n', True),
        (404, b'{"detail":"Model \'openai:x\' not found"}', False),
        (404, b'{"detail":"User \'alice\' not found"}', False),
        (404, b'{"detail":"Not Found","hint":"x"}', False),
        (404, b'{"detail":"not found"}', False),
        (404, b"<html>Not Found</html>", False),
        (404, b"", False),
        (405, b'{"detail":"Not Found"}', False),
        (200, b'{"detail":"Not Found"}', False),
    ],
)
def test_only_fastapis_exact_route_miss_counts(status: int, body: bytes, miss: bool) -> None:
    assert is_route_miss(httpx.Response(status, content=body)) is miss


def _lease(root: ApiRoot) -> Any:
    """Drive ``root.lease()``: the lease, or the AwaitDiscovery order it is blocked on (and the generator)."""
    steps = root.lease()
    try:
        return steps.send(None), steps
    except StopIteration as done:
        return done.value, None


def test_one_call_probes_the_others_wait_and_resume_with_the_root() -> None:
    root = ApiRoot(None)
    prober, _ = _lease(root)
    assert (prober.root, prober.probing) == ("/api/v1", True)
    order, waiting = _lease(root)
    assert isinstance(order, AwaitDiscovery) and waiting is not None
    woken: list[str] = []
    order.settled.subscribe(lambda: woken.append("woken"))
    for status in (503, 429, 408, 307):  # could be a proxy's: proves nothing, the discovery goes on
        prober.answered(status)
    assert woken == [] and root.known is None
    assert prober.next_root() and prober.root == "/v1"  # after a route miss under /api/v1
    prober.answered(401)  # a handler's refusal: the route exists
    assert woken == ["woken"] and root.known == "/v1"
    with pytest.raises(StopIteration) as resumed:
        waiting.send(None)
    assert (resumed.value.value.root, resumed.value.value.probing) == ("/v1", False)
    prober.release()  # a settled lease releases nothing
    assert root.known == "/v1"
    assert not prober.next_root()  # /v1 was the last root to try


def test_a_probe_that_gives_up_hands_discovery_to_a_waiting_call() -> None:
    root = ApiRoot(None)
    prober, _ = _lease(root)
    order, waiting = _lease(root)
    prober.release()  # a connection error, a 5xx after retries, a cancelled task
    assert root.known is None
    fired: list[bool] = []
    order.settled.subscribe(lambda: fired.append(True))  # subscribing late still wakes at once
    assert fired == [True]
    with pytest.raises(StopIteration) as resumed:
        waiting.send(None)
    assert (resumed.value.value.root, resumed.value.value.probing) == ("/api/v1", True)


def test_a_pinned_root_never_probes() -> None:
    lease, steps = _lease(ApiRoot("/v1"))
    assert steps is None and (lease.root, lease.probing) == ("/v1", False)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_discovery_in_progress_does_not_survive_a_fork() -> None:
    root = ApiRoot(None)
    _lease(root)  # this process's probe, in progress
    pid = os.fork()
    if pid == 0:  # the child: the probing thread was left behind, so a new call probes instead of waiting
        lease, steps = _lease(root)
        os._exit(0 if steps is None and lease.probing else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    order, _ = _lease(root)
    assert isinstance(order, AwaitDiscovery)  # the parent's own probe is still in progress


# --- configuration ------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Otari, AsyncOtari])
def test_clients_expose_base_url_without_the_root_and_api_root(cls: type) -> None:
    pinned = cls(base_url="http://gw:8000/gateway/api/v1/", otari_key="gw-k")
    assert (pinned.base_url, pinned.api_root) == ("http://gw:8000/gateway", "/api/v1")
    legacy = cls(base_url="http://gw:8000/v1", otari_key="gw-k")
    assert (legacy.base_url, legacy.api_root) == ("http://gw:8000", "/v1")
    bare = cls(base_url="http://gw:8000", otari_key="gw-k")
    assert (bare.base_url, bare.api_root) == ("http://gw:8000", None)
    hosted = cls(api_key="tk")
    assert (hosted.base_url, hosted.api_root) == ("https://api.otari.ai", "/api/v1")
    with pytest.raises(AttributeError):
        bare.api_root = "/v1"  # read-only


# --- discovery on the wire ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_discovery_costs_one_request_on_the_first_call_and_none_after(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url, max_retries=0) as client:
        copy = client.client.with_options(timeout=30)  # made before discovery: it learns the root too
        raw = client.client.with_raw_response
        assert client.client.api_root is None
        assert (await client("completion", **CHAT)).choices[0].message.content == "Echo: hi"
        assert client.client.api_root == copy.api_root == gw.api_root
        first = gw.requests
        expected_probe = 1 if gw.api_root == "/v1" else 0
        assert len(first) == 1 + expected_probe and len(misses(gw)) == expected_probe
        if expected_probe:
            assert first[0].path == "/api/v1" + CHAT_PATH and first[1].path == "/v1" + CHAT_PATH
        await client("list_models")
        await client.call_on(copy, "completion", **CHAT)
        assert (await client.call_on(raw, "completion", **CHAT)).status_code == 200
        await client.call_on(
            client.client.with_options(max_retries=1), "embedding", model="openai:fake-embed", input="x"
        )
        assert len(misses(gw)) == expected_probe and len(served(gw)) == 5


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("trailing", ["", "/"])
async def test_pinned_clients_never_probe(kind: str, trailing: str, gw: MockGateway) -> None:
    async with driven(kind, gw.api_url + trailing, max_retries=0) as client:
        assert client.client.api_root == gw.api_root
        await client("completion", **CHAT)
        await client("list_models")
    assert misses(gw) == [] and len(gw.requests) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_a_client_pinned_to_the_root_the_gateway_lacks_gets_the_route_hint(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url + other_root(gw.api_root), max_retries=0) as client:
        with pytest.raises(otari.NotFoundError) as info:
            await client("completion", **CHAT)
    assert len(gw.requests) == 1  # never resent: the root was pinned
    text = str(info.value)
    assert text.startswith("Error code: 404 - Not Found (the gateway has no such route: check base_url.")
    assert "/api/v1 (gateways from September 2026, the hosted platform) or /v1 (earlier gateways)" in text


@pytest.mark.parametrize("kind", KINDS)
async def test_a_model_not_found_under_api_v1_is_raised_not_resent(kind: str) -> None:
    with MockGateway(api_root="/api/v1") as gw:
        async with driven(kind, gw.url, max_retries=0) as client:
            with pytest.raises(otari.ModelNotFoundError, match="Model 'openai:nope' not found"):
                await client("retrieve_model", "openai:nope")
            assert [r.decoded_path for r in gw.requests] == ["/api/v1/models/openai:nope"]
            assert client.client.api_root == "/api/v1"  # a handler answered: the root exists


@pytest.mark.parametrize("kind", KINDS)
async def test_a_user_not_found_is_raised_not_resent(kind: str) -> None:
    with MockGateway(api_root="/api/v1", master_key="master") as gw:
        async with driven(kind, gw.url, otari_key="master", max_retries=0) as client:
            with pytest.raises(otari.NotFoundError, match="User 'ghost' not found"):
                await client("completion", **CHAT, user="ghost")
    assert [r.path for r in gw.requests] == ["/api/v1" + CHAT_PATH]


@pytest.mark.parametrize("kind", KINDS)
async def test_when_neither_root_exists_the_error_says_so_and_how_to_pin(kind: str) -> None:
    with MockGateway(api_root="/v1") as gw:
        gw.queue_response({"detail": "Not Found"}, status=404)  # /v1 misses too: not an otari gateway
        async with driven(kind, gw.url, max_retries=3) as client:
            with pytest.raises(otari.NotFoundError) as info:
                await client("completion", **CHAT)
            assert client.client.api_root is None  # nothing learnt: the next call tries again
            await client("completion", **CHAT)
            assert client.client.api_root == "/v1"
        assert [r.path for r in gw.requests] == ["/api/v1" + CHAT_PATH, "/v1" + CHAT_PATH] * 2
        error = info.value
        assert error.message == f"Not Found: neither /api/v1 nor /v1 exists at {gw.url}"
    assert error.status_code == 404 and error.body == {"detail": "Not Found"}
    assert "end base_url with /api/v1" in str(error) and "or /v1 (earlier gateways)" in str(error)


@pytest.mark.parametrize("kind", KINDS)
async def test_a_probe_that_fails_leaves_the_root_to_the_next_call(kind: str, gw: MockGateway) -> None:
    gw.queue_error(503, "LLM provider error")
    async with driven(kind, gw.url, max_retries=0) as client:
        with pytest.raises(otari.UpstreamProviderError):
            await client("completion", **CHAT)
        assert client.client.api_root is None  # a 5xx could come from anything in front of the gateway
        await client("completion", **CHAT)
        assert client.client.api_root == gw.api_root


async def test_a_near_miss_body_is_a_real_404_and_is_raised(gw: MockGateway) -> None:
    gw.queue_response({"detail": "Not Found", "why": "no such thing"}, status=404)
    async with driven("async", gw.url, max_retries=0) as client:
        with pytest.raises(otari.NotFoundError):
            await client("completion", **CHAT)
    assert len(served(gw)) == 1


# --- the resend carries the same request ------------------------------------------------------------------


def _pair(gw: MockGateway) -> tuple[RecordedRequest, RecordedRequest]:
    """The probe under /api/v1 and its resend under /v1, checked to be the same endpoint."""
    probe, resent = gw.requests
    assert probe.path.startswith("/api/v1/") and resent.path == probe.path.removeprefix("/api")
    return probe, resent


@pytest.mark.parametrize("kind", KINDS)
async def test_the_resent_post_is_byte_identical(kind: str) -> None:
    with MockGateway(api_root="/v1") as gw:
        async with driven(kind, gw.url, max_retries=0) as client:
            await client(
                "completion",
                **CHAT,
                temperature=0.25,
                extra_body={"metadata": {"é": "ü"}},
                extra_headers={"X-Trace": "t1"},
                extra_query={"debug": "1"},
            )
        probe, resent = _pair(gw)
    assert probe.path == "/api/v1" + CHAT_PATH
    assert resent.body == probe.body and b'"temperature":0.25' in resent.body.replace(b" ", b"")
    assert dict(resent.headers.items()) == dict(probe.headers.items())
    assert resent.query == probe.query == {"debug": "1"}


class _OneShotReader:
    """A file that can be read once and not rewound (a pipe, a socket, a generator-backed stream)."""

    name = "clip.wav"

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("source", ["open file", "one-shot reader"])
async def test_a_transcription_upload_survives_the_resend(kind: str, source: str, tmp_path: Any) -> None:
    audio = b"RIFF" + bytes(range(256)) * 300  # larger than httpx's 64 KiB multipart read chunk
    path = tmp_path / "clip.wav"
    path.write_bytes(audio)
    with MockGateway(api_root="/v1") as gw:
        async with driven(kind, gw.url, max_retries=0) as client:
            if source == "open file":
                with open(path, "rb") as handle:
                    result = await client("transcription", model="openai:whisper-1", file=handle)
            else:
                result = await client("transcription", model="openai:whisper-1", file=_OneShotReader(audio))
        probe, resent = _pair(gw)
    assert isinstance(result, otari.Transcription) and result.text
    assert resent.body == probe.body and audio in resent.body  # same bytes, same multipart boundary
    assert resent.headers["content-type"] == probe.headers["content-type"]


@pytest.mark.parametrize("kind", KINDS)
async def test_all_three_stream_kinds_survive_the_resend(kind: str) -> None:
    with MockGateway(api_root="/v1") as gw:
        async with driven(kind, gw.url, max_retries=0) as client:
            for method, kwargs in (
                ("completion_stream", CHAT),
                ("response_stream", {"model": "openai:fake-model", "input": "hi"}),
                ("message_stream", {**CHAT, "max_tokens": 16}),
            ):
                fresh = client.client.with_options()  # shares what the first stream learnt
                items, error = await client.drain(await client.call_on(fresh, method, **kwargs))
                assert error is None and len(items) > 1, method
        assert len(misses(gw)) == 1 and len(served(gw)) == 3
        assert gw.requests[0].json()["stream"] is True and gw.requests[0].body == gw.requests[1].body


# --- concurrent first calls wait for the one discovery in progress -----------------------------------------


def test_50_concurrent_first_calls_from_threads_probe_once(gw: MockGateway) -> None:
    # The probing call is held for a while so that the 49 others arrive while it is in progress.
    gw.queue_delay(0.3, path="/v1" + CHAT_PATH)
    start = threading.Barrier(50)
    with Otari(base_url=gw.url, otari_key="gw-test", max_retries=0) as client:
        copies = [client, client.with_options(timeout=60), client.with_raw_response]

        def call(index: int) -> str:
            start.wait()
            result = copies[index % 3].completion(**CHAT)
            message = result.parse() if index % 3 == 2 else result
            return str(message.choices[0].message.content)

        with ThreadPoolExecutor(50) as pool:
            texts = list(pool.map(call, range(50)))
    assert texts == ["Echo: hi"] * 50
    assert len(misses(gw)) == (1 if gw.api_root == "/v1" else 0)
    assert len(served(gw)) == 50


@pytest.mark.parametrize("kind", ["async", "async-aiohttp"])
async def test_50_concurrent_first_calls_from_tasks_probe_once(kind: str, gw: MockGateway) -> None:
    gw.queue_delay(0.3, path="/v1" + CHAT_PATH)
    client = make_client(kind, gw.url, max_retries=0)
    async with client:
        copies = [client, client.with_options(timeout=60)]
        replies = await asyncio.gather(*(copies[i % 2].completion(**CHAT) for i in range(50)))
    assert [r.choices[0].message.content for r in replies] == ["Echo: hi"] * 50
    assert len(misses(gw)) == (1 if gw.api_root == "/v1" else 0)
    assert len(served(gw)) == 50


@pytest.mark.parametrize("kind", ["async", "async-aiohttp"])
async def test_a_cancelled_probe_hands_discovery_to_a_waiting_task(kind: str) -> None:
    with MockGateway(api_root="/v1") as gw:
        gw.queue_delay(30.0, path="/v1" + CHAT_PATH)  # the first probe hangs
        async with make_client(kind, gw.url, max_retries=0) as client:
            probing = asyncio.create_task(client.completion(**CHAT))
            while len(gw.requests) < 2:  # the route miss, then the held /v1 request
                await asyncio.sleep(0.01)
            waiting = asyncio.create_task(client.completion(**CHAT))
            await asyncio.sleep(0.05)
            assert not waiting.done() and len(gw.requests) == 2  # it waits instead of probing
            probing.cancel()
            began = time.monotonic()
            reply = await asyncio.wait_for(waiting, 10)
            assert time.monotonic() - began < 5
            assert reply.choices[0].message.content == "Echo: hi" and client.api_root == "/v1"
        with pytest.raises(asyncio.CancelledError):
            await probing
