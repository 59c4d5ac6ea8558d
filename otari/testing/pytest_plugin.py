"""pytest plugin providing the ``mock_gateway`` fixture.

Enable it with ``pytest_plugins = ["otari.testing.pytest_plugin"]`` in a ``conftest.py`` or test
module (it is also registered as a ``pytest11`` entry point of the ``otari`` distribution)::

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
