"""otari._errors: the exception hierarchy and the pure mapping functions, checked against the wire."""

from __future__ import annotations

import json
import pickle
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otari import _errors, _exceptions
from otari._errors import (
    RouteKind,
    make_status_error,
    map_transport_error,
    parse_retry_after,
    stream_error_from_payload,
    validation_error_from_exception,
)
from otari._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchNotCompleteError,
    ConflictError,
    GatewayTimeoutError,
    InsufficientFundsError,
    ModelNotFoundError,
    NotFoundError,
    OtariConfigError,
    OtariError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StreamError,
    UnprocessableEntityError,
    UnsupportedCapabilityError,
    UpstreamProviderError,
)
from tests import wire

# ---------------------------------------------------------------------------------------------------------
# Hierarchy (api.md §6)
# ---------------------------------------------------------------------------------------------------------

PARENTS: dict[type[BaseException], tuple[type[BaseException], ...]] = {
    OtariError: (Exception,),
    OtariConfigError: (OtariError, ValueError),
    APIError: (OtariError,),
    APIStatusError: (APIError,),
    APIConnectionError: (APIError,),
    APITimeoutError: (APIConnectionError,),
    StreamError: (APIError,),
    ResponseValidationError: (APIError,),
    BadRequestError: (APIStatusError,),
    UnsupportedCapabilityError: (APIStatusError,),
    AuthenticationError: (APIStatusError,),
    PermissionDeniedError: (AuthenticationError,),
    InsufficientFundsError: (APIStatusError,),
    NotFoundError: (APIStatusError,),
    ModelNotFoundError: (NotFoundError,),
    ConflictError: (APIStatusError,),
    BatchNotCompleteError: (ConflictError,),
    UnprocessableEntityError: (APIStatusError,),
    RateLimitError: (APIStatusError,),
    UpstreamProviderError: (APIStatusError,),
    GatewayTimeoutError: (UpstreamProviderError,),
}


@pytest.mark.parametrize("cls", list(PARENTS), ids=lambda c: c.__name__)
def test_hierarchy(cls: type[BaseException]) -> None:
    assert cls.__bases__ == PARENTS[cls]


def test_every_exception_class_is_in_the_hierarchy_table() -> None:
    # Every exception class the module defines, found by introspection, so a new one cannot be forgotten.
    defined = {
        obj
        for obj in vars(_exceptions).values()
        if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == _exceptions.__name__
    }
    assert defined == set(PARENTS)
    # ... and every one of them is exported from ``otari``.
    import otari

    assert all(getattr(otari, cls.__name__) is cls for cls in defined)


def test_all_names_exist() -> None:
    for name in _errors.__all__:
        assert hasattr(_errors, name), name


# ---------------------------------------------------------------------------------------------------------
# Every recorded error response
# ---------------------------------------------------------------------------------------------------------

CONTROL_PREFIXES = ("/v1/keys", "/v1/users", "/v1/budgets", "/v1/pricing", "/v1/usage")


def route_of(path: str) -> RouteKind:
    if path.startswith("/v1/batches"):
        return "batch"
    if path.startswith(CONTROL_PREFIXES):
        return "control"
    return "inference"


@dataclass(frozen=True)
class Expect:
    cls: type[APIStatusError]
    route: RouteKind
    message: str | None = None  # None: the body's plain string `detail`
    attrs: dict[str, Any] = field(default_factory=dict)
    not_: tuple[type[BaseException], ...] = ()
    hint_mentions: str | None = None


AUTH_HINT = "GATEWAY_API_KEY"
ADMIN_HINT = "GATEWAY_ADMIN_KEY"

EXPECTATIONS: dict[str, Expect] = {
    "batches-create-unsupported-provider-422": Expect(
        UnsupportedCapabilityError,
        "batch",
        attrs={"provider": "llamafile", "capability": "batch operations"},
        not_=(UnprocessableEntityError, BadRequestError),
    ),
    "batches-results-not-complete-409": Expect(
        BatchNotCompleteError,
        "batch",
        attrs={"batch_id": "batch_fakeb2d073ef9f813cfffa101176", "status": "in_progress"},
    ),
    "budgets-get-missing-404": Expect(NotFoundError, "control", not_=(ModelNotFoundError,)),
    "chat-error-400-master-key-without-user": Expect(BadRequestError, "inference"),
    "chat-error-400-unknown-provider": Expect(BadRequestError, "inference", not_=(UnsupportedCapabilityError,)),
    "chat-error-401-inactive-key": Expect(AuthenticationError, "inference", hint_mentions=AUTH_HINT),
    "chat-error-401-invalid-header-format": Expect(AuthenticationError, "inference", hint_mentions=AUTH_HINT),
    "chat-error-401-invalid-key": Expect(AuthenticationError, "inference", hint_mentions=AUTH_HINT),
    "chat-error-401-missing-key": Expect(AuthenticationError, "inference", hint_mentions=AUTH_HINT),
    "chat-error-402-no-pricing": Expect(InsufficientFundsError, "inference", not_=(AuthenticationError,)),
    "chat-error-403-blocked-user": Expect(PermissionDeniedError, "inference"),
    "chat-error-403-budget-exceeded": Expect(
        InsufficientFundsError, "inference", not_=(AuthenticationError,), hint_mentions="budget"
    ),
    "chat-error-403-model-not-permitted": Expect(PermissionDeniedError, "inference"),
    "chat-error-404-upstream-model-missing": Expect(ModelNotFoundError, "inference"),
    "chat-error-422-validation": Expect(
        UnprocessableEntityError,
        "inference",
        message="body.messages: Field required",
        attrs={"errors": [{"type": "missing", "loc": ["body", "messages"], "msg": "Field required"}]},
    ),
    "chat-error-429-gateway-rate-limit": Expect(RateLimitError, "inference", attrs={"retry_after": 60.0}),
    "chat-error-429-upstream-rate-limited": Expect(RateLimitError, "inference", attrs={"retry_after": None}),
    "chat-error-502-upstream-down": Expect(UpstreamProviderError, "inference", not_=(GatewayTimeoutError,)),
    "chat-error-504-upstream-timeout": Expect(GatewayTimeoutError, "inference"),
    "chat-stream-error-before-first-byte-402": Expect(InsufficientFundsError, "inference"),
    "keys-get-missing-404": Expect(NotFoundError, "control", not_=(ModelNotFoundError,)),
    "management-error-401-virtual-key": Expect(
        AuthenticationError,
        "control",
        message="Invalid master key",
        not_=(PermissionDeniedError,),
        hint_mentions=ADMIN_HINT,
    ),
    "messages-error-401-missing-key": Expect(
        AuthenticationError,
        "inference",
        message="Missing Otari-Key, Authorization, or x-api-key header",
        attrs={"error_type": "authentication_error"},
        hint_mentions=AUTH_HINT,
    ),
    "messages-error-429-gateway-rate-limit": Expect(
        RateLimitError,
        "inference",
        message="Rate limit exceeded",
        attrs={"retry_after": 60.0, "error_type": "rate_limit_error"},
    ),
    "messages-error-upstream-429": Expect(
        RateLimitError,
        "inference",
        message="The provider rate-limited this request",
        attrs={"retry_after": None, "error_type": "rate_limit_error"},
    ),
    "models-retrieve-404": Expect(ModelNotFoundError, "inference"),
    "pricing-get-missing-404": Expect(NotFoundError, "control", not_=(ModelNotFoundError,)),
    "responses-error-unsupported-provider-400": Expect(
        UnsupportedCapabilityError,
        "inference",
        attrs={"provider": "llamafile", "capability": "Responses API"},
        not_=(BadRequestError,),
    ),
    "users-create-duplicate-409": Expect(ConflictError, "control", not_=(BatchNotCompleteError,)),
    "users-get-missing-404": Expect(NotFoundError, "control", not_=(ModelNotFoundError,)),
}

ERROR_FIXTURES = [name for name in wire.names() if wire.load(name).status >= 400]


def test_error_fixtures_were_found() -> None:
    assert len(ERROR_FIXTURES) >= 25


def test_no_stale_expectations() -> None:
    assert set(EXPECTATIONS) <= set(ERROR_FIXTURES)


@pytest.mark.parametrize("name", ERROR_FIXTURES)
def test_error_fixture(name: str) -> None:
    assert name in EXPECTATIONS, f"new error fixture {name!r}: add its expected exception to EXPECTATIONS"
    expect = EXPECTATIONS[name]
    ex = wire.load(name)
    assert route_of(ex.path) == expect.route

    err = make_status_error(ex.status, dict(ex.headers), ex.body, route=expect.route)

    assert type(err) is expect.cls
    for other in expect.not_:
        assert not isinstance(err, other)
    assert err.status_code == ex.status
    assert err.body == ex.json()
    assert err.headers.get("content-type") == "application/json"
    assert err.request_id is None  # the gateway sends none in standalone mode
    message = expect.message if expect.message is not None else ex.json()["detail"]
    assert err.message == message
    for attr, value in expect.attrs.items():
        assert getattr(err, attr) == value, attr
    if expect.hint_mentions is not None:
        assert err.hint is not None and expect.hint_mentions in err.hint
    rendered = str(err)
    prefix = f"Error code: {ex.status}"
    # Provider messages passed through already start with the prefix; it is not repeated.
    assert rendered.startswith(message if message.startswith(prefix) else f"{prefix} - {message}")
    assert "\n" not in rendered
    assert repr(err) == f"{expect.cls.__name__}(status_code={ex.status}, message={message!r})"


def test_httpx_headers_are_accepted_as_is() -> None:
    ex = wire.load("chat-error-429-gateway-rate-limit")
    err = make_status_error(ex.status, httpx.Headers(ex.headers), ex.body, route="inference")
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 60.0


def test_budget_exceeded_str() -> None:
    ex = wire.load("chat-error-403-budget-exceeded")
    err = make_status_error(ex.status, dict(ex.headers), ex.body, route="inference")
    assert str(err).startswith("Error code: 403 - User 'carol' has exceeded budget limit (")


def test_rate_limit_str_says_when_to_retry() -> None:
    ex = wire.load("chat-error-429-gateway-rate-limit")
    err = make_status_error(ex.status, dict(ex.headers), ex.body, route="inference")
    assert str(err) == "Error code: 429 - Rate limit exceeded (retry after 60s)"


def test_provider_error_code_prefix_is_not_repeated() -> None:
    ex = wire.load("chat-error-404-upstream-model-missing")
    err = make_status_error(ex.status, dict(ex.headers), ex.body, route="inference")
    assert str(err).count("Error code: 404") == 1


def test_402_hint_only_when_the_gateway_gave_no_advice() -> None:
    advised = make_status_error(402, {}, b'{"detail":"No pricing is configured; add pricing"}', route="inference")
    bare = make_status_error(402, {}, b'{"detail":"Payment required"}', route="inference")
    assert advised.hint is None
    assert bare.hint is not None and "pricing" in bare.hint


# ---------------------------------------------------------------------------------------------------------
# Body shapes not (or not only) in the recordings
# ---------------------------------------------------------------------------------------------------------


def status_error(status: int, body: object, *, route: RouteKind = "inference", **headers: str) -> APIStatusError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return make_status_error(status, headers, content, route=route)


def anthropic(error_type: str, message: str) -> dict[str, Any]:
    return {"detail": {"type": "error", "error": {"type": error_type, "message": message}}}


def test_anthropic_budget_exceeded_is_insufficient_funds() -> None:
    err = status_error(403, anthropic("permission_error", "User 'dave' has exceeded budget limit"))
    assert type(err) is InsufficientFundsError
    assert err.error_type == "permission_error"
    assert err.message == "User 'dave' has exceeded budget limit"


def test_anthropic_blocked_user_is_permission_denied() -> None:
    err = status_error(403, anthropic("permission_error", "User 'bob' is blocked"))
    assert type(err) is PermissionDeniedError


def test_anthropic_upstream_500_is_upstream_provider_error() -> None:
    err = status_error(500, anthropic("api_error", "The request could not be completed by the provider"))
    assert type(err) is UpstreamProviderError
    assert err.message == "The request could not be completed by the provider"
    assert err.error_type == "api_error"


def test_openai_style_top_level_error() -> None:
    err = status_error(400, {"error": {"message": "Bad things", "type": "invalid_request_error", "code": None}})
    assert type(err) is BadRequestError
    assert err.message == "Bad things"
    assert err.error_type == "invalid_request_error"


def test_string_error_and_message_keys() -> None:
    assert status_error(400, {"error": "plain"}).message == "plain"
    assert status_error(400, {"message": "flat", "type": "error"}).message == "flat"
    assert status_error(400, {"message": "flat", "type": "error"}).error_type is None


def test_validation_list_join_with_several_items() -> None:
    detail = [
        {"type": "json_invalid", "loc": ["body", 9], "msg": "JSON decode error"},
        {"type": "too_short", "loc": ["body", "messages"], "msg": "List should have at least 1 item"},
        "not-a-dict",
    ]
    err = status_error(422, {"detail": detail})
    assert type(err) is UnprocessableEntityError
    assert err.message == ('body.9: JSON decode error; body.messages: List should have at least 1 item; "not-a-dict"')
    assert err.errors == detail[:2]


def test_422_string_detail_has_no_field_errors() -> None:
    err = status_error(422, {"detail": "Something else"})
    assert type(err) is UnprocessableEntityError
    assert err.errors == []


@pytest.mark.parametrize(
    ("status", "detail", "provider", "capability"),
    [
        (400, "Provider anthropic does not support moderation", "anthropic", "moderation"),
        (400, "Provider 'openai' does not support multimodal moderation.", "openai", "multimodal moderation"),
        (400, "Provider 'llamafile' does not support the Responses API", "llamafile", "Responses API"),
        (422, "Provider 'llamafile' does not support batch operations", "llamafile", "batch operations"),
    ],
)
def test_unsupported_capability(status: int, detail: str, provider: str, capability: str) -> None:
    err = status_error(status, {"detail": detail})
    assert type(err) is UnsupportedCapabilityError
    assert (err.provider, err.capability, err.status_code) == (provider, capability, status)


def test_unsupported_phrase_on_other_status_is_not_a_capability_error() -> None:
    err = status_error(502, {"detail": "Provider 'x' does not support batch operations"})
    assert type(err) is UpstreamProviderError


def test_404_for_unknown_user_on_inference_is_not_a_model_error() -> None:
    err = status_error(404, {"detail": "User 'alice' not found"})
    assert type(err) is NotFoundError


def test_404_missing_route_hints_at_base_url() -> None:
    for route in ("inference", "control", "batch"):
        err = status_error(404, {"detail": "Not Found"}, route=route)  # type: ignore[arg-type]
        assert type(err) is NotFoundError
        assert err.hint is not None and "base_url" in err.hint


def test_404_on_batch_routes_is_plain_not_found() -> None:
    assert type(status_error(404, {"detail": "Batch not found"}, route="batch")) is NotFoundError


def test_409_batch_message_unparseable() -> None:
    err = status_error(409, {"detail": "Batch is busy"}, route="batch")
    assert type(err) is BatchNotCompleteError
    assert (err.batch_id, err.status) == (None, None)


def test_409_inference_is_conflict() -> None:
    assert type(status_error(409, {"detail": "x"})) is ConflictError


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (500, UpstreamProviderError),
        (501, UpstreamProviderError),
        (503, UpstreamProviderError),
        (599, UpstreamProviderError),
        (504, GatewayTimeoutError),
        (418, APIStatusError),
        (405, APIStatusError),
        (302, APIStatusError),
        (101, APIStatusError),
        (200, APIStatusError),
        (600, APIStatusError),
        (0, APIStatusError),
    ],
)
def test_other_statuses(status: int, cls: type[APIStatusError]) -> None:
    err = status_error(status, {"detail": "boom"})
    assert type(err) is cls
    assert err.message == "boom"


NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


def test_html_502_from_a_proxy() -> None:
    err = make_status_error(502, {"content-type": "text/html"}, NGINX_502, route="inference")
    assert type(err) is UpstreamProviderError
    assert err.message == "502 Bad Gateway"
    assert err.body == NGINX_502.decode()
    assert str(err) == "Error code: 502 - 502 Bad Gateway"


def test_html_without_title_is_stripped_and_capped() -> None:
    page = (
        b"<!doctype html><html><head><style>body { color: red }</style>"
        b"<script>var secret = 1;</script></head>"
        b"<body><h1>Service &amp; gateway unavailable</h1>" + b"<p>filler text</p>" * 5000 + b"</body></html>"
    )
    err = make_status_error(503, {"content-type": "text/html; charset=utf-8"}, page, route="inference")
    assert err.message.startswith("Service & gateway unavailable filler text")
    assert "<" not in err.message and "color" not in err.message and "secret" not in err.message
    assert len(str(err)) < 250


def test_text_plain_500() -> None:
    err = make_status_error(
        500, {"content-type": "text/plain; charset=utf-8"}, b"Internal Server Error", route="inference"
    )
    assert type(err) is UpstreamProviderError
    assert err.message == "Internal Server Error"
    assert err.body == "Internal Server Error"


def test_long_text_body_is_trimmed_to_one_line() -> None:
    err = make_status_error(500, {}, b"line one\n\n\tline two " + b"x" * 10_000, route="control")
    assert err.message.startswith("line one line two xxx")
    assert err.message.endswith("…")
    assert len(err.message) == 200


def test_empty_body_uses_reason_phrase() -> None:
    err = make_status_error(503, {}, b"", route="inference")
    assert err.message == "Service Unavailable"
    assert err.body is None


def test_binary_body_uses_reason_phrase() -> None:
    err = make_status_error(500, {}, b"\xff\xfe\xfd\x80", route="inference")
    assert err.message == "Internal Server Error"


def test_unrecognised_json_is_rendered_compactly() -> None:
    assert status_error(400, {"detail": None}).message == '{"detail": null}'
    assert status_error(400, [1, 2]).message == "[1, 2]"
    assert status_error(400, {"detail": 5}).message == '{"detail": 5}'


def test_control_characters_never_reach_the_message() -> None:
    err = status_error(400, {"detail": "bad\x1b[31m red\r\nforged log line"})
    assert err.message == "bad [31m red forged log line"


@pytest.mark.parametrize("charset", ["rot13", "base64", "no-such-codec"])
def test_odd_charsets_fall_back(charset: str) -> None:
    content_type = f"text/plain; charset={charset}"
    err = _errors._build_status_error(500, {"content-type": content_type}, b"Oops", route="inference", request=None)
    assert type(err) is UpstreamProviderError
    assert err.message == "Oops"


def test_body_charset_is_honoured() -> None:
    err = make_status_error(
        500, {"content-type": "text/plain; charset=latin-1"}, "Défaut".encode("latin-1"), route="inference"
    )
    assert err.message == "Défaut"


# ---------------------------------------------------------------------------------------------------------
# request id, secrets
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["x-otari-request-id", "otari-request-id", "x-request-id", "X-Request-ID"])
def test_request_id(header: str) -> None:
    err = make_status_error(500, {header: " req-123 "}, b"", route="inference")
    assert err.request_id == "req-123"


def test_request_id_precedence_and_absence() -> None:
    headers = {"x-request-id": "generic", "x-otari-request-id": "otari"}
    assert make_status_error(500, headers, b"", route="inference").request_id == "otari"
    assert make_status_error(500, {"x-request-id": "  "}, b"", route="inference").request_id is None
    assert make_status_error(500, {}, b"", route="inference").request_id is None


SECRET = "gw-SUPERSECRET0123456789"


def test_request_headers_never_rendered() -> None:
    request = httpx.Request(
        "POST", "http://127.0.0.1:8000/v1/chat/completions", headers={"Authorization": f"Bearer {SECRET}"}
    )
    ex = wire.load("chat-error-401-invalid-key")
    err = make_status_error(ex.status, dict(ex.headers), ex.body, route="inference", request=request)
    assert err.request is not None and (err.request.method, err.request.url) == (request.method, request.url)
    assert SECRET not in str(err) and SECRET not in repr(err)


def test_body_never_rendered_in_repr() -> None:
    err = status_error(400, {"detail": "nope", "key": SECRET})
    assert SECRET not in repr(err) and SECRET not in str(err)


def test_make_status_error_degrades_instead_of_raising(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> APIStatusError:
        raise RuntimeError("mapping bug")

    monkeypatch.setattr(_errors, "_build_status_error", broken)
    err = make_status_error(502, {}, b"{}", route="inference")
    assert type(err) is APIStatusError
    assert err.message == "Bad Gateway"


# ---------------------------------------------------------------------------------------------------------
# Retry-After
# ---------------------------------------------------------------------------------------------------------

NOW = datetime(2026, 8, 21, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "60"}, 60.0),
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after": " 1.5 "}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "-5"}, 0.0),
        ({"retry-after-ms": "250", "retry-after": "60"}, 0.25),
        ({"retry-after-ms": "1500.5"}, 1.5005),
        ({"retry-after-ms": "soon", "retry-after": "3"}, 3.0),
        ({"retry-after": format_datetime(NOW + timedelta(seconds=30), usegmt=True)}, 30.0),
        ({"retry-after": "Fri, 21 Aug 2026 12:02:00 GMT"}, 120.0),
        ({"retry-after": format_datetime(NOW - timedelta(hours=1), usegmt=True)}, 0.0),
        ({"retry-after": "Fri, 21 Aug 2026 12:00:10 -0000"}, 10.0),
        ({}, None),
        ({"retry-after": ""}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "60s"}, None),
        ({"retry-after": "1_000"}, None),
        ({"retry-after": "0x10"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "Fri, 99 Foo 2026 99:99:99 GMT"}, None),
        ({"retry-after-ms": "inf"}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


def test_parse_retry_after_accepts_httpx_headers_and_naive_now() -> None:
    headers = httpx.Headers({"Retry-After": "Fri, 21 Aug 2026 12:00:05 GMT"})
    assert parse_retry_after(headers, now=NOW.replace(tzinfo=None)) == 5.0


def test_parse_retry_after_default_now_is_current_time() -> None:
    future = datetime.now(UTC) + timedelta(hours=1)
    value = parse_retry_after({"retry-after": format_datetime(future, usegmt=True)})
    assert value is not None and 3500 < value <= 3600


def test_parse_retry_after_survives_non_ascii_headers() -> None:
    assert parse_retry_after({"retry-after": "\uff16\uff10"}) is None
    assert parse_retry_after({"x-é": "é", "retry-after": "2"}) == 2.0


# ---------------------------------------------------------------------------------------------------------
# Transport failures
# ---------------------------------------------------------------------------------------------------------

QUERY_SECRET = "QUERYSECRET987"
URL = f"http://user:PASSWORDSECRET@127.0.0.1:8123/v1/chat/completions?api_key={QUERY_SECRET}&x=1"


def request_with_secrets() -> httpx.Request:
    return httpx.Request("POST", URL, headers={"Authorization": f"Bearer {SECRET}", "Otari-Key": SECRET})


@pytest.mark.parametrize(
    ("exc_type", "cls", "phrase"),
    [
        (httpx.ConnectError, APIConnectionError, "could not connect to"),
        (httpx.RemoteProtocolError, APIConnectionError, "closed the connection"),
        (httpx.ReadError, APIConnectionError, "reading the response"),
        (httpx.WriteError, APIConnectionError, "sending the request"),
        (httpx.ProxyError, APIConnectionError, "proxy"),
        (httpx.UnsupportedProtocol, APIConnectionError, "http://"),
        (httpx.LocalProtocolError, APIConnectionError, "could not be sent"),
        (httpx.DecodingError, APIConnectionError, "decode"),
        (httpx.TooManyRedirects, APIConnectionError, "redirects"),
        (httpx.ConnectTimeout, APITimeoutError, "could not connect"),
        (httpx.ReadTimeout, APITimeoutError, "did not answer in time"),
        (httpx.WriteTimeout, APITimeoutError, "while sending"),
        (httpx.PoolTimeout, APITimeoutError, "free connection"),
    ],
)
def test_map_transport_error(exc_type: type[httpx.RequestError], cls: type[APIConnectionError], phrase: str) -> None:
    request = request_with_secrets()
    # httpx/h11 messages can quote URLs and header values; none of that may leak through.
    exc = exc_type(f"boom {URL} Illegal header value b'Bearer {SECRET}' {QUERY_SECRET}", request=request)
    err = map_transport_error(exc)

    assert type(err) is cls
    assert err.__cause__ is exc
    assert err.request is not None and (err.request.method, err.request.url) == (request.method, request.url)
    assert phrase in err.message
    assert "http://127.0.0.1:8123/v1/chat/completions" in err.message
    for text in (str(err), repr(err)):
        assert "\n" not in text
        for secret in (QUERY_SECRET, SECRET, "PASSWORDSECRET", "api_key="):
            assert secret not in text


def test_connect_error_names_the_fix() -> None:
    exc = httpx.ConnectError("[Errno 111] Connection refused", request=httpx.Request("GET", "http://127.0.0.1:1/v1"))
    message = str(map_transport_error(exc))
    assert message.startswith("Connection error: could not connect to http://127.0.0.1:1/v1 ")
    assert "Connection refused" in message
    assert "base_url" in message


def test_transport_error_without_request() -> None:
    err = map_transport_error(httpx.ReadTimeout("timed out"))
    assert type(err) is APITimeoutError
    assert err.request is None
    assert "the gateway" in err.message


def test_non_request_http_error() -> None:
    response = httpx.Response(500, request=httpx.Request("GET", "http://h/x?token=abcdefgh"))
    exc = httpx.HTTPStatusError("bad", request=response.request, response=response)
    err = map_transport_error(exc)
    assert type(err) is APIConnectionError
    assert "abcdefgh" not in str(err)


def test_ipv6_url_is_bracketed() -> None:
    err = map_transport_error(httpx.ConnectError("refused", request=httpx.Request("GET", "http://[::1]:9/v1")))
    assert "http://[::1]:9/v1" in err.message


def test_raising_keeps_the_cause() -> None:
    exc = httpx.ConnectError("refused")
    with pytest.raises(APIConnectionError) as info:
        try:
            raise exc
        except httpx.HTTPError as caught:
            raise map_transport_error(caught) from caught
    assert info.value.__cause__ is exc


def test_real_connection_refused_on_loopback() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # The port is closed now, so the connect is refused.
    with httpx.Client() as client, pytest.raises(httpx.ConnectError) as info:
        client.get(f"http://127.0.0.1:{port}/v1/models?token={QUERY_SECRET}", headers={"Otari-Key": SECRET})
    err = map_transport_error(info.value)
    assert type(err) is APIConnectionError
    assert f"http://127.0.0.1:{port}/v1/models" in str(err)
    assert QUERY_SECRET not in str(err) and SECRET not in str(err)


def test_connection_errors_have_default_messages() -> None:
    assert str(APIConnectionError()) == "Connection error."
    assert str(APITimeoutError()) == "Request timed out."


# ---------------------------------------------------------------------------------------------------------
# Stream errors
# ---------------------------------------------------------------------------------------------------------

CHAT_ERROR = {"error": {"message": "An error occurred during streaming", "type": "server_error"}}
MESSAGES_ERROR = {
    "type": "error",
    "error": {"type": "api_error", "message": "An error occurred during streaming"},
}


def sse_data(name: str, event: str | None) -> Any:
    """The JSON of the first event named ``event`` (or, for None, the first unnamed error) in a fixture."""
    current: str | None = None
    for line in wire.load(name).body.decode().split("\n"):
        if line.startswith("event:"):
            current = line[len("event:") :].strip()
        elif line.startswith("data:"):
            data = line[len("data:") :].strip()
            if current == event and data != "[DONE]" and (event is not None or '"error"' in data):
                return json.loads(data)
        elif not line:
            current = None
    raise AssertionError(f"no {event} event in {name}")


@pytest.mark.parametrize(
    ("fixture", "event", "error_type"),
    [
        ("chat-stream-error-midstream-drop", None, "server_error"),
        ("chat-stream-error-midstream-chunk", None, "server_error"),
        ("responses-stream-error-midstream", "error", "server_error"),
        ("messages-stream-error-midstream", "error", "api_error"),
    ],
)
def test_stream_error_from_recorded_events(fixture: str, event: str | None, error_type: str) -> None:
    payload = sse_data(fixture, event)
    err = stream_error_from_payload(payload, event=event)
    assert type(err) is StreamError
    assert err.message == "An error occurred during streaming"
    assert err.error_type == error_type
    assert err.code is None
    assert err.body == payload
    assert err.event == event
    assert str(err) == f"Stream error ({error_type}): An error occurred during streaming"


def test_stream_error_shapes() -> None:
    assert stream_error_from_payload(CHAT_ERROR, event=None).error_type == "server_error"
    assert stream_error_from_payload(MESSAGES_ERROR, event="error").error_type == "api_error"

    flat = stream_error_from_payload(
        {"type": "error", "code": "ERR_X", "message": "flat", "param": None}, event="error"
    )
    assert (flat.message, flat.code, flat.error_type) == ("flat", "ERR_X", None)

    failed = stream_error_from_payload(
        {"type": "response.failed", "response": {"error": {"code": "server_error", "message": "gone"}}},
        event="response.failed",
    )
    assert (failed.message, failed.code) == ("gone", "server_error")

    numeric = stream_error_from_payload({"error": {"message": "m", "code": 500}}, event=None)
    assert numeric.code == "500"
    assert str(numeric) == "Stream error (code=500): m"


@pytest.mark.parametrize("payload", [None, [], 5, "", {}, {"error": None}, {"error": {"message": 3}}])
def test_stream_error_without_message(payload: object) -> None:
    err = stream_error_from_payload(payload, event="error")
    assert "without a message" in err.message
    assert err.body == payload


def test_stream_error_from_text_payload() -> None:
    assert stream_error_from_payload("upstream\nexploded", event="error").message == "upstream exploded"


# ---------------------------------------------------------------------------------------------------------
# Response validation
# ---------------------------------------------------------------------------------------------------------


def test_response_validation_error_message() -> None:
    err = ResponseValidationError("ChatCompletion", "choices", 200, b"{}", "missing required field")
    assert err.message == "ChatCompletion.choices: missing required field"
    assert str(err) == "ChatCompletion.choices: missing required field (HTTP 200 response did not match ChatCompletion)"
    assert (err.model, err.field, err.status_code, err.body, err.reason) == (
        "ChatCompletion",
        "choices",
        200,
        b"{}",
        "missing required field",
    )
    assert ResponseValidationError("Batch", None, 200, "x", "not JSON").message == "Batch: not JSON"


def capture(fn: Callable[[], object]) -> Exception:
    try:
        fn()
    except Exception as exc:
        return exc
    raise AssertionError("expected an exception")


def test_validation_error_from_generated_key_error() -> None:
    from otari._generated.models.key_info import KeyInfo

    body = {"key": SECRET}
    exc = capture(lambda: KeyInfo.from_dict(body))
    assert isinstance(exc, KeyError)
    err = validation_error_from_exception(exc, model="KeyInfo", status_code=200, body=body)
    assert err.field == exc.args[0]
    assert err.reason == "missing required field"
    assert err.message == f"KeyInfo.{exc.args[0]}: missing required field"
    assert err.__cause__ is exc
    assert SECRET not in str(err) and SECRET not in repr(err)


def chat_body(mutate: Callable[[dict[str, Any]], object]) -> Any:
    body = wire.load("chat-nonstream").json()
    replaced = mutate(body)
    return body if replaced is None else replaced


@pytest.mark.parametrize(
    ("mutate", "field_name", "reason"),
    [
        (lambda b: b.__delitem__("choices"), "choices", "missing required field"),
        (lambda b: b.update(choices=[{"index": 0}]), "choices[0].message", "missing required field"),
        (lambda b: b["choices"].append({"index": 1}), "choices[1].message", "missing required field"),
        (lambda b: b["choices"][0].update(message=5), "choices[0].message", "expected an object, got a number"),
        # None is shared with every other null in the body; the parse order still pins the field down.
        (lambda b: b["choices"][0].update(message=None), "choices[0].message", "expected an object, got null"),
        (lambda b: ["not", "an", "object"], None, "expected an object, got an array"),
    ],
    ids=["top-level", "nested", "second-item", "wrong-type", "null", "array-body"],
)
def test_validation_error_names_the_path_in_a_generated_model(
    mutate: Callable[[dict[str, Any]], object], field_name: str | None, reason: str
) -> None:
    from otari._generated.models.chat_completion import ChatCompletion

    data = chat_body(mutate)
    exc = capture(lambda: ChatCompletion.from_dict(data))
    err = validation_error_from_exception(exc, model="ChatCompletion", status_code=200, body=data)
    assert (err.field, err.reason) == (field_name, reason)
    assert err.__cause__ is exc


class Inner:
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Inner:
        data["needed"]
        return cls()


class Outer:
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outer:
        Inner.from_dict(data["inner"])
        return cls()


def test_validation_error_without_a_path_names_the_nested_model() -> None:
    # These hand-written from_dicts do not keep `src_dict`, so the path cannot be traced.
    exc = capture(lambda: Outer.from_dict({"inner": {}}))
    err = validation_error_from_exception(exc, model="Outer", status_code=201, body=b"")
    assert err.message == "Outer.needed: missing required field in Inner"
    assert err.status_code == 201


def test_validation_error_top_level_key_error_has_no_nested_name() -> None:
    exc = capture(lambda: Outer.from_dict({}))
    err = validation_error_from_exception(exc, model="Outer", status_code=200, body=b"")
    assert err.message == "Outer.inner: missing required field"


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (TypeError(f"'str' object {SECRET}"), "unexpected value (TypeError)"),
        (ValueError(f"Unknown string format: {SECRET}"), "unexpected value (ValueError)"),
        (AttributeError("no attribute"), "unexpected value (AttributeError)"),
        (KeyError(3), "missing required field"),
        (json.JSONDecodeError("Expecting value", "<html>", 0), "the body is not valid JSON"),
    ],
)
def test_validation_error_from_other_exceptions(exc: Exception, reason: str) -> None:
    err = validation_error_from_exception(exc, model="ChatCompletion", status_code=200, body=b"x")
    assert err.field is None
    assert err.reason == reason
    assert SECRET not in str(err)


def test_validation_error_not_valid_utf8() -> None:
    exc = capture(lambda: b"\xff".decode())
    err = validation_error_from_exception(exc, model="ChatCompletion", status_code=200, body=b"\xff")
    assert err.reason == "the body is not valid UTF-8"


# ---------------------------------------------------------------------------------------------------------
# Pickling (exceptions cross process boundaries in worker pools)
# ---------------------------------------------------------------------------------------------------------


def test_errors_survive_pickling() -> None:
    ex = wire.load("batches-results-not-complete-409")
    request = httpx.Request("GET", "http://127.0.0.1:8000/v1/batches/x/results?provider=openai")
    errors: list[OtariError] = [
        make_status_error(ex.status, dict(ex.headers), ex.body, route="batch", request=request),
        status_error(429, {"detail": "slow down"}, **{"retry-after": "3"}),
        map_transport_error(httpx.ConnectError("refused", request=request)),
        APITimeoutError(),
        stream_error_from_payload(CHAT_ERROR, event=None),
        ResponseValidationError("ChatCompletion", "choices", 200, b"{}", "missing required field"),
        OtariConfigError("no base_url"),
    ]
    for err in errors:
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is type(err)
        assert str(copy) == str(err)
        assert repr(copy) == repr(err)
    batch = pickle.loads(pickle.dumps(errors[0]))
    assert isinstance(batch, BatchNotCompleteError)
    assert (batch.batch_id, batch.status, batch.status_code) == (
        "batch_fakeb2d073ef9f813cfffa101176",
        "in_progress",
        409,
    )
    assert batch.request is not None and batch.request.url == request.url
    assert pickle.loads(pickle.dumps(errors[1])).retry_after == 3.0


# ---------------------------------------------------------------------------------------------------------
# Fuzz: the mapping never raises
# ---------------------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
shaped_bodies = st.one_of(
    json_values,
    json_values.map(lambda v: {"detail": v}),
    json_values.map(lambda v: {"error": v}),
    json_values.map(lambda v: {"detail": {"type": "error", "error": v}}),
    json_values.map(lambda v: {"detail": [v, {"loc": v, "msg": v}]}),
)
header_names = st.sampled_from(
    [
        "retry-after",
        "retry-after-ms",
        "x-request-id",
        "otari-request-id",
        "content-type",
        "X-Otari-Request-ID",
    ]
) | st.text(max_size=20)
header_dicts = st.dictionaries(header_names, st.text(max_size=40), max_size=6)
statuses = st.integers(min_value=100, max_value=599)
routes = st.sampled_from(["inference", "batch", "control"])


def check_built(err: APIStatusError, status: int) -> None:
    assert isinstance(err, APIStatusError)
    assert err.status_code == status
    rendered = str(err)
    assert rendered.startswith(f"Error code: {status}")
    assert "\n" not in rendered and "\r" not in rendered
    assert len(rendered) < 1300
    assert repr(err).startswith(type(err).__name__)


@settings(deadline=None)
@given(status=statuses, content=st.binary(max_size=2000), headers=header_dicts, route=routes)
def test_fuzz_arbitrary_bytes(status: int, content: bytes, headers: dict[str, str], route: RouteKind) -> None:
    # The private builder: the public function's safety net would hide a bug here.
    check_built(_errors._build_status_error(status, headers, content, route=route, request=None), status)
    check_built(make_status_error(status, headers, content, route=route), status)


@settings(deadline=None)
@given(status=statuses, body=shaped_bodies, headers=header_dicts, route=routes)
def test_fuzz_arbitrary_json(status: int, body: object, headers: dict[str, str], route: RouteKind) -> None:
    content = json.dumps(body).encode()
    check_built(_errors._build_status_error(status, headers, content, route=route, request=None), status)


@settings(deadline=None)
@given(status=statuses, text=st.text(max_size=500), route=routes)
def test_fuzz_text_and_html(status: int, text: str, route: RouteKind) -> None:
    for content_type in ("text/html", "text/plain; charset=utf-8", "application/json"):
        for content in (
            text.encode("utf-8", "surrogatepass"),
            f"<html><title>{text}</title>{text}".encode("utf-8", "surrogatepass"),
        ):
            err = _errors._build_status_error(
                status, {"content-type": content_type}, content, route=route, request=None
            )
            check_built(err, status)


def test_deeply_nested_json_does_not_raise() -> None:
    content = b"[" * 100_000 + b"]" * 100_000
    err = _errors._build_status_error(500, {}, content, route="inference", request=None)
    assert type(err) is UpstreamProviderError


@pytest.mark.parametrize(
    "content",
    [
        b"<title>" * 20_000,
        b"<html>" + b"<" * 200_000,
        b"<html><script>" * 20_000,
        b"<html><title></title>" + b"<style>" * 20_000,
    ],
    ids=["titles", "open-brackets", "scripts", "styles"],
)
def test_hostile_html_is_summarised_in_linear_time(content: bytes) -> None:
    # Backtracking regexes take minutes on these; the bound is loose enough for any CI machine.
    started = time.perf_counter()
    err = make_status_error(502, {"content-type": "text/html"}, content, route="inference")
    assert time.perf_counter() - started < 2.0
    assert "\n" not in str(err)


def test_hostile_transport_message_is_cheap() -> None:
    started = time.perf_counter()
    err = map_transport_error(httpx.ConnectError("a" * 1_000_000 + "://"))
    assert time.perf_counter() - started < 2.0
    assert len(err.message) < 400


def test_huge_body_is_handled() -> None:
    content = b'{"detail":"' + b"a" * (3 << 20) + b'"}'
    err = _errors._build_status_error(400, {}, content, route="inference", request=None)
    assert len(str(err)) < 300


@settings(deadline=None)
@given(headers=header_dicts)
def test_fuzz_parse_retry_after(headers: dict[str, str]) -> None:
    value = parse_retry_after(headers, now=NOW)
    assert value is None or value >= 0.0
