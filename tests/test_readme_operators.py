"""Every ```python snippet of README.md's files / usage reports / aliases / iterate-all / request-id section
runs, unchanged, against a loopback MockGateway seeded through its public helpers, and prints what it
promises."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from otari import Otari
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

DOC = Path(__file__).resolve().parents[1] / "README.md"
SECTION = re.compile(r"<!-- begin:operators -->(.*?)<!-- end:operators -->", re.DOTALL)
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
MASTER = "master-readme"
VIRTUAL = "gw-readme-virtual"


def snippets() -> list[str]:
    section = SECTION.search(DOC.read_text(encoding="utf-8"))
    assert section is not None, "README.md lost its operators section markers"
    return BLOCK.findall(section.group(1))


@pytest.fixture(params=API_ROOTS)
def gateway(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MockGateway]:
    with MockGateway(api_root=request.param, api_keys=[VIRTUAL], master_key=MASTER) as gw:
        monkeypatch.setenv("GATEWAY_API_BASE", gw.url)
        monkeypatch.setenv("GATEWAY_API_KEY", VIRTUAL)
        monkeypatch.setenv("GATEWAY_ADMIN_KEY", MASTER)
        monkeypatch.chdir(tmp_path)  # snippets write usage.csv, hello.mp3, ...
        yield gw


def _seed(gw: MockGateway) -> None:
    now = datetime.now(UTC)
    with Otari() as admin:
        admin.users.create(user_id="alice", alias="Alice")
        admin.users.create(user_id="bob")
        budget = admin.budgets.create(name="weekly", max_budget=20.0, budget_duration_sec=7 * 86400)
        admin.users.update("alice", budget_id=budget.budget_id)
        for index in range(3):
            admin.keys.create(user_id="alice", key_name=f"alice-{index}")
    for day in range(10):
        when = now - timedelta(days=day, minutes=5)
        gw.add_usage(user_id="alice", model="openai:gpt-4o", cost=0.25, timestamp=when)
        gw.add_usage(user_id="bob", model="openai:gpt-4o-mini", cost=0.01, timestamp=when)
    gw.reset_budget(budget.budget_id)
    gw.add_batch(provider="openai")


# Lines each snippet must print (its loops ran over real data), by a marker of the snippet.
EXPECTED = {
    'dimensions=["user"]': ["14 requests, $1.8200 this week", "Alice            7 requests  $1.7500", "bob"],
    'group_by="model"': ["gpt-4o $0.2500", "20 requests by alice and bob", "weekly alice"],
    "keys.iter": ["3 keys never used; alice made 10 requests", " validating", "user: alice"],
    "files.create": ["requests.jsonl 20 batch", "['requests.jsonl']", 'b\'{"custom_id": "r1"}\\n\''],
    "aliases.set": ["fast -> gpt-4o-mini", "fast -> gpt-4o", "[('fast', 'openai:gpt-4o')]"],
    "speech_stream": ["request id: None", "bytes written"],
}


def test_the_section_has_its_snippets() -> None:
    assert len(snippets()) == len(EXPECTED)
    text = "".join(snippets())
    assert all(marker in text for marker in EXPECTED)


def test_the_weekly_report_is_ten_lines() -> None:
    report = next(code for code in snippets() if 'dimensions=["user"]' in code)
    assert len(report.strip().splitlines()) <= 10


@pytest.mark.parametrize("index", range(len(snippets())))
def test_snippet_runs(index: int, gateway: MockGateway, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = snippets()[index]
    _seed(gateway)
    seeded = len(gateway.requests)
    exec(compile(code, f"{DOC.name}[operators block {index + 1}]", "exec"), {"__name__": "__readme__"})
    output = capsys.readouterr().out
    assert gateway.requests[seeded:], "the snippet talked to the gateway"
    assert gateway.errors == []
    matched = [marker for marker in EXPECTED if marker in code]
    assert len(matched) == 1, matched
    for line in EXPECTED[matched[0]]:
        assert line in output, (line, output)
    if "usage.csv" in code:
        assert (tmp_path / "usage.csv").read_text().startswith("dimension,key,label")
    if "hello.mp3" in code:
        assert (tmp_path / "hello.mp3").stat().st_size > 0
    if "requests-copy.jsonl" in code:
        assert (tmp_path / "requests-copy.jsonl").read_bytes() == b'{"custom_id": "r1"}\n'
