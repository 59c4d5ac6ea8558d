"""The async client's connection pool, built for a named HTTP backend.

``"httpx"`` is httpx's own transport (httpcore). ``"aiohttp"`` keeps the same ``httpx.AsyncClient`` but
moves the sockets to aiohttp through the SDK's own transport (:mod:`otari._aiohttp`), which is several
times faster under heavy concurrency. ``"auto"`` (the default) is ``"aiohttp"`` when the ``otari[aiohttp]``
extra is installed, else ``"httpx"``. Everything above this module sees only httpx types. aiohttp is
imported only when asked for, so ``import otari`` never loads it.
"""

from __future__ import annotations

import datetime
import functools
import os
import ssl
import time
from typing import Any, Final, cast

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


class _SdkPool:
    """Mixed into the SDK's own ``httpx.Client`` / ``httpx.AsyncClient`` (never into a caller's).

    Nothing but the SDK configures these pools (no ``base_url``, default params, cookies, auth or event
    hooks), so two steps of httpx's per-request work can be skipped without changing what goes out:

    * :meth:`build_request` parses each distinct URL string once (a pool sends to a handful of URLs), adds
      the query as text and merges the default headers as httpx would: the same request for about half of
      httpx's cost (``tests/test_sdk_pool.py`` compares the two). Anything unusual goes to httpx's own.
    * ``send`` (in the subclasses) hands a streamed request without redirects, the only kind the SDK sends,
      straight to the transport. ``response.elapsed`` is then the time until the headers arrived.

    ``cookies`` is a :class:`_Cookieless`.
    """

    _otari_cookies: httpx.Cookies
    _otari_urls: dict[str, httpx.URL]
    _otari_headers: list[tuple[str, tuple[str, str]]]

    def _init_sdk_pool(self, defaults: httpx.Headers) -> None:
        self.cookies = None
        self._otari_urls = {}
        # The pool's default headers (httpx's: Accept, Accept-Encoding...), each with its lower-case name.
        pairs = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in defaults.raw]
        self._otari_headers = [(name.lower(), (name, value)) for name, value in pairs]

    @property
    def cookies(self) -> httpx.Cookies:
        return self._otari_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._otari_cookies = _Cookieless(cookies)

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        if (
            content is not None
            or data is not None
            or cookies is not None
            or extensions is not None
            or not (headers is None or type(headers) is dict)
            or not isinstance(url, str)
            or "?" in url
            or "#" in url
            or not isinstance(timeout, httpx.Timeout)
        ):
            return super().build_request(  # type: ignore[misc,no-any-return]
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                timeout=timeout,
                extensions=extensions,
            )
        if params:
            # What httpx would merge into the URL, as text: parsing the whole string once (and caching it) is
            # far cheaper than httpx's re-parse of the URL with the query added.
            url = f"{url}?{httpx.QueryParams(params)}"  # "?" even when every value is an empty list, as httpx
        parsed = self._otari_urls.get(url)
        if parsed is None:
            if len(self._otari_urls) >= 256:  # ids and queries make URLs many; keep the cache small
                self._otari_urls.clear()
            parsed = self._otari_urls[url] = httpx.URL(url)
        given = cast("dict[str, str] | None", headers)  # a dict (checked above) of str, checked by the flow
        if given:
            # httpx's merge: the defaults not given again, in order, then everything given, in order.
            names = {name.lower() for name in given}
            merged = [pair for lower, pair in self._otari_headers if lower not in names]
            merged += given.items()
        else:
            merged = [pair for _, pair in self._otari_headers]
        return httpx.Request(
            method,
            parsed,
            headers=merged,
            json=json,
            files=files,
            extensions={"timeout": timeout.as_dict()},
        )


def _direct(pool: httpx.Client | httpx.AsyncClient, stream: bool, options: dict[str, Any]) -> bool:
    """Whether ``send`` may go straight to the transport (see :class:`_SdkPool`)."""
    return stream and options == _NO_REDIRECTS and not pool.is_closed


_NO_REDIRECTS: Final = {"follow_redirects": False}


def _answered(request: httpx.Request, response: httpx.Response, started: float) -> httpx.Response:
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


class SyncPool(_SdkPool, httpx.Client):
    """The ``httpx.Client`` an ``Otari`` builds when the caller gives none."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._init_sdk_pool(self.headers)

    def send(self, request: httpx.Request, *, stream: bool = False, **options: Any) -> httpx.Response:
        if not _direct(self, stream, options):
            return super().send(request, stream=stream, **options)
        transport = self._transport_for_url(request.url)
        started = time.perf_counter()
        try:
            response = transport.handle_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        return _answered(request, response, started)


class _AsyncPool(_SdkPool, httpx.AsyncClient):
    """The ``httpx.AsyncClient`` an ``AsyncOtari`` builds when the caller gives none (either backend)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._init_sdk_pool(self.headers)

    async def send(self, request: httpx.Request, *, stream: bool = False, **options: Any) -> httpx.Response:
        if not _direct(self, stream, options):
            return await super().send(request, stream=stream, **options)
        transport = self._transport_for_url(request.url)
        started = time.perf_counter()
        try:
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        return _answered(request, response, started)


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
        from ._aiohttp import AiohttpTransport
    except ImportError as exc:
        raise OtariConfigError(f"http_backend='aiohttp' needs the optional aiohttp dependency: {INSTALL_HINT}") from exc

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
            return AiohttpTransport(**kwargs)

        def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
            if args:  # httpx passes the proxy first, everything else by keyword
                kwargs["proxy"] = args[0]
            return AiohttpTransport(**kwargs)

    return AiohttpAsyncClient
