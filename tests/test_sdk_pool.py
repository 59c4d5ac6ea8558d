"""The SDK's own pools (``otari._backends.SyncPool`` and the async ones) take shortcuts through httpx's
per-request work: these tests hold them to sending exactly what httpx's own code would have sent."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otari import AsyncOtari, Otari
from otari._backends import SyncPool, async_http_client, pool_options
from otari._client import DEFAULT_LIMITS

TIMEOUT = httpx.Timeout(30.0, connect=5.0)

_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", min_size=1, max_size=12)
_value = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20)
# Header names that collide with the pool's defaults in any spelling, and others.
_header_name = st.one_of(
    st.sampled_from(["Accept", "accept", "ACCEPT-ENCODING", "Connection", "user-agent", "User-Agent", "Otari-Key"]),
    _token,
)
_param_value = st.one_of(
    st.text(max_size=15), st.integers(-5, 10**6), st.booleans(), st.lists(st.text(max_size=5), max_size=3)
)
_path = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%20", min_size=1, max_size=8), min_size=1, max_size=4
)


def _sent(request: httpx.Request) -> tuple[Any, ...]:
    """Everything of a request that reaches the wire or the transport."""
    return (request.method, str(request.url), request.headers.raw, request.read(), request.extensions)


def _pools() -> list[tuple[httpx.Client | httpx.AsyncClient, httpx.Client | httpx.AsyncClient]]:
    """(an SDK pool, a plain httpx client configured alike), sync and async."""
    options = pool_options(TIMEOUT, DEFAULT_LIMITS)
    pools: list[tuple[httpx.Client | httpx.AsyncClient, httpx.Client | httpx.AsyncClient]] = [
        (SyncPool(**options), httpx.Client(**options))
    ]
    for backend in ("httpx", "aiohttp"):
        try:
            pool, _ = async_http_client(backend, None, timeout=TIMEOUT, limits=DEFAULT_LIMITS)
        except Exception:  # the aiohttp extra is not installed
            continue
        pools.append((pool, httpx.AsyncClient(**options)))
    return pools


POOLS = _pools()


@settings(max_examples=300, deadline=None)
@given(
    method=st.sampled_from(["GET", "POST", "PATCH", "DELETE", "post"]),
    path=_path,
    params=st.one_of(st.none(), st.dictionaries(_token, _param_value, max_size=4)),
    headers=st.one_of(st.none(), st.dictionaries(_header_name, _value, max_size=6)),
    body=st.one_of(st.none(), st.dictionaries(_token, st.one_of(st.text(max_size=10), st.integers()), max_size=3)),
    timeout=st.sampled_from([TIMEOUT, httpx.Timeout(None), httpx.Timeout(2.5, read=None)]),
)
def test_sdk_pools_build_the_request_httpx_builds(
    method: str,
    path: list[str],
    params: dict[str, Any] | None,
    headers: dict[str, str] | None,
    body: dict[str, Any] | None,
    timeout: httpx.Timeout,
) -> None:
    url = "http://127.0.0.1:8000/api/v1/" + "/".join(path)
    for ours, plain in POOLS:
        for _ in range(2):  # the second time from the pool's URL cache
            built = ours.build_request(method, url, params=params, headers=headers, json=body, timeout=timeout)
            expected = plain.build_request(method, url, params=params, headers=headers, json=body, timeout=timeout)
            assert _sent(built) == _sent(expected)


def test_unusual_requests_go_through_httpx_own_build_request() -> None:
    ours, plain = POOLS[0]
    for kwargs in (
        {"content": b"raw bytes"},
        {"cookies": {"session": "x"}},
        {"extensions": {"sni_hostname": "example.com"}},
    ):
        built = ours.build_request("POST", "http://127.0.0.1:8000/v1/x", timeout=TIMEOUT, **kwargs)
        expected = plain.build_request("POST", "http://127.0.0.1:8000/v1/x", timeout=TIMEOUT, **kwargs)
        assert _sent(built) == _sent(expected)
    url = httpx.URL("http://127.0.0.1:8000/v1/x?a=1")
    built = ours.build_request("GET", url, params={"b": 2})
    assert _sent(built) == _sent(plain.build_request("GET", url, params={"b": 2}))


def test_the_url_cache_stays_small() -> None:
    pool = SyncPool(**pool_options(TIMEOUT, DEFAULT_LIMITS))
    for n in range(1000):
        request = pool.build_request("GET", f"http://127.0.0.1:8000/v1/keys/k{n}", timeout=TIMEOUT)
        assert request.url.path == f"/v1/keys/k{n}"
    assert len(pool._otari_urls) <= 256


def test_the_direct_send_sets_what_httpx_send_sets(mock_gateway: Any) -> None:
    with Otari(base_url=mock_gateway.url, otari_key="gw-x") as client:
        raw = client.with_raw_response.completion(
            model="openai:fake-model", messages=[{"role": "user", "content": "hi"}]
        )
    response = raw.http_response
    assert response.request.url.path.endswith("/chat/completions")
    assert isinstance(response.elapsed, datetime.timedelta) and response.elapsed.total_seconds() >= 0


async def test_the_direct_send_sets_what_httpx_send_sets_async(mock_gateway: Any) -> None:
    async with AsyncOtari(base_url=mock_gateway.url, otari_key="gw-x") as client:
        raw = await client.with_raw_response.completion(
            model="openai:fake-model", messages=[{"role": "user", "content": "hi"}]
        )
    response = raw.http_response
    assert response.request.url.path.endswith("/chat/completions")
    assert isinstance(response.elapsed, datetime.timedelta) and response.elapsed.total_seconds() >= 0


def test_transport_errors_carry_their_request() -> None:
    pool = SyncPool(**pool_options(httpx.Timeout(1.0), DEFAULT_LIMITS))
    request = pool.build_request("GET", "http://127.0.0.1:9/v1/models", timeout=httpx.Timeout(1.0))
    with pytest.raises(httpx.ConnectError) as info:
        pool.send(request, stream=True, follow_redirects=False)
    assert info.value.request is request
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):  # httpx's own refusal, as before
        pool.send(request, stream=True, follow_redirects=False)
