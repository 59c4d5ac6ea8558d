"""``[covered]`` in sdk-endpoints.txt is proven by running every public method of both clients.

Each public method (found by introspection, resource methods included) is called once against a
recording ``httpx.MockTransport`` that answers a plausible gateway body. Every request's raw path is
mapped back to a path template of the generated core, and the set of endpoints actually hit must equal
``[covered]`` exactly: a covered endpoint no method reaches fails, and so does a method that reaches an
endpoint the manifest excludes. A public method missing from the argument table below also fails, so a
new method cannot slip past unexercised.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import otari
from otari._downloads import AsyncBinaryStream, BinaryStream
from otari.resources._base import AsyncResource, SyncResource
from tests import wire
from tests.drivers import API_ROOTS
from tests.scripts_support import GENERATED, REPO, script

manifest_mod = script("_manifest")

KEY_ID = "6033b4fd-1420-4e17-8baa-960d6e8942df"
BUDGET_ID = "620a589c-9103-4e1d-8f5d-85d3104102e6"
BATCH_ID = "batch_fakef3713f1eb709ee01ebbf6120"
FILE_ID = "file-abc123"
FILE = {"id": FILE_ID, "object": "file", "bytes": 9, "created_at": 1, "filename": "data.jsonl", "purpose": "batch"}
USAGE_TOTALS = {
    "cost": 0.0,
    "prompt_tokens": 0,
    "completion_tokens": 0,
    "total_tokens": 0,
    "cache_read_tokens": 0,
    "cache_write_tokens": 0,
    "cache_write_1h_tokens": 0,
    "request_count": 0,
    "error_count": 0,
    "avg_latency_ms": None,
}
BREAKDOWNS = ("by_model", "by_user", "by_api_key", "by_source", "by_source_label", "by_endpoint", "by_provider")
CHAT = [{"role": "user", "content": "hi"}]
MODEL = "openai:fake-model"


@dataclass(frozen=True)
class Args:
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def a(*args: Any, **kwargs: Any) -> Args:
    return Args(args, kwargs)


# Arguments for every public method. Methods in LIFECYCLE reach no endpoint; all others must reach one.
ARGUMENTS: dict[str, Args] = {
    "completion": a(model=MODEL, messages=CHAT),
    "completion_stream": a(model=MODEL, messages=CHAT),
    "response": a(model=MODEL, input="hi"),
    "response_stream": a(model=MODEL, input="hi"),
    "message": a(model=MODEL, max_tokens=16, messages=CHAT),
    "message_stream": a(model=MODEL, max_tokens=16, messages=CHAT),
    "count_tokens": a(model=MODEL, messages=CHAT),
    "embedding": a(model="openai:fake-embed", input="hello"),
    "list_models": a(),
    "retrieve_model": a("openai:fake-model"),
    "moderation": a(model="openai:omni-moderation-latest", input="FLAG me"),
    "rerank": a(model="cohere:rerank", query="q", documents=["a", "b"]),
    "image_generation": a(model="openai:dall-e", prompt="a cat"),
    "speech": a(model="openai:tts", input="hi", voice="alloy"),
    "transcription": a(model="openai:whisper", file=("clip.wav", b"RIFFdata", "audio/wav")),
    "create_batch": a(model=MODEL, requests=[{"custom_id": "r1", "body": {"messages": CHAT}}]),
    "retrieve_batch": a(BATCH_ID, provider="openai"),
    "cancel_batch": a(BATCH_ID, provider="openai"),
    "list_batches": a(provider="openai"),
    "retrieve_batch_results": a(BATCH_ID, provider="openai"),
    "wait_for_batch": a(BATCH_ID, provider="openai", poll_interval=0.1, timeout=1.0),
    "keys.create": a(key_name="k"),
    "keys.list": a(),
    "keys.get": a(KEY_ID),
    "keys.update": a(KEY_ID, key_name="renamed"),
    "keys.delete": a(KEY_ID),
    "keys.rotate": a(KEY_ID),
    "users.create": a(user_id="alice"),
    "users.list": a(),
    "users.get": a("alice"),
    "users.update": a("alice", alias="Al"),
    "users.delete": a("alice"),
    "users.usage": a("alice"),
    "budgets.create": a(name="b", max_budget=1.0),
    "budgets.list": a(),
    "budgets.get": a(BUDGET_ID),
    "budgets.update": a(BUDGET_ID, max_budget=2.0),
    "budgets.delete": a(BUDGET_ID),
    "pricing.set": a(model_key="openai:fixture-model", input_price_per_million=1.0, output_price_per_million=2.0),
    "pricing.list": a(),
    "pricing.get": a("openai:fixture-model"),
    "pricing.history": a("openai:fixture-model"),
    "pricing.delete": a("openai:fixture-model"),
    "usage.list": a(limit=3),
    "usage.iter": a(page_size=1000, user_id="alice"),
    "usage.count": a(user_id=["alice", "bob"]),
    "usage.summary": a(start_date="2026-11-01", dimensions=["user"], bucket="day"),
    "usage.series": a(group_by="model", bucket="hour"),
    "usage.summary_csv": a(provider="openai"),
    "usage.summary_csv_stream": a(provider="openai"),
    "keys.iter": a(page_size=1000),
    "users.iter": a(page_size=1000),
    "users.iter_usage": a("alice", page_size=1000),
    "budgets.iter": a(page_size=1000),
    "budgets.reset_logs": a(BUDGET_ID),
    "pricing.iter": a(page_size=1000),
    "iter_batches": a(provider="openai", page_size=1000),
    "speech_stream": a(model="openai:tts", input="hi", voice="alloy"),
    "files.create": a(file=("data.jsonl", b'{"a": 1}\n', "application/jsonl"), purpose="batch"),
    "files.list": a(purpose="batch"),
    "files.iter": a(purpose="batch"),
    "files.retrieve": a(FILE_ID),
    "files.content": a(FILE_ID),
    "files.content_stream": a(FILE_ID),
    "files.delete": a(FILE_ID),
    "aliases.list": a(),
    "aliases.set": a("fast", "openai:fake-model"),
    "aliases.delete": a("fast"),
    # Lifecycle and configuration: run last, they send nothing.
    "with_options": a(timeout=5.0),
    "close": a(),
    "aclose": a(),
}
LIFECYCLE = {"with_options", "close", "aclose"}
SYNC_ONLY: set[str] = set()
ASYNC_ONLY = {"aclose"}


# --- the recording gateway -----------------------------------------------------------------------------


def _fixture(name: str) -> Callable[[httpx.Request], httpx.Response]:
    recorded = wire.load(name)
    return lambda request: httpx.Response(recorded.status, headers=recorded.replay_headers(), content=recorded.body)


def _json(body: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json=body)


def _streamed(plain: str, stream: str) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        wants_stream = json.loads(request.content or b"{}").get("stream") is True
        return _fixture(stream if wants_stream else plain)(request)

    return reply


# A plausible answer per core route (placeholder names dropped, see manifest_mod.route_key).
REPLIES: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "POST /v1/chat/completions": _streamed("chat-nonstream", "chat-stream"),
    "POST /v1/responses": _streamed("responses-nonstream", "responses-stream"),
    "POST /v1/messages": _streamed("messages-nonstream", "messages-stream"),
    "POST /v1/messages/count_tokens": _fixture("messages-count-tokens"),
    "POST /v1/embeddings": _fixture("embeddings-float"),
    "GET /v1/models": _fixture("models-list"),
    "GET /v1/models/{}": _fixture("models-retrieve"),
    "POST /v1/moderations": _fixture("moderations-flagged"),
    "POST /v1/rerank": _json({"results": [{"index": 1, "relevance_score": 0.9}], "model": "rerank"}),
    "POST /v1/images/generations": _json({"created": 1, "data": [{"url": "http://img/1.png"}]}),
    "POST /v1/audio/speech": lambda request: httpx.Response(
        200, content=b"ID3fake", headers={"content-type": "audio/mpeg"}
    ),
    "POST /v1/audio/transcriptions": _json({"text": "hello"}),
    "POST /v1/batches": _fixture("batches-create"),
    "GET /v1/batches": _fixture("batches-list"),
    "GET /v1/batches/{}": _fixture("batches-retrieve"),
    "POST /v1/batches/{}/cancel": _fixture("batches-cancel"),
    "GET /v1/batches/{}/results": _fixture("batches-results"),
    "POST /v1/keys": _fixture("keys-create"),
    "GET /v1/keys": _fixture("keys-list"),
    "GET /v1/keys/{}": _fixture("keys-get"),
    "PATCH /v1/keys/{}": _fixture("keys-update"),
    "DELETE /v1/keys/{}": _fixture("keys-delete"),
    "POST /v1/keys/{}/rotate": _fixture("keys-rotate"),
    "POST /v1/users": _fixture("users-create"),
    "GET /v1/users": _fixture("users-list"),
    "GET /v1/users/{}": _fixture("users-get"),
    "PATCH /v1/users/{}": _fixture("users-update"),
    "DELETE /v1/users/{}": _fixture("users-delete"),
    "GET /v1/users/{}/usage": _fixture("users-usage"),
    "POST /v1/budgets": _fixture("budgets-create"),
    "GET /v1/budgets": _fixture("budgets-list"),
    "GET /v1/budgets/{}": _fixture("budgets-get"),
    "PATCH /v1/budgets/{}": _fixture("budgets-update"),
    "DELETE /v1/budgets/{}": _fixture("budgets-delete"),
    "POST /v1/pricing": _fixture("pricing-set"),
    "GET /v1/pricing": _fixture("pricing-list"),
    "GET /v1/pricing/{}": _fixture("pricing-get"),
    "GET /v1/pricing/{}/history": _fixture("pricing-history"),
    "DELETE /v1/pricing/{}": _fixture("pricing-delete"),
    "GET /v1/usage": _fixture("usage-list"),
    "GET /v1/usage/count": _fixture("usage-count"),
    "GET /v1/usage/summary": _json(
        {
            "start_date": "2026-11-01T00:00:00+00:00",
            "end_date": "2026-11-30T00:00:00+00:00",
            "bucket": "day",
            "totals": USAGE_TOTALS,
            "errors_by_status_code": [],
            "series": [],
            **{name: [] for name in BREAKDOWNS},
        }
    ),
    "GET /v1/usage/series": _json(
        {"start_date": "a", "end_date": "b", "bucket": "hour", "group_by": "model", "groups": [], "points": []}
    ),
    "GET /v1/usage/summary.csv": lambda request: httpx.Response(
        200, content=b"dimension,key,label,requests,tokens,cost\n", headers={"content-type": "text/csv"}
    ),
    "GET /v1/budgets/{}/reset-logs": _json([]),
    "POST /v1/files": _json(FILE),
    "GET /v1/files": _json({"object": "list", "data": [FILE]}),
    "GET /v1/files/{}": _json(FILE),
    "GET /v1/files/{}/content": lambda request: httpx.Response(200, content=b'{"a": 1}\n'),
    "DELETE /v1/files/{}": _json({"id": FILE_ID, "object": "file", "deleted": True}),
    "GET /v1/aliases": _json([{"name": "fast", "target": MODEL, "source": "storage"}]),
    "POST /v1/aliases": _json({"name": "fast", "target": MODEL, "source": "storage"}),
    "DELETE /v1/aliases/{}": lambda request: httpx.Response(204),
}


class TemplateIndex:
    """Maps ``(METHOD, raw path)`` to the generated core's ``METHOD /template`` it was built from."""

    def __init__(self, endpoints: set[str]) -> None:
        self._patterns: list[tuple[str, str, re.Pattern[str], int]] = []
        for endpoint in endpoints:
            method, template = endpoint.split(" ", 1)
            pieces = re.split(r"(\{[^{}/]*\})", template)
            regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in pieces)
            literal = sum(len(p) for p in pieces if not p.startswith("{"))
            self._patterns.append((endpoint, method, re.compile(regex), literal))

    def template(self, method: str, raw_path: str) -> str | None:
        matches = [(lit, ep) for ep, m, rx, lit in self._patterns if m == method and rx.fullmatch(raw_path)]
        # /v1/models/metadata beats /v1/models/{model_id}: the most literal template wins, as in routers.
        return max(matches)[1] if matches else None


class RecordingGateway:
    """Answers like a gateway of one generation: its API under ``api_root``, the other root a route miss.

    ``sent`` records what reached the API, with paths written as the spec writes them (under ``/v1``).
    """

    def __init__(self, index: TemplateIndex, api_root: str = "/v1") -> None:
        self.index = index
        self.api_root = api_root
        self.sent: list[tuple[str, str]] = []
        self.misses: list[tuple[str, str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        if not raw_path.startswith(self.api_root + "/"):
            self.misses.append((request.method, raw_path))
            return httpx.Response(404, json={"detail": "Not Found"})
        raw_path = "/v1" + raw_path.removeprefix(self.api_root)
        self.sent.append((request.method, raw_path))
        endpoint = self.index.template(request.method, raw_path)
        reply = REPLIES.get(manifest_mod.route_key(endpoint)) if endpoint else None
        if reply is None:
            return httpx.Response(501, json={"detail": f"no plausible reply for {request.method} {raw_path}"})
        return reply(request)


@pytest.fixture(scope="module")
def core_endpoints() -> set[str]:
    return manifest_mod.core_operations(GENERATED)


@pytest.fixture(scope="module")
def covered() -> set[str]:
    manifest = manifest_mod.load_manifest(REPO / "sdk-endpoints.txt")
    return {manifest_mod.route_key(endpoint) for endpoint in manifest.covered}


# --- discovery -------------------------------------------------------------------------------------------


def public_methods(client: Any) -> set[str]:
    """Every public callable of ``client``, and ``resource.method`` for every resource property."""
    names: set[str] = set()
    cls = type(client)
    for name in dir(cls):
        if name.startswith("_"):
            continue
        value = getattr(client, name)
        if isinstance(value, SyncResource | AsyncResource):
            names.update(f"{name}.{sub}" for sub in dir(type(value)) if not sub.startswith("_"))
            continue
        if callable(value):
            names.add(name)
    return names


def _target(client: Any, name: str) -> Callable[..., Any]:
    owner: Any = client
    *path, last = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    method: Callable[..., Any] = getattr(owner, last)
    return method


def _iterates(name: str) -> bool:
    """Iterate-all methods send nothing until iterated."""
    last = name.rsplit(".", 1)[-1]
    return last == "iter" or last.startswith("iter_")


def _order(names: set[str]) -> list[str]:
    return sorted(names, key=lambda n: (n in LIFECYCLE, n))


def _clients(gateway: RecordingGateway) -> tuple[otari.Otari, otari.AsyncOtari]:
    # The bare origin: each client discovers the gateway's API root on its first call.
    options: dict[str, Any] = {"base_url": "http://gateway.test", "otari_key": "gw-test", "max_retries": 0}
    sync_http = httpx.Client(transport=httpx.MockTransport(gateway.handle))
    async_http = httpx.AsyncClient(transport=httpx.MockTransport(gateway.handle))
    return otari.Otari(http_client=sync_http, **options), otari.AsyncOtari(http_client=async_http, **options)


def run_sync(client: otari.Otari, gateway: RecordingGateway) -> dict[str, list[tuple[str, str]]]:
    hits: dict[str, list[tuple[str, str]]] = {}
    for name in _order(public_methods(client)):
        spec = ARGUMENTS[name]
        start = len(gateway.sent)
        result = _target(client, name)(*spec.args, **spec.kwargs)
        if isinstance(result, BinaryStream):
            assert result.read(), f"{name}: the download was empty"
        elif name.endswith("_stream"):
            with result:
                items = list(result)
            assert items, f"{name}: the stream yielded nothing"
        elif _iterates(name):
            list(result)  # the requests are made while iterating
        hits[name] = gateway.sent[start:]
    return hits


async def run_async(client: otari.AsyncOtari, gateway: RecordingGateway) -> dict[str, list[tuple[str, str]]]:
    hits: dict[str, list[tuple[str, str]]] = {}
    for name in _order(public_methods(client)):
        spec = ARGUMENTS[name]
        start = len(gateway.sent)
        result = _target(client, name)(*spec.args, **spec.kwargs)
        if inspect.isawaitable(result):
            result = await result
        if isinstance(result, AsyncBinaryStream):
            assert await result.read(), f"{name}: the download was empty"
        elif name.endswith("_stream"):
            async with result:
                items = [item async for item in result]
            assert items, f"{name}: the stream yielded nothing"
        elif _iterates(name):
            [item async for item in result]  # the requests are made while iterating
        hits[name] = gateway.sent[start:]
    return hits


def _executed(core_endpoints: set[str], api_root: str = "/v1") -> dict[str, Any]:
    gateway = RecordingGateway(TemplateIndex(core_endpoints), api_root)
    sync_client, async_client = _clients(gateway)
    sync_hits = run_sync(sync_client, gateway)
    sync_misses = list(gateway.misses)
    async_hits = asyncio.run(run_async(async_client, gateway))
    return {
        "sync": sync_hits,
        "async": async_hits,
        "misses": {"sync": sync_misses, "async": gateway.misses[len(sync_misses) :]},
    }


@pytest.fixture(scope="module", params=API_ROOTS)
def executed(request: pytest.FixtureRequest, core_endpoints: set[str]) -> dict[str, Any]:
    """Every public method of both clients, run against a gateway of each generation in turn."""
    return {**_executed(core_endpoints, request.param), "api_root": request.param}


# --- the assertions ----------------------------------------------------------------------------------------


def test_argument_table_lists_exactly_the_public_methods() -> None:
    sync_client = otari.Otari(base_url="http://gateway.test", otari_key="gw-test")
    async_client = otari.AsyncOtari(base_url="http://gateway.test", otari_key="gw-test")
    sync_names, async_names = public_methods(sync_client), public_methods(async_client)
    assert set(ARGUMENTS) - ASYNC_ONLY == sync_names, "add new public methods of Otari to ARGUMENTS"
    assert set(ARGUMENTS) - SYNC_ONLY == async_names, "add new public methods of AsyncOtari to ARGUMENTS"
    # Resources are found, not listed by hand.
    assert {"keys.rotate", "users.usage", "pricing.history", "usage.list"} <= sync_names & async_names


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_public_method_reaches_the_gateway(kind: str, executed: dict[str, Any]) -> None:
    silent = sorted(name for name, hits in executed[kind].items() if not hits and name not in LIFECYCLE)
    assert not silent, f"public methods of the {kind} client that sent no request: {silent}"
    noisy = sorted(name for name in LIFECYCLE & set(executed[kind]) if executed[kind][name])
    assert not noisy


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_client_discovers_the_root_once(kind: str, executed: dict[str, Any]) -> None:
    misses = executed["misses"][kind]
    if executed["api_root"] == "/api/v1":
        assert misses == []
    else:  # the first call of the client went to /api/v1 first, and nothing after it
        assert len(misses) == 1 and misses[0][1].startswith("/api/v1/")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_endpoints_hit_equal_the_covered_section(
    kind: str, executed: dict[str, Any], core_endpoints: set[str], covered: set[str]
) -> None:
    index = TemplateIndex(core_endpoints)
    hit: set[str] = set()
    unmatched: list[str] = []
    for name, sent in executed[kind].items():
        for method, raw_path in sent:
            endpoint = index.template(method, raw_path)
            if endpoint is None:
                unmatched.append(f"{name}: {method} {raw_path}")
            else:
                hit.add(manifest_mod.route_key(endpoint))
    assert not unmatched, f"requests to paths the generated core does not have: {unmatched}"
    missing = sorted(covered - hit)
    assert not missing, f"[covered] endpoints that no public method of the {kind} client reaches: {missing}"
    extra = sorted(hit - covered)
    assert not extra, f"public methods of the {kind} client reach endpoints outside [covered]: {extra}"


def test_manifest_comments_name_the_methods_that_hit_each_endpoint(
    executed: dict[str, Any], core_endpoints: set[str]
) -> None:
    index = TemplateIndex(core_endpoints)
    by_endpoint: dict[str, set[str]] = {}
    for name, sent in executed["sync"].items():
        for method, raw_path in sent:
            endpoint = index.template(method, raw_path)
            assert endpoint is not None
            by_endpoint.setdefault(manifest_mod.route_key(endpoint), set()).add(name)
    manifest = manifest_mod.load_manifest(REPO / "sdk-endpoints.txt")
    wrong = []
    for entry in manifest.entries:
        if entry.section != "covered":
            continue
        named = {part.strip() for part in entry.reason.split(",") if part.strip()}
        actual = by_endpoint.get(manifest_mod.route_key(entry.endpoint), set())
        if named != actual:
            wrong.append(f"line {entry.line} {entry.endpoint}: comment {sorted(named)}, executed {sorted(actual)}")
    assert not wrong, "sdk-endpoints.txt comments disagree with the methods that hit each endpoint:\n" + "\n".join(
        wrong
    )


def test_escaped_ids_still_map_to_their_template(core_endpoints: set[str]) -> None:
    index = TemplateIndex(core_endpoints)
    assert index.template("GET", "/v1/batches/team%2Fb1") == "GET /v1/batches/{batch_id}"
    assert index.template("GET", "/v1/pricing/openai%3Am/history") == "GET /v1/pricing/{model_key}/history"
    assert index.template("GET", "/v1/models/metadata") == "GET /v1/models/metadata"
    assert index.template("GET", "/v1/nowhere") is None


def test_a_missing_method_would_be_caught(
    monkeypatch: pytest.MonkeyPatch, core_endpoints: set[str], covered: set[str]
) -> None:
    # The check above is only worth something if it fails when a method disappears: remove one and rerun.
    from otari.resources.keys import Keys

    monkeypatch.delattr(Keys, "rotate")
    executed = _executed(core_endpoints)
    index = TemplateIndex(core_endpoints)
    hit = {manifest_mod.route_key(index.template(m, p) or "") for sent in executed["sync"].values() for m, p in sent}
    assert covered - hit == {"POST /v1/keys/{}/rotate"}
