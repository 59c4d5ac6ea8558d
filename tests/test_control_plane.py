"""api.md §5: keys, users, budgets, pricing and usage on both clients, against recorded gateway exchanges.

Every case calls the resource method with the arguments of a recorded request, checks that the
method, path, query and body the SDK sent are the recorded ones and that the admin key was used, and
reads the recorded answer into its typed model.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

import otari
from otari._generated.models.budget_response import BudgetResponse
from otari._generated.models.create_key_response import CreateKeyResponse
from otari._generated.models.key_info import KeyInfo
from otari._generated.models.pricing_response import PricingResponse
from otari._generated.models.usage_entry import UsageEntry
from otari._generated.models.usage_log_response import UsageLogResponse
from otari._generated.models.user_response import UserResponse
from tests import wire
from tests.harness import CLIENT_KINDS, with_client
from tests.replay import ReplayServer

ADMIN = "master-k"
VIRTUAL = "gw-virtual"
KEY_ID = "6033b4fd-1420-4e17-8baa-960d6e8942df"
BUDGET_ID = "620a589c-9103-4e1d-8f5d-85d3104102e6"
MODEL_KEY = "openai:fixture-model"


@dataclass
class Case:
    resource: str
    method: str
    check: Callable[[Any], bool]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def _body(name: str) -> dict[str, Any]:
    body: dict[str, Any] = wire.load(name).request_json()
    return body


CASES: dict[str, Case] = {
    "keys-create": Case(
        "keys",
        "create",
        lambda r: (
            isinstance(r, CreateKeyResponse)
            and r.key.startswith("gw-FIXTUREKEY")
            and r.id == KEY_ID
            and r.user_id == "alice"
            and r.metadata.to_dict() == {"purpose": "fixtures"}
        ),
        kwargs=_body("keys-create"),
    ),
    "keys-list": Case(
        "keys",
        "list",
        lambda r: (
            all(isinstance(k, KeyInfo) for k in r)
            and [k.key_name for k in r][:2] == ["bootstrap", "carol-key"]
            and len(r) == 6
            and r[3].allowed_models == ["openai:fake-model"]
            and r[4].is_active is False
        ),
    ),
    "keys-get": Case(
        "keys",
        "get",
        lambda r: isinstance(r, KeyInfo) and r.id == KEY_ID and r.key_name == "fixture-key" and r.last_used_at is None,
        args=(KEY_ID,),
    ),
    "keys-update": Case(
        "keys",
        "update",
        lambda r: (
            isinstance(r, KeyInfo)
            and r.key_name == "fixture-key-renamed"
            and r.metadata.to_dict() == {"purpose": "fixtures", "env": "test"}
        ),
        args=(KEY_ID,),
        kwargs=_body("keys-update"),
    ),
    "keys-delete": Case("keys", "delete", lambda r: r is None, args=(KEY_ID,)),
    "keys-rotate": Case(
        "keys",
        "rotate",
        lambda r: isinstance(r, CreateKeyResponse) and r.key.endswith("0007") and r.id == KEY_ID,
        args=(KEY_ID,),
    ),
    "users-create": Case(
        "users",
        "create",
        lambda r: (
            isinstance(r, UserResponse)
            and r.user_id == "alice"
            and r.budget_id == BUDGET_ID
            and r.spend == 0.0
            and r.blocked is False
        ),
        kwargs=_body("users-create"),
    ),
    "users-list": Case(
        "users",
        "list",
        lambda r: [u.user_id for u in r] == ["default", "carol", "bob", "alice"] and r[2].blocked is True,
    ),
    "users-get": Case("users", "get", lambda r: isinstance(r, UserResponse) and r.alias == "Alice", args=("alice",)),
    "users-update": Case(
        "users",
        "update",
        lambda r: r.alias == "Alice A." and r.metadata.to_dict() == {"team": "sdk", "tier": "gold"},
        args=("alice",),
        kwargs=_body("users-update"),
    ),
    "users-delete": Case("users", "delete", lambda r: r is None, args=("alice",)),
    "users-usage": Case(
        "users",
        "usage",
        lambda r: (
            len(r) == 1
            and isinstance(r[0], UsageLogResponse)
            and (r[0].model, r[0].total_tokens, r[0].status) == ("fake-model", 7, "success")
            and r[0].cost == pytest.approx(0.000011)
        ),
        args=("alice",),
    ),
    "budgets-create": Case(
        "budgets",
        "create",
        lambda r: isinstance(r, BudgetResponse) and r.budget_id == BUDGET_ID and r.max_budget == 10.0,
        kwargs=_body("budgets-create"),
    ),
    "budgets-list": Case(
        "budgets",
        "list",
        lambda r: [b.name for b in r] == ["zero-budget", "fixture-budget"] and r[0].user_count == 1,
    ),
    "budgets-get": Case(
        "budgets", "get", lambda r: r.name == "fixture-budget" and r.total_spend == 0.0, args=(BUDGET_ID,)
    ),
    "budgets-update": Case(
        "budgets", "update", lambda r: r.max_budget == 25.0, args=(BUDGET_ID,), kwargs=_body("budgets-update")
    ),
    "budgets-delete": Case("budgets", "delete", lambda r: r is None, args=(BUDGET_ID,)),
    "pricing-set": Case(
        "pricing",
        "set",
        lambda r: (
            isinstance(r, PricingResponse)
            and (r.model_key, r.input_price_per_million, r.output_price_per_million) == (MODEL_KEY, 3.0, 6.0)
            and r.cache_read_price_per_million == 1.5
            and r.pricing_tiers == []
        ),
        kwargs=_body("pricing-set"),
    ),
    "pricing-list": Case(
        "pricing",
        "list",
        lambda r: (
            len(r) == 12 and all(isinstance(p, PricingResponse) for p in r) and r[0].model_key == "deadprov:fake-model"
        ),
    ),
    "pricing-get": Case(
        "pricing", "get", lambda r: r.model_key == MODEL_KEY and r.input_price_per_million == 4.0, args=(MODEL_KEY,)
    ),
    "pricing-history": Case(
        "pricing",
        "history",
        lambda r: [p.input_price_per_million for p in r] == [4.0, 3.0],
        args=(MODEL_KEY,),
    ),
    "pricing-delete": Case("pricing", "delete", lambda r: r is None, args=(MODEL_KEY,)),
    "usage-list": Case(
        "usage",
        "list",
        lambda r: (
            len(r) == 3
            and all(isinstance(e, UsageEntry) for e in r)
            and (r[0].user_alias, r[0].total_tokens) == ("Alice A.", 7)
            and (r[1].status, r[1].status_code, r[1].error_message) == ("error", 502, "Connection error.")
            and r[2].latency_ms == 2032
        ),
        kwargs={"limit": 3},
    ),
}


def _call(client: Any, case: Case) -> Any:
    return getattr(getattr(client, case.resource), case.method)(*case.args, **case.kwargs)


def _assert_sent_as_recorded(replay: ReplayServer, name: str) -> None:
    recorded = wire.load(name)
    sent = replay.last
    assert sent.method == recorded.method
    # Path parameters are escaped by the core (':' may arrive as %3A); the gateway decodes them.
    assert unquote(sent.path) == replay.served(recorded.path)
    assert sent.path.count("/") == replay.served(recorded.path).count("/")
    assert sent.query == recorded.query
    if recorded.request_body is None:
        assert sent.body == b""
    else:
        assert sent.json() == recorded.request_json()
    assert sent.headers["otari-key"] == f"Bearer {ADMIN}"


def test_every_control_fixture_has_a_case() -> None:
    fixtures = {
        name
        for prefix in ("keys-", "users-", "budgets-", "pricing-", "usage-")
        for name in wire.names(prefix)
        if not any(code in name for code in ("-404", "-409", "-401"))
    }
    # /v1/usage/count is excluded from the SDK (sdk-endpoints.txt), so its recording has no method to call.
    assert fixtures - {"usage-count"} == set(CASES)


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("name", sorted(CASES))
def test_control_call_sends_recorded_request_and_parses_answer(kind: str, name: str, replay: ReplayServer) -> None:
    case = CASES[name]
    replay.add(wire.load(name))
    result = with_client(kind, replay.url, lambda c: _call(c, case), otari_key=VIRTUAL, admin_key=ADMIN)
    _assert_sent_as_recorded(replay, name)
    assert case.check(result), result


ERRORS: dict[str, tuple[str, str, tuple[Any, ...], dict[str, Any], type[otari.APIStatusError]]] = {
    "keys-get-missing-404": ("keys", "get", (KEY_ID,), {}, otari.NotFoundError),
    "users-get-missing-404": ("users", "get", ("nobody",), {}, otari.NotFoundError),
    "budgets-get-missing-404": ("budgets", "get", (BUDGET_ID,), {}, otari.NotFoundError),
    "pricing-get-missing-404": ("pricing", "get", (MODEL_KEY,), {}, otari.NotFoundError),
    "users-create-duplicate-409": (
        "users",
        "create",
        (),
        {"user_id": "alice", "alias": "Alice again"},
        otari.ConflictError,
    ),
    "management-error-401-virtual-key": ("keys", "list", (), {}, otari.AuthenticationError),
}


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("name", sorted(ERRORS))
def test_control_errors_map_to_their_exact_class(kind: str, name: str, replay: ReplayServer) -> None:
    resource, method, args, kwargs, error = ERRORS[name]
    recorded = wire.load(name)
    replay.add(recorded)
    with pytest.raises(otari.APIStatusError) as info:
        with_client(
            kind,
            replay.url,
            lambda c: getattr(getattr(c, resource), method)(*args, **kwargs),
            otari_key=VIRTUAL,
            admin_key=ADMIN,
        )
    exc = info.value
    # Exact classes: a control-plane 404 is not a ModelNotFoundError, a 409 not a BatchNotCompleteError.
    assert type(exc) is error
    assert exc.status_code == recorded.status
    assert exc.message == recorded.json()["detail"]
    assert ADMIN not in str(exc) and ADMIN not in repr(exc) and VIRTUAL not in str(exc)
    if recorded.request_body is not None:
        assert replay.last.json() == recorded.request_json()


def test_invalid_master_key_hints_at_the_admin_key(replay: ReplayServer) -> None:
    replay.add(wire.load("management-error-401-virtual-key"))
    with pytest.raises(otari.AuthenticationError) as info:
        with_client("sync", replay.url, lambda c: c.keys.list(), otari_key=VIRTUAL)
    assert info.value.message == "Invalid master key"
    assert "GATEWAY_ADMIN_KEY" in (info.value.hint or "")
    # Without an admin key the client's own credential is used (api.md §1 rule 6).
    assert replay.last.headers["otari-key"] == f"Bearer {VIRTUAL}"


def test_admin_key_from_environment(replay: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", "env-master")
    replay.add(wire.load("users-list"), wire.load("chat-nonstream"))

    def body(client: Any) -> Any:
        client.users.list()
        admin = replay.last.headers["otari-key"]
        client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}])
        return admin, replay.last.headers["otari-key"]

    assert with_client("sync", replay.url, body, otari_key=VIRTUAL) == ("Bearer env-master", f"Bearer {VIRTUAL}")


@pytest.mark.parametrize("kind", CLIENT_KINDS)
def test_new_key_secret_is_masked_in_repr_and_str(kind: str, replay: ReplayServer) -> None:
    replay.add(wire.load("keys-create"), wire.load("keys-rotate"))
    created, rotated = with_client(
        kind,
        replay.url,
        _create_and_rotate_sync if kind == "sync" else _create_and_rotate_async,
        otari_key=VIRTUAL,
        admin_key=ADMIN,
    )
    for response in (created, rotated):
        secret = response.key
        assert secret.startswith("gw-FIXTUREKEY") and len(secret) == 67
        for text in (repr(response), str(response), f"{response}", repr([response])):
            assert secret not in text
            assert "FIXTUREKEY0" not in text
        assert response.to_dict()["key"] == secret  # the secret stays reachable on purpose


def _create_and_rotate_sync(client: otari.Otari) -> tuple[Any, Any]:
    return client.keys.create(key_name="k"), client.keys.rotate(KEY_ID)


async def _create_and_rotate_async(client: otari.AsyncOtari) -> tuple[Any, Any]:
    return await client.keys.create(key_name="k"), await client.keys.rotate(KEY_ID)


# --- argument handling ---------------------------------------------------------------------------------


def _sync(replay: ReplayServer, body: Callable[[otari.Otari], Any]) -> Any:
    return with_client("sync", replay.url, body, otari_key=VIRTUAL, admin_key=ADMIN)


def test_datetimes_become_iso_8601(replay: ReplayServer) -> None:
    replay.add(wire.load("keys-create"), wire.load("keys-update"), wire.load("pricing-set"))
    when = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    _sync(replay, lambda c: c.keys.create(key_name="k", expires_at=when))
    assert replay.last.json() == {"key_name": "k", "expires_at": "2030-01-02T03:04:05+00:00"}
    _sync(replay, lambda c: c.keys.update(KEY_ID, expires_at=dt.date(2031, 5, 6), is_active=False))
    assert replay.last.json() == {"expires_at": "2031-05-06T00:00:00", "is_active": False}
    _sync(
        replay,
        lambda c: c.pricing.set(
            model_key="openai:m", input_price_per_million=1, output_price_per_million=2.5, effective_at=when
        ),
    )
    assert replay.last.json() == {
        "model_key": "openai:m",
        "input_price_per_million": 1.0,
        "output_price_per_million": 2.5,
        "effective_at": "2030-01-02T03:04:05+00:00",
    }


def test_date_strings_pass_through(replay: ReplayServer) -> None:
    replay.add(wire.load("keys-create"))
    _sync(replay, lambda c: c.keys.create(expires_at="2030-01-02T03:04:05"))
    assert replay.last.json() == {"expires_at": "2030-01-02T03:04:05"}


def test_usage_list_filters_reach_the_query() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with otari.Otari(base_url="http://gw.test", otari_key=VIRTUAL, admin_key=ADMIN, http_client=http) as client:
        assert client.usage.list() == []
        assert seen[-1].url.query == b""
        client.usage.list(
            start_date=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
            end_date=dt.date(2026, 11, 30),
            user_id=["alice", "bob"],
            model="openai:fake-model",
            status="error",
            status_code=502,
            endpoint="/v1/chat/completions",
            provider="openai",
            priced=False,
            counts_toward_budget=True,
            skip=10,
            limit=5,
        )
    params = seen[-1].url.params
    assert seen[-1].url.path == "/api/v1/usage"  # a bare origin discovered /api/v1 on the first call
    assert params.get_list("user_id") == ["alice", "bob"]
    assert params.get_list("model") == ["openai:fake-model"]
    assert params["start_date"] == "2026-11-01T00:00:00+00:00" and params["end_date"] == "2026-11-30"
    assert (params["status"], params["status_code"], params["priced"]) == ("error", "502", "false")
    assert (params["counts_toward_budget"], params["skip"], params["limit"]) == ("true", "10", "5")
    assert (params["endpoint"], params["provider"]) == ("/v1/chat/completions", "openai")
    assert seen[-1].headers["otari-key"] == f"Bearer {ADMIN}"


def test_paging_and_query_options_are_sent_only_when_given(replay: ReplayServer) -> None:
    for name in ("keys-list", "users-list", "budgets-list", "pricing-list", "users-usage", "pricing-get"):
        replay.add(wire.load(name))
    _sync(replay, lambda c: c.keys.list(limit=2, workspace_id="w1"))
    assert replay.last.query == {"limit": "2", "workspace_id": "w1"}
    _sync(replay, lambda c: c.users.list(skip=0))
    assert replay.last.query == {"skip": "0"}
    _sync(replay, lambda c: c.budgets.list(skip=1, limit=1))
    assert replay.last.query == {"skip": "1", "limit": "1"}
    _sync(replay, lambda c: c.pricing.list(limit=50))
    assert replay.last.query == {"limit": "50"}
    _sync(replay, lambda c: c.users.usage("alice", limit=1))
    assert replay.last.query == {"limit": "1"}
    _sync(replay, lambda c: c.pricing.get(MODEL_KEY, as_of=dt.datetime(2026, 1, 1)))
    assert replay.last.query == {"as_of": "2026-01-01T00:00:00"}


def test_path_ids_are_one_escaped_segment(replay: ReplayServer) -> None:
    replay.add(wire.load("users-get"), wire.load("pricing-delete"))
    _sync(replay, lambda c: c.users.get("team/alice"))
    assert replay.last.path == replay.served("/v1/users/team%2Falice")
    _sync(replay, lambda c: c.pricing.delete(MODEL_KEY, effective_at="2026-11-25T14:14:39.752481"))
    assert replay.last.path in (
        replay.served("/v1/pricing/openai%3Afixture-model"),
        replay.served("/v1/pricing/openai:fixture-model"),
    )
    assert replay.last.query == {"effective_at": "2026-11-25T14:14:39.752481"}


BAD: list[tuple[Callable[[otari.Otari], Any], type[Exception], str]] = [
    (lambda c: c.keys.create(bogus=1), TypeError, "'bogus'"),
    (lambda c: c.keys.create(key_name="k", colour="red", size=2), TypeError, "'colour', 'size'"),
    (lambda c: c.keys.get(123), TypeError, "key_id"),
    (lambda c: c.keys.delete(""), ValueError, "key_id"),
    (lambda c: c.keys.list(bogus=True), TypeError, "'bogus'"),
    (lambda c: c.keys.list(limit="ten"), TypeError, "limit"),
    (lambda c: c.keys.update(KEY_ID, expires_at=12), TypeError, "expires_at"),
    (lambda c: c.users.create(user_id=None), TypeError, "user_id"),
    (lambda c: c.users.update("alice", nickname="Al"), TypeError, "'nickname'"),
    (lambda c: c.users.usage("alice", skip=-1), ValueError, "skip"),
    (lambda c: c.budgets.create(max_budget=1, limit=2), TypeError, "'limit'"),
    (lambda c: c.budgets.get(None), TypeError, "budget_id"),
    (
        lambda c: c.pricing.set(model_key="m", input_price_per_million="1", output_price_per_million=1),
        TypeError,
        "input",
    ),
    (lambda c: c.pricing.get(MODEL_KEY, as_of=1.5), TypeError, "as_of"),
    (lambda c: c.usage.list(user_id=[1]), TypeError, "user_id"),
    (lambda c: c.usage.list(status_code="502"), TypeError, "status_code"),
    (lambda c: c.usage.list(priced="yes"), TypeError, "priced"),
    (lambda c: c.usage.list(colour="red"), TypeError, "'colour'"),
    (lambda c: c.keys.list(workspace_id={"id": "w1"}), TypeError, "workspace_id"),
    (lambda c: c.aliases.list(workspace_id=7), TypeError, "workspace_id"),
    (lambda c: c.usage.list(workspace_id=7), TypeError, "workspace_id"),
]


@pytest.mark.parametrize(("call", "error", "fragment"), BAD)
def test_bad_arguments_fail_before_any_request(
    call: Callable[[otari.Otari], Any], error: type[Exception], fragment: str, replay: ReplayServer
) -> None:
    with pytest.raises(error) as info:
        _sync(replay, call)
    assert fragment in str(info.value)
    assert replay.received == []


def test_per_call_options_are_accepted(replay: ReplayServer) -> None:
    replay.add(wire.load("keys-get"))
    _sync(replay, lambda c: c.keys.get(KEY_ID, extra_headers={"x-trace": "1"}, extra_query={"debug": "1"}))
    assert replay.last.headers["x-trace"] == "1" and replay.last.query == {"debug": "1"}


def test_extra_body_reaches_the_gateway(replay: ReplayServer) -> None:
    replay.add(wire.load("budgets-create"))
    _sync(replay, lambda c: c.budgets.create(name="b", extra_body={"future_field": 1}))
    assert replay.last.json() == {"name": "b", "future_field": 1}


def test_raw_response_mode_reaches_resources(replay: ReplayServer) -> None:
    replay.add(wire.load("keys-delete"))
    raw = _sync(replay, lambda c: c.with_raw_response.keys.delete(KEY_ID))
    assert isinstance(raw, otari.RawResponse) and raw.status_code == 204 and raw.parse() is None


def test_resource_methods_look_like_methods() -> None:
    sync_client = otari.Otari(base_url="http://gw.test", otari_key=VIRTUAL)
    async_client = otari.AsyncOtari(base_url="http://gw.test", otari_key=VIRTUAL)
    method = sync_client.keys.get
    assert method.__name__ == "get" and method.__qualname__ == "Keys.get"
    assert "GET /v1/keys/{key_id}" in (method.__doc__ or "")
    assert str(inspect.signature(method)) == "(key_id: 'str', **request_options: 'Unpack[RequestOptions]') -> 'KeyInfo'"
    assert inspect.iscoroutinefunction(async_client.keys.get)
    assert not inspect.iscoroutinefunction(method)
    assert repr(sync_client.keys) == "<Keys>" and repr(async_client.usage) == "<AsyncUsage>"
