"""The async client's connection pool, built for a named HTTP backend.

``"httpx"`` is httpx's own transport (httpcore). ``"aiohttp"`` keeps the same ``httpx.AsyncClient`` but
moves the sockets to aiohttp through httpx-aiohttp's transport, which is several times faster under heavy
concurrency. ``"auto"`` (the default) is ``"aiohttp"`` when the ``otari[aiohttp]`` extra is installed,
else ``"httpx"``. Everything above this module sees only httpx types: on the aiohttp backend, failures are
translated here into the httpx exceptions httpx's own transport raises in the same situation, so retries,
error mapping and streams cannot tell the backends apart. aiohttp is imported only when asked for, so
``import otari`` never loads it.
"""

from __future__ import annotations

import functools
import os
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any, Final, NoReturn, TypeAlias

import httpx

from ._exceptions import OtariConfigError

__all__ = ["BACKENDS", "INSTALL_HINT", "SyncPool", "async_http_client", "auto_backend", "malformed", "pool_options"]

BACKENDS: Final = ("auto", "httpx", "aiohttp")
INSTALL_HINT: Final = "pip install 'otari[aiohttp]'"


def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle is most of what building a client costs (~70 ms), so one context serves
    # every client; keyed by the variables httpx reads, so changing them still takes effect.
    return _ssl_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _ssl_context_for(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()


def pool_options(timeout: httpx.Timeout, limits: httpx.Limits) -> dict[str, Any]:
    """Settings for every connection pool the SDK builds itself, sync or async."""
    return {"timeout": timeout, "limits": limits, "verify": _ssl_context()}


class _Cookieless(httpx.Cookies):
    """The cookie store of the pools the SDK builds: responses never put anything in it.

    The gateway's API is stateless; a cookie a proxy sets would only be replayed on every call (and one
    httpx cannot encode breaks every later request). Refusing cookies here rather than through a cookie
    policy also skips the parse of every response through ``http.cookiejar``, a tenth of a call's CPU.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _CookielessPool:
    """Mixed into the SDK's own ``httpx.Client`` / ``httpx.AsyncClient``: ``cookies`` is a :class:`_Cookieless`."""

    _otari_cookies: httpx.Cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._otari_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._otari_cookies = _Cookieless(cookies)


class SyncPool(_CookielessPool, httpx.Client):
    """The ``httpx.Client`` an ``Otari`` builds when the caller gives none."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.cookies = None


class _AsyncPool(_CookielessPool, httpx.AsyncClient):
    """The ``httpx.AsyncClient`` an ``AsyncOtari`` builds when the caller gives none (either backend)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.cookies = None


def malformed(response: httpx.Response) -> httpx.RemoteProtocolError | None:
    """Why an answer's head is not valid HTTP, as the error the transport would raise; None if it is.

    The backends' parsers disagree on these, so the SDK refuses them itself, alike everywhere: a status below
    100 (aiohttp took "000" for a success), both ``Transfer-Encoding`` and ``Content-Length`` (h11 let the
    first win, aiohttp refuses: a sign of response splitting), and a 204 or 304 declaring a body (h11 left
    its bytes on the connection for the next call to trip on, aiohttp refuses).
    """
    status = response.status_code
    headers = response.headers
    if status < 100:
        why = f"a status code below 100 ({status})"
    elif "transfer-encoding" in headers and "content-length" in headers:
        why = "both Transfer-Encoding and Content-Length"
    elif status in (204, 304) and (
        "transfer-encoding" in headers or headers.get("content-length", "0").strip() not in ("", "0")
    ):
        why = f"a body on a {status} answer, which has none"
    else:
        return None
    return httpx.RemoteProtocolError(f"malformed response: {why}", request=response.request)


def async_http_client(
    backend: object,
    http_client: httpx.AsyncClient | None,
    *,
    timeout: httpx.Timeout,
    limits: httpx.Limits,
) -> tuple[httpx.AsyncClient, str]:
    """The pool an ``AsyncOtari`` sends through, and the name of its backend (``client.http_backend``).

    ``http_client`` if the caller gave one (backend ``"custom"``), else a new pool. Raises
    :class:`OtariConfigError` for an unknown backend, for ``"aiohttp"`` together with a caller-supplied
    ``http_client`` (whose transport is already chosen), and for ``"aiohttp"`` when the optional
    dependencies are not installed; ``"auto"`` then quietly uses httpx's transport.
    """
    if not isinstance(backend, str) or backend not in BACKENDS:
        names = ", ".join(repr(name) for name in BACKENDS)
        # The value is not repeated: whatever was passed by mistake (a key?) stays out of the message.
        raise OtariConfigError(f"http_backend must be one of {names} (got another {type(backend).__name__})")
    if http_client is not None:
        if backend == "aiohttp":
            raise OtariConfigError(
                f"http_backend={backend!r} conflicts with http_client: a supplied client already has its "
                "transport; pass one or the other"
            )
        return http_client, "custom"
    if backend == "auto":
        backend = auto_backend()
    if backend == "httpx":
        return _AsyncPool(**pool_options(timeout, limits)), "httpx"
    return _aiohttp_client_class()(**pool_options(timeout, limits)), "aiohttp"


@functools.cache
def auto_backend() -> str:
    """What ``"auto"`` means in this environment: ``"aiohttp"`` when the extra can be imported."""
    try:
        _aiohttp_client_class()
    except OtariConfigError:
        return "httpx"
    return "aiohttp"


@functools.cache
def _aiohttp_client_class() -> type[httpx.AsyncClient]:
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise OtariConfigError(
            f"http_backend='aiohttp' needs the optional aiohttp dependencies: {INSTALL_HINT}"
        ) from exc

    class AiohttpAsyncClient(_AsyncPool):
        """An ``httpx.AsyncClient`` whose transports, proxy ones included, are aiohttp's.

        Overriding httpx's transport factories (rather than passing ``transport=``) keeps httpx's own
        handling of the proxy environment variables (``HTTPS_PROXY``, ``NO_PROXY``...), so the backends
        route requests alike.
        """

        def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            supplied: httpx.AsyncBaseTransport | None = kwargs.pop("transport", None)
            if supplied is not None:
                return supplied
            return _TranslatingTransport(AiohttpTransport(*args, **kwargs))

        def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            if args:  # httpx passes the proxy first, everything else by keyword
                kwargs["proxy"] = args[0]
            return _TranslatingTransport(AiohttpTransport(**kwargs))

    return AiohttpAsyncClient


class _TranslatingTransport(httpx.AsyncBaseTransport):
    """Wraps httpx-aiohttp's transport so that every failure, body reads included, is an httpx one."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            _reraise(exc, sending=True)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _TranslatingStream(response.stream)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _TranslatingStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self.inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.inner:
                yield chunk
        except Exception as exc:
            _reraise(exc, sending=False)

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        except Exception as exc:
            _reraise(exc, sending=False)


def _origin(exc: BaseException) -> BaseException:
    """The aiohttp (or OS) exception behind ``exc``.

    httpx-aiohttp re-raises some aiohttp errors as httpx ones ``from`` the original, but picks the wrong
    class for several (a refused connection becomes ``ConnectTimeout``), so the original decides.
    """
    cause = exc.__cause__
    if isinstance(exc, httpx.HTTPError) and cause is not None and not isinstance(cause, httpx.HTTPError):
        return cause
    return exc


def _reraise(exc: Exception, *, sending: bool) -> NoReturn:
    """Raise the httpx exception httpx's own transport raises for ``exc`` (``exc`` itself if none applies).

    ``sending``: ``exc`` came before the response headers, not while reading the body.
    """
    origin = _origin(exc)
    rule = None if isinstance(origin, httpx.HTTPError) else _rule_for(origin, sending=sending)
    if rule is None:
        raise exc
    cls, message = rule
    raise cls(message) from origin


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
    import aiohttp
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
    import aiohttp

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
