"""The hand-written fast ``from_dict`` of the stream chunk models (openapi/templates/model_extras) gives
exactly what the generated parser gives, and a chat stream parses each chunk's JSON once."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otari import _calls, _stream_events
from otari._exceptions import ResponseValidationError
from otari._generated.models.chat_completion_chunk import ChatCompletionChunk
from otari._generated.models.choice_delta import ChoiceDelta
from otari._generated.models.choice_delta_tool_call import ChoiceDeltaToolCall
from otari._generated.models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction
from otari._generated.models.chunk_choice import ChunkChoice
from otari._streaming import AsyncChatCompletionStream, ChatCompletionStream, ServerSentEvent
from tests import wire

FAST_MODELS = (ChatCompletionChunk, ChunkChoice, ChoiceDelta, ChoiceDeltaToolCall, ChoiceDeltaToolCallFunction)
STREAMS = [name for name in wire.names("chat-stream") if wire.load(name).status == 200]


def recorded_payloads(errors: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """The ``data:`` JSON of the recorded chat streams: their chunks, or (``errors``) their error events."""
    found = []
    for name in STREAMS:
        for block in wire.load(name).body.split(b"\n\n"):
            for line in block.splitlines():
                if line.startswith(b"data: {"):
                    payload = json.loads(line[6:])
                    if ("choices" not in payload) is errors:
                        found.append((name, payload))
    return found


@contextmanager
def generated_parsers() -> Iterator[None]:
    """Every fast model parses with its generated parser, nested ones included, for the duration."""
    saved = {cls: cls.__dict__["from_dict"] for cls in FAST_MODELS}
    try:
        for cls in FAST_MODELS:
            type.__setattr__(cls, "from_dict", cls.__dict__["_generated_from_dict"])
        yield
    finally:
        for cls, method in saved.items():
            type.__setattr__(cls, "from_dict", method)


def outcome(parse: Callable[[Any], Any], data: Any) -> tuple[Any, ...]:
    """What parsing gives: the object and its ``to_dict()`` (or the error either raised)."""
    try:
        parsed = parse(data)
    except Exception as exc:
        return ("parse error", type(exc), str(exc))
    try:
        back = parsed.to_dict()
    except Exception as exc:
        back = ("to_dict error", type(exc), str(exc))
    return ("parsed", parsed, back)


def assert_same_as_generated(data: Any, cls: Any = ChatCompletionChunk) -> tuple[Any, ...]:
    fast = outcome(cls.from_dict, data)
    with generated_parsers():
        expected = outcome(cls.from_dict, data)
    assert fast == expected
    if fast[0] == "parsed":
        assert type(fast[1]) is type(expected[1])
        assert repr(fast[1]) == repr(expected[1])  # the types of nested values too, not only their equality
    return fast


def test_every_fast_model_has_its_fast_parser() -> None:
    # The extras leave the fast parser out when the spec changes a model's fields: this is the alarm.
    for cls in FAST_MODELS:
        assert "_generated_from_dict" in cls.__dict__, f"{cls.__name__}: fast from_dict missing (fields changed?)"
        assert cls.__dict__["from_dict"] is not cls.__dict__["_generated_from_dict"]


def test_recorded_streams_exist() -> None:
    assert {"chat-stream", "chat-stream-tool-call"} <= set(STREAMS)
    assert len(recorded_payloads()) > 20


@pytest.mark.parametrize(("name", "payload"), recorded_payloads(), ids=lambda v: v if isinstance(v, str) else "")
def test_recorded_chunks_parse_as_the_generated_parser_does(name: str, payload: dict[str, Any]) -> None:
    kind, parsed, back = assert_same_as_generated(payload)
    assert kind == "parsed" and isinstance(parsed, ChatCompletionChunk)
    assert back == payload  # the wire JSON survives the round trip: unknown fields are kept


def test_recorded_error_events_fail_as_with_the_generated_parser() -> None:
    errors = recorded_payloads(errors=True)
    assert errors
    for _, payload in errors:
        assert assert_same_as_generated(payload)[:2] == ("parse error", KeyError)


def test_recorded_chunks_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(cls: Any, data: Any) -> Any:
        raise AssertionError(f"{cls.__name__} fell back to the generated parser for {data!r}")

    for cls in FAST_MODELS:
        monkeypatch.setattr(cls, "_generated_from_dict", classmethod(refuse))
    for _, payload in recorded_payloads():
        ChatCompletionChunk.from_dict(payload)


def test_the_payload_is_not_changed() -> None:
    for _, payload in recorded_payloads():
        before = json.dumps(payload)
        ChatCompletionChunk.from_dict(payload)
        assert json.dumps(payload) == before


def _chunk(*choices: Any, **top: Any) -> dict[str, Any]:
    return {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": list(choices), **top}


def _choice(delta: Any = None, **extra: Any) -> dict[str, Any]:
    return {"index": 0, "delta": {"content": "hi"} if delta is None else delta, "finish_reason": None, **extra}


EDGE_CASES: dict[str, Any] = {
    "null delta": _chunk({"index": 0, "delta": None, "finish_reason": "stop"}),
    "no delta": _chunk({"index": 0}),
    "empty delta": _chunk(_choice({})),
    "content parts": _chunk(_choice({"content": [{"type": "text", "text": "a"}, {"type": "image_url", "x": 1}]})),
    "content parts not dicts": _chunk(_choice({"content": ["a", 1]})),
    "content not a string": _chunk(_choice({"content": 5})),
    "tool call first fragment": _chunk(
        _choice(
            {
                "role": "assistant",
                "tool_calls": [
                    {"index": 0, "id": "call_1", "type": "function", "function": {"name": "f", "arguments": ""}}
                ],
            }
        )
    ),
    "tool call later fragment": _chunk(
        _choice({"tool_calls": [{"index": 0, "id": None, "type": None, "function": {"arguments": '{"a"'}}]})
    ),
    "tool call without index": _chunk(_choice({"tool_calls": [{"function": {"name": "f"}}]})),
    "tool call not a dict": _chunk(_choice({"tool_calls": [{"index": 0}, "x"]})),
    "tool call pairs": _chunk(_choice({"tool_calls": [[["index", 0]]]})),
    "tool calls not a list": _chunk(_choice({"tool_calls": {"index": 0}})),
    "tool call function not a dict": _chunk(_choice({"tool_calls": [{"index": 0, "function": "f"}]})),
    "tool call function null": _chunk(_choice({"tool_calls": [{"index": 0, "function": None}]})),
    "legacy function call": _chunk(_choice({"function_call": {"name": "f", "arguments": "{}", "x": 1}})),
    "legacy function call not a dict": _chunk(_choice({"function_call": [1]})),
    "unknown fields everywhere": _chunk(
        _choice(
            {
                "content": "a",
                "reasoning": {"content": "r"},
                "tool_calls": [{"index": 0, "extra": [1], "function": {"arguments": "", "more": None}}],
                "audio": None,
            },
            logprobs={"content": []},
        ),
        obfuscation="xyz",
        moderation=None,
    ),
    "nulls everywhere": _chunk(
        {"index": 0, "delta": {"content": None, "role": None, "refusal": None, "tool_calls": None}},
        id=None,
        created=None,
        model=None,
        object=None,
        service_tier=None,
        system_fingerprint=None,
        usage=None,
    ),
    "usage chunk": _chunk(
        usage={
            "prompt_tokens": 3,
            "completion_tokens": 4,
            "total_tokens": 7,
            "prompt_tokens_details": {"cached_tokens": 0},
            "x": 1,
        }
    ),
    "usage not a dict": _chunk(usage=[1, 2]),
    "usage with odd details": _chunk(usage={"prompt_tokens_details": "x"}),
    "delta not a dict": _chunk(_choice("text")),
    "delta a list": _chunk(_choice([1])),
    "choice without index": _chunk({"delta": {"content": "a"}}),
    "choice not a dict": _chunk("abc"),
    "choice pairs": _chunk([["index", 0], ["delta", {"content": "a"}]]),
    "two choices": _chunk(_choice({"content": "a"}), {**_choice({"content": "b"}), "index": 1}),
    "missing choices": {"id": "c", "object": "chat.completion.chunk"},
    "choices null": {"choices": None},
    "choices a dict": {"choices": {"index": 0}},
    "choices an empty dict": {"choices": {}},
    "choices a string": {"choices": "ab"},
    "choices empty": {"choices": []},
    "wrong scalar types": _chunk(_choice({"role": 1, "refusal": [2]}), created="x", id=3, object=[]),
    "error beside choices": _chunk(_choice(), error={"message": "m"}),
    # OpenAI's compact chunk: a text-only delta, an obfuscation pad (the delta's own fast path).
    "compact text delta": _chunk(_choice({"content": "word "}), obfuscation="Zq3x9kPQa", service_tier="default"),
    "compact empty text": _chunk(_choice({"content": ""})),
    "only a null content": _chunk(_choice({"content": None})),
    "only a role": _chunk(_choice({"role": "assistant"})),
    "only a non-text content": _chunk(_choice({"content": 5})),
}


@pytest.mark.parametrize("payload", list(EDGE_CASES.values()), ids=list(EDGE_CASES))
def test_edge_cases_parse_as_the_generated_parser_does(payload: Any) -> None:
    assert_same_as_generated(payload)


def test_missing_choices_raises_the_generated_key_error() -> None:
    kind, error, message = assert_same_as_generated({"id": "c"})
    assert (kind, error, message) == ("parse error", KeyError, "'choices'")


def test_choice_without_index_raises_the_generated_key_error() -> None:
    kind, error, message = assert_same_as_generated(_chunk({"delta": {}}))
    assert (kind, error, message) == ("parse error", KeyError, "'index'")


def test_a_nested_object_that_fails_to_parse_is_kept_as_sent() -> None:
    bad_call = {"tool_calls": [{"function": {}}]}  # no index: the generated parser keeps the list as sent
    kind, parsed, _ = assert_same_as_generated(_chunk(_choice(bad_call)))
    assert kind == "parsed"
    assert parsed.choices[0].delta.tool_calls == bad_call["tool_calls"]


@pytest.mark.parametrize("cls", FAST_MODELS[1:])
@pytest.mark.parametrize("data", [{}, {"index": 0}, {"index": 1, "x": None}, [], "ab", [["index", 2]], None, 3])
def test_each_model_on_its_own(cls: Any, data: Any) -> None:
    assert_same_as_generated(data, cls)


def test_mappings_that_are_not_dicts_take_the_generated_path() -> None:
    class Chunk(dict[str, Any]):
        pass

    kind, _, back = assert_same_as_generated(Chunk(_chunk(_choice({"content": "a"}))))
    assert kind == "parsed" and back["choices"][0]["delta"] == {"content": "a"}


# --- random chunk-like JSON ------------------------------------------------------------------------------

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=4))
junk = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
)
extra_keys = st.dictionaries(st.sampled_from(["x", "extra", "logprobs", "audio", "obfuscation"]), junk, max_size=2)


def obj(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """A dict with any subset of ``fields`` (each maybe null or junk) and random extra keys; now and then
    not a dict at all."""
    value = st.fixed_dictionaries({}, optional={k: st.one_of(v, st.none(), junk) for k, v in fields.items()})
    as_dict = st.builds(lambda d, e: {**e, **d}, value, extra_keys)
    return st.one_of(as_dict, as_dict, as_dict, as_dict, junk)


text = st.text(max_size=5)
function = obj({"name": text, "arguments": text})
tool_call = obj({"index": st.integers(0, 3), "id": text, "type": st.just("function"), "function": function})
part = obj({"type": st.sampled_from(["text", "image_url"]), "text": text})
delta = obj(
    {
        "role": st.just("assistant"),
        "content": st.one_of(text, st.lists(part, max_size=2)),
        "refusal": text,
        "tool_calls": st.lists(tool_call, max_size=2),
        "function_call": function,
    }
)
choice = obj({"index": st.integers(0, 2), "delta": delta, "finish_reason": st.sampled_from(["stop", "tool_calls"])})
usage = obj({"prompt_tokens": st.integers(0, 9), "completion_tokens": st.integers(0, 9), "total_tokens": st.integers()})
chunk = obj(
    {
        "choices": st.lists(choice, max_size=3),
        "id": text,
        "created": st.integers(),
        "model": text,
        "object": st.just("chat.completion.chunk"),
        "service_tier": text,
        "system_fingerprint": text,
        "usage": usage,
    }
)


@settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(chunk)
def test_random_chunks_parse_as_the_generated_parser_does(payload: Any) -> None:
    assert_same_as_generated(payload)


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.builds(lambda choices: {"choices": choices}, st.lists(choice, min_size=1, max_size=3)))
def test_random_choices_parse_as_the_generated_parser_does(payload: Any) -> None:
    assert_same_as_generated(payload)


# --- the chat stream parses each chunk once ---------------------------------------------------------------


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, body: bytes, size: int = 50) -> None:
        self.chunks = [body[i : i + size] for i in range(0, len(body), size)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> Any:
        for c in self.chunks:
            yield c


def _count_json_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every JSON parse a stream makes: through json.loads or the C scanner the chat handler calls directly."""
    calls: list[str] = []
    loads = json.loads
    scan = _stream_events._scan_json

    def counting(data: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(data)
        return loads(data, *args, **kwargs)

    def counting_scan(data: str, index: int) -> Any:
        calls.append(data)
        return scan(data, index)

    monkeypatch.setattr(json, "loads", counting)
    monkeypatch.setattr(_stream_events, "_scan_json", counting_scan)
    return calls


@pytest.mark.parametrize("name", ["chat-stream", "chat-stream-tool-call", "chat-stream-keepalive"])
def test_a_chat_stream_parses_each_chunk_once(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    payloads = [p for n, p in recorded_payloads() if n == name]
    body = wire.load(name).body
    calls = _count_json_loads(monkeypatch)
    stream = ChatCompletionStream(
        httpx.Response(200, stream=_Body(body)), _stream_events.chat_chunk_handler, lambda d: d
    )
    items = list(stream)
    completion = stream.final_completion()
    assert len(items) == len(payloads) and len(calls) == len(payloads)
    assert [item.to_dict() for item in items] == payloads

    from otari._accumulate import ChunkAccumulator

    expected = ChunkAccumulator()
    for payload in payloads:
        expected.add(payload)
    assert completion == expected.result()


async def test_the_async_chat_stream_parses_each_chunk_once(monkeypatch: pytest.MonkeyPatch) -> None:
    body = wire.load("chat-stream-tool-call").body
    calls = _count_json_loads(monkeypatch)
    stream = AsyncChatCompletionStream(httpx.Response(200, stream=_Body(body, 7)), _stream_events.chat_chunk_handler)
    completion = await stream.final_completion()
    assert len(calls) == len([n for n, _ in recorded_payloads() if n == "chat-stream-tool-call"])
    call = completion.choices[0].message.tool_calls[0]  # type: ignore[index,union-attr]
    assert call.function.arguments == '{"text": "weather in Paris CALL_TOOL"}'  # type: ignore[union-attr]


def _sse(*payloads: Any) -> bytes:
    return b"".join(b"data: " + json.dumps(p).encode() + b"\n\n" for p in payloads) + b"data: [DONE]\n\n"


def test_a_delta_that_is_not_an_object_is_a_validation_error() -> None:
    # ``delta`` is typed ChoiceDelta, so an odd one is refused at its chunk, after the chunks before it.
    body = _sse(_chunk(_choice({"content": "a"})), _chunk(_choice("odd")), _chunk(_choice({"content": "b"})))
    stream = ChatCompletionStream(httpx.Response(200, stream=_Body(body)), _stream_events.chat_chunk_handler)
    seen = []
    with pytest.raises(ResponseValidationError, match="ChatCompletionChunk"):
        for item in stream:
            seen.append(item.choices[0].delta.content)
    assert seen == ["a"]


def test_the_split_handler_is_an_ordinary_handler_too() -> None:
    body = wire.load("chat-stream").body
    stream: Any = ChatCompletionStream(
        httpx.Response(200, stream=_Body(body)), lambda e: _stream_events.chat_chunk_handler(e)
    )
    with_split = ChatCompletionStream(httpx.Response(200, stream=_Body(body)), _stream_events.chat_chunk_handler)
    assert [c.to_dict() for c in stream] == [c.to_dict() for c in with_split]
    assert stream.final_completion() == with_split.final_completion()


def test_model_class_is_cached() -> None:
    first = _calls.model_class("chat_completion_chunk")
    assert first is ChatCompletionChunk and _calls.model_class("chat_completion_chunk") is first


@pytest.mark.parametrize(
    "data",
    ['{"choices": []}', ' {"choices": []}', '{"choices": []}\t', '{"choices": [], "n": NaN}', '{"choices":[1e400]}'],
)
def test_chat_events_decode_as_json_loads_does(data: str) -> None:
    # The handler calls the C scanner directly; whitespace around the value and every other edge goes
    # through json.loads, so the result is always what json.loads gives.
    decoded = _stream_events.decode_chat_event(ServerSentEvent(None, data))
    assert repr(decoded) == repr(json.loads(data))


@pytest.mark.parametrize("data", ['{"choices": []} x', "", "{", '{"choices": [}', "\ufeff{}", "nan"])
def test_chat_events_that_are_not_json_raise_a_validation_error(data: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        _stream_events.decode_chat_event(ServerSentEvent(None, data))
    assert caught.value.body == data and "not JSON" in str(caught.value)
