"""The ``mock_gateway`` fixture reaches user test suites through the package's pytest11 entry point."""

from __future__ import annotations

from otari import Otari
from otari.testing import MockGateway


def test_mock_gateway_fixture_is_provided_by_the_entry_point(mock_gateway: MockGateway) -> None:
    assert mock_gateway.running
    client = Otari(base_url=mock_gateway.url, otari_key="gw-plugin")
    reply = client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "plugged"}])
    assert reply.choices[0].message.content == "Echo: plugged"
    client.close()
