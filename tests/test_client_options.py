"""Client-level knobs: timeouts, ``with_options`` copies, ``with_raw_response``, and ``OTARI_LOG``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import otari
from otari import Otari
from otari._base_client import RawResponse, to_timeout
from otari._logging import logger as otari_logger
from otari._logging import setup_from_env
from otari.testing import MockGateway
from tests.drivers import CHAT, KINDS, driven, record_sleeps, served, share_tls_context

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fast_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    share_tls_context(monkeypatch)


# --- timeouts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (30, httpx.Timeout(30.0, connect=5.0)),
        (2.5, httpx.Timeout(2.5)),  # a short overall timeout also bounds connecting
        (None, httpx.Timeout(None)),
        (httpx.Timeout(9.0, read=1.0), httpx.Timeout(9.0, read=1.0)),
    ],
)
def test_timeout_values(value: Any, expected: httpx.Timeout) -> None:
    assert to_timeout(value) == expected
    assert Otari(base_url="http://x", otari_key="k", timeout=value).timeout == expected


@pytest.mark.parametrize("bad", [0, -1, True, "10", [1]])
def test_invalid_timeouts_are_refused(bad: Any) -> None:
    with pytest.raises(TypeError, match="timeout"):
        Otari(base_url="http://x", otari_key="k", timeout=bad)
    client = Otari(base_url="http://x", otari_key="k")
    with pytest.raises(TypeError, match="timeout"):
        client.completion(**CHAT, timeout=bad)


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_invalid_max_retries_are_refused(bad: Any) -> None:
    with pytest.raises(TypeError, match="max_retries"):
        Otari(base_url="http://x", otari_key="k", max_retries=bad)
    with pytest.raises(TypeError, match="max_retries"):
        Otari(base_url="http://x", otari_key="k").completion(**CHAT, max_retries=bad)


def _seen_timeouts(client_timeout: Any, call_timeout: Any) -> dict[str, float | None]:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(500, json={"detail": "stop here"})

    options: dict[str, Any] = {} if client_timeout is otari.NOT_GIVEN else {"timeout": client_timeout}
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Otari(base_url="http://gateway.test", otari_key="k", max_retries=0, http_client=http, **options)
    call: dict[str, Any] = {} if call_timeout is otari.NOT_GIVEN else {"timeout": call_timeout}
    with pytest.raises(otari.UpstreamProviderError):
        client.completion(**CHAT, **call)
    return seen[0]


def test_each_request_carries_the_timeout_that_applies() -> None:
    not_given = otari.NOT_GIVEN
    assert _seen_timeouts(not_given, not_given) == {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0}
    assert _seen_timeouts(20, not_given) == {"connect": 5.0, "read": 20.0, "write": 20.0, "pool": 20.0}
    assert _seen_timeouts(20, 1.5) == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert _seen_timeouts(20, None) == {"connect": None, "read": None, "write": None, "pool": None}
    custom = httpx.Timeout(60.0, connect=2.0, read=300.0)
    assert _seen_timeouts(not_given, custom) == {"connect": 2.0, "read": 300.0, "write": 60.0, "pool": 60.0}


# --- with_options -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_with_options_is_a_light_copy_sharing_the_pool(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url, default_headers={"X-App": "a", "X-Keep": "k"}) as client:
        original = client.client
        copy = original.with_options(timeout=12.0, max_retries=0, default_headers={"X-App": "b", "X-New": "n"})
        assert type(copy) is type(original)
        assert copy._http is original._http
        assert copy.timeout == httpx.Timeout(12.0, connect=5.0) and copy.max_retries == 0
        assert original.timeout == httpx.Timeout(600.0, connect=5.0) and original.max_retries == 2
        assert copy.base_url == original.base_url and copy.platform_mode == original.platform_mode

        await client.call_on(copy, "completion", **CHAT)
        sent = gw.last_request.headers
        assert (sent["x-app"], sent["x-keep"], sent["x-new"]) == ("b", "k", "n")
        assert sent["otari-key"] == "Bearer gw-test"
        await client("completion", **CHAT)
        sent = gw.last_request.headers
        assert sent["x-app"] == "a" and "x-new" not in sent

        # Copies of copies keep what was set before.
        again = copy.with_options(default_headers={"X-Third": "3"})
        assert again._http is original._http and again.max_retries == 0
        await client.call_on(again, "completion", **CHAT)
        assert {k: gw.last_request.headers[k] for k in ("x-app", "x-new", "x-third")} == {
            "x-app": "b",
            "x-new": "n",
            "x-third": "3",
        }
        assert gw.connections_opened == 1  # one pool, one keep-alive connection


@pytest.mark.parametrize("kind", KINDS)
async def test_closing_a_copy_leaves_the_shared_pool_open(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        original = client.client
        copy = original.with_options(max_retries=0)
        raw = original.with_raw_response._client  # the raw view's copy of the client
        if kind == "sync":
            with copy:
                copy.completion(**CHAT)
            raw.close()
        else:
            async with copy:
                await copy.completion(**CHAT)
            await raw.aclose()
        assert not original._http.is_closed
        await client("completion", **CHAT)  # the original still works on the same pool
    assert original._http.is_closed  # closing the original releases it


@pytest.mark.parametrize("kind", KINDS)
async def test_with_options_changes_retries_and_timeout_of_the_copy_only(
    kind: str, gw: MockGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch)
    async with driven(kind, gw.url, max_retries=1) as client:
        gw.queue_error(503, "busy")
        with pytest.raises(otari.UpstreamProviderError):
            await client.call_on(client.client.with_options(max_retries=0), "completion", **CHAT)
        gw.queue_error(503, "busy")
        await client("completion", **CHAT)  # the original still retries
        assert len(served(gw)) == 3 and len(sleeps) == 1

        gw.queue_delay(30.0)
        with pytest.raises(otari.APITimeoutError):
            await client.call_on(client.client.with_options(timeout=0.25), "completion", **CHAT)


def test_with_options_validates_like_the_constructor() -> None:
    client = Otari(base_url="http://x", otari_key="k")
    with pytest.raises(TypeError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(TypeError, match="timeout"):
        client.with_options(timeout="slow")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="default_headers"):
        client.with_options(default_headers=[("a", "b")])  # type: ignore[arg-type]
    assert client.with_options(timeout=None).timeout == httpx.Timeout(None)


# --- with_raw_response --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
async def test_with_raw_response_gives_status_headers_and_the_parsed_result(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        raw_client = client.client.with_raw_response
        assert raw_client._client._http is client.client._http  # a view over a copy sharing the pool
        raw = await client.call_on(raw_client, "completion", **CHAT)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"] == "application/json"
        assert raw.content.startswith(b"{")
        completion = raw.parse()
        assert isinstance(completion, otari.ChatCompletion)
        assert completion.choices[0].message.content == "Echo: hi"
        assert repr(raw) == f"<RawResponse [200] POST {gw.api_root}/chat/completions>"
        assert client.client.api_root == gw.api_root  # what the raw view's call learnt is the client's too

        # The plain client is unchanged.
        assert isinstance(await client("completion", **CHAT), otari.ChatCompletion)

        # Resources go through the same switch.
        keys = raw_client.keys.list()
        listed = await keys if kind != "sync" else keys
        assert isinstance(listed, RawResponse) and listed.status_code == 200 and isinstance(listed.parse(), list)

        # Errors are raised as usual, not wrapped.
        gw.queue_error(404, "Model not found")
        with pytest.raises(otari.ModelNotFoundError):
            await client.call_on(raw_client.with_options(max_retries=0), "completion", **CHAT)


@pytest.mark.parametrize("kind", KINDS)
async def test_with_raw_response_for_a_stream(kind: str, gw: MockGateway) -> None:
    async with driven(kind, gw.url) as client:
        raw = await client.call_on(client.client.with_raw_response, "completion_stream", **CHAT)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("text/event-stream")
        chunks, error = await client.drain(raw.parse())
        assert error is None
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Echo: hi"
        assert raw.http_response.is_closed


# --- logging ------------------------------------------------------------------------------------------


@pytest.fixture
def otari_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Set OTARI_LOG for the next client construction; undo whatever it set up afterwards."""
    level = otari_logger.level
    yield lambda value: monkeypatch.setenv("OTARI_LOG", value)
    monkeypatch.delenv("OTARI_LOG", raising=False)
    setup_from_env()
    assert otari_logger.level == level
    assert not [h for h in otari_logger.handlers if type(h) is logging.StreamHandler]


def test_otari_log_debug_logs_each_call(otari_log: Any, gw: MockGateway, capsys: pytest.CaptureFixture[str]) -> None:
    otari_log("debug")
    with Otari(base_url=gw.url, otari_key="gw-test") as client:
        client.completion(**CHAT)
    err = capsys.readouterr().err
    assert f"otari DEBUG] POST {gw.api_root}/chat/completions -> 200" in err
    assert otari_logger.level == logging.DEBUG


def test_otari_log_info_logs_retries_only(
    otari_log: Any, gw: MockGateway, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record_sleeps(monkeypatch)
    otari_log(" INFO ")
    gw.queue_error(503, "busy")
    with Otari(base_url=gw.url, otari_key="gw-test") as client:
        client.completion(**CHAT)
    lines = [line for line in capsys.readouterr().err.splitlines() if " otari " in line]
    assert len(lines) == 1
    assert f"otari INFO] Retrying POST {gw.api_root}/chat/completions in " in lines[0] and lines[0].endswith(
        "after HTTP 503"
    )


def test_otari_log_is_followed_when_it_changes_and_keeps_the_apps_level(otari_log: Any) -> None:
    otari_logger.setLevel(logging.WARNING)
    try:
        otari_log("debug")
        Otari(base_url="http://x", otari_key="k")
        ours = [h for h in otari_logger.handlers if type(h) is logging.StreamHandler]
        assert len(ours) == 1 and otari_logger.level == logging.DEBUG
        Otari(base_url="http://x", otari_key="k")  # same value: nothing is added twice
        assert [h for h in otari_logger.handlers if type(h) is logging.StreamHandler] == ours
        otari_log("verbose")  # not a level we know: logging is left to the application
        Otari(base_url="http://x", otari_key="k")
        assert not [h for h in otari_logger.handlers if type(h) is logging.StreamHandler]
        assert otari_logger.level == logging.WARNING
    finally:
        otari_logger.setLevel(logging.NOTSET)


def test_without_otari_log_nothing_is_configured(gw: MockGateway, capsys: pytest.CaptureFixture[str]) -> None:
    assert "OTARI_LOG" not in os.environ
    with Otari(base_url=gw.url, otari_key="gw-test") as client:
        client.completion(**CHAT)
    assert not otari_logger.handlers
    assert "otari" not in capsys.readouterr().err


def test_otari_log_in_a_fresh_process() -> None:
    # What a user gets: the variable set before the process starts, read on the first client.
    script = textwrap.dedent(
        """
        from otari import Otari
        from otari.testing import MockGateway

        with MockGateway() as gw:
            gw.queue_error(429, "slow down", headers={"retry-after-ms": "1"})
            with Otari(base_url=gw.url, otari_key="gw-CANARY-0123456789") as client:
                client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}])
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTARI_", "GATEWAY_"))}
    env["OTARI_LOG"] = "debug"
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    lines = done.stderr.splitlines()
    assert any(
        "otari INFO] Retrying POST /api/v1/chat/completions in 0.00s (retry 1 of 2) after HTTP 429" in x for x in lines
    )
    assert any("otari DEBUG] POST /api/v1/chat/completions -> 200" in x for x in lines)
    assert "CANARY" not in done.stderr and "CANARY" not in done.stdout


@pytest.mark.parametrize("kind", KINDS)
async def test_each_retry_is_one_info_line(
    kind: str, gw: MockGateway, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_sleeps(monkeypatch)
    caplog.set_level(logging.DEBUG, logger="otari")
    gw.queue_error(502, "down", times=2)
    async with driven(kind, gw.url) as client:
        await client("completion", **CHAT)
    records = [r for r in caplog.records if r.name == "otari"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO, logging.DEBUG]
    assert "(retry 1 of 2) after HTTP 502" in records[0].getMessage()
    assert "(retry 2 of 2) after HTTP 502" in records[1].getMessage()
