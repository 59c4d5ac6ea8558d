"""pytest plugin providing the ``mock_gateway`` fixture.

When the ``otari`` distribution registers it as a ``pytest11`` entry point, the fixture is simply
available. Otherwise import it into a ``conftest.py`` or test module
(``from otari.testing.pytest_plugin import mock_gateway``), or list the module in a root
``conftest.py``'s ``pytest_plugins`` -- but not both that and the entry point: pytest refuses a
plugin registered under two names. ::

    def test_chat(mock_gateway):
        mock_gateway.queue_error(503, "LLM provider error")
        ...

The gateway serves the API under ``/api/v1``, like gateways from September 2026 and the hosted
platform. To pick the generation, parametrize the fixture indirectly with its API root::

    @pytest.mark.parametrize("mock_gateway", ["/v1"], indirect=True)             # an older gateway
    @pytest.mark.parametrize("mock_gateway", ["/api/v1", "/v1"], indirect=True)  # both
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._gateway import MockGateway


@pytest.fixture
def mock_gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """A started :class:`~otari.testing.MockGateway`, stopped after the test.

    It serves the API under ``/api/v1``; ``@pytest.mark.parametrize("mock_gateway", ["/v1"], indirect=True)``
    gives a gateway of the earlier generation instead (its API under ``/v1``).
    """
    api_root = getattr(request, "param", "/api/v1")
    with MockGateway(api_root=api_root) as gateway:
        yield gateway
