"""Every ```python snippet of README.md's batches and control-plane sections runs against a loopback mock gateway.

The snippets are written as user code (``Otari()`` with settings from the environment), so the test
points GATEWAY_API_BASE / GATEWAY_API_KEY / GATEWAY_ADMIN_KEY at a fresh ``otari.testing.MockGateway``
and runs each block on its own, as a reader would paste it. Polling sleeps are recorded, not slept.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from otari import Otari, _batches
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

DOC = Path(__file__).resolve().parents[1] / "README.md"
SECTION = re.compile(r"<!-- begin:batches-control-plane -->(.*?)<!-- end:batches-control-plane -->", re.DOTALL)
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
MASTER = "master-readme"
VIRTUAL = "gw-readme-virtual"
MODELS = ("openai:gpt-4o-mini", "openai:gpt-4o", "openai:fake-model")


def snippets() -> list[str]:
    section = SECTION.search(DOC.read_text(encoding="utf-8"))
    assert section is not None, "README.md lost its batches and control-plane section markers"
    return BLOCK.findall(section.group(1))


@pytest.fixture(params=API_ROOTS)
def gateway(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[MockGateway]:
    with MockGateway(api_root=request.param, api_keys=[VIRTUAL], master_key=MASTER, models=MODELS) as gw:
        monkeypatch.setenv("GATEWAY_API_BASE", gw.url)
        monkeypatch.setenv("GATEWAY_API_KEY", VIRTUAL)
        monkeypatch.setenv("GATEWAY_ADMIN_KEY", MASTER)
        yield gw


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Sleeps are recorded and move a virtual clock that ``wait_for_batch`` reads for its deadline."""
    slept: list[float] = []
    real_async_sleep = asyncio.sleep

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        slept.append(seconds)
        return await real_async_sleep(0, result)

    monkeypatch.setattr(_batches, "_clock", lambda: 1000.0 + sum(slept))
    monkeypatch.setattr(time, "sleep", fake_sleep)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return slept


# Lines a snippet must print: its loops ran and its ``except`` branches were taken.
EXPECTED_OUTPUT = {
    "except BatchWaitTimeoutError": ["is still validating", "gave up while the batch was in_progress"],
    "cancel_batch": ["in_progress", "cancelling: cancelled"],
    "admin.usage.list": ["alice gpt-4o-mini 3", "0 failed requests; alice and bob spent $"],
    "except ConflictError": ["409 User with id 'carol' already exists", "404 Budget with id 'no-such-budget'"],
}


def _seed(code: str, gw: MockGateway) -> None:
    """Give loops in a snippet something to iterate over, through the public API."""
    if "except BatchWaitTimeoutError" in code:
        gw.batch_progression = ["validating", "in_progress"]  # never finishes
    if "list_batches" in code:
        gw.add_batch(progression=["in_progress", "completed"])
        gw.add_batch(progression=["completed"])
    if "usage.list" in code:
        with Otari() as admin:
            admin.pricing.set(model_key="openai:gpt-4o-mini", input_price_per_million=1, output_price_per_million=2)
            admin.users.create(user_id="alice")
            secret = admin.keys.create(user_id="alice").key
        with Otari(otari_key=secret) as alice:
            alice.completion(model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])


def test_the_document_has_snippets() -> None:
    assert len(snippets()) >= 8


@pytest.mark.parametrize("index", range(len(snippets())))
def test_snippet_runs(
    index: int, gateway: MockGateway, sleeps: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    code = snippets()[index]
    _seed(code, gateway)
    seeded = len(gateway.requests)
    exec(compile(code, f"{DOC.name}[python block {index + 1}]", "exec"), {"__name__": "__readme__"})
    output = capsys.readouterr().out
    assert output.strip(), "every snippet shows its result"
    # What the API received (a client discovering an older gateway's root first knocks at /api/v1).
    sent = [r for r in gateway.requests[seeded:] if r.path.startswith(gateway.api_root + "/")]
    assert sent, "the snippet talked to the gateway"
    for request in sent:
        key = request.headers.get("otari-key")
        admin_route = not request.path.removeprefix(gateway.api_root).startswith(("/batches", "/chat", "/models"))
        assert key == f"Bearer {MASTER if admin_route else VIRTUAL}", (request.method, request.path)
    # The secret of a new key is printed on purpose once; its repr never shows it.
    for line in output.splitlines():
        if line.startswith("CreateKeyResponse("):
            assert "***" in line and "gw-" in line
    if "wait_for_batch" in code:
        assert sleeps and all(0 < s <= 30 for s in sleeps)
    for marker, lines in EXPECTED_OUTPUT.items():
        if marker in code:
            for line in lines:
                assert line in output, (marker, output)


def test_every_expectation_has_its_snippet() -> None:
    text = "".join(snippets())
    assert all(marker in text for marker in EXPECTED_OUTPUT)


def test_batch_snippet_prints_results(
    gateway: MockGateway, sleeps: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    code = snippets()[0]
    exec(compile(code, "block 1", "exec"), {"__name__": "__readme__"})
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("validating openai")
    assert any(line.startswith("fr ") for line in lines[1:]) and any(line.startswith("es ") for line in lines[1:])
    # Created "validating"; the mock's first poll sees "in_progress", the second "completed".
    assert sleeps == [30]
