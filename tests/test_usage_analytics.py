"""``client.usage.summary/series/count/summary_csv``, ``client.budgets.reset_logs`` and ``client.aliases``
against the MockGateway: typed filters on the wire, answers that agree with ``usage.list``, bad values
refused before any request, and aliases that route."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest

from otari import AsyncOtari, NotFoundError, Otari
from otari.testing import MockGateway
from tests.drivers import API_ROOTS

MASTER = "master-analytics"
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture(scope="module", params=API_ROOTS)
def gateway(request: pytest.FixtureRequest) -> Iterator[MockGateway]:
    with MockGateway(api_root=request.param, master_key=MASTER) as gw:
        yield gw


@pytest.fixture
def gw(gateway: MockGateway) -> MockGateway:
    gateway.reset_state()
    return gateway


def _client(gw: MockGateway) -> Otari:
    return Otari(base_url=gw.url, otari_key=MASTER, max_retries=0)


def _seed(gw: MockGateway) -> None:
    """Two weeks of traffic: alice on two models, bob on one, one unpriced row."""
    for day in range(14):
        when = NOW - dt.timedelta(days=day, hours=1)
        gw.add_usage(
            user_id="alice", model="openai:gpt-4o", prompt_tokens=100, completion_tokens=50, cost=0.01, timestamp=when
        )
        gw.add_usage(
            user_id="alice",
            model="openai:gpt-4o-mini",
            prompt_tokens=10,
            completion_tokens=5,
            cost=0.001,
            timestamp=when,
        )
        gw.add_usage(
            user_id="bob", model="openai:gpt-4o", prompt_tokens=200, completion_tokens=100, cost=0.02, timestamp=when
        )
    gw.add_usage(
        user_id="bob",
        model="mistral:small",
        prompt_tokens=1,
        completion_tokens=1,
        timestamp=NOW - dt.timedelta(minutes=1),
    )


def test_summary_agrees_with_the_request_log(gw: MockGateway) -> None:
    _seed(gw)
    week = {"start_date": NOW - dt.timedelta(days=7), "end_date": NOW}
    with _client(gw) as client:
        summary = client.usage.summary(**week)
        rows = list(client.usage.iter(**week))
        count = client.usage.count(**week)
    assert count.total == len(rows) == summary.totals.request_count == 7 * 3 + 1
    assert summary.totals.cost == pytest.approx(sum(r.cost or 0 for r in rows))
    assert summary.totals.total_tokens == sum(r.total_tokens for r in rows)
    assert summary.totals.unpriced_requests == 1
    by_user = {g.key: g.cost for g in summary.by_user}
    assert by_user == pytest.approx({"alice": 7 * 0.011, "bob": 7 * 0.02})
    assert sum(p.requests for p in summary.series) == len(rows)


def test_filters_reach_the_wire_and_narrow_every_call(gw: MockGateway) -> None:
    _seed(gw)
    filters: dict[str, Any] = {
        "user_id": ["alice"],
        "model": "openai:gpt-4o",
        "start_date": dt.date.today() - dt.timedelta(days=3),
    }
    with _client(gw) as client:
        summary = client.usage.summary(dimensions=["user", "model"], bucket="hour", **filters)
        listed = client.usage.list(limit=1000, **filters)
        assert client.usage.count(**filters).total == len(listed) == summary.totals.request_count
        series = client.usage.series(group_by="user_id", **filters)
    query = gw.requests[-4].query
    assert query["start_date"] == filters["start_date"].isoformat()
    assert query["bucket"] == "hour"
    assert gw.requests[-4].query_all("dimensions") == ["user", "model"]
    assert {r.user_id for r in listed} == {"alice"} and {r.model for r in listed} == {"gpt-4o"}
    assert summary.by_endpoint == [], "a breakdown left out of dimensions comes back empty"
    assert [g.key for g in series.groups] == ["alice"]
    assert sum(p.requests for p in series.points) == len(listed)


def test_summary_csv_has_every_breakdown_row(gw: MockGateway, tmp_path: Any) -> None:
    _seed(gw)
    with _client(gw) as client:
        text = client.usage.summary_csv(provider="openai").decode()
        written = client.usage.summary_csv_stream(provider="openai").write_to(tmp_path / "usage.csv")
    assert written == len(text.encode())
    assert (tmp_path / "usage.csv").read_text() == text
    rows = list(csv.DictReader(io.StringIO(text)))
    users = {r["key"]: float(r["cost"]) for r in rows if r["dimension"] == "user"}
    assert users == pytest.approx({"alice": 14 * 0.011, "bob": 14 * 0.02})
    assert gw.requests[-1].query == {"provider": "openai"}


@pytest.mark.parametrize(
    ("method", "kwargs", "error", "match"),
    [
        ("summary", {"bucket": "week"}, ValueError, "'bucket' must be one of 'day', 'hour', got 'week'"),
        ("summary", {"dimensions": ["team"]}, ValueError, "'dimensions' must be one of"),
        ("summary", {"dimensions": "user"}, TypeError, "must be a list"),
        ("series", {"group_by": "team"}, ValueError, "'group_by' must be one of"),
        ("count", {"start_date": 1700000000}, TypeError, "start_date"),
        ("count", {"priced": "yes"}, TypeError, "priced"),
        ("summary_csv", {"user": "alice"}, TypeError, "'user'"),
    ],
)
def test_bad_values_are_refused_before_any_request(
    gw: MockGateway, method: str, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    gw.clear()
    with _client(gw) as client, pytest.raises(error, match=match):
        getattr(client.usage, method)(**kwargs)
    assert gw.requests == []


def test_budget_reset_logs(gw: MockGateway) -> None:
    with _client(gw) as client:
        budget = client.budgets.create(name="weekly", max_budget=10.0, budget_duration_sec=7 * 86400)
        client.users.create(user_id="alice", budget_id=budget.budget_id)
        client.pricing.set(model_key="openai:fake-model", input_price_per_million=1.0, output_price_per_million=2.0)
        client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}], user="alice")
        spent = client.users.get("alice").spend
        assert spent > 0
        gw.reset_budget(budget.budget_id)
        logs = client.budgets.reset_logs(budget.budget_id)
        assert [(log.user_id, log.previous_spend) for log in logs] == [("alice", spent)]
        assert client.users.get("alice").spend == 0
        assert client.budgets.reset_logs(budget.budget_id, limit=1, skip=1) == []
        with pytest.raises(NotFoundError):
            client.budgets.reset_logs("no-such-budget")


def test_aliases_route_and_can_be_repointed(gw: MockGateway) -> None:
    chat = [{"role": "user", "content": "hi"}]
    with _client(gw) as client:
        client.users.create(user_id="alice")
        client.aliases.set("fast", "openai:fake-model")
        assert client.completion(model="fast", messages=chat, user="alice").model == "fake-model"
        client.aliases.set("fast", "openai:fake-model-2", user_id="alice")
        assert client.completion(model="fast", messages=chat, user="alice").model == "fake-model-2"
        assert client.completion(model="fast", messages=chat, user="default").model == "fake-model"
        listed = {(a.name, a.user_id): a.target for a in client.aliases.list()}
        assert listed == {("fast", None): "openai:fake-model", ("fast", "alice"): "openai:fake-model-2"}
        assert client.aliases.delete("fast", user_id="alice") is None
        assert client.completion(model="fast", messages=chat, user="alice").model == "fake-model"
        client.aliases.delete("fast")
        with pytest.raises(NotFoundError):
            client.aliases.delete("fast")
        rows = client.usage.list(user_id="alice")
    assert {r.model for r in rows} == {"fake-model", "fake-model-2"}, "usage logs what the alias resolved to"


def test_async_analytics_and_aliases(gw: MockGateway) -> None:
    _seed(gw)

    async def main() -> None:
        async with AsyncOtari(base_url=gw.url, otari_key=MASTER, max_retries=0) as client:
            summary = await client.usage.summary(start_date=(NOW - dt.timedelta(days=2)).isoformat())
            assert (
                summary.totals.request_count == (await client.usage.count(start_date=NOW - dt.timedelta(days=2))).total
            )
            assert (await client.usage.series(group_by="model")).group_by == "model"
            assert (await client.usage.summary_csv()).startswith(b"dimension,key")
            await client.aliases.set("cheap", "openai:fake-model-2")
            assert [a.name for a in await client.aliases.list()] == ["cheap"]
            await client.aliases.delete("cheap")

    asyncio.run(main())
