"""The ``mock_gateway`` fixture reaches user test suites through the package's pytest11 entry point."""

from __future__ import annotations

import pytest

from otari import Otari
from otari.testing import MockGateway


def test_mock_gateway_fixture_is_provided_by_the_entry_point(mock_gateway: MockGateway) -> None:
    assert mock_gateway.running
    client = Otari(base_url=mock_gateway.url, otari_key="gw-plugin")
    reply = client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "plugged"}])
    assert reply.choices[0].message.content == "Echo: plugged"
    client.close()


def test_the_fixture_serves_todays_gateway_by_default(mock_gateway: MockGateway) -> None:
    assert mock_gateway.api_root == "/api/v1"


@pytest.mark.parametrize("mock_gateway", ["/api/v1", "/v1"], indirect=True)
def test_the_generation_is_picked_by_indirect_parametrization(mock_gateway: MockGateway) -> None:
    with Otari(base_url=mock_gateway.url, otari_key="gw-plugin") as client:
        client.list_models()
        assert client.api_root == mock_gateway.api_root
    assert mock_gateway.requests[-1].path == mock_gateway.api_root + "/models"
