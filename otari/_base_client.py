"""Performing a :class:`~otari._calls.Call`: headers, timeouts, retries, error mapping.

The whole decision logic is one generator, :meth:`BaseClient._flow`, that never touches the
network: it yields small I/O orders (send this request, read that body, sleep) and receives their
results. ``SyncTransport`` and ``AsyncTransport`` are the only places that do I/O, each a short
loop that carries out those orders, so the sync and async clients share every rule by construction.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import httpx

from ._api_root import ApiRoot, AwaitDiscovery, Lease, is_route_miss, rooted
from ._calls import Call, check_timeout
from ._config import USER_AGENT, ClientConfig
from ._errors import (
    is_event_stream,
    make_status_error,
    map_transport_error,
    no_api_root_error,
    not_an_event_stream,
    outcome_unknown,
    parse_retry_after,
    redact_error,
)
from ._exceptions import APIConnectionError, APITimeoutError, OtariConfigError, OtariError
from ._ids import with_ids
from ._limits import DEFAULT_LIMITS as DEFAULT_RESPONSE_LIMITS
from ._limits import BodyCollector, ResponseLimits
from ._logging import logger
from ._types import NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from typing_extensions import TypeIs

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0
RETRY_STATUSES = frozenset({408, 429})
# Methods whose effect may happen twice if sent twice; once the gateway has answered them with a success
# status they are never resent, whatever happens to the body.
_NOT_IDEMPOTENT = frozenset({"POST", "PATCH"})

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """Send ``request`` and return the response with its body not yet read.

    ``deadline``: the ``time.monotonic()`` by which the headers must have arrived (None: no wall-clock bound).
    """

    request: httpx.Request
    deadline: float | None = None


@dataclass(frozen=True, slots=True)
class Read:
    """Read ``response``'s body into ``response.content`` (see :class:`~otari._limits.BodyCollector` for
    ``limit``/``keep_prefix``/``deadline``), then release its connection."""

    response: httpx.Response
    limit: int = DEFAULT_RESPONSE_LIMITS.max_body_bytes
    keep_prefix: bool = False
    deadline: float | None = None

    def collector(self) -> BodyCollector:
        return BodyCollector(self.response, self.limit, self.keep_prefix, self.deadline)


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class OpenStream:
    """The final outcome of a streaming call: the transport wraps the open response in its stream class."""

    response: httpx.Response
    call: Call[Any]


IOOrder: TypeAlias = Send | Read | Sleep | AwaitDiscovery
Flow: TypeAlias = Generator[IOOrder, Any, Any]


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """The HTTP details of a call made through ``client.with_raw_response``.

    ``parse()`` returns what the plain method would have returned (``T``).
    """

    http_response: httpx.Response
    _parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The result the plain method returns: the typed model, list, bytes or stream."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url.path}>"


def is_raw(outcome: object) -> TypeIs[RawResponse[Any]]:
    """A result of a call made through ``with_raw_response``."""
    return isinstance(outcome, RawResponse)


def _retryable_status(status: int) -> bool:
    return status in RETRY_STATUSES or 500 <= status <= 599


def _retryable_error(exc: httpx.HTTPError) -> bool:
    # A read timeout means the gateway is working on it: sending the call again would pay twice for
    # a slow model and multiply the wait. Connection-level failures never reached a model. A request
    # we could not even write (bad header, bad URL scheme) fails the same way every time.
    if isinstance(exc, httpx.ReadTimeout | httpx.PoolTimeout | httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        return False
    return isinstance(exc, httpx.TransportError)


# Anything but a tab or printable ASCII: h11 refuses CR, LF and NUL (quoting the whole value, credential
# and all, in its error) and httpx refuses non-ASCII (with the value in the exception's repr).
_UNSENDABLE = re.compile(r"[^\t\x20-\x7e]")
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _check_credentials(config: ClientConfig) -> None:
    for label, secret in (
        ("the API key (api_key / otari_key, or OTARI_AI_TOKEN / GATEWAY_API_KEY)", config.credential),
        ("the admin key (admin_key or GATEWAY_ADMIN_KEY)", config.admin_credential),
    ):
        if secret is not None and _UNSENDABLE.search(secret.reveal()):
            raise OtariConfigError(
                f"{label} contains a character an HTTP header cannot carry (a newline, control or non-ASCII "
                "character): check it for stray whitespace or a copy-paste accident"
            )


def _header_problem(headers: Mapping[str, str]) -> str | None:
    """What makes ``headers`` unsendable, or None.

    Returned rather than raised, so the caller can drop the header map (credential included) before raising:
    error reporters that record each traceback frame's locals would otherwise capture the key.
    """
    for name, value in headers.items():
        # Checked here so that every backend refuses the same names (aiohttp would send "Bad Name").
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):  # pyright: ignore[reportUnnecessaryIsInstance]
            # Not quoted either: a credential passed as a name by mistake would end up in logs.
            return (
                "a header name is not valid HTTP: names are made of letters, digits and !#$%&'*+-.^_`|~ "
                "(check extra_headers / default_headers)"
            )
        if not isinstance(value, str) or _UNSENDABLE.search(value):  # pyright: ignore[reportUnnecessaryIsInstance]
            # Never quote the value: it may be a credential passed through extra_headers/default_headers.
            return (
                f"header {name!r} has a value that cannot be sent over HTTP: it must be a string of printable "
                "ASCII characters (no newline, control or non-ASCII character)"
            )
    return None


def backoff_delay(retry: int, headers: Mapping[str, str] | None) -> float:
    """Seconds to wait before retry number ``retry`` (0-based)."""
    if headers is not None:
        hinted = parse_retry_after(headers)
        if hinted is not None and 0 <= hinted <= RETRY_AFTER_CAP:
            return hinted
    delay: float = min(BACKOFF_CAP, BACKOFF_BASE * 2.0**retry)
    # Jitter spreads the retries of many clients that failed together.
    return delay * (1.0 - 0.25 * random.random())


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    check_timeout(value)
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    # A short overall timeout also bounds connecting; a long one keeps the 5 s connect default.
    return httpx.Timeout(float(value), connect=min(float(value), 5.0))


class BaseClient:
    """State and rules shared by both clients; subclasses add the I/O loop."""

    _config: ClientConfig
    _timeout: httpx.Timeout
    _max_retries: int
    _default_headers: dict[str, str]
    _raw: bool
    _limits: ResponseLimits
    _api_root: ApiRoot

    def _init_base(
        self,
        config: ClientConfig,
        *,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        _check_credentials(config)
        if response_limits is not None and not isinstance(response_limits, ResponseLimits):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"response_limits must be an otari.ResponseLimits, got {type(response_limits).__name__}")
        self._limits = response_limits or DEFAULT_RESPONSE_LIMITS
        self._config = config
        self._timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else to_timeout(timeout)
        if max_retries is None:
            max_retries = DEFAULT_MAX_RETRIES
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"max_retries must be a non-negative int, got {max_retries!r}")
        self._max_retries = max_retries
        if default_headers is not None and not isinstance(default_headers, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"default_headers must be a mapping, got {type(default_headers).__name__}")
        self._default_headers = dict(default_headers or {})
        self._raw = False
        self._api_root = ApiRoot(config.api_root)

    # -- public read-only state --------------------------------------------------------------------

    @property
    def platform_mode(self) -> bool:
        """True when talking to the hosted platform with a platform token."""
        return self._config.platform_mode

    @property
    def base_url(self) -> str:
        """The gateway's URL without the API root: the origin plus any path prefix (``/gateway``)."""
        return self._config.base_url

    @property
    def api_root(self) -> str | None:
        """``"/api/v1"`` or ``"/v1"``: where the gateway serves the API; None until the first call finds out.

        A ``base_url`` ending in one of them pins it; otherwise the first call discovers it.
        """
        return self._api_root.known

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    # -- request building ---------------------------------------------------------------------------

    def _headers(self, call: Call[Any]) -> dict[str, str]:
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "text/event-stream" if call.stream in ("chat", "events") else "application/json",
        }
        headers.update(self._config.admin_headers() if call.admin else self._config.auth_headers())
        headers.update(self._default_headers)
        headers.update(call.headers)
        if call.options.extra_headers:
            headers.update(call.options.extra_headers)
        problem = _header_problem(headers)
        if problem is not None:
            del headers
            raise ValueError(problem)
        return headers

    def _url(self, call: Call[Any], root: str) -> str:
        # The one place the API root meets the core's paths, which the spec writes under /v1.
        return self._config.base_url + rooted(call.url, root)

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], root: str) -> httpx.Request:
        params = dict(call.params or {})
        if call.options.extra_query:
            params.update(call.options.extra_query)
        timeout = self._timeout if isinstance(call.options.timeout, NotGiven) else to_timeout(call.options.timeout)
        headers = self._headers(call)
        try:
            return http.build_request(
                call.method,
                self._url(call, root),
                params=params or None,
                json=call.json if call.files is None else None,
                files=call.files,
                headers=headers,
                timeout=timeout,
            )
        except httpx.InvalidURL as exc:
            # Too long, or a character no URL can carry: the text may quote the URL (and the query).
            reason = "it is too long" if "too long" in str(exc).lower() else "it has a character a URL cannot carry"
            raise ValueError(
                f"{call.method} {call.url} cannot be sent: {reason} (check base_url, ids and extra_query)"
            ) from None
        except UnicodeEncodeError:
            # Our own headers are checked above, so this is a cookie a server set earlier that httpx kept in
            # the client's jar and cannot send back. The exception would carry the cookie's value.
            pass
        raise APIConnectionError(
            f"Connection error: {call.method} {call.url} could not be sent: a cookie set by an earlier response "
            "has non-ASCII characters (clear the HTTP client's cookies)"
        )

    # -- the shared decision logic ------------------------------------------------------------------

    def _flow(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any]) -> Flow:
        """Send ``call`` under the gateway's API root (discovering it first if no one knows it yet).

        Returns its parsed result or an OpenStream. Whatever error it raises has the client's own
        credentials redacted, server-sent text included.
        """
        try:
            lease = yield from self._api_root.lease()
            try:
                return (yield from self._exchange(http, call, lease))
            finally:
                lease.release()
        except OtariError as exc:
            redact_error(exc, self._config.secrets())
            raise

    def _exchange(self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], lease: Lease) -> Flow:
        """Send ``call`` under ``lease.root``, retrying what is safe to retry."""
        max_retries = self._max_retries if call.options.max_retries is None else call.options.max_retries
        retry = 0
        resend: httpx.Request | None = None
        while True:
            request = resend or self._build_request(http, call, lease.root)
            resend = None
            if lease.probing:
                request = _in_memory(request)
            failure: APIConnectionError | None = None
            answered: int | None = None  # the status, once the response headers arrived
            response: httpx.Response | None = None
            # The attempt's wall-clock bound (the read timeout): for a stream, until its headers.
            seconds = request.extensions.get("timeout", {}).get("read")
            deadline = None if seconds is None else time.monotonic() + seconds
            try:
                sent: httpx.Response = yield Send(request, deadline)
                response = sent
                answered = sent.status_code
                limits = self._limits
                if sent.status_code >= 300 or (call.stream and not _streamed(call, sent)):
                    yield Read(sent, limits.max_error_body_bytes, True, deadline)
                elif not call.stream:
                    yield Read(sent, limits.max_body_bytes, False, deadline)
            except httpx.HTTPError as exc:
                if answered is not None and answered < 300 and request.method in _NOT_IDEMPOTENT:
                    # The gateway accepted the call (a completion may be billed, a key created): sending it
                    # again could do it twice, so the caller has to decide.
                    raise outcome_unknown(exc, answered) from exc
                if retry < max_retries and _retryable_error(exc):
                    delay = backoff_delay(retry, None)
                    _log_retry(call, request, delay, retry, max_retries, type(exc).__name__)
                    retry += 1
                    yield Sleep(delay)
                    continue
                if not isinstance(exc, httpx.LocalProtocolError):
                    raise map_transport_error(exc) from exc
                failure = map_transport_error(exc)
                failure.__cause__ = None
            if failure is not None:
                # h11 quotes the offending header value, which can be the credential: raised outside the
                # except block, with no cause, so neither __cause__ nor __context__ carries that text.
                raise failure
            assert response is not None  # every path without a response raised above
            status = response.status_code
            if lease.probing:
                if is_route_miss(response):
                    if not lease.next_root():
                        raise no_api_root_error(self._config.base_url, response, request)
                    resend = self._reroot(request, call, lease.root)
                    continue
                lease.answered(status)
            if status >= 300:
                if retry < max_retries and _retryable_status(status):
                    delay = backoff_delay(retry, response.headers)
                    _log_retry(call, request, delay, retry, max_retries, f"HTTP {status}")
                    retry += 1
                    yield Sleep(delay)
                    continue
                raise make_status_error(status, response.headers, response.content, route=call.route, request=request)
            logger.debug("%s %s -> %d", request.method, request.url.path, status)
            if call.stream:
                if not _streamed(call, response):
                    raise not_an_event_stream(response)
                outcome: Any = OpenStream(response, call)
            else:
                outcome = with_ids(call.parse(response), response.headers)
            return RawResponse(response, outcome) if self._raw else outcome

    def _reroot(self, request: httpx.Request, call: Call[Any], root: str) -> httpx.Request:
        """``request`` as it was sent (same headers, same body bytes), under another API root."""
        url = httpx.URL(self._url(call, root)).copy_with(query=request.url.query or None)
        # The body was read into memory before the first send (see _in_memory): the same bytes go again.
        resent = httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
        )
        resent.read()  # marks it as in memory, so that no transport sends it chunked
        return resent


def _in_memory(request: httpx.Request) -> httpx.Request:
    """``request`` with its body read into memory (once), so that a resend carries the very same bytes.

    An upload from an open file could not be read a second time from a pipe, and a multipart body built
    again would get a new boundary.
    """
    if isinstance(request.stream, httpx.ByteStream):  # JSON and empty bodies already are
        return request
    content = request.read()
    headers = request.headers.copy()
    headers.pop("transfer-encoding", None)  # the length is known now: Content-Length instead of chunks
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=request.extensions)


def _streamed(call: Call[Any], response: httpx.Response) -> bool:
    """Whether a successful response is left open for the caller to read: a download ("bytes") is any
    media type; an SSE call must get an event stream."""
    return call.stream == "bytes" or (call.stream is not None and is_event_stream(response))


def _log_retry(call: Call[Any], request: httpx.Request, delay: float, retry: int, limit: int, reason: str) -> None:
    logger.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        request.url.path,
        delay,
        retry + 1,
        limit,
        reason,
    )


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APITimeoutError",
    "BaseClient",
    "OpenStream",
    "RawResponse",
    "Read",
    "Send",
    "Sleep",
]
