"""Every Python snippet in README.md runs, unchanged, against a loopback mock gateway.

Credentials and the gateway URL reach the snippets the way they reach user code: through the
environment, so a snippet reads exactly like what a user would write.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from otari.testing import MockGateway

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
# Sections with a dedicated test (they need a scripted gateway: batch progress, recorded sleeps, ...).
OWNED_SECTION = re.compile(r"<!-- begin:([a-z-]+) -->.*?<!-- end:\1 -->", re.DOTALL)


def _blocks() -> list[str]:
    return BLOCK.findall(OWNED_SECTION.sub("", README.read_text(encoding="utf-8")))


def _setup_for(code: str) -> Callable[[MockGateway], None]:
    """Scripted gateway answers for snippets that demonstrate a failure."""

    def setup(gateway: MockGateway) -> None:
        if "unpriced-model" in code:
            gateway.queue_error(
                402,
                "No pricing is configured for model 'openai:unpriced-model', and require_pricing is on",
                path="/v1/chat/completions",
            )

    return setup


@pytest.fixture(scope="module", params=["/api/v1", "/v1"])
def gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """Each gateway generation in turn: every snippet runs, from the bare origin, against both."""
    with MockGateway(api_root=request.param) as server:
        yield server


def test_readme_has_snippets() -> None:
    assert len(_blocks()) >= 10


@pytest.mark.parametrize("index", range(len(_blocks())))
def test_readme_snippet_runs(index: int, gateway: MockGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    # The one literal address in the README is the usual local gateway; point it at the mock.
    code = _blocks()[index].replace("http://localhost:8000", gateway.url)
    monkeypatch.setenv("GATEWAY_API_BASE", gateway.url)
    monkeypatch.setenv("GATEWAY_API_KEY", "gw-readme")
    monkeypatch.setenv("GATEWAY_ADMIN_KEY", "master-readme")
    gateway.clear()
    _setup_for(code)(gateway)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, f"README.md[python block {index}]", "exec"), {"__name__": "__readme__"})
    printed = output.getvalue()
    if "print(" in code:
        assert printed.strip(), "the snippet printed nothing"
    assert "Traceback" not in printed
    assert "gw-readme" not in printed and "master-readme" not in printed
