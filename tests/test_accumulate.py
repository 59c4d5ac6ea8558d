"""ChunkAccumulator (chat chunks -> chat.completion) and final_completion() on the chat streams."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from otari._accumulate import ChunkAccumulator, to_chat_completion
from otari._generated.models.chat_completion import ChatCompletion
from otari._generated.models.chat_completion_chunk import ChatCompletionChunk
from otari._streaming import DONE, AsyncChatCompletionStream, ChatCompletionStream, DoneType, ServerSentEvent
from tests import wire


class HandlerError(Exception):
    pass


def recorded_chunks(name: str) -> list[dict[str, Any]]:
    parts = wire.load(name).body.split(b"\n\n")
    return [json.loads(p.removeprefix(b"data: ")) for p in parts if p.startswith(b"data: {")]


def accumulate(chunks: list[Any]) -> dict[str, Any]:
    acc = ChunkAccumulator()
    for chunk in chunks:
        acc.add(chunk)
    return acc.result()


def chunk(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": list(choices), **top}


def delta(index: int = 0, finish_reason: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": index, "delta": fields, "finish_reason": finish_reason}


def tool(index: int, id: str | None = None, name: str | None = None, arguments: str | None = None) -> dict[str, Any]:
    return {
        "index": index,
        "id": id,
        "type": "function" if id else None,
        "function": {"name": name, "arguments": arguments},
    }


# --- ChunkAccumulator on the recorded streams -----------------------------------------------------------------


def test_recorded_text_stream() -> None:
    result = accumulate(recorded_chunks("chat-stream"))
    expected = wire.load("chat-nonstream").json()
    assert result["object"] == "chat.completion"
    assert (result["id"], result["created"], result["model"]) == (
        "chatcmpl-fakefc757fdabdb5d95d70685d33",
        1735689600,
        "fake-model",
    )
    assert result["system_fingerprint"] == "fp_fake" and result["service_tier"] == "default"
    [choice] = result["choices"]
    assert choice["index"] == 0 and choice["finish_reason"] == "stop"
    assert choice["message"] == {
        "role": "assistant",
        "content": "Echo: hello stream world",
        "refusal": None,
        "tool_calls": None,
    }
    assert result["usage"]["total_tokens"] == 7
    assert result["usage"].keys() == expected["usage"].keys()


def test_recorded_tool_call_stream_matches_the_non_streamed_response() -> None:
    result = accumulate(recorded_chunks("chat-stream-tool-call"))
    nonstream = wire.load("chat-nonstream-tool-call").json()["choices"][0]
    [choice] = result["choices"]
    assert choice["finish_reason"] == nonstream["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None  # as non-streamed, though the stream sent content ""
    expected_calls = [{k: v for k, v in c.items() if k != "extra_content"} for c in nonstream["message"]["tool_calls"]]
    assert choice["message"]["tool_calls"] == expected_calls
    assert json.loads(choice["message"]["tool_calls"][0]["function"]["arguments"]) == {
        "text": "weather in Paris CALL_TOOL"
    }


def test_typed_chunks_with_to_dict_are_accepted() -> None:
    typed = [ChatCompletionChunk.from_dict(c) for c in recorded_chunks("chat-stream-tool-call")]
    assert accumulate(typed) == accumulate(recorded_chunks("chat-stream-tool-call"))


def test_to_chat_completion_gives_the_typed_model() -> None:
    completion = to_chat_completion(accumulate(recorded_chunks("chat-stream-tool-call")))
    assert isinstance(completion, ChatCompletion)
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index,union-attr]
    assert call.id == "call_fake_1" and call.function.name == "get_weather"  # type: ignore[union-attr]
    assert completion.usage.total_tokens == 9  # type: ignore[union-attr]


# --- ChunkAccumulator rules ----------------------------------------------------------------------------------


def test_choices_are_kept_apart_by_index_and_sorted() -> None:
    result = accumulate(
        [
            chunk(delta(1, role="assistant", content="B1"), delta(0, role="assistant", content="A1")),
            chunk(delta(1, content="B2")),
            chunk(delta(0, content="A2", finish_reason="length")),
            chunk(delta(1, finish_reason="stop")),
        ]
    )
    assert [(c["index"], c["message"]["content"], c["finish_reason"]) for c in result["choices"]] == [
        (0, "A1A2", "length"),
        (1, "B1B2", "stop"),
    ]


def test_parallel_tool_calls_merge_by_index() -> None:
    result = accumulate(
        [
            chunk(delta(role="assistant", tool_calls=[tool(0, "call_a", "f", "")])),
            chunk(delta(tool_calls=[tool(1, "call_b", "g", '{"y"')])),
            chunk(delta(tool_calls=[tool(0, arguments='{"x": '), tool(1, arguments=": 2}")])),
            chunk(delta(tool_calls=[tool(0, arguments="1}")])),
            chunk(delta(finish_reason="tool_calls")),
        ]
    )
    calls = result["choices"][0]["message"]["tool_calls"]
    assert calls == [
        {"id": "call_a", "type": "function", "function": {"name": "f", "arguments": '{"x": 1}'}},
        {"id": "call_b", "type": "function", "function": {"name": "g", "arguments": '{"y": 2}'}},
    ]
    assert result["choices"][0]["message"]["content"] is None


def test_tool_call_identity_comes_from_the_first_fragment_that_has_it() -> None:
    result = accumulate(
        [
            chunk(delta(tool_calls=[tool(0, "call_1", "first", "a")])),
            chunk(
                delta(
                    tool_calls=[{"index": 0, "id": "other", "type": "x", "function": {"name": "z", "arguments": "b"}}]
                )
            ),
        ]
    )
    assert result["choices"][0]["message"]["tool_calls"] == [
        {"id": "call_1", "type": "function", "function": {"name": "first", "arguments": "ab"}}
    ]


def test_finish_reason_is_the_last_non_null() -> None:
    chunks = [chunk(delta(finish_reason="length")), chunk(delta(finish_reason="stop")), chunk(delta(content="x"))]
    assert accumulate(chunks)["choices"][0]["finish_reason"] == "stop"
    assert accumulate([chunk(delta(content="x"))])["choices"][0]["finish_reason"] is None


def test_refusal_reasoning_and_legacy_function_call() -> None:
    result = accumulate(
        [
            chunk(delta(role="assistant", refusal="I can", reasoning={"content": "think"})),
            chunk(delta(refusal="not.", reasoning="ing", function_call={"name": "f", "arguments": "{"})),
            chunk(delta(function_call={"arguments": "}"})),
        ]
    )
    message = result["choices"][0]["message"]
    assert message["refusal"] == "I cannot."
    assert message["reasoning"] == {"content": "thinking"}
    assert message["function_call"] == {"name": "f", "arguments": "{}"}
    assert message["content"] is None


def test_content_parts_contribute_their_text() -> None:
    result = accumulate(
        [chunk(delta(content=[{"type": "text", "text": "a"}, {"type": "image_url"}])), chunk(delta(content="b"))]
    )
    assert result["choices"][0]["message"]["content"] == "ab"


def test_empty_text_without_tool_calls_stays_empty_string() -> None:
    result = accumulate([chunk(delta(role="assistant", content=""), finish_reason=None)])
    assert result["choices"][0]["message"]["content"] == ""


def test_logprobs_are_concatenated() -> None:
    first = {**delta(content="a"), "logprobs": {"content": [{"token": "a"}], "refusal": None}}
    second = {**delta(content="b"), "logprobs": {"content": [{"token": "b"}]}}
    result = accumulate([chunk(first), chunk(delta(content="")), chunk(second)])
    assert result["choices"][0]["logprobs"] == {"content": [{"token": "a"}, {"token": "b"}]}
    assert accumulate([chunk(delta(content="a"))])["choices"][0]["logprobs"] is None


def test_top_level_fields_first_non_null_wins_and_unknown_ones_are_left_out() -> None:
    result = accumulate(
        [
            {"id": None, "choices": [], "model": "m1"},
            {"id": "c9", "choices": [], "model": "m2", "system_fingerprint": None, "created": 5},
        ]
    )
    assert result == {"object": "chat.completion", "id": "c9", "model": "m1", "created": 5, "choices": []}


def test_usage_comes_from_the_usage_chunk() -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    result = accumulate([chunk(delta(content="x")), chunk(usage=usage)])
    assert result["usage"] == usage
    assert "usage" not in accumulate([chunk(delta(content="x"), usage=None)])


@given(parts=st.lists(st.text(), max_size=20), arg_parts=st.lists(st.text(), max_size=20))
def test_any_split_of_content_and_arguments_reassembles(parts: list[str], arg_parts: list[str]) -> None:
    chunks = [chunk(delta(content=p)) for p in parts]
    chunks.append(chunk(delta(tool_calls=[tool(0, "call", "f", "")])))
    chunks += [chunk(delta(tool_calls=[tool(0, arguments=p)])) for p in arg_parts]
    message = accumulate(chunks)["choices"][0]["message"]
    assert message["content"] == ("".join(parts) or None)
    assert message["tool_calls"][0]["function"]["arguments"] == "".join(arg_parts)


# --- final_completion() ----------------------------------------------------------------------------------------


def typed_chunk_handler(event: ServerSentEvent) -> ChatCompletionChunk | DoneType:
    if event.data == "[DONE]":
        return DONE
    payload = event.json()
    if "error" in payload:
        raise HandlerError(payload["error"]["message"])
    return ChatCompletionChunk.from_dict(payload)


def response_for(name: str, size: int = 97) -> httpx.Response:
    body = wire.load(name).body
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    return httpx.Response(200, stream=_Chunks(chunks))


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Any:
        yield from self.chunks

    async def __aiter__(self) -> Any:
        for c in self.chunks:
            yield c


def test_final_completion_without_iterating() -> None:
    response = response_for("chat-stream")
    stream = ChatCompletionStream(response, typed_chunk_handler)
    completion = stream.final_completion()
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "Echo: hello stream world"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.total_tokens == 7  # type: ignore[union-attr]
    assert response.is_closed
    assert stream.final_completion() is completion


def test_final_completion_after_partial_iteration_counts_every_chunk() -> None:
    stream = ChatCompletionStream(response_for("chat-stream", size=100_000), typed_chunk_handler)
    first, second = next(stream), next(stream)  # the rest is decoded already, waiting in the queue
    assert isinstance(first, ChatCompletionChunk) and first.choices[0].delta.role == "assistant"
    assert second.choices[0].delta.content == "Echo: "
    assert stream.final_completion().choices[0].message.content == "Echo: hello stream world"
    assert list(stream) == []


def test_final_completion_after_full_iteration_with_a_dict_converter() -> None:
    seen: list[dict[str, Any]] = []

    def convert(data: dict[str, Any]) -> Any:
        seen.append(data)
        return data

    with ChatCompletionStream(response_for("chat-stream-tool-call", size=13), typed_chunk_handler, convert) as stream:
        items = list(stream)
        result = stream.final_completion()
    assert len(items) == 7 and all(isinstance(i, ChatCompletionChunk) for i in items)
    assert result is seen[0] and len(seen) == 1
    [call] = result["choices"][0]["message"]["tool_calls"]
    assert call["function"] == {"name": "get_weather", "arguments": '{"text": "weather in Paris CALL_TOOL"}'}
    assert result["choices"][0]["finish_reason"] == "tool_calls" and result["usage"]["total_tokens"] == 9


def test_final_completion_folds_chunks_as_they_are_decoded() -> None:
    stream = ChatCompletionStream(response_for("chat-stream-keepalive"), typed_chunk_handler, lambda d: d)
    assert len(list(stream)) == 8
    # Folded already: nothing of the stream is kept to be parsed when final_completion() is called.
    folded = stream._collector._accumulator.result()
    assert folded["choices"][0]["message"]["content"] == "Echo: STALL_3 then a b"
    assert stream.final_completion()["choices"][0]["message"]["content"] == "Echo: STALL_3 then a b"


def test_final_completion_raises_the_midstream_error() -> None:
    stream = ChatCompletionStream(response_for("chat-stream-error-midstream-chunk"), typed_chunk_handler)
    with pytest.raises(HandlerError, match="An error occurred during streaming"):
        stream.final_completion()
    with pytest.raises(RuntimeError, match="closed or failed before its end"):
        stream.final_completion()
    assert stream.response.is_closed


def test_final_completion_after_early_close_refuses() -> None:
    stream = ChatCompletionStream(response_for("chat-stream"), typed_chunk_handler)
    next(stream)
    stream.close()
    with pytest.raises(RuntimeError, match="closed or failed before its end"):
        stream.final_completion()


async def test_async_final_completion() -> None:
    stream = AsyncChatCompletionStream(response_for("chat-stream-tool-call", size=31), typed_chunk_handler)
    await anext(stream)  # the role chunk
    second = await anext(stream)
    assert second.choices[0].delta.tool_calls[0].function.name == "get_weather"  # type: ignore[union-attr,index]
    completion = await stream.final_completion()
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index,union-attr]
    assert call.function.arguments == '{"text": "weather in Paris CALL_TOOL"}'  # type: ignore[union-attr]
    assert completion.choices[0].finish_reason == "tool_calls"
    assert stream.response.is_closed
    assert await stream.final_completion() is completion


async def test_async_final_completion_raises_the_midstream_error() -> None:
    async with AsyncChatCompletionStream(response_for("chat-stream-error-midstream-drop"), typed_chunk_handler) as s:
        with pytest.raises(HandlerError):
            await s.final_completion()


def test_sync_and_async_agree() -> None:
    sync = ChatCompletionStream(response_for("chat-stream", 7), typed_chunk_handler, lambda d: d).final_completion()
    astream = AsyncChatCompletionStream(response_for("chat-stream", 300), typed_chunk_handler, lambda d: d)
    assert asyncio.run(astream.final_completion()) == sync


def test_long_streams_are_folded_in_linear_time() -> None:
    # Counting joined characters, not seconds: re-joining everything every few thousand fragments made
    # the work grow with the square of the text.
    from otari import _accumulate

    joined = 0

    class CountingText(_accumulate._Text):
        def add(self, fragment: str) -> None:
            nonlocal joined
            before = len(self.blocks)
            super().add(fragment)
            if len(self.blocks) != before:
                joined += len(self.blocks[-1])

    accumulator = ChunkAccumulator()
    original = _accumulate._Text
    _accumulate._Text = CountingText  # type: ignore[misc]
    try:
        fragments = 20 * _accumulate._JOIN_AT
        for _ in range(fragments):
            accumulator.add({"choices": [{"index": 0, "delta": {"content": "ab"}}]})
    finally:
        _accumulate._Text = original  # type: ignore[misc]
    assert accumulator.result()["choices"][0]["message"]["content"] == "ab" * fragments
    assert joined == 2 * fragments  # each character joined once


@pytest.mark.parametrize("name", ["chat-stream", "chat-stream-tool-call", "chat-stream-keepalive"])
def test_folding_typed_chunks_gives_what_folding_their_json_gives(name: str) -> None:
    # add_parsed reads the usual text chunk from the typed chunk and hands anything else to add(): the
    # completion must be the one add() builds from the JSON alone, whatever the mix of chunks.
    payloads = [p for p in recorded_chunks(name) if "choices" in p]
    parts = [{"type": "text", "text": "x"}, {"type": "reasoning", "text": "r"}]
    extra = [
        chunk(delta(content="plain")),
        chunk(delta(content=parts)),
        chunk(delta(content=5)),
        chunk(delta(role="assistant", content="late role")),
        chunk(delta(content="r", reasoning={"content": "thinking"})),
        chunk({**delta(content="p"), "logprobs": {"content": [{"token": "p"}]}}),
        chunk(delta(index=1, content="second choice")),
        chunk(delta(index=1, content="again")),
        chunk(delta(content="", refusal="no")),
        chunk(delta(finish_reason="stop")),
        chunk(usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}),
    ]
    for sequence in (payloads, payloads[:1] + extra + payloads[1:]):
        typed, plain = ChunkAccumulator(), ChunkAccumulator()
        for payload in sequence:
            typed.add_parsed(ChatCompletionChunk.from_dict(payload), payload)
            plain.add(payload)
        assert typed.result() == plain.result()
