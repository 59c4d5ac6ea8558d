"""README.md's "Migrating from otari 0.4" table: every code span of the otari 1.0 column runs.

The table's prose says what its names stand for (`url`, `key`, `client`, `error`, ...); the test binds
exactly those against a loopback MockGateway that checks credentials, then runs the 1.0 cells row by
row, in order, in one namespace (a later row may use `batch` from an earlier one). Rows about errors
first provoke the error they describe, so `error` is a real exception from the gateway.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import otari
from otari import Otari
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

DOC = Path(__file__).resolve().parents[1] / "README.md"
SECTION = re.compile(r"<!-- begin:migration -->(.*?)<!-- end:migration -->", re.DOTALL)
CODE = re.compile(r"`([^`]+)`")
KEY, MASTER, TOKEN = "gw-migrate", "master-migrate", "tk_migrate"
MODEL = "openai:gpt-4o-mini"

# The issue's rows: the 0.4 names each one must translate.
OLD_SIDE = (
    "api_base=",
    "platform_token=",
    "stream=True",
    "create_batch(",
    "control_plane.",
    "batch_status",
    "with_response_metadata",
    "model_dump()",
    "/api/v1",
)


def rows() -> list[tuple[str, str, str]]:
    section = SECTION.search(DOC.read_text(encoding="utf-8"))
    assert section is not None, "README.md lost its migration section markers"
    found = []
    for line in section.group(1).splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and not set(cells[1]) <= {"-", " "} and cells[1] != "otari 0.4":
            found.append((cells[0], cells[1], cells[2]))
    return found


def _expect_error(
    call: Callable[[], object], kind: type[BaseException] = otari.OtariError
) -> Callable[[dict[str, Any]], None]:
    def provoke(namespace: dict[str, Any]) -> None:
        with pytest.raises(kind) as caught:
            call()
        namespace["error"] = caught.value

    return provoke


@pytest.fixture(params=API_ROOTS)
def gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    with MockGateway(api_root=request.param, api_keys=[KEY], master_key=MASTER) as gw:
        yield gw


def test_the_table_translates_every_0_4_call_the_issue_names() -> None:
    old_column = " ".join(old for _, old, _ in rows())
    assert [name for name in OLD_SIDE if name not in old_column] == []
    assert all(CODE.search(new) for _, _, new in rows()), "every row shows its otari 1.0 code"


def test_every_otari_1_0_cell_runs(gateway: MockGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda seconds: None)  # wait_for_batch polls; nothing to wait for here
    client = Otari(base_url=gateway.url, otari_key=KEY, admin_key=MASTER, max_retries=0)
    namespace: dict[str, Any] = {
        "otari": otari,
        "Otari": Otari,
        "AsyncOtari": otari.AsyncOtari,
        "url": gateway.url,
        "key": KEY,
        "token": TOKEN,
        "master": MASTER,
        "model": MODEL,
        "messages": [{"role": "user", "content": "Hello!"}],
        "requests": [{"custom_id": "r1", "body": {"messages": [{"role": "user", "content": "Hi"}]}}],
        "client": client,
    }
    namespace["reply"] = client.completion(model=MODEL, messages=namespace["messages"])

    def not_finished() -> object:
        fresh = client.create_batch(model=MODEL, requests=namespace["requests"])
        return client.retrieve_batch_results(fresh.id, provider=fresh.provider)

    def rate_limited() -> object:
        gateway.queue_error(429, "Rate limit exceeded", headers={"retry-after": "2"})
        return client.completion(model=MODEL, messages=namespace["messages"])

    def bad_request() -> object:
        gateway.queue_error(400, "Invalid request: messages must not be empty")
        return client.completion(model=MODEL, messages=namespace["messages"])

    def wrong_key() -> object:
        with Otari(base_url=gateway.url, otari_key="gw-not-a-key", max_retries=0) as stranger:
            return stranger.completion(model=MODEL, messages=namespace["messages"])

    def with_request_ids(namespace: dict[str, Any]) -> None:
        gateway.queue_response(
            namespace["reply"].to_dict(), headers={"Otari-Request-ID": "req-migrate", "Otari-Attempt-ID": "att-1"}
        )
        namespace["reply"] = client.completion(model=MODEL, messages=namespace["messages"])

    provoke: dict[str, Callable[[dict[str, Any]], None]] = {
        "response metadata": with_request_ids,
        "batch not finished": _expect_error(not_finished, otari.BatchNotCompleteError),
        "rate limited": _expect_error(rate_limited, otari.RateLimitError),
        "errors from a self-hosted gateway": _expect_error(wrong_key, otari.AuthenticationError),
        "error details": _expect_error(bad_request, otari.BadRequestError),
    }
    # What the last code span of a row must give, where the table states it.
    expected: dict[str, Callable[[Any], bool]] = {
        "self-hosted client": lambda value: isinstance(value, Otari) and not value.platform_mode,
        "hosted platform": lambda value: isinstance(value, Otari) and value.platform_mode,
        "async client": lambda value: isinstance(value, otari.AsyncOtari),
        "base URL": lambda value: value.api_root == "/v1" and namespace["client"].api_root == gateway.api_root,
        "Responses API text": lambda value: isinstance(value, str) and bool(value),
        "list models": lambda value: isinstance(value, list) and bool(value),
        "wait for a batch": lambda value: value.status == "completed",
        "batch results": lambda value: [item.custom_id for item in value.results] == ["r1"],
        "batch not finished": lambda value: value in ("validating", "in_progress"),
        "rate limited": lambda value: value == 2.0,
        "errors from a self-hosted gateway": lambda value: isinstance(namespace["error"], value),
        "error details": lambda value: value is None or isinstance(value, str),
        "response metadata": lambda value: (
            isinstance(value, otari.ChatCompletion)
            and (namespace["reply"].request_id, namespace["reply"].attempt_id) == ("req-migrate", "att-1")
        ),
        "results as plain data": lambda value: isinstance(value, dict) and value["object"] == "chat.completion",
    }
    made: list[Any] = []
    try:
        for label, _, new in rows():
            if label in provoke:
                provoke[label](namespace)
            value: Any = None
            for code in CODE.findall(new):
                try:
                    value = _run(code, namespace)
                except Exception as exc:  # the failing cell, named
                    pytest.fail(f"row {label!r}: `{code}` raised {exc!r}")
                made.append(value)
            if label in expected:
                assert expected[label](value), (label, value)
        assert set(expected) | set(provoke) <= {label for label, _, _ in rows()}, "a checked row was renamed"
    finally:
        _close([*made, client])


def _run(code: str, namespace: dict[str, Any]) -> Any:
    """Evaluate an expression (or execute an assignment, returning what was assigned)."""
    try:
        compiled = compile(code, "README migration table", "eval")
    except SyntaxError:
        exec(compile(code, "README migration table", "exec"), namespace)
        target = code.split("=", 1)[0].strip()
        return namespace[target]
    return eval(compiled, namespace)


def _close(objects: list[Any]) -> None:
    for thing in objects:
        if isinstance(thing, otari.AsyncOtari):
            asyncio.run(thing.aclose())
        elif hasattr(thing, "close") and isinstance(thing, (Otari, otari.Stream)):
            thing.close()
