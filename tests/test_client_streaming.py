"""api.md §3 through the clients: recorded gateway streams, replayed over loopback in small pieces."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import otari
from otari import AsyncOtari, Otari
from tests import wire
from tests.harness import CLIENT_KINDS, run
from tests.replay import ReplayServer

HELLO = [{"role": "user", "content": "hello stream world"}]


def _chunks_text(chunks: list[Any]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_chat_stream_yields_typed_chunks_and_ends_at_done(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream"))
    chunks, stream = run(kind, replay.url, "completion_stream", model="openai:fake-model", messages=HELLO)
    assert all(isinstance(c, otari.ChatCompletionChunk) for c in chunks)
    assert _chunks_text(chunks) == "Echo: hello stream world"
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 7
    assert replay.last.json() == {"model": "openai:fake-model", "messages": HELLO, "stream": True}
    assert replay.last.headers["accept"] == "text/event-stream"
    assert stream.response.is_closed


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_keepalive_comments_are_skipped(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream-keepalive"))
    chunks, _ = run(kind, replay.url, "completion_stream", model="openai:fake-model", messages=HELLO)
    assert _chunks_text(chunks).startswith("Echo:")
    assert all(isinstance(c, otari.ChatCompletionChunk) for c in chunks)


def test_final_completion_assembles_text_and_usage(replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream"))
    with Otari(base_url=replay.url, otari_key="gw-t") as client:
        stream = client.completion_stream(model="openai:fake-model", messages=HELLO)
        first = next(iter(stream))
        final = stream.final_completion()
    assert first.choices[0].delta.role == "assistant"
    assert isinstance(final, otari.ChatCompletion)
    assert final.choices[0].message.content == "Echo: hello stream world"
    assert final.choices[0].finish_reason == "stop"
    assert final.usage.total_tokens == 7


async def test_async_final_completion_assembles_tool_calls(replay: ReplayServer, async_backend: str) -> None:
    replay.add(wire.load("chat-stream-tool-call"))
    async with AsyncOtari(base_url=replay.url, otari_key="gw-t", http_backend=async_backend) as client:
        stream = await client.completion_stream(model="openai:fake-model", messages=HELLO)
        final = await stream.final_completion()
    call = final.choices[0].message.tool_calls[0]
    assert final.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "get_weather" and call.id
    assert call.function.arguments == '{"text": "weather in Paris CALL_TOOL"}'


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_midstream_error_event_raises_after_delivered_chunks(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream-error-midstream-chunk"))
    with pytest.raises(otari.StreamError, match="An error occurred during streaming") as info:
        run(kind, replay.url, "completion_stream", model="openai:fake-model", messages=HELLO)
    delivered = info.value.items_before  # type: ignore[attr-defined]
    assert _chunks_text(delivered) == "Echo: ERRCHUNK "


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_midstream_drop_is_reported_the_same_way(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream-error-midstream-drop"))
    with pytest.raises(otari.StreamError) as info:
        run(kind, replay.url, "completion_stream", model="openai:fake-model", messages=HELLO)
    assert len(info.value.items_before) >= 2  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_error_before_first_byte_raises_when_the_stream_opens(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream-error-before-first-byte-402"))
    with pytest.raises(otari.InsufficientFundsError, match="No pricing") as info:
        run(kind, replay.url, "completion_stream", model="openai:unpriced-model", messages=HELLO)
    assert not hasattr(info.value, "items_before")
    assert info.value.status_code == 402


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_responses_stream_yields_event_dicts_with_names(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("responses-stream"))
    events, _ = run(kind, replay.url, "response_stream", model="openai:fake-model", input="hi")
    assert all(isinstance(e, dict) for e in events)
    names = [e.event for e in events]
    assert names[0] == "response.created" and names[-1] == "response.completed"
    assert all(e["type"] == e.event for e in events)
    text = "".join(e["delta"] for e in events if e.event == "response.output_text.delta")
    assert text.startswith("Echo:")


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_responses_stream_error_event_raises(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("responses-stream-error-midstream"))
    with pytest.raises(otari.StreamError, match="An error occurred during streaming") as info:
        run(kind, replay.url, "response_stream", model="openai:fake-model", input="hi")
    assert info.value.items_before  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_messages_stream_ends_at_done_and_skips_ping(kind: str, replay: ReplayServer) -> None:
    for name in ("messages-stream", "messages-stream-keepalive"):
        replay.add(wire.load(name))
        events, _ = run(kind, replay.url, "message_stream", model="openai:fake-model", max_tokens=64, messages=HELLO)
        names = [e.event for e in events]
        assert names[0] == "message_start" and names[-1] == "message_stop", name
        assert "ping" not in names and "done" not in names
        assert all(e.get("type") != "ping" for e in events)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_messages_stream_error_event_raises_with_anthropic_type(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("messages-stream-error-midstream"))
    with pytest.raises(otari.StreamError) as info:
        run(kind, replay.url, "message_stream", model="openai:fake-model", max_tokens=64, messages=HELLO)
    assert info.value.error_type == "api_error"
    assert info.value.items_before[0].event == "message_start"  # type: ignore[attr-defined]


def test_breaking_out_of_a_stream_releases_the_connection(replay: ReplayServer) -> None:
    replay.add(wire.load("chat-stream"))
    with Otari(base_url=replay.url, otari_key="gw-t") as client:
        stream = client.completion_stream(model="openai:fake-model", messages=HELLO)
        with stream:
            for _ in stream:
                break
        assert stream.response.is_closed


def test_async_stream_close_releases_the_connection(replay: ReplayServer, async_backend: str) -> None:
    replay.add(wire.load("chat-stream"))

    async def main() -> bool:
        async with AsyncOtari(base_url=replay.url, otari_key="gw-t", http_backend=async_backend) as client:
            stream = await client.completion_stream(model="openai:fake-model", messages=HELLO)
            async for _ in stream:
                break
            await stream.aclose()
            return bool(stream.response.is_closed)

    assert asyncio.run(main())
