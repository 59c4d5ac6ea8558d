"""Inference response bodies with the field sets the real gateway sends (see tests/fixtures/wire).

Every reply echoes the input: text becomes ``"Echo: <text>"`` and token counts are word counts,
like the fake upstream the wire recordings were made against.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import struct
from collections.abc import Sequence
from typing import Any

from .._json import is_array, is_object
from ._replies import DONE_FRAME, dumps, sse

CREATED = 1735689600
FINGERPRINT = "fp_mock"
TOOL_CALL_ID = "call_mock_1"
_WORD_PIECE = re.compile(r"\s*\S+\s*")


def new_id(prefix: str) -> str:
    """``prefix`` followed by 24 random hex digits, like the recorded ids."""
    return prefix + os.urandom(12).hex()


def bare_model(model: str) -> str:
    """The upstream model name of a selector: ``openai:fake-model`` and ``openai/fake-model`` -> ``fake-model``."""
    for sep in (":", "/"):
        provider, found, name = model.partition(sep)
        if found and provider and name:
            return name
    return model


def provider_of(model: str) -> str | None:
    """The provider instance of a selector, or None for a bare model."""
    for sep in (":", "/"):
        provider, found, name = model.partition(sep)
        if found and provider and name:
            return provider
    return None


def content_text(content: Any) -> str:
    """Text of a message's content: a string, or the text parts of a content list joined by spaces."""
    if isinstance(content, str):
        return content
    if is_array(content):
        texts = [part.get("text") for part in content if is_object(part)]
        return " ".join(text for text in texts if isinstance(text, str))
    return ""


def last_user_text(messages: Sequence[Any]) -> str:
    """Text of the last ``user`` message (or of the last message when none is from the user)."""
    dicts = [m for m in messages if is_object(m)]
    users = [m for m in dicts if m.get("role") == "user"]
    chosen = users[-1] if users else (dicts[-1] if dicts else {})
    return content_text(chosen.get("content"))


def count_words(text: str) -> int:
    return len(text.split())


def pieces(text: str) -> list[str]:
    """Stream deltas: each word with its following whitespace (``"Echo: hi"`` -> ``["Echo: ", "hi"]``)."""
    return _WORD_PIECE.findall(text) or ([text] if text else [])


def fragments(text: str, size: int = 16) -> list[str]:
    """Tool-call argument fragments of ``size`` characters, as upstreams stream them."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def tool_name(tools: Sequence[Any]) -> str:
    """The first tool's name in OpenAI (``function.name``) or Anthropic/Responses (``name``) shape."""
    for tool in tools:
        if is_object(tool):
            function = tool.get("function")
            if is_object(function) and isinstance(function.get("name"), str):
                return str(function["name"])
            if isinstance(tool.get("name"), str):
                return str(tool["name"])
    return "tool"


def tool_arguments(text: str) -> str:
    """The fake upstream's tool arguments: ``{"text": "<prompt>"}`` (default JSON separators)."""
    return json.dumps({"text": text})


# --- chat completions ---------------------------------------------------------------------------------


def chat_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "completion_tokens": completion,
        "prompt_tokens": prompt,
        "total_tokens": prompt + completion,
        "completion_tokens_details": {
            "accepted_prediction_tokens": 0,
            "audio_tokens": 0,
            "reasoning_tokens": 0,
            "rejected_prediction_tokens": 0,
            "text_tokens": None,
            "image_tokens": None,
        },
        "prompt_tokens_details": {
            "audio_tokens": 0,
            "cache_write_tokens": None,
            "cached_tokens": 0,
            "image_tokens": None,
            "text_tokens": None,
            "cache_creation_token_details": None,
        },
    }


def chat_completion(
    *, model: str, text: str | None, tool: str | None, arguments: str, prompt: int, completion: int
) -> dict[str, Any]:
    """A ``chat.completion``: a text answer, or a tool call when ``tool`` is given."""
    tool_calls = None
    if tool is not None:
        tool_calls = [
            {
                "id": TOOL_CALL_ID,
                "function": {"arguments": arguments, "name": tool},
                "type": "function",
                "extra_content": None,
            }
        ]
    return {
        "id": new_id("chatcmpl-mock"),
        "choices": [
            {
                "finish_reason": "tool_calls" if tool is not None else "stop",
                "index": 0,
                "logprobs": None,
                "message": {
                    "content": None if tool is not None else text,
                    "refusal": None,
                    "role": "assistant",
                    "annotations": [],
                    "audio": None,
                    "function_call": None,
                    "tool_calls": tool_calls,
                    "reasoning": None,
                    "extra_content": None,
                    "images": None,
                },
            }
        ],
        "created": CREATED,
        "model": model,
        "object": "chat.completion",
        "metadata": None,
        "moderation": None,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "usage": chat_usage(prompt, completion),
    }


def _delta(
    *, content: str | None = None, role: str | None = None, tool_calls: list[Any] | None = None
) -> dict[str, Any]:
    return {
        "audio": None,
        "content": content,
        "function_call": None,
        "refusal": None,
        "role": role,
        "tool_calls": tool_calls,
        "reasoning": None,
        "extra_content": None,
        "images": None,
    }


def _tool_delta(*, call_id: str | None, name: str | None, arguments: str) -> list[Any]:
    return [
        {
            "index": 0,
            "id": call_id,
            "function": {"arguments": arguments, "name": name},
            "type": "function" if call_id is not None else None,
            "extra_content": None,
        }
    ]


def chat_stream(
    *,
    model: str,
    text: str,
    tool: str | None,
    arguments: str,
    prompt: int,
    completion: int,
    include_usage: bool = True,
) -> tuple[bytes, ...]:
    """The SSE frames of a streamed chat completion, ``data: [DONE]`` included."""
    cid = new_id("chatcmpl-mock")
    # Every chunk shares everything but its choices and usage: serialize the common parts once.
    head = b'data: {"id":"%s","choices":' % cid.encode()
    tail = b',"created":%d,"model":%s,"object":"chat.completion.chunk","moderation":null,' % (
        CREATED,
        dumps(model),
    )
    tail += b'"obfuscation":null,"service_tier":"default","system_fingerprint":"%s","usage":' % (FINGERPRINT.encode())

    def frame(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"delta": delta, "index": 0, "finish_reason": finish, "logprobs": None}
        return head + dumps([choice]) + tail + b"null}\n\n"

    frames = [frame(_delta(content="", role="assistant"))]
    if tool is not None:
        frames.append(frame(_delta(tool_calls=_tool_delta(call_id=TOOL_CALL_ID, name=tool, arguments=""))))
        frames.extend(
            frame(_delta(tool_calls=_tool_delta(call_id=None, name=None, arguments=part)))
            for part in fragments(arguments)
        )
        frames.append(frame(_delta(), "tool_calls"))
    else:
        frames.extend(frame(_delta(content=part)) for part in pieces(text))
        frames.append(frame(_delta(), "stop"))
    if include_usage:
        frames.append(head + b"[]" + tail + dumps(chat_usage(prompt, completion)) + b"}\n\n")
    frames.append(DONE_FRAME)
    return tuple(frames)


# --- responses ----------------------------------------------------------------------------------------


def _response_object(rid: str, model: str, metadata: Any, status: str, output: list[Any]) -> dict[str, Any]:
    return {
        "id": rid,
        "created_at": float(CREATED),
        "metadata": metadata if is_object(metadata) else {},
        "model": model,
        "object": "response",
        "output": output,
        "parallel_tool_calls": True,
        "temperature": 1.0,
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "background": False,
        "reasoning": {},
        "service_tier": "default",
        "status": status,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "truncation": "disabled",
    }


def _response_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": prompt + completion,
    }


def _finish_response(obj: dict[str, Any], user: str, usage: dict[str, Any] | None) -> dict[str, Any]:
    # Field order as recorded: usage (only once complete) comes before user and store.
    if usage is not None:
        obj["usage"] = usage
    obj["user"] = user
    obj["store"] = True
    return obj


def _text_part(text: str) -> dict[str, Any]:
    return {"annotations": [], "text": text, "type": "output_text", "logprobs": []}


def _message_item(item_id: str, text: str | None, status: str) -> dict[str, Any]:
    content = [] if text is None else [_text_part(text)]
    return {"id": item_id, "content": content, "role": "assistant", "status": status, "type": "message"}


def _call_item(item_id: str, name: str, arguments: str, status: str) -> dict[str, Any]:
    return {
        "arguments": arguments,
        "call_id": TOOL_CALL_ID,
        "name": name,
        "type": "function_call",
        "id": item_id,
        "status": status,
    }


def response(
    *,
    model: str,
    text: str,
    tool: str | None,
    arguments: str,
    prompt: int,
    completion: int,
    user: str,
    metadata: Any,
) -> dict[str, Any]:
    """A non-streamed ``response`` object."""
    rid = new_id("resp_mock")
    if tool is not None:
        item = _call_item("fc_mock_" + rid[-12:], tool, arguments, "completed")
    else:
        item = _message_item("msg_mock_" + rid[-12:], text, "completed")
    obj = _response_object(rid, model, metadata, "completed", [item])
    return _finish_response(obj, user, _response_usage(prompt, completion))


def response_stream(
    *,
    model: str,
    text: str,
    tool: str | None,
    arguments: str,
    prompt: int,
    completion: int,
    user: str,
    metadata: Any,
) -> tuple[bytes, ...]:
    """The frames of a streamed response: ``event: response.*`` pairs, then a bare ``data: [DONE]``."""
    rid = new_id("resp_mock")
    events: list[dict[str, Any]] = []

    def add(kind: str, payload: dict[str, Any]) -> None:
        payload["sequence_number"] = len(events)
        payload["type"] = kind
        events.append(payload)

    def snapshot(status: str, output: list[Any], usage: dict[str, Any] | None) -> dict[str, Any]:
        return _finish_response(_response_object(rid, model, metadata, status, output), user, usage)

    add("response.created", {"response": snapshot("in_progress", [], None)})
    add("response.in_progress", {"response": snapshot("in_progress", [], None)})
    if tool is not None:
        item_id = "fc_mock_" + rid[-12:]
        add(
            "response.output_item.added",
            {"item": _call_item(item_id, tool, "", "in_progress"), "output_index": 0},
        )
        for part in fragments(arguments):
            add(
                "response.function_call_arguments.delta",
                {"delta": part, "item_id": item_id, "output_index": 0},
            )
        add(
            "response.function_call_arguments.done",
            {"arguments": arguments, "item_id": item_id, "output_index": 0},
        )
        done_item = _call_item(item_id, tool, arguments, "completed")
    else:
        item_id = "msg_mock_" + rid[-12:]
        add(
            "response.output_item.added",
            {"item": _message_item(item_id, None, "in_progress"), "output_index": 0},
        )
        add(
            "response.content_part.added",
            {"content_index": 0, "item_id": item_id, "output_index": 0, "part": _text_part("")},
        )
        for part in pieces(text):
            add(
                "response.output_text.delta",
                {"content_index": 0, "delta": part, "item_id": item_id, "logprobs": [], "output_index": 0},
            )
        add(
            "response.output_text.done",
            {"content_index": 0, "item_id": item_id, "logprobs": [], "output_index": 0, "text": text},
        )
        add(
            "response.content_part.done",
            {"content_index": 0, "item_id": item_id, "output_index": 0, "part": _text_part(text)},
        )
        done_item = _message_item(item_id, text, "completed")
    add("response.output_item.done", {"item": done_item, "output_index": 0})
    usage = _response_usage(prompt, completion)
    add("response.completed", {"response": snapshot("completed", [done_item], usage)})
    return (*(sse(event, event=event["type"]) for event in events), DONE_FRAME)


# --- anthropic messages -------------------------------------------------------------------------------


def message(*, model: str, text: str, tool: str | None, arguments: str, prompt: int, completion: int) -> dict[str, Any]:
    """A non-streamed Anthropic ``message`` as the gateway translates it."""
    if tool is not None:
        content = [{"id": TOOL_CALL_ID, "input": json.loads(arguments), "name": tool, "type": "tool_use"}]
    else:
        content = [{"text": text, "type": "text"}]
    return {
        "id": new_id("chatcmpl-mock"),
        "content": content,
        "model": model,
        "role": "assistant",
        "stop_reason": "tool_use" if tool is not None else "end_turn",
        "type": "message",
        "usage": {"cache_read_input_tokens": 0, "input_tokens": prompt, "output_tokens": completion},
    }


def message_stream(
    *, model: str, text: str, tool: str | None, arguments: str, prompt: int, completion: int
) -> tuple[bytes, ...]:
    """The frames of a streamed message, ending with the gateway's extra ``event: done`` / ``data: {}``."""
    start: dict[str, Any] = {
        "message": {
            "id": new_id("chatcmpl-mock"),
            "content": [],
            "model": model,
            "role": "assistant",
            "type": "message",
            "usage": {"input_tokens": 0, "output_tokens": 0},
        },
        "type": "message_start",
    }
    frames = [sse(start, event="message_start")]
    if tool is not None:
        block: dict[str, Any] = {"id": TOOL_CALL_ID, "input": {}, "name": tool, "type": "tool_use"}
        deltas = [{"partial_json": part, "type": "input_json_delta"} for part in fragments(arguments)]
        stop_reason = "tool_use"
    else:
        block = {"text": "", "type": "text"}
        deltas = [{"text": part, "type": "text_delta"} for part in pieces(text)]
        stop_reason = "end_turn"
    frames.append(sse({"content_block": block, "index": 0, "type": "content_block_start"}, event="content_block_start"))
    frames.extend(
        sse({"delta": delta, "index": 0, "type": "content_block_delta"}, event="content_block_delta")
        for delta in deltas
    )
    frames.append(sse({"index": 0, "type": "content_block_stop"}, event="content_block_stop"))
    usage = {"cache_read_input_tokens": 0, "input_tokens": prompt, "output_tokens": completion}
    frames.append(
        sse(
            {"delta": {"stop_reason": stop_reason}, "type": "message_delta", "usage": usage},
            event="message_delta",
        )
    )
    frames.append(sse({"type": "message_stop"}, event="message_stop"))
    frames.append(sse({}, event="done"))
    return tuple(frames)


# --- embeddings, moderations, rerank, images, audio ---------------------------------------------------


def embedding_vector(text: str, dimensions: int) -> list[float]:
    """A deterministic unit-range vector for ``text``, with float32 precision like a real provider."""
    seed = hashlib.sha256(text.encode("utf-8")).digest()
    raw = (seed * (dimensions * 4 // len(seed) + 1))[: dimensions * 4]
    values = [(b / 127.5) - 1.0 for b in raw[::4]]
    return list(struct.unpack(f"<{dimensions}f", struct.pack(f"<{dimensions}f", *values)))


def embeddings(*, model: str, inputs: list[str], dimensions: int, base64_format: bool) -> dict[str, Any]:
    data: list[dict[str, Any]] = []
    for index, text in enumerate(inputs):
        vector = embedding_vector(text, dimensions)
        encoded: Any = vector
        if base64_format:
            encoded = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode("ascii")
        data.append({"embedding": encoded, "index": index, "object": "embedding"})
    tokens = sum(count_words(text) for text in inputs)
    return {
        "data": data,
        "model": model,
        "object": "list",
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


_CATEGORIES = (
    "harassment",
    "harassment_threatening",
    "hate",
    "hate_threatening",
    "illicit",
    "illicit_violent",
    "self_harm",
    "self_harm_instructions",
    "self_harm_intent",
    "sexual",
    "sexual_minors",
    "violence",
    "violence_graphic",
    "harassment/threatening",
    "hate/threatening",
    "illicit/violent",
    "self-harm",
    "self-harm/instructions",
    "self-harm/intent",
    "sexual/minors",
    "violence/graphic",
)


def _moderation_result(flagged: bool) -> dict[str, Any]:
    return {
        "flagged": flagged,
        "categories": {name: flagged and name == "violence" for name in _CATEGORIES},
        "category_scores": {name: 0.99 if flagged and name == "violence" else 0.0001 for name in _CATEGORIES},
        "category_applied_input_types": {name: ["text"] for name in _CATEGORIES},
        "provider_raw": None,
    }


_FLAGGED = _moderation_result(True)
_CLEAN = _moderation_result(False)


def moderation(*, model: str, inputs: list[str]) -> dict[str, Any]:
    """One result per input; an input containing ``FLAG`` is flagged (category ``violence``)."""
    return {
        "id": new_id("modr-mock"),
        "model": model,
        "results": [_FLAGGED if "FLAG" in text else _CLEAN for text in inputs],
    }


def rerank(*, model: str, query: str, documents: list[str], top_n: int | None) -> dict[str, Any]:
    """Documents ranked by the share of the query's words they contain."""
    wanted = set(query.lower().split())
    scored: list[dict[str, Any]] = []
    for index, document in enumerate(documents):
        overlap = len(wanted & set(document.lower().split()))
        scored.append({"index": index, "relevance_score": round(overlap / len(wanted), 4) if wanted else 0.0})
    scored.sort(key=lambda item: -float(item["relevance_score"]))
    if top_n is not None:
        scored = scored[:top_n]
    tokens = count_words(query) + sum(count_words(d) for d in documents)
    return {
        "id": new_id("rerank-mock"),
        "model": model,
        "results": scored,
        "meta": None,
        "usage": {"total_tokens": tokens},
    }


def images(*, prompt: str, n: int, b64: bool, created: int) -> dict[str, Any]:
    data: list[dict[str, Any]] = []
    for _ in range(n):
        image_id = new_id("img-mock")
        if b64:
            item = {"b64_json": base64.b64encode(b"\x89PNG mock " + image_id.encode()).decode(), "url": None}
        else:
            item = {"b64_json": None, "url": f"https://images.mock.invalid/{image_id}.png"}
        item["revised_prompt"] = prompt
        data.append(item)
    return {"created": created, "data": data}


def speech_audio(text: str, voice: str) -> bytes:
    """Bytes that start like an MP3 file (an ID3 tag) and depend on the input."""
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + hashlib.sha256(f"{voice}:{text}".encode()).digest() * 8
