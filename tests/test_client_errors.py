"""api.md §6 through the clients: every recorded inference error reaches the caller as its typed error."""

from __future__ import annotations

from typing import Any

import pytest

import otari
from tests import wire
from tests.harness import CLIENT_KINDS, run
from tests.replay import ReplayServer

CHAT = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}
MESSAGES = {"model": "openai:fake-model", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}

EXPECTED: dict[str, tuple[str, dict[str, Any], type[otari.APIStatusError]]] = {
    "chat-error-400-master-key-without-user": ("completion", CHAT, otari.BadRequestError),
    "chat-error-400-unknown-provider": ("completion", CHAT, otari.BadRequestError),
    "chat-error-401-inactive-key": ("completion", CHAT, otari.AuthenticationError),
    "chat-error-401-invalid-header-format": ("completion", CHAT, otari.AuthenticationError),
    "chat-error-401-invalid-key": ("completion", CHAT, otari.AuthenticationError),
    "chat-error-401-missing-key": ("completion", CHAT, otari.AuthenticationError),
    "chat-error-402-no-pricing": ("completion", CHAT, otari.InsufficientFundsError),
    "chat-error-403-blocked-user": ("completion", CHAT, otari.PermissionDeniedError),
    "chat-error-403-budget-exceeded": ("completion", CHAT, otari.InsufficientFundsError),
    "chat-error-403-model-not-permitted": ("completion", CHAT, otari.PermissionDeniedError),
    "chat-error-404-upstream-model-missing": ("completion", CHAT, otari.ModelNotFoundError),
    "chat-error-422-validation": ("completion", CHAT, otari.UnprocessableEntityError),
    "chat-error-429-gateway-rate-limit": ("completion", CHAT, otari.RateLimitError),
    "chat-error-429-upstream-rate-limited": ("completion", CHAT, otari.RateLimitError),
    "chat-error-502-upstream-down": ("completion", CHAT, otari.UpstreamProviderError),
    "chat-error-504-upstream-timeout": ("completion", CHAT, otari.GatewayTimeoutError),
    "chat-stream-error-before-first-byte-402": ("completion_stream", CHAT, otari.InsufficientFundsError),
    "messages-error-401-missing-key": ("message", MESSAGES, otari.AuthenticationError),
    "messages-error-429-gateway-rate-limit": ("message", MESSAGES, otari.RateLimitError),
    "messages-error-upstream-429": ("message", MESSAGES, otari.RateLimitError),
    "models-retrieve-404": ("retrieve_model", {"model_id": "openai:nope"}, otari.ModelNotFoundError),
    "responses-error-unsupported-provider-400": (
        "response",
        {"model": "llamafile:m", "input": "hi"},
        otari.UnsupportedCapabilityError,
    ),
}


@pytest.mark.parametrize("kind", CLIENT_KINDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recorded_error_maps_to_its_class(kind: str, name: str, replay: ReplayServer) -> None:
    method, kwargs, error = EXPECTED[name]
    recorded = wire.load(name)
    replay.add(recorded)
    with pytest.raises(error) as info:
        run(kind, replay.url, method, **kwargs)
    exc = info.value
    assert type(exc) is error
    assert exc.status_code == recorded.status
    assert exc.message and exc.message in str(exc)
    assert "gw-test" not in str(exc) and "gw-test" not in repr(exc)
    assert len(replay.received) == 1  # max_retries=0 in the harness: exactly one attempt


def test_every_inference_error_fixture_has_an_expectation() -> None:
    inference = [
        n
        for n in wire.names()
        if n.split("-")[0] in ("chat", "messages", "responses", "models") and wire.load(n).status >= 400
    ]
    assert sorted(inference) == sorted(EXPECTED)


def test_messages_error_is_unwrapped_from_the_anthropic_shape(replay: ReplayServer) -> None:
    replay.add(wire.load("messages-error-upstream-429"))
    with pytest.raises(otari.RateLimitError) as info:
        run("sync", replay.url, "message", **MESSAGES)
    assert info.value.message == "The provider rate-limited this request"
    assert info.value.retry_after is None


def test_gateway_rate_limit_carries_retry_after(replay: ReplayServer) -> None:
    replay.add(wire.load("chat-error-429-gateway-rate-limit"))
    with pytest.raises(otari.RateLimitError) as info:
        run("sync", replay.url, "completion", **CHAT)
    assert info.value.retry_after == 60.0


def test_connection_refused_is_an_api_connection_error() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for kind in CLIENT_KINDS:
        with pytest.raises(otari.APIConnectionError) as info:
            run(kind, f"http://127.0.0.1:{port}", "completion", **CHAT)
        assert not isinstance(info.value, otari.APITimeoutError)
