"""``Otari-Request-ID`` / ``Otari-Attempt-ID`` on successful results, streams and downloads (None when the
gateway sends none, as the pinned release does), and the request id at the end of error messages."""

from __future__ import annotations

import asyncio
import copy
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from otari import AsyncOtari, NotFoundError, Otari, StreamError
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

IDS = {"Otari-Request-ID": "req_0123", "Otari-Attempt-ID": "att_7"}
CHAT = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module", params=API_ROOTS)
def gw(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    with MockGateway(api_root=request.param) as gateway:
        yield gateway


def _client(gw: MockGateway) -> Otari:
    return Otari(base_url=gw.url, otari_key="gw-k", max_retries=0)


def _normal_answer_with_ids(gw: MockGateway, path: str, method: str = "POST") -> None:
    """Let the mock answer ``path`` as usual, then replay that answer with the id headers added."""
    client = _client(gw)
    raw = client.with_raw_response
    try:
        call = {
            "/v1/chat/completions": lambda: raw.completion(model="openai:fake-model", messages=CHAT),
            "/v1/responses": lambda: raw.response(model="openai:fake-model", input="hi"),
            "/v1/usage": lambda: raw.usage.list(),
            "/v1/audio/speech": lambda: raw.speech(model="openai:tts", input="hi", voice="alloy"),
        }[path]
        normal = call()
    finally:
        client.close()
    gw.queue_response(
        body=normal.content,
        headers=IDS,
        content_type=normal.headers["content-type"],
        path=path,
        method=method,
    )


@pytest.mark.parametrize(
    ("path", "method", "run"),
    [
        ("/v1/chat/completions", "POST", lambda c: c.completion(model="openai:fake-model", messages=CHAT)),
        ("/v1/responses", "POST", lambda c: c.response(model="openai:fake-model", input="hi")),
        ("/v1/usage", "GET", lambda c: c.usage.list()),
        ("/v1/audio/speech", "POST", lambda c: c.speech(model="openai:tts", input="hi", voice="alloy")),
    ],
    ids=["model", "dict", "list", "bytes"],
)
def test_results_carry_the_gateway_ids(gw: MockGateway, path: str, method: str, run: Any) -> None:
    gw.add_usage()
    _normal_answer_with_ids(gw, path, method)
    with _client(gw) as client:
        result = run(client)
        assert result.request_id == "req_0123"
        assert result.attempt_id == "att_7"
        # Without the headers (the pinned gateway release), the same result type says None.
        again = run(client)
        assert again.request_id is None and again.attempt_id is None
        assert type(again) is type(result)


def test_ids_are_not_part_of_the_model_data(gw: MockGateway) -> None:
    _normal_answer_with_ids(gw, "/v1/chat/completions")
    with _client(gw) as client:
        with_ids = client.completion(model="openai:fake-model", messages=CHAT)
        plain = client.completion(model="openai:fake-model", messages=CHAT)
    assert "request_id" not in with_ids.to_dict()
    assert "req_0123" not in repr(with_ids)
    plain.id, plain.created = with_ids.id, with_ids.created
    assert plain == with_ids, "ids do not take part in equality"


def test_dict_and_list_results_are_still_plain_types(gw: MockGateway) -> None:
    with _client(gw) as client:
        reply = client.response(model="openai:fake-model", input="hi")
        rows = client.usage.list()
        audio = client.speech(model="openai:tts", input="hi", voice="alloy")
    assert isinstance(reply, dict) and reply["object"] == "response"
    assert isinstance(rows, list)
    assert isinstance(audio, bytes) and audio == bytes(audio)


def test_streams_and_downloads_carry_the_ids(gw: MockGateway) -> None:
    gw.queue_stream(headers=IDS, path="/v1/chat/completions")
    gw.queue_response(body=b"ID3audio", headers=IDS, content_type="audio/mpeg", path="/v1/audio/speech")
    with _client(gw) as client:
        with client.completion_stream(model="openai:fake-model", messages=CHAT) as stream:
            assert stream.request_id == "req_0123" and stream.attempt_id == "att_7"
            assert list(stream)
        with client.speech_stream(model="openai:tts", input="hi", voice="alloy") as audio:
            assert audio.request_id == "req_0123"
            assert audio.read() == b"ID3audio"
        with client.completion_stream(model="openai:fake-model", messages=CHAT) as plain:
            assert plain.request_id is None


def test_async_results_carry_the_ids(gw: MockGateway) -> None:
    _normal_answer_with_ids(gw, "/v1/chat/completions")
    gw.queue_stream(headers=IDS, path="/v1/responses")

    async def main() -> None:
        async with AsyncOtari(base_url=gw.url, otari_key="gw-k", max_retries=0) as client:
            reply = await client.completion(model="openai:fake-model", messages=CHAT)
            assert reply.request_id == "req_0123"
            stream = await client.response_stream(model="openai:fake-model", input="hi")
            async with stream:
                assert stream.request_id == "req_0123"
                assert [event async for event in stream]

    asyncio.run(main())


def test_error_messages_end_with_the_request_id(gw: MockGateway) -> None:
    gw.queue_error(404, "API key with id 'nope' not found", headers=IDS, path="/v1/keys/nope")
    with _client(gw) as client, pytest.raises(NotFoundError) as caught:
        client.keys.get("nope")
    assert caught.value.request_id == "req_0123"
    assert str(caught.value).endswith("[request id: req_0123]")
    with _client(gw) as client, pytest.raises(NotFoundError) as plain:
        client.keys.get("nope")
    assert "request id" not in str(plain.value)


def test_results_with_ids_copy_and_pickle(gw: MockGateway) -> None:
    _normal_answer_with_ids(gw, "/v1/chat/completions")
    with _client(gw) as client:
        reply = client.completion(model="openai:fake-model", messages=CHAT)
        with client.completion_stream(model="openai:fake-model", messages=CHAT) as stream:
            chunks = list(stream)
    assert copy.deepcopy(reply).request_id == "req_0123"
    assert pickle.loads(pickle.dumps(reply)).attempt_id == "att_7"
    # Chunks come from the fast parsers, which fill every slot too.
    assert [pickle.loads(pickle.dumps(chunk)).request_id for chunk in chunks] == [None] * len(chunks)


def test_a_mid_stream_error_names_the_request_id(gw: MockGateway) -> None:
    gw.queue_stream(
        [{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}],
        headers=IDS,
        error_event=True,
        path="/v1/chat/completions",
    )
    gw.queue_stream(
        error_event=True,
        done=False,
        path="/v1/chat/completions",
        events=[{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}],
    )
    with _client(gw) as client:
        with pytest.raises(StreamError) as caught:
            list(client.completion_stream(model="openai:fake-model", messages=CHAT))
        assert caught.value.request_id == "req_0123"
        assert str(caught.value).endswith("[request id: req_0123]")
        with pytest.raises(StreamError) as plain:
            list(client.completion_stream(model="openai:fake-model", messages=CHAT))
        assert plain.value.request_id is None and "request id" not in str(plain.value)


@pytest.mark.parametrize("name", ["x-otari-request-id", "otari-request-id", "x-request-id"])
def test_results_read_the_request_id_where_errors_do(name: str) -> None:
    # One reader for errors, results, streams and downloads: a proxy's x-request-id counts everywhere.
    import httpx

    from otari._exceptions import APIStatusError
    from otari._ids import ids_from

    headers = httpx.Headers({name: " req-7 ", "otari-attempt-id": "att-1"})
    assert ids_from(headers) == ("req-7", "att-1")
    error = APIStatusError("boom", status_code=500, headers=headers)
    assert error.request_id == "req-7"
