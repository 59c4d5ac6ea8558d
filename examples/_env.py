"""Where the examples run: the hosted platform, your own gateway, or the bundled mock gateway.

Every example starts with ``with example("name") as ex:`` and builds its clients with ``ex.client()`` /
``ex.async_client()``. The choice, announced on the first line of output:

* ``OTARI_AI_TOKEN`` set: the hosted platform (``GATEWAY_API_BASE`` may point elsewhere);
* else ``GATEWAY_API_BASE`` set: your self-hosted gateway, with ``GATEWAY_API_KEY`` (and
  ``GATEWAY_ADMIN_KEY`` for the control plane);
* else: :class:`otari.testing.MockGateway`, started here on 127.0.0.1 — no account, key or network. It
  serves the API under ``/api/v1`` like today's gateways; ``OTARI_EXAMPLE_MOCK_API_ROOT=/v1`` plays an
  older one (the clients are given its bare address either way and find the root themselves).

``OTARI_EXAMPLE_MODEL`` and ``OTARI_EXAMPLE_EMBEDDING_MODEL`` choose the models used on a real gateway
(default ``openai:gpt-4o-mini`` and ``openai:text-embedding-3-small``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from otari import AsyncOtari, Otari
from otari.testing import MockGateway

Kind = Literal["platform", "self-hosted", "mock"]

#: The mock's credentials: a virtual key for inference, a master key for the control plane.
MOCK_KEY = "gw-example-key"
MOCK_MASTER_KEY = "gw-example-master-key"
# What a real gateway answers for a model nobody priced while require_pricing is on (a recorded 402).
_NO_PRICING = (
    "No pricing is configured for model '{model}', and require_pricing is on, so it cannot be billed. "
    "Fix it either way: add pricing (POST /v1/pricing, or the pricing section of config.yml), or enable the "
    'default-pricing fallback (PATCH /v1/settings {{"default_pricing": true}}) to meter with public list prices.'
)


def mock_api_root() -> str:
    """Which gateway generation the bundled mock plays: ``/api/v1`` (default) or ``/v1``."""
    root = os.environ.get("OTARI_EXAMPLE_MOCK_API_ROOT") or "/api/v1"
    if root not in ("/api/v1", "/v1"):
        sys.exit(f"OTARI_EXAMPLE_MOCK_API_ROOT must be /api/v1 or /v1, got {root!r}")
    return root


def selected_kind() -> Kind:
    """Which gateway the environment points at (the rules in this module's docstring)."""
    if os.environ.get("OTARI_AI_TOKEN") or os.environ.get("GATEWAY_PLATFORM_TOKEN"):
        return "platform"
    if os.environ.get("GATEWAY_API_BASE"):
        return "self-hosted"
    return "mock"


@dataclass
class Example:
    """The selected gateway, the models to use on it, and client factories."""

    kind: Kind
    model: str
    embedding_model: str
    mock: MockGateway | None = None

    def _settings(self) -> dict[str, Any]:
        if self.mock is None:
            return {}  # Otari() reads OTARI_AI_TOKEN / GATEWAY_API_BASE / GATEWAY_API_KEY itself
        return {"base_url": self.mock.url, "otari_key": MOCK_KEY, "admin_key": MOCK_MASTER_KEY}

    def client(self, **options: Any) -> Otari:
        """An :class:`~otari.Otari` for the selected gateway (``options``: timeout, max_retries, ...)."""
        return Otari(**{**self._settings(), **options})

    def async_client(self, **options: Any) -> AsyncOtari:
        """An :class:`~otari.AsyncOtari` for the selected gateway."""
        return AsyncOtari(**{**self._settings(), **options})

    def failing_model(self) -> str:
        """A model the next chat call fails on, without reaching (or paying) any provider.

        A real gateway rejects a provider it does not know with a 400 before routing anything. The mock
        accepts any model, so it is scripted to answer the next chat call with the 402 a real gateway
        sends for an unpriced model.
        """
        if self.mock is None:
            return "nosuch:otari-example-model"
        model = "openai:unpriced-model"
        self.mock.queue_error(402, _NO_PRICING.format(model=model), path="/v1/chat/completions")
        return model


def _describe(kind: Kind, mock: MockGateway | None) -> str:
    if mock is not None:
        return (
            f"Using the bundled mock gateway at {mock.url} (API under {mock.api_root}; "
            "set OTARI_AI_TOKEN or GATEWAY_API_BASE to talk to a real one)"
        )
    if kind == "platform":
        base = os.environ.get("GATEWAY_API_BASE") or "https://api.otari.ai"
        return f"Using the hosted otari platform at {base} (OTARI_AI_TOKEN)"
    return f"Using your self-hosted gateway at {os.environ['GATEWAY_API_BASE']} (GATEWAY_API_BASE)"


@contextmanager
def example(name: str, *, self_hosted_only: bool = False, stream_delay: float = 0.0) -> Generator[Example]:
    """Select the gateway, say which on the first line, and stop the mock (if one was started) at the end.

    ``self_hosted_only``: the example manages a gateway (the control plane), which the hosted platform
    does not expose; it exits with a message there. ``stream_delay`` paces the mock's streams so that
    they look like a model typing.
    """
    kind = selected_kind()
    if kind == "platform" and self_hosted_only:
        sys.exit(
            f"{name}: this example administers a self-hosted gateway. Unset OTARI_AI_TOKEN and set "
            "GATEWAY_API_BASE and GATEWAY_ADMIN_KEY (or run it with neither, against the mock)."
        )
    if kind != "mock":
        model = os.environ.get("OTARI_EXAMPLE_MODEL", "openai:gpt-4o-mini")
        embedding = os.environ.get("OTARI_EXAMPLE_EMBEDDING_MODEL", "openai:text-embedding-3-small")
        print(_describe(kind, None), flush=True)
        yield Example(kind, model, embedding)
        return
    with MockGateway(
        api_root=mock_api_root(), api_keys=[MOCK_KEY], master_key=MOCK_MASTER_KEY, stream_delay=stream_delay
    ) as mock:
        print(_describe(kind, mock), flush=True)
        yield Example(kind, "openai:fake-model", "openai:fake-embed", mock)
