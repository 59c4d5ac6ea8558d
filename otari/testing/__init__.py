"""A mock otari gateway for tests: a real HTTP server on ``127.0.0.1`` that speaks the gateway's wire format.

``MockGateway`` listens on an ephemeral port in a background thread, so synchronous and asynchronous
clients (any event loop) can talk to it. By default every ``/v1`` route answers like a real gateway
in front of an echoing model: chat, responses and messages reply ``"Echo: <last user message>"``
(streamed as SSE with ``stream: true``; with ``tools`` they call the first tool), and keys, users,
budgets, pricing, usage, batches, files (with their bytes) and aliases (which route inference
requests) live in memory; the usage analytics routes aggregate the same rows ``/v1/usage`` lists
(seed them with ``add_usage()``). Bodies, headers, status codes and error messages follow the
recorded gateway exchanges.

Tests can script the next responses and inspect what the gateway received::

    import httpx
    from otari.testing import MockGateway

    with MockGateway() as gw:
        headers = {"Authorization": "Bearer gw-test"}
        body = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}

        reply = httpx.post(f"{gw.url}/v1/chat/completions", json=body, headers=headers)
        assert reply.json()["choices"][0]["message"]["content"] == "Echo: hi"

        gw.queue_error(429, "Rate limit exceeded", headers={"retry-after": "60"})
        assert httpx.post(f"{gw.url}/v1/chat/completions", json=body, headers=headers).status_code == 429

        gw.queue_stream(None, drop_after=3)  # the normal stream, cut after 3 events
        gw.queue_delay(2.0)                  # headers only after 2 s: exercise client timeouts
        gw.queue_reset()                     # connection reset before any byte

        assert gw.last_request.json()["model"] == "openai:fake-model"

With pytest, enable the plugin (``pytest_plugins = ["otari.testing.pytest_plugin"]``, or the
``pytest11`` entry point) and take the ``mock_gateway`` fixture.

Scripted items are consumed first-in first-out by the next request they match (``path=`` and
``method=`` filters), before routing or authentication; unmatched requests get the default answer.
"""

from __future__ import annotations

from ._gateway import DEFAULT_MODELS, STREAM_ERROR, MockGateway
from ._headers import Headers
from ._recording import RecordedRequest
from ._replies import sse

__all__ = ["DEFAULT_MODELS", "STREAM_ERROR", "Headers", "MockGateway", "RecordedRequest", "sse"]
