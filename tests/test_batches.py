"""api.md §4: batches on both clients, against recorded gateway exchanges, and the ``wait_for_batch`` helper."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from collections.abc import Callable
from typing import Any

import pytest

import otari
from otari import _batches
from otari._batches import BatchWaitTimeoutError
from tests import wire
from tests.harness import CLIENT_KINDS, run, with_client
from tests.replay import ReplayServer

PROVIDER = "openai"
COMPLETED_ID = "batch_fakef3713f1eb709ee01ebbf6120"
CANCELLED_ID = "batch_fakeb2d073ef9f813cfffa101176"


def _recorded(name: str) -> wire.Exchange:
    return wire.load(name)


def _assert_sent_as_recorded(replay: ReplayServer, name: str) -> None:
    recorded = _recorded(name)
    sent = replay.last
    assert (sent.method, sent.path, sent.query) == (recorded.method, replay.served(recorded.path), recorded.query)
    if recorded.request_body is None:
        assert sent.body == b""
    else:
        assert sent.json() == recorded.request_json()


# --- the five calls --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_create_batch_sends_recorded_body_and_reads_provider(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-create"))
    body = _recorded("batches-create").request_json()
    batch = run(kind, replay.url, "create_batch", **body)
    _assert_sent_as_recorded(replay, "batches-create")
    assert isinstance(batch, otari.Batch)
    assert batch.id == COMPLETED_ID and batch.status == "validating"
    assert batch.provider == "openai"
    assert batch.metadata.to_dict() == {"suite": "fixtures", "otari_user_id": "default"}
    assert batch.request_counts.total == 0


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_retrieve_batch(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-retrieve"))
    batch = run(kind, replay.url, "retrieve_batch", batch_id=COMPLETED_ID, provider=PROVIDER)
    _assert_sent_as_recorded(replay, "batches-retrieve")
    assert batch.status == "completed" and batch.provider == "openai"
    assert (batch.request_counts.completed, batch.request_counts.failed, batch.request_counts.total) == (1, 1, 2)
    assert batch.output_file_id == "file-fakeout07832d1c5a2b7fd4a97dba7b"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_cancel_batch(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-cancel"))
    batch = run(kind, replay.url, "cancel_batch", batch_id=CANCELLED_ID, provider=PROVIDER)
    _assert_sent_as_recorded(replay, "batches-cancel")
    assert batch.status == "cancelled" and batch.cancelled_at == 1735689630


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_batches_returns_the_list(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-list"))
    batches = run(kind, replay.url, "list_batches", provider=PROVIDER)
    _assert_sent_as_recorded(replay, "batches-list")
    assert isinstance(batches, list) and all(isinstance(b, otari.Batch) for b in batches)
    assert [b.status for b in batches] == ["cancelled", "in_progress", "completed"]
    assert {b.provider for b in batches} == {"openai"}


def test_list_batches_sends_after_and_limit_only_when_given(replay: ReplayServer) -> None:
    replay.add(_recorded("batches-list"), _recorded("batches-list"))
    run("sync", replay.url, "list_batches", provider=PROVIDER, after="batch_x", limit=2)
    assert replay.last.query == {"provider": "openai", "after": "batch_x", "limit": "2"}
    run("sync", replay.url, "list_batches", provider=PROVIDER, after=None, limit=None)
    assert replay.last.query == {"provider": "openai"}


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_retrieve_batch_results(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-results"))
    results = run(kind, replay.url, "retrieve_batch_results", batch_id=COMPLETED_ID, provider=PROVIDER)
    _assert_sent_as_recorded(replay, "batches-results")
    assert isinstance(results, otari.BatchResults)
    first, second = results.results
    assert first.custom_id == "r1" and first.error is None
    assert isinstance(first.result, otari.ChatCompletion)
    assert first.result.choices[0].message.content == "Echo: batch one"
    assert second.custom_id == "r2" and second.result is None
    assert (second.error.code, second.error.message) == ("unknown", "Unexpected response format")


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_results_of_running_batch_raise_batch_not_complete(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-results-not-complete-409"))
    with pytest.raises(otari.BatchNotCompleteError) as info:
        run(kind, replay.url, "retrieve_batch_results", batch_id=CANCELLED_ID, provider=PROVIDER)
    _assert_sent_as_recorded(replay, "batches-results-not-complete-409")
    exc = info.value
    assert isinstance(exc, otari.ConflictError) and exc.status_code == 409
    assert exc.batch_id == CANCELLED_ID and exc.status == "in_progress"


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_provider_without_batches_raises_unsupported_capability(kind: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-create-unsupported-provider-422"))
    body = _recorded("batches-create-unsupported-provider-422").request_json()
    with pytest.raises(otari.UnsupportedCapabilityError) as info:
        run(kind, replay.url, "create_batch", **body)
    _assert_sent_as_recorded(replay, "batches-create-unsupported-provider-422")
    assert info.value.provider == "llamafile" and info.value.status_code == 422
    assert "batch" in (info.value.capability or "")


@pytest.mark.parametrize("method", ["retrieve_batch", "cancel_batch", "retrieve_batch_results"])
def test_batch_id_with_a_slash_stays_one_path_segment(method: str, replay: ReplayServer) -> None:
    replay.add(_recorded("batches-results" if method.endswith("results") else "batches-retrieve"))
    run("sync", replay.url, method, batch_id="team/batch 1", provider=PROVIDER)
    segment = replay.last.path.removeprefix(replay.api_root).split("/")[2]
    assert segment == "team%2Fbatch%201"
    assert replay.last.query == {"provider": "openai"}


def test_non_default_completion_window_is_sent(replay: ReplayServer) -> None:
    replay.add(_recorded("batches-create"))
    requests = [{"custom_id": "a", "body": {"messages": [{"role": "user", "content": "x"}]}}]
    run("sync", replay.url, "create_batch", model="openai:m", requests=requests, completion_window="48h")
    assert replay.last.json() == {"model": "openai:m", "requests": requests, "completion_window": "48h"}


def test_create_batch_accepts_typed_request_items(replay: ReplayServer) -> None:
    from otari._generated.models.batch_request_item import BatchRequestItem

    item = BatchRequestItem.from_dict({"custom_id": "t1", "body": {"messages": [{"role": "user", "content": "x"}]}})
    replay.add(_recorded("batches-create"))
    run("sync", replay.url, "create_batch", model="openai:m", requests=[item])
    assert replay.last.json()["requests"] == [item.to_dict()]


GOOD = {"custom_id": "r1", "body": {"messages": []}}
BAD_CREATE: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"requests": []}, ValueError, "at least one"),
    ({"requests": "r1"}, TypeError, "list"),
    ({"requests": {"custom_id": "r1"}}, TypeError, "list"),
    ({"requests": [42]}, TypeError, "'requests'[0]"),
    ({"requests": [{"body": {}}]}, ValueError, "custom_id"),
    ({"requests": [{"custom_id": "", "body": {}}]}, ValueError, "custom_id"),
    ({"requests": [GOOD, {"custom_id": "r2", "body": "hi"}]}, TypeError, "'requests'[1]"),
    ({"requests": [GOOD, GOOD]}, ValueError, "used twice"),
    ({"requests": [GOOD], "metadata": ["x"]}, TypeError, "metadata"),
    ({"requests": [GOOD], "model": ""}, ValueError, "model"),
    ({"requests": [GOOD], "bogus": 1}, TypeError, "bogus"),
]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize(("kwargs", "error", "fragment"), BAD_CREATE)
def test_bad_create_arguments_fail_before_any_request(
    kind: str, kwargs: dict[str, Any], error: type[Exception], fragment: str, replay: ReplayServer
) -> None:
    arguments = {"model": "openai:fake-model", **kwargs}
    with pytest.raises(error, match=None) as info:
        run(kind, replay.url, "create_batch", **arguments)
    assert fragment in str(info.value)
    assert replay.received == []


@pytest.mark.parametrize(
    ("method", "kwargs", "error"),
    [
        ("retrieve_batch", {"batch_id": "", "provider": "openai"}, ValueError),
        ("retrieve_batch", {"batch_id": "b", "provider": None}, TypeError),
        ("cancel_batch", {"batch_id": 7, "provider": "openai"}, TypeError),
        ("retrieve_batch_results", {"batch_id": "b", "provider": "openai", "colour": 1}, TypeError),
        ("list_batches", {"provider": "openai", "limit": "10"}, TypeError),
        ("list_batches", {"provider": "openai", "limit": 0}, ValueError),
    ],
)
def test_bad_arguments_of_other_batch_calls(
    method: str, kwargs: dict[str, Any], error: type[Exception], replay: ReplayServer
) -> None:
    with pytest.raises(error):
        run("sync", replay.url, method, **kwargs)
    assert replay.received == []


# --- wait_for_batch --------------------------------------------------------------------------------------


def _retrieve_with_status(status: str) -> wire.Exchange:
    recorded = _recorded("batches-retrieve")
    body = recorded.json()
    body["status"] = status
    return dataclasses.replace(recorded, body=json.dumps(body).encode())


class FakeTime:
    """A clock that only moves when the code under test sleeps; records every requested delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.delays: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(_batches, "_clock", fake.clock)
    monkeypatch.setattr(time, "sleep", fake.sleep)
    monkeypatch.setattr(asyncio, "sleep", fake.async_sleep)
    return fake


def _wait(kind: str, url: str, **kwargs: Any) -> Any:
    return run(kind, url, "wait_for_batch", batch_id=COMPLETED_ID, provider=PROVIDER, **kwargs)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_wait_polls_until_completed(kind: str, replay: ReplayServer, fake_time: FakeTime) -> None:
    for status in ("validating", "in_progress", "finalizing", "completed"):
        replay.add(_retrieve_with_status(status))
    batch = _wait(kind, replay.url, poll_interval=2.5)
    assert isinstance(batch, otari.Batch) and batch.status == "completed"
    assert fake_time.delays == [2.5, 2.5, 2.5]
    assert [(r.method, r.path, r.query) for r in replay.received] == [
        ("GET", replay.served(f"/v1/batches/{COMPLETED_ID}"), {"provider": "openai"})
    ] * 4


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_wait_shows_every_poll_to_on_poll(kind: str, replay: ReplayServer, fake_time: FakeTime) -> None:
    for status in ("validating", "in_progress", "completed"):
        replay.add(_retrieve_with_status(status))
    seen: list[Any] = []
    batch = _wait(kind, replay.url, poll_interval=1.0, on_poll=seen.append)
    assert [b.status for b in seen] == ["validating", "in_progress", "completed"]
    assert all(isinstance(b, otari.Batch) for b in seen) and seen[-1].id == batch.id


def test_wait_refuses_a_non_callable_on_poll_before_polling(replay: ReplayServer, fake_time: FakeTime) -> None:
    with pytest.raises(TypeError, match="on_poll"):
        _wait("sync", replay.url, on_poll="print")
    assert replay.received == []


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("status", ["completed", "failed", "expired", "cancelled"])
def test_wait_returns_at_once_on_a_terminal_status(
    kind: str, status: str, replay: ReplayServer, fake_time: FakeTime
) -> None:
    replay.add(_retrieve_with_status(status))
    assert _wait(kind, replay.url).status == status
    assert fake_time.delays == [] and len(replay.received) == 1


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_wait_never_sleeps_past_the_deadline_and_names_the_last_status(
    kind: str, replay: ReplayServer, fake_time: FakeTime
) -> None:
    replay.add(*[_retrieve_with_status("in_progress")] * 3, _retrieve_with_status("finalizing"))
    with pytest.raises(BatchWaitTimeoutError) as info:
        _wait(kind, replay.url, poll_interval=2.0, timeout=5.0)
    # Polls at t=0, 2, 4 and at the deadline (5): the last sleep is cut to what was left.
    assert fake_time.delays == [2.0, 2.0, 1.0]
    assert len(replay.received) == 4
    exc = info.value
    assert exc.batch_id == COMPLETED_ID and exc.status == "finalizing" and exc.timeout == 5.0
    assert exc.batch.status == "finalizing"
    assert "'finalizing'" in str(exc) and COMPLETED_ID in str(exc) and "5s" in str(exc)
    assert isinstance(exc, otari.OtariError) and isinstance(exc, TimeoutError)
    assert not isinstance(exc, otari.APIConnectionError)


def test_a_batch_finishing_at_the_deadline_is_returned(replay: ReplayServer, fake_time: FakeTime) -> None:
    replay.add(_retrieve_with_status("in_progress"), _retrieve_with_status("completed"))
    batch = _wait("sync", replay.url, poll_interval=10.0, timeout=3.0)
    assert batch.status == "completed" and fake_time.delays == [3.0]


def test_wait_without_timeout_keeps_polling(replay: ReplayServer, fake_time: FakeTime) -> None:
    replay.add(*[_retrieve_with_status("in_progress")] * 5, _retrieve_with_status("failed"))
    batch = _wait("sync", replay.url, poll_interval=60.0, timeout=None)
    assert batch.status == "failed" and fake_time.delays == [60.0] * 5


def test_zero_timeout_polls_once(replay: ReplayServer, fake_time: FakeTime) -> None:
    replay.add(_retrieve_with_status("in_progress"))
    with pytest.raises(BatchWaitTimeoutError, match="in_progress"):
        _wait("sync", replay.url, timeout=0)
    assert fake_time.delays == [] and len(replay.received) == 1


def test_async_wait_sleeps_with_asyncio_not_time(replay: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTime()
    monkeypatch.setattr(_batches, "_clock", fake.clock)

    def forbidden(seconds: float) -> None:
        raise AssertionError("the async client must not block the event loop with time.sleep")

    monkeypatch.setattr(time, "sleep", forbidden)
    monkeypatch.setattr(asyncio, "sleep", fake.async_sleep)
    replay.add(_retrieve_with_status("in_progress"), _retrieve_with_status("completed"))
    batch = _wait("async", replay.url, poll_interval=0.5)
    assert batch.status == "completed" and fake.delays == [0.5]


def test_sync_wait_sleeps_with_time_sleep(replay: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTime()
    monkeypatch.setattr(_batches, "_clock", fake.clock)
    monkeypatch.setattr(time, "sleep", fake.sleep)
    replay.add(_retrieve_with_status("in_progress"), _retrieve_with_status("completed"))
    assert _wait("sync", replay.url, poll_interval=0.25).status == "completed"
    assert fake.delays == [0.25]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"poll_interval": 0}, ValueError),
        ({"poll_interval": 0.01}, ValueError),
        ({"poll_interval": float("nan")}, ValueError),
        ({"poll_interval": "5"}, TypeError),
        ({"poll_interval": True}, TypeError),
        ({"timeout": -1}, ValueError),
        ({"timeout": float("inf")}, ValueError),
        ({"provider": ""}, ValueError),
        ({"colour": "blue"}, TypeError),
    ],
)
def test_bad_wait_arguments_fail_before_polling(
    kwargs: dict[str, Any], error: type[Exception], replay: ReplayServer, fake_time: FakeTime
) -> None:
    arguments = {"batch_id": COMPLETED_ID, "provider": PROVIDER, **kwargs}
    with pytest.raises(error):
        run("sync", replay.url, "wait_for_batch", **arguments)
    assert replay.received == [] and fake_time.delays == []


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_wait_propagates_an_error_of_a_poll(kind: str, replay: ReplayServer, fake_time: FakeTime) -> None:
    replay.add(_retrieve_with_status("in_progress"), _recorded("batches-create-unsupported-provider-422"))
    with pytest.raises(otari.UnsupportedCapabilityError):
        _wait(kind, replay.url, poll_interval=1.0)
    assert fake_time.delays == [1.0]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_wait_with_raw_response_returns_the_last_raw_response(
    kind: str, replay: ReplayServer, fake_time: FakeTime
) -> None:
    replay.add(_retrieve_with_status("in_progress"), _retrieve_with_status("expired"))

    def body(client: Any) -> Any:
        return client.with_raw_response.wait_for_batch(COMPLETED_ID, provider=PROVIDER, poll_interval=1.0)

    raw = with_client(kind, replay.url, body)
    assert isinstance(raw, otari.RawResponse) and raw.status_code == 200
    assert raw.parse().status == "expired"


def test_wait_timeout_error_is_exported() -> None:
    assert otari.BatchWaitTimeoutError is BatchWaitTimeoutError
    assert "BatchWaitTimeoutError" in otari.__all__


def test_the_plan_is_shared_by_both_clients() -> None:
    # Both clients drive the same generator; only the sleep differs (see the async/sync tests above).
    plan: Callable[..., Any] = _batches.wait_plan
    steps = plan("b1", "openai", 1.0, None, {})
    call = next(steps)
    assert (call.method, call.url, call.params, call.route) == (
        "GET",
        "/v1/batches/b1",
        {"provider": "openai"},
        "batch",
    )
