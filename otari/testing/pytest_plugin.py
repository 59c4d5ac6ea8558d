"""pytest plugin providing the ``mock_gateway`` fixture.

When the ``otari`` distribution registers it as a ``pytest11`` entry point, the fixture is simply
available. Otherwise import it into a ``conftest.py`` or test module
(``from otari.testing.pytest_plugin import mock_gateway``), or list the module in a root
``conftest.py``'s ``pytest_plugins`` -- but not both that and the entry point: pytest refuses a
plugin registered under two names. ::

    def test_chat(mock_gateway):
        mock_gateway.queue_error(503, "LLM provider error")
        ...
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._gateway import MockGateway


@pytest.fixture
def mock_gateway() -> Iterator[MockGateway]:
    """A started :class:`~otari.testing.MockGateway` with default settings, stopped after the test."""
    with MockGateway() as gateway:
        yield gateway
