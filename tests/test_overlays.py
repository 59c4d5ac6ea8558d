"""The typed models of the generated core parse what a real gateway sends.

Every successful recording in ``tests/fixtures/wire`` is routed by its request line to the generated
operation that handles it, parsed with that operation's own ``_parse_response`` (so the overlays in
``openapi/overlays/inference.json`` are checked as wired, not just as schemas) and must round-trip through
``to_dict()`` unchanged. A new recording is picked up automatically; one on a route nobody typed fails
``test_every_successful_recording_is_typed_or_known_untyped``.
"""

from __future__ import annotations

import base64
import copy
import importlib
import inspect
import json
import math
import re
import struct
import typing
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from otari._generated import models as m
from otari._generated.client import Client
from tests import wire


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # the path as the generated module spells it, e.g. /v1/keys/{key_id}
    module: str  # otari._generated.api.<module>
    model: str  # class in otari._generated.models
    many: bool = False  # the body is a bare JSON array of `model`

    def matches(self, method: str, path: str) -> bool:
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(self.template))
        return method == self.method and re.fullmatch(pattern, path) is not None


ROUTES = [
    Route("POST", "/v1/chat/completions", "chat.chat_completions", "ChatCompletion"),
    Route("POST", "/v1/embeddings", "embeddings.create_embedding", "CreateEmbeddingResponse"),
    Route("POST", "/v1/rerank", "rerank.create_rerank", "RerankResponse"),
    Route("POST", "/v1/images/generations", "images.create_image", "ImagesResponse"),
    Route("POST", "/v1/audio/transcriptions", "audio.create_transcription", "Transcription"),
    Route("POST", "/v1/batches", "batches.create_batch", "Batch"),
    Route("GET", "/v1/batches", "batches.list_batches", "BatchList"),
    Route("GET", "/v1/batches/{batch_id}", "batches.retrieve_batch", "Batch"),
    Route("POST", "/v1/batches/{batch_id}/cancel", "batches.cancel_batch", "Batch"),
    Route("GET", "/v1/batches/{batch_id}/results", "batches.retrieve_batch_results", "BatchResults"),
    Route("POST", "/v1/messages/count_tokens", "messages.count_message_tokens", "CountTokensResponse"),
    Route("GET", "/v1/models", "models.list_models", "ModelListResponse"),
    Route("GET", "/v1/models/{model_id}", "models.get_model", "ModelObject"),
    Route("POST", "/v1/moderations", "moderations.create_moderation", "ModerationResponse"),
    Route("POST", "/v1/keys", "keys.create_key", "CreateKeyResponse"),
    Route("POST", "/v1/keys/{key_id}/rotate", "keys.rotate_key", "CreateKeyResponse"),
    Route("GET", "/v1/keys", "keys.list_keys", "KeyInfo", many=True),
    Route("GET", "/v1/keys/{key_id}", "keys.get_key", "KeyInfo"),
    Route("PATCH", "/v1/keys/{key_id}", "keys.update_key", "KeyInfo"),
    Route("POST", "/v1/users", "users.create_user", "UserResponse"),
    Route("GET", "/v1/users", "users.list_users", "UserResponse", many=True),
    Route("GET", "/v1/users/{user_id}", "users.get_user", "UserResponse"),
    Route("PATCH", "/v1/users/{user_id}", "users.update_user", "UserResponse"),
    Route("GET", "/v1/users/{user_id}/usage", "users.get_user_usage", "UsageLogResponse", many=True),
    Route("POST", "/v1/budgets", "budgets.create_budget", "BudgetResponse"),
    Route("GET", "/v1/budgets", "budgets.list_budgets", "BudgetResponse", many=True),
    Route("GET", "/v1/budgets/{budget_id}", "budgets.get_budget", "BudgetResponse"),
    Route("PATCH", "/v1/budgets/{budget_id}", "budgets.update_budget", "BudgetResponse"),
    Route("POST", "/v1/pricing", "pricing.set_pricing", "PricingResponse"),
    Route("GET", "/v1/pricing", "pricing.list_pricing", "PricingResponse", many=True),
    Route("GET", "/v1/pricing/{model_key}", "pricing.get_pricing", "PricingResponse"),
    Route("GET", "/v1/pricing/{model_key}/history", "pricing.get_pricing_history", "PricingResponse", many=True),
    Route("GET", "/v1/usage", "usage.list_usage", "UsageEntry", many=True),
    Route("GET", "/v1/usage/count", "usage.count_usage", "UsageCount"),
]

# Deliberately untyped: these answers stay plain dicts (the Anthropic and Responses wire formats).
UNTYPED_ROUTES = [("POST", "/v1/messages"), ("POST", "/v1/responses")]

# Recordings known to be covered today; the routing test keeps new ones covered, this keeps old ones.
EXPECTED_TYPED = {
    "chat-nonstream", "chat-nonstream-tool-call", "chat-nonstream-master-key-with-user",
    "chat-nonstream-ratelimit-headers", "chat-stream", "chat-stream-tool-call", "chat-stream-keepalive",
    "chat-stream-error-midstream-drop", "chat-stream-error-midstream-chunk",
    "embeddings-float", "embeddings-base64",
    "batches-create", "batches-retrieve", "batches-cancel", "batches-list", "batches-results",
    "messages-count-tokens", "models-list", "models-retrieve", "moderations-flagged",
    "keys-create", "keys-rotate", "keys-list", "keys-get", "keys-update",
    "users-create", "users-list", "users-get", "users-update", "users-usage",
    "budgets-create", "budgets-list", "budgets-get", "budgets-update",
    "pricing-set", "pricing-list", "pricing-get", "pricing-history",
    "usage-list", "usage-count",
}  # fmt: skip


def _successful() -> list[str]:
    """Recordings of a 2xx answer with a body: 204s have nothing to parse, errors are _errors.py's job."""
    return [n for n in wire.names() if 200 <= wire.load(n).status < 300 and wire.load(n).body]


def _route(name: str) -> Route | None:
    ex = wire.load(name)
    return next((r for r in ROUTES if r.matches(ex.method, ex.path)), None)


def _typed() -> list[str]:
    return [n for n in _successful() if _route(n) is not None]


def _json_typed() -> list[str]:
    return [n for n in _typed() if not wire.load(n).is_stream]


def _stream_typed() -> list[str]:
    return [n for n in _typed() if wire.load(n).is_stream]


def _data_payloads(body: bytes) -> list[str]:
    """The ``data`` of each SSE event (one ``data:`` line per event on this wire; comments skipped)."""
    payloads = []
    for event in body.decode("utf-8").split("\n\n"):
        lines = [line[5:].removeprefix(" ") for line in event.split("\n") if line.startswith("data:")]
        if lines:
            payloads.append("\n".join(lines))
    return payloads


def _chunks(name: str) -> list[dict[str, Any]]:
    """The chunk payloads of a chat stream: not ``[DONE]``, not the gateway's mid-stream error event."""
    found = []
    for payload in _data_payloads(wire.load(name).body):
        if payload == "[DONE]":
            continue
        data = json.loads(payload)
        if "error" not in data:
            found.append(data)
    return found


def _parse(name: str) -> Any:
    """Parse a recorded JSON body the way the generated operation does."""
    ex = wire.load(name)
    route = _route(name)
    assert route is not None, name
    module = importlib.import_module(f"otari._generated.api.{route.module}")
    response = httpx.Response(ex.status, content=ex.body, headers={"content-type": "application/json"})
    return module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)


def _model(name: str) -> Any:
    return getattr(m, name)


# --- routing and coverage ----------------------------------------------------------------------------


def test_every_successful_recording_is_typed_or_known_untyped() -> None:
    stray = []
    for name in _successful():
        ex = wire.load(name)
        if _route(name) is None and (ex.method, ex.path) not in UNTYPED_ROUTES:
            stray.append(f"{name} ({ex.method} {ex.path})")
    assert not stray, f"recordings on routes with no typed model (add a Route or an overlay): {stray}"


def test_known_recordings_stay_covered() -> None:
    missing = EXPECTED_TYPED - set(_typed())
    assert not missing, f"recordings that lost their typed model: {sorted(missing)}"
    untyped = {n for n in _successful() if _route(n) is None}
    assert untyped, "the Messages and Responses recordings should be the untyped ones"
    assert all(n.startswith(("messages-", "responses-")) for n in untyped), untyped


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.template}")
def test_route_table_matches_the_generated_operation(route: Route) -> None:
    """The table above names the module that really serves each route, with the 200 model it parses."""
    module = importlib.import_module(f"otari._generated.api.{route.module}")
    source = inspect.getsource(module)
    assert f'"method": "{route.method.lower()}"' in source
    assert f'"url": "{route.template}"' in source
    cls = _model(route.model)
    expected: object = list[cls] if route.many else cls
    assert expected in typing.get_args(inspect.signature(module._parse_response).return_annotation)


# --- every recorded body parses and round-trips --------------------------------------------------------


@pytest.mark.parametrize("name", _json_typed())
def test_recorded_body_parses_into_its_model(name: str) -> None:
    route = _route(name)
    assert route is not None
    parsed = _parse(name)
    body = wire.load(name).json()
    cls = _model(route.model)
    if route.many:
        assert isinstance(parsed, list) and len(parsed) == len(body) > 0
        assert all(isinstance(item, cls) for item in parsed)
        assert [item.to_dict() for item in parsed] == body
    else:
        assert isinstance(parsed, cls)
        assert parsed.to_dict() == body


@pytest.mark.parametrize("name", _stream_typed())
def test_recorded_stream_chunks_parse(name: str) -> None:
    chunks = _chunks(name)
    assert chunks, f"{name}: no chunk events"
    for data in chunks:
        chunk = m.ChatCompletionChunk.from_dict(data)
        assert chunk.to_dict() == data
        assert chunk.object_ == "chat.completion.chunk"


# --- meaningful values ---------------------------------------------------------------------------------


def test_chat_nonstream_values() -> None:
    completion = _parse("chat-nonstream")
    assert isinstance(completion, m.ChatCompletion)
    choice = completion.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert choice.message.content == "Echo: hello there world"
    assert choice.message.content_string() == "Echo: hello there world"
    assert choice.message.tool_calls is None
    assert completion.model == "fake-model"
    assert isinstance(completion.usage, m.CompletionUsage)
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (3, 4)
    assert completion.usage.total_tokens == 7
    assert isinstance(completion.usage.prompt_tokens_details, m.PromptTokensDetails)
    assert completion.usage.prompt_tokens_details.cached_tokens == 0
    assert isinstance(completion.usage.completion_tokens_details, m.CompletionTokensDetails)
    assert completion.usage.completion_tokens_details.reasoning_tokens == 0


def test_chat_tool_call_values() -> None:
    completion = _parse("chat-nonstream-tool-call")
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    assert choice.message.content_string() == ""
    (call,) = choice.message.tool_calls
    assert isinstance(call, m.ChatCompletionMessageToolCall)
    assert (call.id, call.type_) == ("call_fake_1", "function")
    assert isinstance(call.function, m.FunctionCall)
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"text": "weather in Paris CALL_TOOL"}
    assert call.additional_properties == {"extra_content": None}


def test_chat_stream_values() -> None:
    chunks = [m.ChatCompletionChunk.from_dict(c) for c in _chunks("chat-stream")]
    first, *_, last_choice, usage_chunk = chunks
    assert isinstance(first.choices[0].delta, m.ChoiceDelta)
    assert first.choices[0].delta.role == "assistant"
    text = "".join(
        c.choices[0].delta.content for c in chunks if c.choices and isinstance(c.choices[0].delta.content, str)
    )
    assert text == "Echo: hello stream world"
    assert last_choice.choices[0].finish_reason == "stop"
    assert last_choice.choices[0].delta.content is None
    assert usage_chunk.choices == []
    assert isinstance(usage_chunk.usage, m.CompletionUsage)
    assert usage_chunk.usage.total_tokens == 7


def test_chat_stream_tool_call_fragments() -> None:
    chunks = [m.ChatCompletionChunk.from_dict(c) for c in _chunks("chat-stream-tool-call")]
    calls: dict[int, dict[str, str]] = {}
    for chunk in chunks:
        for choice in chunk.choices:
            assert isinstance(choice.delta, m.ChoiceDelta)
            for fragment in choice.delta.tool_calls or []:
                assert isinstance(fragment, m.ChoiceDeltaToolCall)
                call = calls.setdefault(fragment.index, {"id": "", "name": "", "arguments": ""})
                if isinstance(fragment.id, str):
                    call["id"] = fragment.id
                if isinstance(fragment.function, m.ChoiceDeltaToolCallFunction):
                    call["name"] += fragment.function.name or ""
                    call["arguments"] += fragment.function.arguments or ""
    assert calls.keys() == {0}
    assert calls[0]["id"] == "call_fake_1"
    assert calls[0]["name"] == "get_weather"
    assert json.loads(calls[0]["arguments"]) == {"text": "weather in Paris CALL_TOOL"}
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"


@pytest.mark.parametrize("name", ["chat-stream-error-midstream-drop", "chat-stream-error-midstream-chunk"])
def test_midstream_error_event_is_not_a_chunk(name: str) -> None:
    """``choices`` is required, so the gateway's error event cannot pass for an (empty) chunk."""
    events = [json.loads(p) for p in _data_payloads(wire.load(name).body) if p != "[DONE]"]
    errors = [event for event in events if "error" in event]
    assert len(errors) == 1
    with pytest.raises(KeyError):
        m.ChatCompletionChunk.from_dict(errors[0])


def test_embeddings_float_values() -> None:
    response = _parse("embeddings-float")
    assert isinstance(response, m.CreateEmbeddingResponse)
    (item,) = response.data
    assert isinstance(item, m.Embedding) and item.index == 0
    assert isinstance(item.embedding, list) and len(item.embedding) == 8
    assert all(isinstance(x, float) and -1.0 <= x <= 1.0 for x in item.embedding)
    assert isinstance(response.usage, m.EmbeddingUsage)
    assert response.usage.prompt_tokens == response.usage.total_tokens == 2


def test_embeddings_base64_values() -> None:
    """A base64 embedding is decoded to the same floats, and the string as sent stays reachable."""
    (item,) = _parse("embeddings-base64").data
    sent = wire.load("embeddings-base64").json()["data"][0]["embedding"]
    assert item.embedding_base64() == sent
    values = struct.unpack("<8f", base64.b64decode(sent, validate=True))
    assert item.embedding == list(values)
    assert all(isinstance(v, float) and math.isfinite(v) and -1.0 <= v <= 1.0 for v in item.embedding)
    assert _parse("embeddings-float").data[0].embedding_base64() is None


def test_base64_embedding_of_the_wrong_length_is_an_error() -> None:
    with pytest.raises(ValueError, match="whole float32 values"):
        m.Embedding.from_dict({"object": "embedding", "index": 0, "embedding": base64.b64encode(b"12345").decode()})


@pytest.mark.parametrize(
    ("name", "status"),
    [("batches-create", "validating"), ("batches-retrieve", "completed"), ("batches-cancel", "cancelled")],
)
def test_batch_values(name: str, status: str) -> None:
    batch = _parse(name)
    assert isinstance(batch, m.Batch)
    assert batch.id.startswith("batch_")
    assert batch.status == status
    assert batch.provider == "openai"
    assert batch.endpoint == "/v1/chat/completions"
    assert isinstance(batch.metadata, m.BatchMetadata)
    assert batch.metadata["otari_user_id"] == "default"
    assert isinstance(batch.request_counts, m.BatchRequestCounts)
    assert batch.request_counts.total >= batch.request_counts.completed


def test_batch_list_values() -> None:
    page = _parse("batches-list")
    assert isinstance(page, m.BatchList)
    assert [b.status for b in page.data] == ["cancelled", "in_progress", "completed"]
    assert {b.provider for b in page.data} == {"openai"}
    assert page.has_more is None  # the gateway sends no paging fields


def test_batch_results_values() -> None:
    results = _parse("batches-results")
    assert isinstance(results, m.BatchResults)
    ok, failed = results.results
    assert ok.custom_id == "r1" and ok.error is None
    assert isinstance(ok.result, m.ChatCompletion)
    assert ok.result.choices[0].message.content_string() == "Echo: batch one"
    assert failed.custom_id == "r2" and failed.result is None
    assert isinstance(failed.error, m.BatchResultError)
    assert (failed.error.code, failed.error.message) == ("unknown", "Unexpected response format")


def test_batch_result_is_typed_as_a_chat_completion() -> None:
    """The gateway batches chat requests only, so ``result`` is a ``ChatCompletion`` or None, not a union."""
    assert m.BatchResultItem.__annotations__["result"] == "ChatCompletion | None"


def test_control_plane_values() -> None:
    created = _parse("keys-create")
    assert created.key.startswith("gw-") and created.user_id == "alice"
    keys = _parse("keys-list")
    assert "fixture-key" in {k.key_name for k in keys}
    assert _parse("models-retrieve").id == "openai:fake-model"
    assert "openai:fake-model" in {x.id for x in _parse("models-list").data}
    moderation = _parse("moderations-flagged")
    assert moderation.results[0].flagged is True
    assert moderation.results[0].categories["violence"] is True
    assert _parse("messages-count-tokens").input_tokens == 19
    assert _parse("users-get").user_id == "alice"
    assert {b.name for b in _parse("budgets-list")} == {"zero-budget", "fixture-budget"}
    assert _parse("pricing-get").cache_read_price_per_million == 1.5
    assert [u.status for u in _parse("usage-list")] == ["success", "error", "error"]
    assert _parse("users-usage")[0].total_tokens == 7
    assert _parse("usage-count").total == 30


# --- tolerance -----------------------------------------------------------------------------------------


def test_extra_fields_round_trip() -> None:
    body = wire.load("chat-nonstream").json()
    completion = m.ChatCompletion.from_dict(body)
    assert completion.additional_properties["moderation"] is None
    assert "metadata" in completion.additional_properties
    assert "reasoning" in completion.choices[0].message.additional_properties
    assert "logprobs" in completion.choices[0].additional_properties

    body = copy.deepcopy(body)
    body["brand_new"] = {"nested": [1, 2]}
    body["choices"][0]["message"]["reasoning"] = {"content": "because"}
    body["choices"][0]["message"]["new_message_field"] = 1
    body["usage"]["new_usage_field"] = "x"
    completion = m.ChatCompletion.from_dict(body)
    assert completion["brand_new"] == {"nested": [1, 2]}
    assert completion.choices[0].message["reasoning"] == {"content": "because"}
    assert completion.to_dict() == body


def test_unknown_string_values_parse() -> None:
    body = copy.deepcopy(wire.load("chat-nonstream").json())
    body["object"] = "chat.completion.v2"
    body["choices"][0]["finish_reason"] = "weird_new_reason"
    body["choices"][0]["message"]["role"] = "wizard"
    completion = m.ChatCompletion.from_dict(body)
    assert completion.choices[0].finish_reason == "weird_new_reason"
    assert completion.choices[0].message.role == "wizard"
    assert completion.to_dict() == body

    batch = copy.deepcopy(wire.load("batches-retrieve").json())
    batch["status"] = "paused_for_reasons"
    assert m.Batch.from_dict(batch).status == "paused_for_reasons"

    chunk = _chunks("chat-stream")[-2]
    chunk["choices"][0]["finish_reason"] = "weird_new_reason"
    assert m.ChatCompletionChunk.from_dict(chunk).choices[0].finish_reason == "weird_new_reason"


def test_nulls_are_tolerated() -> None:
    body = copy.deepcopy(wire.load("chat-nonstream").json())
    for key in ("usage", "system_fingerprint", "service_tier"):
        body[key] = None
    body["choices"][0]["finish_reason"] = None
    body["choices"][0]["message"].update(content=None, role="assistant", refusal=None, function_call=None)
    completion = m.ChatCompletion.from_dict(body)
    assert completion.usage is None
    assert completion.choices[0].finish_reason is None
    assert completion.to_dict() == body

    usage = {
        "prompt_tokens": 1,
        "completion_tokens": None,
        "total_tokens": 1,
        "prompt_tokens_details": None,
        "completion_tokens_details": {"reasoning_tokens": None},
    }
    assert m.CompletionUsage.from_dict(usage).to_dict() == usage

    delta = {"role": None, "content": None, "tool_calls": None, "function_call": None, "refusal": None}
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "usage": None}
    chunk |= {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
    assert m.ChatCompletionChunk.from_dict(chunk).to_dict() == chunk

    batch = {"id": "batch_x", "object": "batch", "endpoint": "/v1/chat/completions", "status": "failed"}
    batch |= {"provider": "openai", "completion_window": "24h", "created_at": 1}
    batch |= {"output_file_id": None, "completed_at": None, "model": None}
    batch |= {"errors": None, "request_counts": None, "usage": None, "metadata": None}
    assert m.Batch.from_dict(batch).to_dict() == batch

    image = {"created": 1, "data": [{"url": None, "b64_json": "aGk=", "revised_prompt": None}]}
    assert m.ImagesResponse.from_dict(image).to_dict() == image


def test_left_out_fields_are_none() -> None:
    """A field the server leaves out is None, never ``Unset``, and ``to_dict()`` does not invent it."""
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m"}
    body |= {"choices": [{"index": 0, "message": {"role": "assistant"}}]}
    completion = m.ChatCompletion.from_dict(body)
    assert completion.usage is None and completion.system_fingerprint is None
    assert completion.choices[0].message.content is None
    assert completion.choices[0].message.content_string() == ""
    assert completion.to_dict() == body
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
    assert m.ChatCompletionChunk.from_dict(chunk).choices == []
    fragment = m.ChoiceDeltaToolCall.from_dict({"index": 1})
    assert (fragment.id, fragment.function) == (None, None)
    assert m.ChoiceDeltaToolCall.from_dict({"index": 1}).to_dict() == {"index": 1}
    batch = {"id": "b", "object": "batch", "endpoint": "/v1/chat/completions", "status": "queued"}
    batch |= {"provider": "openai", "completion_window": "24h", "created_at": 1}
    parsed = m.Batch.from_dict(batch)
    assert parsed.model is None and parsed.request_counts is None and parsed.to_dict() == batch
    assert m.BatchList.from_dict({"data": []}).has_more is None
    assert m.BatchResults.from_dict({"results": [{"custom_id": "r"}]}).results[0].result is None
    assert m.Transcription.from_dict({"text": "hi"}).language is None
    assert m.ImagesResponse.from_dict({}).data is None


def test_a_missing_delta_is_an_empty_one() -> None:
    """``delta`` is typed ``ChoiceDelta`` (always there on the wire); a provider that leaves it out or sends
    null still parses, as an empty delta, so ``chunk.choices[0].delta.content`` needs no narrowing."""
    for choice in ({"index": 0}, {"index": 0, "delta": None, "finish_reason": "stop"}):
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [choice]}
        delta = m.ChatCompletionChunk.from_dict(chunk).choices[0].delta
        assert isinstance(delta, m.ChoiceDelta) and delta.content is None and delta.tool_calls is None


@pytest.mark.parametrize(
    ("model", "body", "missing"),
    [
        ("ChatCompletion", {"choices": [], "created": 1}, "id"),
        ("ChatCompletionChunk", {"choices": [], "created": 1}, "id"),
        (
            "Batch",
            {"id": "b", "object": "batch", "endpoint": "/e", "completion_window": "24h", "created_at": 1},
            "provider",
        ),
        ("ChatCompletionMessageToolCall", {"id": "call_1", "type": "custom", "custom": {"name": "grep"}}, "function"),
        ("Embedding", {"embedding": [0.0]}, "index"),
    ],
)
def test_fields_the_gateway_always_sends_are_required(model: str, body: dict[str, Any], missing: str) -> None:
    """Typed as always there (``batch.provider: str``), so a body without one is refused, not half-typed."""
    with pytest.raises(KeyError, match=missing):
        _model(model).from_dict(body)


# --- routes without a recording (the test upstream has no such endpoints): public wire shapes ----------


def test_rerank_response() -> None:
    body = {
        "id": "rr-1",
        "model": "rerank-v3.5",
        "results": [
            {"index": 2, "relevance_score": 0.91, "document": {"text": "Paris is in France"}},
            {"index": 0, "relevance_score": 0.12, "document": "plain string document"},
            {"index": 1, "relevance_score": 0.01},
        ],
        "meta": {"billed_units": {"search_units": 1.0}},
        "usage": {"total_tokens": 42},
    }
    response = _parse_synthetic("rerank.create_rerank", body)
    assert isinstance(response, m.RerankResponse)
    assert [r.index for r in response.results] == [2, 0, 1]
    assert isinstance(response.results[0].document, m.RerankDocument)
    assert response.results[0].document.text == "Paris is in France"
    assert response.results[1].document == "plain string document"
    assert response.results[2].document is None
    assert isinstance(response.meta, m.RerankMeta) and response.meta["billed_units"] == {"search_units": 1.0}
    assert isinstance(response.usage, m.RerankUsage) and response.usage.total_tokens == 42
    assert response.to_dict() == body


def test_images_response() -> None:
    body = {
        "created": 1735689600,
        "data": [{"url": "https://img.example/1.png", "revised_prompt": "a cat"}, {"b64_json": "aGk="}],
        "usage": {"input_tokens": 5, "output_tokens": 10, "total_tokens": 15},
    }
    response = _parse_synthetic("images.create_image", body)
    assert isinstance(response, m.ImagesResponse)
    assert isinstance(response.data, list)
    assert response.data[0].url == "https://img.example/1.png"
    assert base64.b64decode(response.data[1].b64_json) == b"hi"
    assert response["usage"]["total_tokens"] == 15
    assert response.to_dict() == body


def test_transcription() -> None:
    body = {"text": "hello world", "language": "english", "duration": 1.5, "segments": [{"id": 0}]}
    response = _parse_synthetic("audio.create_transcription", body)
    assert isinstance(response, m.Transcription)
    assert (response.text, response.language, response.duration) == ("hello world", "english", 1.5)
    assert response.to_dict() == body


def _parse_synthetic(module_name: str, body: dict[str, Any]) -> Any:
    module = importlib.import_module(f"otari._generated.api.{module_name}")
    response = httpx.Response(200, json=body)
    return module._parse_response(client=Client(base_url="http://127.0.0.1"), response=response)


# --- template hooks ------------------------------------------------------------------------------------


CONTENT_PARTS = [
    {"type": "thinking", "thinking": "hmm", "text": "not shown"},
    {"type": "text", "text": "Hello, "},
    {"type": "image_url", "image_url": {"url": "https://x"}},
    {"type": "text", "text": "world"},
]


def test_content_parts_become_text_and_stay_reachable() -> None:
    """``content`` is ``str | None`` for the user; parts a provider sends stay reachable and round-trip."""
    body = {"role": "assistant", "content": CONTENT_PARTS}
    message = m.ChatCompletionMessage.from_dict(body)
    assert message.content == "Hello, world" == message.content_string()
    parts = message.content_parts()
    assert parts is not None and all(isinstance(part, m.ChatCompletionContentPart) for part in parts)
    assert [part.type_ for part in parts] == ["thinking", "text", "image_url", "text"]
    assert parts[2]["image_url"] == {"url": "https://x"}
    assert message.to_dict() == body
    message.content = "edited"
    assert message.to_dict() == {"role": "assistant", "content": "edited"}


def test_content_parts_in_a_delta() -> None:
    delta = m.ChoiceDelta.from_dict({"content": CONTENT_PARTS})
    assert delta.content == "Hello, world"
    assert delta.content_parts() is not None and delta.to_dict() == {"content": CONTENT_PARTS}
    assert m.ChoiceDelta.from_dict({"content": "x"}).content_parts() is None


def test_parts_without_text() -> None:
    """Only non-text parts (or ones that are not objects): no text, the parts as sent."""
    message = m.ChatCompletionMessage.from_dict({"role": "assistant", "content": ["odd", CONTENT_PARTS[2]]})
    assert message.content is None and message.content_string() == ""
    assert message.content_parts() == [m.ChatCompletionContentPart.from_dict(CONTENT_PARTS[2])]


@pytest.mark.parametrize(("content", "expected"), [("plain", "plain"), (None, ""), ([], "")])
def test_content_string_simple(content: Any, expected: str) -> None:
    assert m.ChatCompletionMessage.from_dict({"role": "assistant", "content": content}).content_string() == expected
    assert m.ChatCompletionMessage(role="assistant").content_string() == ""


@pytest.mark.parametrize("name", ["keys-create", "keys-rotate"])
def test_create_key_response_never_shows_the_key(name: str) -> None:
    secret = wire.load(name).json()["key"]
    created = _parse(name)
    assert created.key == secret  # the value itself stays usable
    for text in (repr(created), str(created), f"{created}", f"{created!r}", repr([created])):
        assert secret not in text
        assert secret[8:20] not in text
        assert "key='gw-FIXTU***'" in text
        assert "key_name=" in text and "id='6033b4fd-1420-4e17-8baa-960d6e8942df'" in text


def test_create_key_response_masks_short_keys_whole() -> None:
    body = wire.load("keys-create").json() | {"key": "gw-short"}
    text = repr(m.CreateKeyResponse.from_dict(body))
    assert "gw-short" not in text and "key='***'" in text
