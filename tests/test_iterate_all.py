"""Iterate-all (``client.keys.iter(...)``, ``client.iter_batches(...)``, ...): pages fetched on demand, over at
least three pages, with filters, on both clients, against the loopback MockGateway."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from otari import AsyncOtari, Otari, OtariError
from otari._pagination import MAX_PAGE_SIZE, Items, offset_plan
from otari.testing import MockGateway
from tests import wire
from tests.drivers import API_ROOTS

MASTER = "master-iter"


@pytest.fixture(scope="module", params=API_ROOTS)
def gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    """Each gateway generation in turn; clients get the bare origin and discover the root."""
    with MockGateway(api_root=request.param, master_key=MASTER) as gw:
        yield gw


@pytest.fixture
def gw(gateway: MockGateway) -> MockGateway:
    gateway.reset_state()
    return gateway


def _sync(gw: MockGateway) -> Otari:
    return Otari(base_url=gw.url, otari_key=MASTER, admin_key=MASTER, max_retries=0)


def _async(gw: MockGateway) -> AsyncOtari:
    return AsyncOtari(base_url=gw.url, otari_key=MASTER, admin_key=MASTER, max_retries=0)


def _pages(gw: MockGateway, path: str) -> list[dict[str, str]]:
    """The query of every request the gateway received for ``path`` (written under /v1), in order."""
    served = gw.api_root + path.removeprefix("/v1")
    return [r.query for r in gw.requests if r.path == served and r.method == "GET"]


# --- what each resource iterates, seeded through the public API or the mock's own helpers ---------------


def _seed(gw: MockGateway, kind: str) -> dict[str, Any]:
    """Seed 7 matching rows (and some that the filter leaves out); return iter kwargs, the path and the
    rows expected, in the order the gateway lists them."""
    with _sync(gw) as admin:
        if kind == "keys":
            names = [admin.keys.create(key_name=f"k{i}").key_name for i in range(7)]
            return {"call": "keys.iter", "kwargs": {}, "path": "/v1/keys", "expected": names, "of": "key_name"}
        if kind == "users":
            for i in range(6):
                admin.users.create(user_id=f"u{i}")
            ids = ["default"] + [f"u{i}" for i in range(6)]
            return {"call": "users.iter", "kwargs": {}, "path": "/v1/users", "expected": ids, "of": "user_id"}
        if kind == "budgets":
            names = [admin.budgets.create(name=f"b{i}", max_budget=float(i + 1)).name for i in range(7)]
            return {"call": "budgets.iter", "kwargs": {}, "path": "/v1/budgets", "expected": names, "of": "name"}
        if kind == "pricing":
            keys = [f"openai:m{i}" for i in range(7)]
            for key in keys:
                admin.pricing.set(model_key=key, input_price_per_million=1.0, output_price_per_million=2.0)
            return {"call": "pricing.iter", "kwargs": {}, "path": "/v1/pricing", "expected": keys, "of": "model_key"}
        if kind == "usage":
            ids = [gw.add_usage(user_id="alice", prompt_tokens=i) for i in range(7)]
            for i in range(4):
                gw.add_usage(user_id="bob", prompt_tokens=100 + i)
            expected = list(reversed(ids))  # newest first
            kwargs = {"user_id": "alice"}
            return {"call": "usage.iter", "kwargs": kwargs, "path": "/v1/usage", "expected": expected, "of": "id"}
        if kind == "user_usage":
            admin.users.create(user_id="alice")
            ids = [gw.add_usage(user_id="alice", prompt_tokens=i) for i in range(7)]
            gw.add_usage(user_id="default")
            return {
                "call": "users.iter_usage",
                "args": ("alice",),
                "kwargs": {},
                "path": "/v1/users/alice/usage",
                "expected": list(reversed(ids)),
                "of": "id",
            }
        if kind == "batches":
            ids = [gw.add_batch(provider="openai")["id"] for _ in range(7)]
            gw.add_batch(provider="mistral")
            return {
                "call": "iter_batches",
                "kwargs": {"provider": "openai"},
                "path": "/v1/batches",
                "expected": list(reversed(ids)),
                "of": "id",
            }
    raise AssertionError(kind)


KINDS = ["keys", "users", "budgets", "pricing", "usage", "user_usage", "batches"]


def _method(client: Any, dotted: str) -> Callable[..., Any]:
    owner = client
    *path, last = dotted.split(".")
    for part in path:
        owner = getattr(owner, part)
    method: Callable[..., Any] = getattr(owner, last)
    return method


def _check_pages(gw: MockGateway, seeded: dict[str, Any], size: int) -> None:
    pages = _pages(gw, seeded["path"])
    # 7 rows in pages of 3: 3 + 3 + 1, and the short page ends it.
    assert len(pages) == 3, pages
    for query in pages:
        assert query.get("limit") == str(size)
        for name, value in seeded["kwargs"].items():
            assert query.get(name) == value, (name, query)
    if "after" in pages[1] or seeded["call"] == "iter_batches":
        assert "after" not in pages[0]
        assert pages[1]["after"] == seeded["expected"][2]
        assert pages[2]["after"] == seeded["expected"][5]
    else:
        assert [q.get("skip", "0") for q in pages] == ["0", "3", "6"]


@pytest.mark.parametrize("kind", KINDS)
def test_sync_iter_walks_every_page_on_demand(gw: MockGateway, kind: str) -> None:
    seeded = _seed(gw, kind)
    gw.clear()
    with _sync(gw) as client:
        iterator = _method(client, seeded["call"])(*seeded.get("args", ()), page_size=3, **seeded["kwargs"])
        assert _pages(gw, seeded["path"]) == [], "nothing is fetched before iterating"
        first = next(iterator)
        assert len(_pages(gw, seeded["path"])) == 1, "the first item needs only the first page"
        rows = [first, *iterator]
    assert [getattr(row, seeded["of"]) for row in rows] == seeded["expected"]
    _check_pages(gw, seeded, 3)


@pytest.mark.parametrize("kind", KINDS)
def test_async_iter_walks_every_page_on_demand(gw: MockGateway, kind: str) -> None:
    seeded = _seed(gw, kind)
    gw.clear()

    async def collect() -> list[Any]:
        async with _async(gw) as client:
            iterator: AsyncIterator[Any] = _method(client, seeded["call"])(
                *seeded.get("args", ()), page_size=3, **seeded["kwargs"]
            )
            assert _pages(gw, seeded["path"]) == []
            first = await anext(iterator)
            assert len(_pages(gw, seeded["path"])) == 1
            return [first, *[row async for row in iterator]]

    rows = asyncio.run(collect())
    assert [getattr(row, seeded["of"]) for row in rows] == seeded["expected"]
    _check_pages(gw, seeded, 3)


def test_files_iter_honours_the_purpose_filter(gw: MockGateway) -> None:
    # The gateway's file listing has no paging parameters: one request, every file of that purpose.
    for i in range(5):
        gw.add_file(b"x" * i, filename=f"b{i}.jsonl", purpose="batch")
    gw.add_file(b"other", filename="notes.txt", purpose="user_data")
    gw.clear()
    with _sync(gw) as client:
        names = [f.filename for f in client.files.iter(purpose="batch")]
    assert names == [f"b{i}.jsonl" for i in reversed(range(5))]
    assert _pages(gw, "/v1/files") == [{"purpose": "batch"}]

    async def collect() -> list[str | None]:
        async with _async(gw) as client:
            return [f.filename async for f in client.files.iter(purpose="user_data")]

    assert asyncio.run(collect()) == ["notes.txt"]


def test_list_calls_still_return_one_page(gw: MockGateway) -> None:
    for i in range(5):
        gw.add_usage(user_id="alice", prompt_tokens=i)
    with _sync(gw) as client:
        assert len(client.usage.list(limit=2)) == 2
        assert len(client.keys.list()) == 0
    assert len(_pages(gw, "/v1/usage")) == 1


def test_an_exact_multiple_of_the_page_size_ends_on_an_empty_page(gw: MockGateway) -> None:
    for i in range(6):
        gw.add_usage(prompt_tokens=i)
    gw.clear()
    with _sync(gw) as client:
        assert len(list(client.usage.iter(page_size=3))) == 6
    assert [q.get("skip", "0") for q in _pages(gw, "/v1/usage")] == ["0", "3", "6"]


def test_breaking_out_early_fetches_no_more_pages(gw: MockGateway) -> None:
    for i in range(10):
        gw.add_usage(prompt_tokens=i)
    gw.clear()
    with _sync(gw) as client:
        for count, _ in enumerate(client.usage.iter(page_size=3), 1):
            if count == 4:
                break
    assert len(_pages(gw, "/v1/usage")) == 2


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"page_size": 0}, ValueError, "page_size"),
        ({"page_size": MAX_PAGE_SIZE + 1}, ValueError, "at most 1000"),
        ({"page_size": "10"}, TypeError, "page_size"),
        ({"user_id": 3}, TypeError, "user_id"),
        ({"colour": "red"}, TypeError, "colour"),
    ],
)
def test_bad_arguments_raise_before_any_request(
    gw: MockGateway, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    gw.clear()
    with _sync(gw) as client, pytest.raises(error, match=match):
        client.usage.iter(**kwargs)
    with pytest.raises(error, match=match):
        _async(gw).usage.iter(**kwargs)
    assert gw.requests == []


def test_iter_batches_needs_a_provider(gw: MockGateway) -> None:
    with _sync(gw) as client, pytest.raises(TypeError, match="provider"):
        client.iter_batches(provider=None)  # type: ignore[arg-type]


def test_a_gateway_that_ignores_the_cursor_is_reported_not_looped_on() -> None:
    batch = json.loads(wire.load("batches-retrieve").body)
    page = {"data": [batch, batch], "has_more": True}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Otari(base_url="http://gateway.test", otari_key="k", http_client=http)
    with pytest.raises(OtariError, match="again"):
        list(client.iter_batches(provider="openai", page_size=2))


def test_the_plan_is_the_same_for_both_drivers() -> None:
    # The plan alone, driven by hand: it yields calls, receives pages, and yields their items.
    pages = [[1, 2], [3, 4], [5]]
    calls: list[tuple[int, int]] = []

    def fetch(skip: int, limit: int) -> Any:
        calls.append((skip, limit))
        return ("call", skip)

    plan = offset_plan("x.iter", fetch, 2)
    assert calls == [(0, 2)], "the first call is built eagerly, to check the arguments"
    seen: list[int] = []
    order = plan.send(None)
    for page in pages:
        assert order == ("call", len(seen))
        order = plan.send(page)
        assert isinstance(order, Items)
        seen.extend(order.items)
        try:
            order = plan.send(None)
        except StopIteration:
            break
    assert seen == [1, 2, 3, 4, 5]
    assert calls == [(0, 2), (2, 2), (4, 2)]
