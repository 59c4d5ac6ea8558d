"""The connection pools the SDK builds: one shared TLS context, and no cookie replay."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from otari import AsyncOtari, Otari
from otari.testing import MockGateway

CHAT = {"model": "openai:fake-model", "messages": [{"role": "user", "content": "hi"}]}
# The smallest body a chat completion can be: the fields the gateway always sends.
COMPLETION = b'{"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}'


def _context(client: Otari | AsyncOtari) -> object:
    transport: Any = client._http._transport
    if isinstance(client, AsyncOtari) and client.http_backend == "aiohttp":
        return transport.ssl_context
    return transport._pool._ssl_context


def test_clients_share_one_tls_context() -> None:
    first = Otari(base_url="https://gw.example", otari_key="gw-a")
    second = Otari(base_url="https://gw.example", otari_key="gw-b")
    third = AsyncOtari(base_url="https://gw.example", otari_key="gw-c", http_backend="httpx")
    assert _context(first) is _context(second) is _context(third)
    assert _context(first) is not None
    pytest.importorskip("aiohttp", reason="the otari[aiohttp] extra is not installed")
    fourth = AsyncOtari(base_url="https://gw.example", otari_key="gw-d", http_backend="aiohttp")
    assert _context(fourth) is _context(first)


def test_cookies_set_by_the_server_are_not_replayed(async_backend: str) -> None:
    with MockGateway() as gateway:
        gateway.queue_raw(200, COMPLETION, {"set-cookie": "session=abc; Path=/"})
        gateway.queue_raw(200, COMPLETION, {"set-cookie": "caf\xc3\xa9=\xc3\xa9t\xc3\xa9"})
        with Otari(base_url=gateway.url, otari_key="gw-t", max_retries=0) as client:
            client.with_raw_response.completion(**CHAT)
            client.completion(**CHAT)
            client.completion(**CHAT)
            assert "cookie" not in gateway.last_request.headers
            assert list(client._http.cookies.jar) == []

        async def main() -> None:
            gateway.queue_raw(200, COMPLETION, {"set-cookie": "session=xyz; Path=/"})
            async with AsyncOtari(base_url=gateway.url, otari_key="gw-t", http_backend=async_backend) as client:
                await client.completion(**CHAT)
                await client.completion(**CHAT)
            assert "cookie" not in gateway.last_request.headers

        asyncio.run(main())


def test_errors_keep_a_redacted_copy_of_the_request() -> None:
    import otari

    with MockGateway() as gateway, Otari(base_url=gateway.url, otari_key="gw-CANARY-123", max_retries=0) as client:
        gateway.queue_error(500, "LLM provider error")
        try:
            client.completion(**CHAT)
        except otari.UpstreamProviderError as error:
            kept = error.request
        assert kept is not None and kept.url.path == "/api/v1/chat/completions"
        assert kept.headers["otari-key"] == "[redacted]"
        assert "CANARY" not in repr(kept.headers) and "CANARY" not in str(list(kept.headers.items()))


def test_the_shared_tls_context_follows_ssl_cert_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import ssl

    before = _context(Otari(base_url="https://gw.example", otari_key="gw-a"))
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    with pytest.raises(ssl.SSLError):
        Otari(base_url="https://gw.example", otari_key="gw-a")
    monkeypatch.undo()
    assert _context(Otari(base_url="https://gw.example", otari_key="gw-a")) is before


def test_the_sdk_pools_never_parse_response_cookies(monkeypatch: pytest.MonkeyPatch, async_backend: str) -> None:
    # httpx runs every response through http.cookiejar; the SDK's own pools skip that (it keeps no cookies).
    import http.cookiejar

    parsed: list[object] = []
    original = http.cookiejar.CookieJar.extract_cookies

    def counting(self: http.cookiejar.CookieJar, response: Any, request: Any) -> None:
        parsed.append(response)
        original(self, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counting)
    with MockGateway() as gateway:
        gateway.queue_raw(200, COMPLETION, {"set-cookie": "session=abc; Path=/"})
        with Otari(base_url=gateway.url, otari_key="gw-t", max_retries=0) as client:
            client.with_raw_response.completion(**CHAT)
            assert list(client._http.cookies.jar) == []

        async def main() -> None:
            gateway.queue_raw(200, COMPLETION, {"set-cookie": "session=xyz; Path=/"})
            async with AsyncOtari(
                base_url=gateway.url, otari_key="gw-t", max_retries=0, http_backend=async_backend
            ) as aclient:
                await aclient.completion(**CHAT)

        asyncio.run(main())
    assert parsed == []
    # A caller's own client keeps httpx's behaviour.
    with MockGateway() as gateway, httpx.Client() as own:
        gateway.queue_raw(200, COMPLETION, {"set-cookie": "session=abc; Path=/"})
        Otari(base_url=gateway.url, otari_key="gw-t", http_client=own).completion(**CHAT)
    assert len(parsed) == 1
