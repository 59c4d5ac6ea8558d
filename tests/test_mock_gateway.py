"""otari.testing.MockGateway: wire-shaped defaults, in-memory state, scripting, recording, lifecycle.

Talks to the mock with plain httpx only (the SDK client is not involved), and compares what it sends
with the recorded gateway exchanges in tests/fixtures/wire.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gc
import json
import os
import re
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from otari.testing import STREAM_ERROR, MockGateway, sse

# Imported rather than listed in pytest_plugins: that keeps working once the plugin is also
# registered as a pytest11 entry point (pytest refuses a plugin registered under two names).
from otari.testing.pytest_plugin import mock_gateway  # noqa: F401
from tests import wire

T = TypeVar("T")

AUTH = {"Authorization": "Bearer gw-test"}
CHAT = "/v1/chat/completions"
# Values that differ per request (ids, clocks) or per deployment; everything else must match the wire.
VOLATILE = {
    "id",
    "item_id",
    "system_fingerprint",
    "input_file_id",
    "output_file_id",
    "created_at",
    "updated_at",
    "effective_at",
    "expires_at",
    "in_progress_at",
    "completed_at",
    "cancelled_at",
    "timestamp",
    "key",
    "key_prefix",
    "workspace_id",
    "budget_id",
    "budget_started_at",
    "user_id",
    "alias",
    "last_used_at",
    "embedding",
    "latency_ms",
}


def normalized(value: Any) -> Any:
    """``value`` with volatile fields blanked, so a mock body can be compared with a recording."""
    if isinstance(value, dict):
        return {k: ("<volatile>" if k in VOLATILE else normalized(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def shape(value: Any) -> Any:
    """Key structure only (ordered keys, recursively; lists by their first item)."""
    if isinstance(value, dict):
        return [(k, shape(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return None


def item_keys(items: list[Any]) -> set[tuple[str, ...]]:
    """The key lists of a list endpoint's items."""
    return {tuple(item) for item in items}


def sse_events(body: bytes) -> list[bytes]:
    assert body.endswith(b"\n\n")
    return body[:-2].split(b"\n\n")


def event_json(event: bytes) -> Any:
    data = [line[len(b"data: ") :] for line in event.split(b"\n") if line.startswith(b"data: ")]
    return json.loads(data[0])


def normalized_stream(body: bytes) -> list[Any]:
    out = []
    for event in sse_events(body):
        lines = []
        for line in event.split(b"\n"):
            name, _, payload = line.partition(b": ")
            parsed = normalized(json.loads(payload)) if name == b"data" and payload.startswith(b"{") else payload
            lines.append((name, parsed))
        out.append(lines)
    return out


def replayed_headers(response: httpx.Response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.headers.multi_items() if k not in ("content-length", "transfer-encoding")]


def send(client: httpx.Client, name: str, **overrides: Any) -> httpx.Response:
    """Send the request recorded in fixture ``name``."""
    ex = wire.load(name)
    body = ex.request_body if "content" not in overrides else overrides.pop("content")
    headers = {"content-type": "application/json"} if body else {}
    return client.request(ex.method, overrides.pop("path", ex.path), content=body, headers=headers, **overrides)


def api(gw: MockGateway) -> str:
    """The base URL under which the recorded ``/v1/...`` paths reach ``gw``'s API root."""
    return gw.url + gw.api_root.removesuffix("/v1")


@pytest.fixture(scope="module", params=["/api/v1", "/v1"])
def shared_gw(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """One gateway per generation: the API served under ``/api/v1`` (the default), then ``/v1``."""
    with MockGateway(api_root=request.param) as gateway:
        yield gateway


@pytest.fixture
def gw(shared_gw: MockGateway) -> Iterator[MockGateway]:
    shared_gw.reset_state()
    yield shared_gw
    assert shared_gw.errors == []  # nothing inside the mock blew up while answering
    shared_gw.reset_state()


@pytest.fixture
def client(gw: MockGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api(gw), headers=AUTH, timeout=5) as c:
        yield c


# --- default inference answers match the wire ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "chat-nonstream",
        "chat-nonstream-tool-call",
        "chat-stream",
        "chat-stream-tool-call",
        "responses-nonstream",
        "responses-stream",
        "messages-nonstream",
        "messages-stream",
        "embeddings-float",
        "embeddings-base64",
        "moderations-flagged",
        "chat-error-422-validation",
        "models-retrieve-404",
    ],
)
def test_inference_answers_equal_the_recordings_except_ids(client: httpx.Client, name: str) -> None:
    ex = wire.load(name)
    response = send(client, name)
    assert response.status_code == ex.status
    assert replayed_headers(response) == ex.replay_headers()
    if ex.is_stream:
        assert response.headers["transfer-encoding"] == "chunked"
        assert normalized_stream(response.content) == normalized_stream(ex.body)
    else:
        assert normalized(response.json()) == normalized(ex.json())


def test_chat_stream_framing_is_the_wires(client: httpx.Client) -> None:
    ex = wire.load("chat-stream")
    body = send(client, "chat-stream").content
    events = sse_events(body)
    assert len(events) == len(sse_events(ex.body))
    for event in events[:-1]:
        assert event.startswith(b"data: {") and b"\n" not in event and b"\r" not in event
        payload = event[len(b"data: ") :]
        assert json.dumps(json.loads(payload), separators=(",", ":")).encode() == payload  # compact
    assert events[-1] == b"data: [DONE]"
    chunks = [event_json(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert "".join(c["choices"][0]["delta"]["content"] or "" for c in chunks[:-1]) == "Echo: hello stream world"
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] == 7
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-mock")


def test_chat_stream_without_usage_when_the_client_opts_out(client: httpx.Client) -> None:
    body = {
        "model": "openai:fake-model",
        "stream": True,
        "stream_options": {"include_usage": False},
        "messages": [{"role": "user", "content": "hi"}],
    }
    events = sse_events(client.post(CHAT, json=body).content)
    assert all(event_json(e)["choices"] for e in events[:-1])


def test_chat_echoes_text_parts_of_list_content(client: httpx.Client) -> None:
    content = [
        {"type": "text", "text": "one"},
        {"type": "image_url", "image_url": {"url": "x"}},
        {"type": "text", "text": "two"},
    ]
    messages = [
        {"role": "user", "content": "old"},
        {"role": "assistant", "content": "x"},
        {"role": "user", "content": content},
    ]
    reply = client.post(CHAT, json={"model": "openai/fake-model", "messages": messages}).json()
    assert reply["choices"][0]["message"]["content"] == "Echo: one two"
    assert reply["model"] == "fake-model"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (
            {"model": "m", "messages": []},
            [
                {
                    "type": "too_short",
                    "loc": ["body", "messages"],
                    "msg": "List should have at least 1 item after validation, not 0",
                }
            ],
        ),
        (
            {"messages": [{"role": "user", "content": "x"}]},
            [{"type": "missing", "loc": ["body", "model"], "msg": "Field required"}],
        ),
        (
            {"model": "m", "messages": "x"},
            [{"type": "list_type", "loc": ["body", "messages"], "msg": "Input should be a valid list"}],
        ),
    ],
)
def test_chat_validation_errors_are_list_shaped(client: httpx.Client, body: Any, detail: Any) -> None:
    response = client.post(CHAT, json=body)
    assert (response.status_code, response.json()) == (422, {"detail": detail})


def test_invalid_json_is_a_422(client: httpx.Client) -> None:
    response = client.post(CHAT, content=b'{"model": ', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_messages_requires_max_tokens(client: httpx.Client) -> None:
    response = client.post(
        "/v1/messages", json={"model": "openai:fake-model", "messages": [{"role": "user", "content": "x"}]}
    )
    assert response.status_code == 422
    assert response.json() == {"detail": [{"type": "missing", "loc": ["body", "max_tokens"], "msg": "Field required"}]}


def test_messages_tool_use(client: httpx.Client) -> None:
    body = {
        "model": "openai:fake-model",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "weather?"}],
        "tools": [{"name": "get_weather", "input_schema": {"type": "object"}}],
    }
    reply = client.post("/v1/messages", json=body).json()
    assert reply["stop_reason"] == "tool_use"
    assert reply["content"] == [
        {"id": "call_mock_1", "input": {"text": "weather?"}, "name": "get_weather", "type": "tool_use"}
    ]
    events = sse_events(client.post("/v1/messages", json={**body, "stream": True}).content)
    deltas = [event_json(e)["delta"]["partial_json"] for e in events if e.startswith(b"event: content_block_delta")]
    assert json.loads("".join(deltas)) == {"text": "weather?"}
    assert events[-2:] == [b'event: message_stop\ndata: {"type":"message_stop"}', b"event: done\ndata: {}"]


def test_responses_stream_with_tools_streams_the_arguments(client: httpx.Client) -> None:
    body = {
        "model": "openai:fake-model",
        "input": "hi there",
        "stream": True,
        "tools": [{"type": "function", "name": "lookup"}],
    }
    events = [event_json(e) for e in sse_events(client.post("/v1/responses", json=body).content)[:-1]]
    fragments = [e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta"]
    assert json.loads("".join(fragments)) == {"text": "hi there"}
    assert events[-1]["response"]["output"][0]["name"] == "lookup"
    assert [e["sequence_number"] for e in events] == list(range(len(events)))


def test_count_tokens_and_models(client: httpx.Client) -> None:
    count = send(client, "messages-count-tokens")
    assert count.status_code == 200 and list(count.json()) == ["input_tokens"] and count.json()["input_tokens"] > 0

    listed = client.get("/v1/models").json()
    recorded = wire.load("models-list").json()
    assert list(listed) == list(recorded)
    assert {tuple(m) for m in listed["data"]} == {tuple(m) for m in recorded["data"]}
    assert "openai:fake-model" in [m["id"] for m in listed["data"]]
    assert client.get("/v1/models", params={"provider": "nobody"}).json() == {"object": "list", "data": []}

    # With the recording's pricing configured, the model entry is byte-for-byte the recorded one.
    client.post(
        "/v1/pricing",
        json={"model_key": "openai:fake-model", "input_price_per_million": 1.0, "output_price_per_million": 2.0},
    )
    retrieved = send(client, "models-retrieve")
    assert retrieved.content == wire.load("models-retrieve").body


def test_embeddings_base64_encodes_the_float_vector(client: httpx.Client) -> None:
    floats = client.post("/v1/embeddings", json={"model": "openai:fake-embed", "input": "abc", "dimensions": 4}).json()
    b64 = client.post(
        "/v1/embeddings",
        json={"model": "openai:fake-embed", "input": "abc", "dimensions": 4, "encoding_format": "base64"},
    ).json()
    vector = floats["data"][0]["embedding"]
    assert len(vector) == 4
    assert list(struct.unpack("<4f", base64.b64decode(b64["data"][0]["embedding"]))) == vector
    many = client.post("/v1/embeddings", json={"model": "openai:fake-embed", "input": ["a", "b"]}).json()
    assert [d["index"] for d in many["data"]] == [0, 1]


def test_moderation_flags_only_flag_inputs(client: httpx.Client) -> None:
    reply = client.post(
        "/v1/moderations", json={"model": "openai:omni-moderation-latest", "input": ["fine", "FLAG it"]}
    ).json()
    assert [r["flagged"] for r in reply["results"]] == [False, True]
    missing = client.post("/v1/moderations", json={"input": "x"})
    assert missing.status_code == 422


def test_rerank_images_speech_transcription(client: httpx.Client) -> None:
    rerank = client.post(
        "/v1/rerank",
        json={
            "model": "cohere:rerank-v3.5",
            "query": "machine learning",
            "documents": ["the weather", "machine learning is AI"],
            "top_n": 1,
        },
    ).json()
    assert rerank["results"] == [{"index": 1, "relevance_score": 1.0}]

    images = client.post("/v1/images/generations", json={"model": "openai:dall-e-3", "prompt": "a cat", "n": 2}).json()
    assert (
        set(images) == {"created", "data"}
        and len(images["data"]) == 2
        and images["data"][0]["url"].startswith("https://")
    )

    speech = client.post("/v1/audio/speech", json={"model": "openai:tts-1", "input": "hello", "voice": "alloy"})
    assert speech.headers["content-type"] == "audio/mpeg" and speech.content.startswith(b"ID3")

    text = client.post(
        "/v1/audio/transcriptions",
        data={"model": "openai:whisper-1"},
        files={"file": ("a.wav", b"hello audio", "audio/wav")},
    )
    assert text.json() == {"text": "hello audio"}
    missing = client.post("/v1/audio/transcriptions", data={"model": "openai:whisper-1"}, files={"other": ("a", b"x")})
    assert missing.json() == {"detail": [{"type": "missing", "loc": ["body", "file"], "msg": "Field required"}]}


def test_unknown_route_and_wrong_method(client: httpx.Client, gw: MockGateway) -> None:
    assert (client.get("/v1/nothing").status_code, client.get("/v1/nothing").json()) == (404, {"detail": "Not Found"})
    assert client.get(CHAT).status_code == 405
    assert httpx.get(gw.url + "/health").json() == {"status": "healthy"}  # at the origin in both generations


@pytest.mark.parametrize("root", ["/api/v1", "/v1"])
def test_the_other_generations_root_is_a_route_miss_even_for_scripted_replies(root: str) -> None:
    other = "/v1" if root == "/api/v1" else "/api/v1"
    with MockGateway(api_root=root) as gw, httpx.Client(base_url=gw.url, headers=AUTH) as c:
        assert (gw.api_root, gw.api_url) == (root, gw.url + root)
        gw.queue_error(503, "scripted")  # unfiltered: only a request the gateway serves may take it
        missed = c.post(other + "/chat/completions", json={})
        assert (missed.status_code, missed.content) == (404, b'{"detail":"Not Found"}')
        assert c.get(other + "/models").json() == {"detail": "Not Found"}
        assert gw.pending == 1
        assert c.get(root + "/models").status_code == 503
        # A path filter names the endpoint under either root; it means the one this gateway serves.
        gw.queue_error(418, "teapot", path=other + "/models")
        assert c.get(root + "/models").status_code == 418
        assert c.get(root + "/models").json()["object"] == "list"
        assert [r.path for r in gw.requests] == [
            other + "/chat/completions",
            other + "/models",
            root + "/models",
            root + "/models",
            root + "/models",
        ]
    with pytest.raises(ValueError, match="api_root must be '/api/v1' or '/v1'"):
        MockGateway(api_root="/api/v2")


# --- authentication -------------------------------------------------------------------------------------


def test_default_auth_accepts_every_header_form_but_requires_one(gw: MockGateway) -> None:
    body = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "x"}]}
    for headers in ({"Authorization": "Bearer a"}, {"Otari-Key": "a"}, {"Otari-Key": "Bearer a"}, {"x-api-key": "a"}):
        assert httpx.post(api(gw) + CHAT, json=body, headers=headers).status_code == 200
    missing = httpx.post(api(gw) + CHAT, json=body)
    assert (missing.status_code, missing.content) == (401, wire.load("chat-error-401-missing-key").body)
    on_messages = httpx.post(api(gw) + "/v1/messages", json={**body, "max_tokens": 5})
    assert on_messages.content == wire.load("messages-error-401-missing-key").body
    bad_format = httpx.post(api(gw) + CHAT, json=body, headers={"Authorization": "gw-x"})
    assert bad_format.content == wire.load("chat-error-401-invalid-header-format").body


def test_enforced_keys_and_master_key() -> None:
    body = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hello"}]}
    with MockGateway(api_keys={"gw-good"}, master_key="master") as gw, httpx.Client(base_url=api(gw)) as c:
        assert c.post(CHAT, json=body, headers={"x-api-key": "gw-good"}).status_code == 200
        assert (
            c.post(CHAT, json=body, headers={"x-api-key": "gw-bad"}).content
            == wire.load("chat-error-401-invalid-key").body
        )
        master = {"Authorization": "Bearer master"}
        assert (
            c.post(CHAT, json=body, headers=master).content == wire.load("chat-error-400-master-key-without-user").body
        )
        assert c.post(CHAT, json={**body, "user": "alice"}, headers=master).json() == {
            "detail": "User 'alice' not found"
        }
        assert c.post(CHAT, json={**body, "user": "default"}, headers=master).status_code == 200
        assert (
            c.get("/v1/keys", headers={"x-api-key": "gw-good"}).content
            == wire.load("management-error-401-virtual-key").body
        )
        assert c.get("/v1/models", headers={"x-api-key": "gw-good"}).status_code == 200

        created = c.post(
            "/v1/keys", json={"key_name": "k", "allowed_models": ["openai:fake-model"]}, headers=master
        ).json()
        key = {"Otari-Key": f"Bearer {created['key']}"}
        assert c.post(CHAT, json=body, headers=key).status_code == 200
        denied = c.post(CHAT, json={**body, "model": "openai:fake-model-2"}, headers=key)
        assert (denied.status_code, denied.json()) == (
            403,
            {"detail": "Model 'openai:fake-model-2' is not permitted for this API key."},
        )

        rotated = c.post(f"/v1/keys/{created['id']}/rotate", headers=master).json()
        assert c.post(CHAT, json=body, headers=key).json() == {"detail": "Invalid API key"}
        new_key = {"x-api-key": rotated["key"]}
        c.patch(f"/v1/keys/{created['id']}", json={"is_active": False}, headers=master)
        assert c.post(CHAT, json=body, headers=new_key).content == wire.load("chat-error-401-inactive-key").body

        c.post("/v1/users", json={"user_id": "bob", "blocked": True}, headers=master)
        bob_key = c.post("/v1/keys", json={"user_id": "bob"}, headers=master).json()["key"]
        assert c.post(CHAT, json=body, headers={"x-api-key": bob_key}).json() == {"detail": "User 'bob' is blocked"}


# --- control plane --------------------------------------------------------------------------------------


def test_keys_lifecycle_matches_the_wire(client: httpx.Client) -> None:
    created = send(client, "keys-create", content=b'{"key_name":"fixture-key","metadata":{"purpose":"fixtures"}}')
    assert normalized(created.json()) == normalized(wire.load("keys-create").json())
    secret = created.json()["key"]
    assert re.fullmatch(r"gw-[0-9a-f]{64}", secret) and created.json()["key_prefix"] == secret[:10]
    key_id = created.json()["id"]

    got = client.get(f"/v1/keys/{key_id}")
    assert normalized(got.json()) == normalized(wire.load("keys-get").json())
    assert item_keys(client.get("/v1/keys").json()) == item_keys(wire.load("keys-list").json())
    updated = send(client, "keys-update", path=f"/v1/keys/{key_id}")
    assert normalized(updated.json()) == normalized(wire.load("keys-update").json())
    rotated = client.post(f"/v1/keys/{key_id}/rotate").json()
    assert normalized(rotated) == normalized(wire.load("keys-rotate").json()) and rotated["key"] != secret

    deleted = client.delete(f"/v1/keys/{key_id}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert replayed_headers(deleted) == wire.load("keys-delete").replay_headers()
    assert "content-length" not in deleted.headers
    missing = client.get(f"/v1/keys/{key_id}")
    assert missing.json() == {"detail": f"API key with id '{key_id}' not found"}
    assert client.delete("/v1/keys/not-a-uuid").json() == {"detail": "API key with id 'not-a-uuid' not found"}


def test_users_and_budgets_match_the_wire(client: httpx.Client) -> None:
    budget = send(client, "budgets-create").json()
    assert normalized(budget) == normalized(wire.load("budgets-create").json())
    budget_id = budget["budget_id"]
    assert normalized(client.get(f"/v1/budgets/{budget_id}").json()) == normalized(wire.load("budgets-get").json())
    assert normalized(send(client, "budgets-update", path=f"/v1/budgets/{budget_id}").json()) == normalized(
        wire.load("budgets-update").json()
    )
    assert item_keys(client.get("/v1/budgets").json()) == item_keys(wire.load("budgets-list").json())
    assert client.post("/v1/budgets", json={"max_budget": -5}).json()["detail"][0]["type"] == "greater_than_equal"

    user = {"user_id": "alice", "alias": "Alice", "budget_id": budget_id, "metadata": {"team": "sdk"}}
    created = client.post("/v1/users", json=user)
    assert normalized(created.json()) == normalized(wire.load("users-create").json())
    assert client.get(f"/v1/budgets/{budget_id}").json()["user_count"] == 1
    duplicate = send(client, "users-create-duplicate-409")
    assert (duplicate.status_code, duplicate.content) == (409, wire.load("users-create-duplicate-409").body)
    assert send(client, "users-get-missing-404").content == wire.load("users-get-missing-404").body
    assert normalized(send(client, "users-update").json()) == normalized(wire.load("users-update").json())
    assert item_keys(client.get("/v1/users").json()) == item_keys(wire.load("users-list").json())
    assert client.post("/v1/users", json={"user_id": "x", "budget_id": "nope"}).json() == {
        "detail": "Budget with id 'nope' not found"
    }

    assert send(client, "users-delete").status_code == 204
    assert client.delete(f"/v1/budgets/{budget_id}").status_code == 204
    assert client.get(f"/v1/budgets/{budget_id}").json() == {"detail": f"Budget with id '{budget_id}' not found"}


def test_pricing_matches_the_wire_and_accepts_escaped_keys(client: httpx.Client) -> None:
    first = send(client, "pricing-set")
    assert normalized(first.json()) == normalized(wire.load("pricing-set").json())
    client.post(
        "/v1/pricing",
        json={"model_key": "openai:fixture-model", "input_price_per_million": 4.0, "output_price_per_million": 8.0},
    )
    current = send(client, "pricing-get").json()
    assert normalized(current) == normalized(wire.load("pricing-get").json())  # the earlier cache-read price is kept
    assert client.get("/v1/pricing/openai%2Ffixture-model").json() == current
    history = send(client, "pricing-history").json()
    assert normalized(history) == normalized(wire.load("pricing-history").json())
    assert item_keys(client.get("/v1/pricing").json()) == item_keys(wire.load("pricing-list").json())
    assert send(client, "pricing-delete").status_code == 204
    assert send(client, "pricing-get-missing-404").content == wire.load("pricing-get-missing-404").body
    assert (
        client.post(
            "/v1/pricing", json={"model_key": "x", "input_price_per_million": -1, "output_price_per_million": 1}
        ).status_code
        == 422
    )


def test_usage_is_logged_per_inference_call() -> None:
    master = {"Authorization": "Bearer m"}
    with MockGateway(master_key="m") as gw, httpx.Client(base_url=api(gw), headers=master) as c:
        c.post("/v1/users", json={"user_id": "alice", "alias": "Alice A."})
        c.post(
            "/v1/pricing",
            json={"model_key": "openai:fake-model", "input_price_per_million": 1.0, "output_price_per_million": 2.0},
        )
        c.post(
            CHAT,
            json={
                "model": "openai:fake-model",
                "user": "alice",
                "messages": [{"role": "user", "content": "hello from alice"}],
            },
        )
        rows = c.get("/v1/usage", params={"limit": 3}).json()
        assert shape(rows) == shape(wire.load("usage-list").json())
        # The gateway logs the path it was called on: the recording was made under /v1.
        assert rows[0]["endpoint"] == gw.api_root + "/chat/completions"
        recorded = {**wire.load("usage-list").json()[0], "endpoint": rows[0]["endpoint"]}
        assert normalized(rows[0]) == normalized(recorded)
        assert c.get("/v1/usage/count").json() == {"total": 1}
        assert shape(c.get("/v1/users/alice/usage").json()) == shape(wire.load("users-usage").json())
        assert c.get("/v1/users/alice").json()["spend"] == pytest.approx(11e-6)


def test_ids_with_slashes_route_as_one_segment(client: httpx.Client) -> None:
    client.post("/v1/users", json={"user_id": "team/alice"})
    assert client.get("/v1/users/team%2Falice").json()["user_id"] == "team/alice"
    assert client.get("/v1/users/team/alice").status_code == 404
    assert client.get("/v1/models/openai%3Afake-model").json()["id"] == "openai:fake-model"


# --- batches --------------------------------------------------------------------------------------------


def test_batch_lifecycle(client: httpx.Client, gw: MockGateway) -> None:
    created = send(client, "batches-create").json()
    assert normalized(created) == normalized(wire.load("batches-create").json())
    batch_id = created["id"]
    query = {"provider": "openai"}

    assert client.get(f"/v1/batches/{batch_id}/results", params=query).status_code == 409
    assert client.get(f"/v1/batches/{batch_id}", params=query).json()["status"] == "in_progress"
    early = client.get(f"/v1/batches/{batch_id}/results", params=query)
    expected = wire.load("batches-results-not-complete-409").body.replace(
        b"batch_fakeb2d073ef9f813cfffa101176", batch_id.encode()
    )
    assert (early.status_code, early.content) == (409, expected)
    done = client.get(f"/v1/batches/{batch_id}", params=query).json()
    assert normalized(done) == normalized(wire.load("batches-retrieve").json()) | {
        "request_counts": {"completed": 2, "failed": 0, "total": 2}
    }
    results = client.get(f"/v1/batches/{batch_id}/results", params=query).json()["results"]
    assert [r["custom_id"] for r in results] == ["r1", "r2"]
    assert normalized(results[0]) == normalized(wire.load("batches-results").json()["results"][0])

    listed = client.get("/v1/batches", params=query).json()
    assert list(listed) == ["data"] and listed["data"][0]["id"] == batch_id
    assert client.get("/v1/batches", params={"provider": "other"}).json() == {"data": []}
    assert client.get(f"/v1/batches/{batch_id}", params={"provider": "other"}).json() == {
        "detail": "LLM provider error"
    }
    assert client.get("/v1/batches").json() == {
        "detail": [{"type": "missing", "loc": ["query", "provider"], "msg": "Field required"}]
    }


def test_batch_scripting_and_validation(client: httpx.Client, gw: MockGateway) -> None:
    requests = [{"custom_id": "r1", "body": {"messages": [{"role": "user", "content": "x"}]}}]
    assert (
        client.post("/v1/batches", json={"model": "openai:m", "requests": []}).json()["detail"][0]["type"]
        == "too_short"
    )
    assert client.post("/v1/batches", json={"model": "no-provider", "requests": requests}).status_code == 422

    gw.batch_progression = ["in_progress"]
    batch_id = client.post("/v1/batches", json={"model": "openai:m", "requests": requests}).json()["id"]
    for _ in range(3):
        assert client.get(f"/v1/batches/{batch_id}", params={"provider": "openai"}).json()["status"] == "in_progress"
    gw.complete_batch(
        batch_id, results=[{"custom_id": "r1", "result": None, "error": {"code": "x", "message": "boom"}}]
    )
    results = client.get(f"/v1/batches/{batch_id}/results", params={"provider": "openai"}).json()
    assert results == {"results": [{"custom_id": "r1", "result": None, "error": {"code": "x", "message": "boom"}}]}

    gw.add_batch("batch/with/slash", progression=["in_progress"])
    escaped = "/v1/batches/batch%2Fwith%2Fslash"
    assert client.get(escaped, params={"provider": "openai"}).json()["id"] == "batch/with/slash"
    cancelled = client.post(escaped + "/cancel", params={"provider": "openai"}).json()
    assert cancelled["status"] == "cancelled" and cancelled["cancelled_at"] is not None
    assert "status: cancelled" in client.get(escaped + "/results", params={"provider": "openai"}).json()["detail"]


# --- scripting ------------------------------------------------------------------------------------------


def test_queue_error_is_consumed_once_and_filters_by_path(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_error(429, "Rate limit exceeded", headers={"retry-after": "60"}, path=CHAT)
    assert client.get("/v1/models").status_code == 200  # not the queued path: untouched
    assert gw.pending == 1
    limited = client.post(CHAT, json={})
    assert (limited.status_code, limited.content) == (429, wire.load("chat-error-429-gateway-rate-limit").body)
    assert limited.headers["retry-after"] == "60"
    assert gw.pending == 0
    assert client.post(CHAT, json={}).status_code == 422  # back to the default handling


def test_queue_error_shapes_times_method_and_wildcards(client: httpx.Client, gw: MockGateway) -> None:
    anthropic = {
        "type": "error",
        "error": {"type": "rate_limit_error", "message": "The provider rate-limited this request"},
    }
    gw.queue_error(429, anthropic, path="/v1/messages")
    assert client.post("/v1/messages", json={}).content == wire.load("messages-error-upstream-429").body
    gw.queue_error(503, "LLM provider error", times=2, method="GET", path="/v1/batches/*")
    assert client.post("/v1/batches/a/cancel").status_code != 503
    assert [client.get("/v1/batches/a").status_code for _ in range(3)] == [503, 503, 422]


def test_queue_response_and_queue_raw(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_response({"anything": True}, status=201, headers={"x-extra": "1"})
    custom = client.get("/v1/models")
    assert (custom.status_code, custom.json(), custom.headers["x-extra"]) == (201, {"anything": True}, "1")
    assert custom.headers["x-content-type-options"] == "nosniff"

    gw.queue_response(body=b"plain", content_type="text/plain")
    assert (client.get("/v1/models").text, client.get("/v1/models").status_code) == ("plain", 200)

    html = "<html><body>502 Bad Gateway</body></html>"
    gw.queue_raw(502, html, {"content-type": "text/html"})
    raw = client.post(CHAT, json={})
    assert (raw.status_code, raw.text, raw.headers["content-type"]) == (502, html, "text/html")
    assert "x-content-type-options" not in raw.headers
    gw.queue_raw(200, b'{"truncated": ', {"content-type": "application/json"})
    with pytest.raises(json.JSONDecodeError):
        client.post(CHAT, json={}).json()


def test_queue_delay_trips_a_client_timeout_then_answers_normally(client: httpx.Client, gw: MockGateway) -> None:
    body = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "slow"}]}
    gw.queue_delay(0.5)
    with pytest.raises(httpx.ReadTimeout):
        client.post(CHAT, json=body, timeout=0.1)
    gw.queue_delay(0.3)
    started = time.monotonic()
    reply = client.post(CHAT, json=body)
    assert time.monotonic() - started >= 0.3
    assert reply.json()["choices"][0]["message"]["content"] == "Echo: slow"


@pytest.mark.parametrize(("abortive", "error"), [(True, httpx.ReadError), (False, httpx.RemoteProtocolError)])
def test_queue_reset_closes_before_any_byte(
    client: httpx.Client, gw: MockGateway, abortive: bool, error: type[Exception]
) -> None:
    gw.queue_reset(abortive=abortive)
    with pytest.raises(error):
        client.get("/v1/models")
    assert client.get("/v1/models").status_code == 200  # the client reconnects


def test_drop_mid_stream_after_n_events(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_stream(None, drop_after=3)  # the normal chat stream, cut after three events
    body = {
        "model": "openai:fake-model",
        "stream": True,
        "messages": [{"role": "user", "content": "one two three four"}],
    }
    received = []
    with pytest.raises(httpx.RemoteProtocolError), client.stream("POST", CHAT, json=body) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line:
                received.append(json.loads(line.removeprefix("data: ")))
    assert [c["choices"][0]["delta"]["content"] for c in received] == ["", "Echo: ", "one "]


def test_mid_stream_error_event_is_the_gateways(client: httpx.Client, gw: MockGateway) -> None:
    recorded = sse_events(wire.load("chat-stream-error-midstream-drop").body)
    gw.queue_stream([{"n": 1}, "two", b"event: custom\ndata: 3\n\n"], error_event=True)
    events = sse_events(client.post(CHAT, json={}).content)
    assert events == [b'data: {"n":1}', b"data: two", b"event: custom\ndata: 3", recorded[-2], b"data: [DONE]"]
    assert event_json(events[3]) == {"error": STREAM_ERROR}

    gw.queue_stream([sse({"type": "ping"}, event="ping")], error_event={"message": "m", "type": "t"}, done=False)
    assert sse_events(client.post(CHAT, json={}).content) == [
        b'event: ping\ndata: {"type":"ping"}',
        b'data: {"error": {"message": "m", "type": "t"}}',
    ]


def test_keepalive_comments_between_events(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_stream([{"a": 1}, {"b": 2}, {"c": 3}], keepalive_every=1)
    events = sse_events(client.post(CHAT, json={}).content)
    keepalive = next(e for e in sse_events(wire.load("chat-stream-keepalive").body) if e.startswith(b":"))
    assert events == [
        b'data: {"a":1}',
        keepalive,
        b'data: {"b":2}',
        keepalive,
        b'data: {"c":3}',
        keepalive,
        b"data: [DONE]",
    ]


def test_stall_after_some_events_trips_a_read_timeout(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_stall_stream([{"first": 1}, {"second": 2}], after=1, seconds=1.0)
    lines = []
    with pytest.raises(httpx.ReadTimeout), client.stream("POST", CHAT, json={}, timeout=0.2) as response:
        for line in response.iter_lines():
            lines.append(line)
    assert lines[0] == 'data: {"first":1}' and 'data: {"second":2}' not in lines


def test_delay_between_events(client: httpx.Client, gw: MockGateway) -> None:
    gw.queue_stream([{"a": 1}, {"b": 2}, {"c": 3}], delay_between=0.1)
    started = time.monotonic()
    assert len(sse_events(client.post(CHAT, json={}).content)) == 4
    assert time.monotonic() - started >= 0.2


def test_queued_stream_applies_to_the_routes_stream_only_when_the_request_is_valid(
    client: httpx.Client, gw: MockGateway
) -> None:
    gw.queue_stream(None, drop_after=1)
    assert client.post(CHAT, json={"model": "m", "messages": []}).status_code == 422  # answered as usual


# --- recording ------------------------------------------------------------------------------------------


def test_requests_are_recorded(client: httpx.Client, gw: MockGateway) -> None:
    with pytest.raises(LookupError):
        _ = gw.last_request
    client.post("/v1/batches/a%2Fb/cancel?provider=openai&x=1", json={"k": "v"}, headers={"X-Trace": "t"})
    request = gw.last_request
    assert (request.method, request.path, request.decoded_path) == (
        "POST",
        f"{gw.api_root}/batches/a%2Fb/cancel",
        f"{gw.api_root}/batches/a/b/cancel",
    )
    assert request.query == {"provider": "openai", "x": "1"}
    assert request.headers["x-trace"] == request.headers["X-TRACE"] == "t"
    assert request.json() == {"k": "v"} and request.body == b'{"k":"v"}'
    assert "gw-test" not in repr(request) and "gw-test" not in repr(request.headers)
    assert request.headers["authorization"] == "Bearer gw-test"
    assert len(gw.requests) == 1
    gw.queue_error(500, "x")
    gw.clear()
    assert (gw.requests, gw.pending) == ([], 0)


def test_chunked_request_bodies_are_read(client: httpx.Client, gw: MockGateway) -> None:
    def parts() -> Iterator[bytes]:
        yield b'{"model":"openai:fake-model",'
        yield b'"messages":[{"role":"user","content":"chunked"}]}'

    reply = client.post(CHAT, content=parts(), headers={"content-type": "application/json"})
    assert gw.last_request.headers["transfer-encoding"] == "chunked"
    assert reply.json()["choices"][0]["message"]["content"] == "Echo: chunked"


def test_max_recorded_keeps_the_newest() -> None:
    with MockGateway(max_recorded=2) as gw, httpx.Client(base_url=gw.url) as c:
        for index in range(3):
            c.get(f"/health?i={index}")
        assert [r.query["i"] for r in gw.requests] == ["1", "2"]


# --- connections and lifecycle --------------------------------------------------------------------------


def test_keep_alive_and_connection_close(gw: MockGateway) -> None:
    opened = gw.connections_opened
    with httpx.Client(base_url=api(gw), headers=AUTH) as c:
        for _ in range(5):
            c.get("/v1/models")
        assert gw.connections_opened == opened + 1
        closing = c.get("/v1/models", headers={"Connection": "close"})
        assert closing.headers["connection"] == "close"
        c.get("/v1/models")
        assert gw.connections_opened == opened + 2
    assert gw.wait_until_idle(5)


async def concurrently(count: int, request: Callable[[httpx.AsyncClient], Awaitable[T]], url: str) -> list[T]:
    """Run ``count`` requests at once over ``count`` connections.

    Spread over clients of ten connections each: httpx's pool gets slow with hundreds of
    connections in one client, and that cost is the client's, not the server's. The clients share
    one TLS context (unused on plain HTTP) because loading CA certificates per client is slow.
    """
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
    tls = ssl.create_default_context()
    clients = [
        httpx.AsyncClient(base_url=url, headers=AUTH, limits=limits, timeout=30, verify=tls) for _ in range(count // 10)
    ]
    try:
        return await asyncio.gather(*(request(clients[i % len(clients)]) for i in range(count)))
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


async def test_200_concurrent_async_requests_then_connections_are_released(gw: MockGateway) -> None:
    body = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}
    peak = 0

    async def one(c: httpx.AsyncClient) -> int:
        nonlocal peak
        response = await c.post(CHAT, json=body)
        peak = max(peak, gw.active_connections)
        return response.status_code

    opened = gw.connections_opened
    gw.queue_delay(0.5, times=200)  # hold every answer so that all 200 are in flight together
    assert await concurrently(200, one, api(gw)) == [200] * 200
    assert gw.connections_opened - opened == 200 and peak >= 150
    assert await asyncio.to_thread(gw.wait_until_idle, 10)
    assert gw.active_connections == 0


async def test_100_concurrent_streams(gw: MockGateway) -> None:
    body = {"model": "openai:fake-model", "stream": True, "messages": [{"role": "user", "content": "a b c"}]}

    async def one(c: httpx.AsyncClient) -> list[bytes]:
        async with c.stream("POST", CHAT, json=body) as response:
            return sse_events(await response.aread())

    streams = await concurrently(100, one, api(gw))
    assert all(events[-1] == b"data: [DONE]" and len(events) == 8 for events in streams)


def test_stop_releases_the_port_threads_and_sockets() -> None:
    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    linux = os.path.isdir("/proc/self/fd")
    gc.collect()  # sockets of earlier tests' clients must not be counted as ours
    before_fds = open_fds() if linux else 0
    before_threads = {t.ident for t in threading.enumerate()}
    gw = MockGateway().start()
    port = gw.port
    stalled = socket.create_connection(("127.0.0.1", port))
    gw.queue_stall_stream([{"a": 1}], after=1, seconds=60)
    stalled.sendall(b"POST /api/v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
    assert stalled.recv(1024).startswith(b"HTTP/1.1 200 OK")
    started = time.monotonic()
    gw.stop()
    assert time.monotonic() - started < 5  # the stalled stream did not hold stop() up
    stalled.settimeout(5)
    with contextlib.suppress(ConnectionResetError):  # stop() closed the server's end: EOF (or RST)
        while stalled.recv(1024):
            pass
    stalled.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    assert {t.ident for t in threading.enumerate()} <= before_threads
    if linux:
        gc.collect()
        assert open_fds() <= before_fds
    gw.stop()  # idempotent


def test_restart_and_context_manager_state() -> None:
    gw = MockGateway()
    with pytest.raises(RuntimeError):
        _ = gw.url
    with gw:
        assert gw.running and gw.base_url == gw.url == f"http://127.0.0.1:{gw.port}"
        with pytest.raises(RuntimeError):
            gw.start()
    assert not gw.running and repr(gw) == "<MockGateway stopped>"
    with gw:
        assert httpx.get(gw.url + "/health").status_code == 200


def test_fixture_from_the_plugin(mock_gateway: MockGateway) -> None:  # noqa: F811 (the imported fixture)
    assert mock_gateway.running
    assert httpx.get(mock_gateway.url + "/health").json() == {"status": "healthy"}


def test_importing_otari_testing_does_not_import_pytest() -> None:
    code = "import sys, otari.testing; print('pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
