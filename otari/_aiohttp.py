"""The aiohttp backend: an httpx transport that sends through an aiohttp ``ClientSession``.

Everything above a transport sees httpx types only. This one hands each ``httpx.Request`` to aiohttp as it
is (headers in order, duplicates kept, the body bytes httpx encoded) and returns aiohttp's answer as an
``httpx.Response`` whose body is read straight from aiohttp's stream, in at most 16 KiB pieces so that
httpx's decoders (and the SDK's size limits after them) see a decompression bomb a piece at a time.
Failures are raised as the httpx exception httpx's own transport raises in the same situation, so retries,
error mapping and streams cannot tell the backends apart.

It is the SDK's own rather than httpx-aiohttp's so that a call pays for one layer of conversion and no
more: no per-request context managers, no re-wrapping of the body stream, no exception re-mapping in two
places. Importing it imports aiohttp; :mod:`otari._backends` does that only when the aiohttp backend is
chosen.
"""

from __future__ import annotations

import base64
import functools
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any, NoReturn, TypeAlias

import aiohttp
import httpx

__all__ = ["AiohttpTransport"]

#: The largest piece of body handed to httpx at once (what httpx-aiohttp reads too).
READ_SIZE = 16 * 1024

_HTTP11: dict[str, Any] = {"http_version": b"HTTP/1.1"}
_DEFAULT_LIMITS = httpx.Limits()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` over one aiohttp ``ClientSession`` (created on first use, in the
    event loop that uses it, as aiohttp requires).

    Takes the keyword arguments httpx passes to its transport factories (``verify``, ``cert``, ``limits``,
    ``proxy``...). Those aiohttp has no counterpart for are ignored: ``http2`` (aiohttp speaks HTTP/1.1)
    and ``limits.max_keepalive_connections`` (aiohttp keeps every idle connection until its expiry).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits = _DEFAULT_LIMITS,
        proxy: httpx.Proxy | None = None,
        **ignored: Any,
    ) -> None:
        self.ssl_context = (
            verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify, cert, trust_env)
        )
        self.limits = limits
        self.session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, float | None, float | None], aiohttp.ClientTimeout] = {}
        self._proxy_options: dict[str, Any] = _proxy_options(proxy)

    def _open(self) -> aiohttp.ClientSession:
        limits = self.limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,  # httpx's None (no limit) is aiohttp's 0
            keepalive_timeout=limits.keepalive_expiry,
            ssl=self.ssl_context,
        )
        # httpx decodes gzip/deflate/br itself, after the transport, where the SDK's size limits apply.
        self.session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        return self.session

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        spec: dict[str, float | None] = request.extensions.get("timeout") or {}
        key = (spec.get("connect"), spec.get("read"), spec.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) > 64:  # per-call timeouts vary little; never let the cache grow
                self._timeouts.clear()
            # httpx's connect/read bounds map to aiohttp's per-socket ones; the pool wait to ``connect``.
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, sock_connect=key[0], sock_read=key[1], connect=key[2]
            )
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self.session or self._open()
        headers = request.headers
        try:
            data: Any = request.content or None
        except httpx.RequestNotRead:  # an upload streamed from a file or generator
            data = request.stream
            headers = headers.copy()
            headers.pop("transfer-encoding", None)  # aiohttp frames a streamed body itself
        try:
            answer = await session.request(
                request.method,
                str(request.url),
                headers=headers.multi_items(),
                data=data,
                allow_redirects=False,
                compress=False,
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
                **self._proxy_options,
            )
        except Exception as exc:
            _reraise(exc, sending=True)
        reason = answer.reason
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=_Body(answer),
            request=request,
            extensions={**_HTTP11, "reason_phrase": reason.encode()} if reason else _HTTP11.copy(),
        )

    async def aclose(self) -> None:
        if self.session is not None:
            await self.session.close()


class _Body(httpx.AsyncByteStream):
    """An aiohttp response's body as httpx reads it; closing it releases (or drops) the connection."""

    __slots__ = ("_answer",)

    def __init__(self, answer: aiohttp.ClientResponse) -> None:
        self._answer = answer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        read = self._answer.content.read
        try:
            while chunk := await read(READ_SIZE):
                yield chunk
        except Exception as exc:
            _reraise(exc, sending=False)

    async def aclose(self) -> None:
        answer = self._answer
        try:
            # A body not read to its end leaves the connection unusable: aiohttp then closes it.
            answer.release()
            await answer.wait_for_close()
        except Exception as exc:
            _reraise(exc, sending=False)


def _proxy_options(proxy: httpx.Proxy | None) -> dict[str, Any]:
    if proxy is None:
        return {}
    headers = dict(proxy.headers.multi_items())
    if proxy.auth is not None:
        # aiohttp deprecates proxy_auth=; the header is what it would send.
        token = base64.b64encode(f"{proxy.auth[0]}:{proxy.auth[1]}".encode()).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
    return {"proxy": str(proxy.url), "proxy_headers": headers or None}


# --- failures ----------------------------------------------------------------------------------------------


def _reraise(exc: Exception, *, sending: bool) -> NoReturn:
    """Raise the httpx exception httpx's own transport raises for ``exc`` (``exc`` itself if none applies).

    ``sending``: ``exc`` came before the response headers, not while reading the body.
    """
    rule = None if isinstance(exc, httpx.HTTPError) else _rule_for(exc, sending=sending)
    if rule is None:
        raise exc
    cls, message = rule
    raise cls(message) from exc


def _rule_for(origin: BaseException, *, sending: bool) -> tuple[type[httpx.TransportError], str] | None:
    for aiohttp_class, decide in _rules():
        if isinstance(origin, aiohttp_class):
            return decide(origin), _message(origin)
    if isinstance(origin, TimeoutError):
        return httpx.TimeoutException, _message(origin)
    if isinstance(origin, OSError):
        return httpx.ReadError, _message(origin)
    # aiohttp refuses a header value with CR/LF with a ValueError, where h11 raises LocalProtocolError.
    if sending and isinstance(origin, ValueError) and not isinstance(origin, UnicodeError):
        return httpx.LocalProtocolError, _message(origin)
    return None


_Rule: TypeAlias = tuple[type[BaseException], Callable[[BaseException], type[httpx.TransportError]]]


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    """(aiohttp class, httpx class chooser), most specific first; classes missing from older aiohttp skip."""
    import aiohttp.client_exceptions as errors

    def always(cls: type[httpx.TransportError]) -> Callable[[BaseException], type[httpx.TransportError]]:
        return lambda _: cls

    def timeout_kind(exc: BaseException) -> type[httpx.TransportError]:
        # aiohttp before 3.10 raises this one class for both connect and read timeouts.
        return httpx.ConnectTimeout if str(exc).startswith("Connection timeout") else httpx.ReadTimeout

    table: list[tuple[str, Callable[[BaseException], type[httpx.TransportError]]]] = [
        ("SocketTimeoutError", always(httpx.ReadTimeout)),
        ("ConnectionTimeoutError", always(httpx.ConnectTimeout)),
        ("ServerTimeoutError", timeout_kind),
        ("ClientProxyConnectionError", always(httpx.ProxyError)),
        ("ClientHttpProxyError", always(httpx.ProxyError)),
        ("ClientConnectorError", always(httpx.ConnectError)),
        ("ServerFingerprintMismatch", always(httpx.ConnectError)),
        # httpx calls a body cut short, a malformed response and a dropped connection all RemoteProtocolError.
        ("ClientPayloadError", always(httpx.RemoteProtocolError)),
        ("ClientResponseError", always(httpx.RemoteProtocolError)),
        ("NonHttpUrlClientError", always(httpx.UnsupportedProtocol)),
        ("InvalidURL", always(httpx.LocalProtocolError)),
        ("ClientOSError", always(httpx.ReadError)),
        ("ClientConnectionError", always(httpx.RemoteProtocolError)),
        ("ClientError", always(httpx.TransportError)),
    ]
    rules: list[_Rule] = []
    for name, decide in table:
        cls = getattr(aiohttp, name, None) or getattr(errors, name, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            rules.append((cls, decide))
    return tuple(rules)


def _message(origin: BaseException) -> str:
    if isinstance(origin, aiohttp.ServerDisconnectedError):
        # Its text can be the repr of a half-parsed response, headers and all.
        return "Server disconnected without sending a complete response."
    if isinstance(origin, aiohttp.ClientConnectorError):
        return str(origin.os_error) or str(origin)
    # aiohttp prints its parser errors as "400, message=...": a code of its own, not the server's status.
    if isinstance(origin, aiohttp.ClientResponseError) and origin.message:
        return str(origin.message)
    parser_message = getattr(origin.__cause__, "message", None)
    if isinstance(origin, aiohttp.ClientPayloadError) and isinstance(parser_message, str) and parser_message:
        return f"incomplete response body: {parser_message}"
    return str(origin) or type(origin).__name__
