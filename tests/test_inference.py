"""api.md §2: every inference method, on both clients, against recorded gateway exchanges.

Each case calls the SDK with the arguments of a recorded request, checks that the body the SDK put
on the wire is the recorded one, and reads the recorded answer into its typed model.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import otari
from tests import wire
from tests.harness import CLIENT_KINDS, run
from tests.replay import ReplayServer


def _recorded_kwargs(name: str) -> dict[str, Any]:
    body = wire.load(name).request_json()
    body.pop("stream", None)
    return body


CASES: dict[str, tuple[str, Any]] = {
    "chat-nonstream": (
        "completion",
        lambda r: r.choices[0].message.content == "Echo: hello there world" and r.usage.total_tokens == 7,
    ),
    "chat-nonstream-tool-call": (
        "completion",
        lambda r: (
            r.choices[0].finish_reason == "tool_calls"
            and r.choices[0].message.tool_calls[0].function.name == "get_weather"
        ),
    ),
    "chat-nonstream-ratelimit-headers": (
        "completion",
        lambda r: r.choices[0].message.content.startswith("Echo"),
    ),
    "chat-nonstream-master-key-with-user": (
        "completion",
        lambda r: r.choices[0].message.content.startswith("Echo"),
    ),
    "embeddings-float": (
        "embedding",
        lambda r: isinstance(r.data[0].embedding, list) and len(r.data[0].embedding) > 0,
    ),
    "embeddings-base64": (
        "embedding",
        lambda r: isinstance(r.data[0].embedding_base64(), str) and len(r.data[0].embedding) == 8,
    ),
    "messages-nonstream": ("message", lambda r: r["content"][0]["text"] == "Echo: hello messages"),
    "responses-nonstream": (
        "response",
        lambda r: r["output"][0]["content"][0]["text"] == "Echo: hello responses",
    ),
    "messages-count-tokens": ("count_tokens", lambda r: r.input_tokens == 19),
    "moderations-flagged": ("moderation", lambda r: r.results[0].flagged is True),
}


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("name", sorted(CASES))
def test_inference_call_sends_recorded_body_and_parses_answer(kind: str, name: str, replay: ReplayServer) -> None:
    method, check = CASES[name]
    replay.add(wire.load(name))
    result = run(kind, replay.url, method, **_recorded_kwargs(name))
    sent = replay.last
    recorded = wire.load(name)
    assert (sent.method, sent.path) == (recorded.method, replay.served(recorded.path))
    assert sent.json() == recorded.request_json()
    assert check(result), result


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_list_and_retrieve_models(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("models-list"), wire.load("models-retrieve"))
    listed = run(kind, replay.url, "list_models")
    assert isinstance(listed, otari.ModelListResponse)
    assert "openai:fake-model" in [m.id for m in listed.data]
    model = run(kind, replay.url, "retrieve_model", model_id="openai:fake-model")
    assert isinstance(model, otari.ModelObject) and model.id == "openai:fake-model"
    # The id is one path segment: the colon is escaped, the gateway decodes it.
    assert replay.last.path in (
        replay.served("/v1/models/openai%3Afake-model"),
        replay.served("/v1/models/openai:fake-model"),
    )


def test_list_models_sends_provider_filter_only_when_given(replay: ReplayServer) -> None:
    replay.add(wire.load("models-list"), wire.load("models-list"))
    run("sync", replay.url, "list_models")
    assert replay.last.query == {}
    run("sync", replay.url, "list_models", provider="openai")
    assert replay.last.query == {"provider": "openai"}


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_multipart_user_content_is_sent_intact(kind: str, replay: ReplayServer) -> None:
    content = [
        {"type": "text", "text": "What is in this image and this clip?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo=", "detail": "high"}},
        {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    ]
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": content},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
    ]
    replay.add(wire.load("chat-nonstream"))
    run(kind, replay.url, "completion", model="openai:fake-model", messages=messages, temperature=0.2)
    assert replay.last.json() == {"model": "openai:fake-model", "messages": messages, "temperature": 0.2}


def test_typed_message_models_are_accepted(replay: ReplayServer) -> None:
    from otari._generated.models.chat_completion_request_messages_item import (
        ChatCompletionRequestMessagesItem,
    )

    typed = ChatCompletionRequestMessagesItem.from_dict({"role": "user", "content": "typed"})
    replay.add(wire.load("chat-nonstream"))
    run("sync", replay.url, "completion", model="openai:fake-model", messages=[typed])
    assert replay.last.json()["messages"] == [{"role": "user", "content": "typed"}]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_extra_body_is_merged_last_and_extra_headers_and_query_are_sent(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-nonstream"))
    run(
        kind,
        replay.url,
        "completion",
        model="openai:fake-model",
        messages=[{"role": "user", "content": "hi"}],
        temperature=0.1,
        extra_body={"temperature": 0.9, "vendor_flag": {"x": 1}},
        extra_headers={"X-Trace": "abc"},
        extra_query={"debug": "1"},
    )
    sent = replay.last
    assert sent.json()["temperature"] == 0.9 and sent.json()["vendor_flag"] == {"x": 1}
    assert sent.headers["x-trace"] == "abc"
    assert sent.query == {"debug": "1"}


def test_content_string_joins_text_parts() -> None:
    from otari._generated.models.chat_completion import ChatCompletion

    body = wire.load("chat-nonstream").json()
    body["choices"][0]["message"]["content"] = [
        {"type": "text", "text": "Hel"},
        {"type": "text", "text": "lo"},
    ]
    message = ChatCompletion.from_dict(body).choices[0].message
    assert message.content_string() == "Hello"


# --- validation happens before any request -----------------------------------------------------------

BAD_CALLS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("completion", {"messages": [{"role": "user", "content": "x"}]}, TypeError, "model"),
    ("completion", {"model": "", "messages": [{"role": "user", "content": "x"}]}, ValueError, "'model'"),
    ("completion", {"model": 5, "messages": [{"role": "user", "content": "x"}]}, TypeError, "'model'"),
    ("completion", {"model": "m", "messages": []}, ValueError, "'messages'"),
    ("completion", {"model": "m", "messages": "hello"}, TypeError, "'messages'"),
    ("completion", {"model": "m", "messages": [42]}, TypeError, r"'messages'\[0\]"),
    (
        "completion",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "temprature": 1},
        TypeError,
        "temprature",
    ),
    (
        "completion",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"},
        TypeError,
        "temperature",
    ),
    (
        "completion",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "stream": True},
        TypeError,
        "completion_stream",
    ),
    (
        "completion",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "extra_body": [1]},
        TypeError,
        "extra_body",
    ),
    (
        "completion",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "timeout": -1},
        TypeError,
        "timeout",
    ),
    (
        "message",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": None},
        TypeError,
        "max_tokens",
    ),
    (
        "message",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": "10"},
        TypeError,
        "max_tokens",
    ),
    (
        "message",
        {"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0},
        ValueError,
        "max_tokens",
    ),
    ("response", {"model": "m", "input": None}, TypeError, "input"),
    ("response", {"model": "m", "input": "x", "bogus_field": 1}, TypeError, "bogus_field"),
    ("embedding", {"model": "m", "input": ""}, ValueError, "input"),
    ("embedding", {"model": "m", "input": 3}, TypeError, "input"),
    ("rerank", {"model": "m", "query": "q", "documents": []}, TypeError, "documents"),
    ("rerank", {"model": "m", "query": "q", "documents": "abc"}, TypeError, "documents"),
    ("speech", {"model": "m", "input": "hi", "voice": ""}, ValueError, "voice"),
    ("transcription", {"model": "m", "file": 12}, TypeError, "file"),
    ("retrieve_model", {"model_id": ""}, ValueError, "model_id"),
    ("moderation", {"model": "m", "input": "x", "include_raw": "yes"}, TypeError, "include_raw"),
]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize(("method", "kwargs", "error", "names"), BAD_CALLS)
def test_bad_input_fails_before_any_request(
    kind: str, method: str, kwargs: dict[str, Any], error: type[Exception], names: str, replay: ReplayServer
) -> None:
    with pytest.raises(error, match=names):
        run(kind, replay.url, method, **kwargs)
    assert replay.received == []


def test_message_without_max_tokens_is_a_type_error_naming_it(replay: ReplayServer) -> None:
    with pytest.raises(TypeError, match="max_tokens"):
        run("sync", replay.url, "message", model="m", messages=[{"role": "user", "content": "x"}])
    assert replay.received == []


# --- other endpoints -------------------------------------------------------------------------------


def _exchange(status: int, body: bytes, content_type: str = "application/json") -> wire.Exchange:
    return wire.Exchange("adhoc", "POST", "/", {}, None, status, "OK", [("content-type", content_type)], body)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_rerank_images_speech_transcription(kind: str, replay: ReplayServer, tmp_path: Any) -> None:
    replay.add(
        _exchange(200, json.dumps({"results": [{"index": 1, "relevance_score": 0.9}], "model": "rr"}).encode()),
        _exchange(200, json.dumps({"created": 1, "data": [{"url": "http://img/1.png"}]}).encode()),
        _exchange(200, b"ID3\x00fake-mp3", "audio/mpeg"),
        _exchange(200, json.dumps({"text": "hello world", "language": "en"}).encode()),
    )
    ranked = run(kind, replay.url, "rerank", model="cohere:rerank", query="q", documents=["a", "b"], top_n=1)
    assert ranked.results[0].index == 1 and replay.last.json() == {
        "model": "cohere:rerank",
        "query": "q",
        "documents": ["a", "b"],
        "top_n": 1,
    }
    images = run(kind, replay.url, "image_generation", model="openai:dall-e", prompt="a cat", size="256x256")
    assert images.data[0].url == "http://img/1.png" and replay.last.path == replay.served("/v1/images/generations")
    audio = run(kind, replay.url, "speech", model="openai:tts", input="hi", voice="alloy")
    assert audio == b"ID3\x00fake-mp3" and replay.last.json()["voice"] == "alloy"
    clip = tmp_path / "clip.wav"
    clip.write_bytes(b"RIFFdata")
    text = run(kind, replay.url, "transcription", model="openai:whisper", file=clip, language="en")
    assert text.text == "hello world"
    sent = replay.last
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in sent.headers["content-type"]
    assert b'filename="clip.wav"' in sent.body and b"RIFFdata" in sent.body and b"whisper" in sent.body


@pytest.mark.parametrize(
    ("body", "field"),
    [(b"not json at all", None), (b"[1, 2]", None), (b'{"object": "chat.completion"}', "choices")],
)
def test_unparseable_success_body_is_a_response_validation_error(
    body: bytes, field: str | None, replay: ReplayServer
) -> None:
    replay.add(_exchange(200, body))
    with pytest.raises(otari.ResponseValidationError) as info:
        run("sync", replay.url, "completion", model="m", messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == 200
    assert "ChatCompletion" in str(info.value)
    if field:
        assert field in str(info.value)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_plain_text_transcription_formats(kind: str, replay: ReplayServer) -> None:
    replay.add(_exchange(200, b"1\n00:00:00,000 --> 00:00:01,000\nhello\n", "text/plain; charset=utf-8"))
    result = run(kind, replay.url, "transcription", model="openai:whisper", file=b"RIFF", response_format="srt")
    assert result.text.endswith("hello\n")
    assert result.json == {"text": result.text}
