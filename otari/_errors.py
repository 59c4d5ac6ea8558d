"""The pure functions that turn wire failures into otari's exceptions (defined in :mod:`otari._exceptions`).

Everything here is free of I/O so the sync client, the async client and the streams share one mapping.
The rules come from what a real gateway sends (``tests/fixtures/wire``), summarised in api.md §6.

Secrets: no message, ``str()`` or ``repr()`` built here ever includes a request header value or a URL query
string. Response bodies are kept on ``.body`` for callers but are never rendered (a failed
``keys.create`` body can hold a fresh key).
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final, Literal, cast
from urllib.parse import quote

import httpx

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchNotCompleteError,
    ConflictError,
    GatewayTimeoutError,
    HeadersLike,
    InsufficientFundsError,
    ModelNotFoundError,
    NotFoundError,
    OtariError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StreamError,
    UnprocessableEntityError,
    UnsupportedCapabilityError,
    UpstreamProviderError,
    coerce_headers,
)
from ._json import is_array, is_object, is_tuple

if TYPE_CHECKING:
    from typing import TypedDict

    # Type-checking only: building TypedDicts at import costs milliseconds on every client start.
    class _ResponseKwargs(TypedDict, total=False):
        body: object
        headers: HeadersLike | None
        request: httpx.Request | None
        error_type: str | None


__all__ = [
    "RouteKind",
    "is_event_stream",
    "make_status_error",
    "not_an_event_stream",
    "outcome_unknown",
    "map_transport_error",
    "no_api_root_error",
    "parse_retry_after",
    "redact_error",
    "stream_error_from_payload",
    "validation_error_from_exception",
]

RouteKind = Literal["inference", "batch", "control", "files"]
"""Which family of gateway routes a request went to; a few statuses mean different things per family."""


# Gateway-generated details are short sentences, but a provider message passed through can be long; a cap
# keeps one runaway body from flooding logs. Non-JSON bodies (proxy HTML pages) get a much tighter cap.
_MAX_DETAIL_CHARS: Final = 1000
_MAX_TEXT_CHARS: Final = 200
# Error bodies are small; beyond this we do not spend CPU parsing JSON or scanning markup.
_MAX_PARSE_BYTES: Final = 1 << 20

# A validation list can be as long as the request; the first few say what is wrong.
_MAX_FIELD_ERRORS: Final = 20

# Header names whose values are credentials; redacted from any text we did not write ourselves.
_SECRET_HEADER_HINTS: Final = ("auth", "key", "token", "secret", "cookie", "password", "session")
_AUTH_SCHEMES: Final = frozenset({"bearer", "basic", "token", "digest"})


@functools.cache
def _rx(pattern: str) -> re.Pattern[str]:
    """Compile on first use: compiling every pattern up front would add ~10 ms to each client start."""
    return re.compile(pattern)


# --------------------------------------------------------------------------------------------------------
# HTTP status -> exception
# --------------------------------------------------------------------------------------------------------

_UNSUPPORTED_RE: Final = (
    r"(?i)\bprovider\s+['\"]?(?P<provider>[^'\"\s]+)['\"]?\s+does not support\s+(?:the\s+)?(?P<capability>[^.]+)"
)
_BATCH_NOT_COMPLETE_RE: Final = (
    r"Batch\s+'(?P<batch_id>[^']+)'\s+is not yet complete(?:\s*\(status:\s*(?P<status>[^)\s]+)\s*\))?"
)
_BUDGET_EXCEEDED: Final = "has exceeded budget limit"
# 404s on inference routes that are not about the model: an unknown `user` sent with the master key, and
# FastAPI's default body for a route that does not exist (e.g. a wrong base_url prefix).
_USER_NOT_FOUND_RE: Final = r"(?s)^User '.*' not found$"
_ROUTE_NOT_FOUND: Final = "Not Found"

_HINT_AUTH: Final = "check the api_key / otari_key argument or OTARI_AI_TOKEN / GATEWAY_API_KEY"
_HINT_ADMIN: Final = "control-plane calls need the master key: pass admin_key= or set GATEWAY_ADMIN_KEY"
_HINT_PRICING: Final = "configure pricing for this model (client.pricing.set) or enable default pricing"
_HINT_BUDGET: Final = "raise the user's budget or wait for the budget period to reset"
_ROOTS: Final = "/api/v1 (gateways from September 2026, the hosted platform) or /v1 (earlier gateways)"
_HINT_ROUTE: Final = (
    f"the gateway has no such route: check base_url. The API is served under {_ROOTS}; "
    "end base_url with the one yours uses, or give only its origin to detect it"
)
_HINT_BATCH: Final = "wait_for_batch() waits until results are ready"


def make_status_error(
    status_code: int,
    headers: HeadersLike,
    content: bytes,
    *,
    route: RouteKind,
    request: httpx.Request | None = None,
) -> APIStatusError:
    """Build the exception for an error response. Pure, and never raises, whatever the input."""
    try:
        return _build_status_error(status_code, headers, content, route=route, request=request)
    except Exception:
        # A bug in the mapping must never mask the gateway's error; degrade to a generic one.
        return APIStatusError(_reason_phrase(status_code), status_code=status_code, request=request)


def no_api_root_error(base_url: str, response: httpx.Response, request: httpx.Request) -> NotFoundError:
    """Both API roots were route misses at ``base_url``: probably not an otari gateway, or one under another path."""
    try:
        where = _safe_url(httpx.URL(base_url)).rstrip("/")
    except Exception:
        where = "base_url"
    body, _ = _parse_body(response.content, response.headers)
    return NotFoundError(
        f"Not Found: neither /api/v1 nor /v1 exists at {where}",
        status_code=response.status_code,
        body=body,
        headers=response.headers,
        request=request,
        hint=f"is base_url the otari gateway, with any path prefix it is served under? To pin a root, end base_url "
        f"with {_ROOTS}",
    )


def _build_status_error(
    status_code: int,
    headers: HeadersLike,
    content: bytes,
    *,
    route: RouteKind,
    request: httpx.Request | None,
) -> APIStatusError:
    hdrs = coerce_headers(headers)
    body, is_json = _parse_body(content, hdrs)
    message, error_type, field_errors = _extract_message(body) if is_json else (None, None, None)
    if message:
        message = _one_line(message, _MAX_DETAIL_CHARS)
    if not message and body is not None:
        # JSON we cannot read a message from is shown as sent (briefly) rather than as a bare reason phrase.
        text = body if isinstance(body, str) else _decode(content[:_MAX_PARSE_BYTES], hdrs)
        message = _text_message(text, looks_like_html=not is_json and _is_html(text, hdrs))
    if not message:
        message = _reason_phrase(status_code)

    hint: str | None
    common: _ResponseKwargs = {"body": body, "headers": hdrs, "request": request, "error_type": error_type}

    if status_code in (400, 422):
        unsupported = _rx(_UNSUPPORTED_RE).search(message)
        if unsupported:
            return UnsupportedCapabilityError(
                message,
                status_code=status_code,
                provider=unsupported["provider"],
                capability=unsupported["capability"].strip(),
                **common,
            )
    if status_code == 400:
        return BadRequestError(message, status_code=status_code, **common)
    if status_code == 401:
        hint = _HINT_ADMIN if route == "control" else _HINT_AUTH
        return AuthenticationError(message, status_code=status_code, hint=hint, **common)
    if status_code == 402:
        hint = None if "pricing" in message.lower() else _HINT_PRICING
        return InsufficientFundsError(message, status_code=status_code, hint=hint, **common)
    if status_code == 403:
        if _BUDGET_EXCEEDED in message.lower():
            return InsufficientFundsError(message, status_code=status_code, hint=_HINT_BUDGET, **common)
        return PermissionDeniedError(message, status_code=status_code, **common)
    if status_code == 404:
        if message == _ROUTE_NOT_FOUND:
            return NotFoundError(message, status_code=status_code, hint=_HINT_ROUTE, **common)
        if route == "inference" and not _rx(_USER_NOT_FOUND_RE).match(message):
            return ModelNotFoundError(message, status_code=status_code, **common)
        return NotFoundError(message, status_code=status_code, **common)
    if status_code == 409:
        if route == "batch":
            found = _rx(_BATCH_NOT_COMPLETE_RE).search(message)
            return BatchNotCompleteError(
                message,
                status_code=status_code,
                batch_id=found["batch_id"] if found else None,
                status=found["status"] if found else None,
                hint=_HINT_BATCH,
                **common,
            )
        return ConflictError(message, status_code=status_code, **common)
    if status_code == 422:
        return UnprocessableEntityError(message, status_code=status_code, errors=field_errors, **common)
    if status_code == 429:
        retry_after = parse_retry_after(hdrs)
        hint = None if retry_after is None else f"retry after {retry_after:g}s"
        return RateLimitError(message, status_code=status_code, retry_after=retry_after, hint=hint, **common)
    if 300 <= status_code <= 399:
        return APIStatusError(message, status_code=status_code, hint=_redirect_hint(hdrs, request), **common)
    if status_code == 504:
        return GatewayTimeoutError(message, status_code=status_code, **common)
    if 500 <= status_code <= 599:
        return UpstreamProviderError(message, status_code=status_code, **common)
    return APIStatusError(message, status_code=status_code, **common)


def _redirect_hint(headers: httpx.Headers, request: httpx.Request | None) -> str:
    location = headers.get("location")
    if not location:
        return "the SDK never follows redirects: fix base_url to the gateway's own address"
    try:
        target = httpx.URL(location) if request is None else request.url.join(location)
        where = _safe_url(target)
    except Exception:
        where = "an unreadable Location"
    return f"redirected to {where}; the SDK never follows redirects: fix base_url to point there"


def is_event_stream(response: httpx.Response) -> bool:
    """The answer to a streaming request really is a stream of server-sent events."""
    return "text/event-stream" in response.headers.get("content-type", "").lower()


def not_an_event_stream(response: httpx.Response) -> ResponseValidationError:
    """The error for a success status whose body is not an event stream (read beforehand)."""
    content = response.content
    content_type = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
    body, is_json = _parse_body(content, response.headers)
    detail = _extract_message(body)[0] if is_json else None
    if not detail and isinstance(body, str):
        detail = _text_message(body, looks_like_html=_is_html(body, response.headers)) or None
    if response.status_code == 200 and is_json and is_object(body) and "detail" not in body:
        what = "a whole JSON body (the server or a proxy ignored stream=true)"
    elif not content:
        what = "an empty body"
    else:
        what = f"{content_type}"
    reason = f"expected text/event-stream, got HTTP {response.status_code} with {what}"
    if content and what != content_type:
        reason += f" ({content_type})"
    if detail:
        reason += f": {_one_line(detail, _MAX_TEXT_CHARS)}"
    return ResponseValidationError("event stream", None, response.status_code, body, reason)


def outcome_unknown(exc: httpx.HTTPError, status_code: int) -> APIConnectionError:
    """The error for a non-idempotent call whose success answer broke off while its body was read."""
    mapped = map_transport_error(exc)
    text = (
        f"{mapped.message} — the gateway had answered HTTP {status_code}, so the request was received and "
        "the outcome is unknown (it may have taken effect: a completion billed, a key created); it was not "
        "sent again"
    )
    error = type(mapped)(text, request=mapped.request)
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error


def _parse_body(content: bytes, headers: httpx.Headers) -> tuple[object, bool]:
    """The body as JSON when it is JSON, else as text; None when empty. The bool says which."""
    if not content:
        return None, False
    if len(content) <= _MAX_PARSE_BYTES:
        try:
            return json.loads(content), True
        except (ValueError, RecursionError):
            pass
    return _decode(content, headers), False


_CHARSET_RE: Final = r"(?i)charset\s*=\s*[\"']?([\w.:-]+)"


def _decode(content: bytes, headers: httpx.Headers) -> str:
    """The body as text in its declared charset, falling back to UTF-8; undecodable bytes become U+FFFD."""
    found = _rx(_CHARSET_RE).search(headers.get("content-type", ""))
    if found:
        try:
            return content.decode(found[1], errors="replace")
        except (LookupError, TypeError, ValueError):
            pass  # unknown, or not a text encoding at all (charset=rot13, charset=base64)
    return content.decode("utf-8", errors="replace")


def _extract_message(body: object) -> tuple[str | None, str | None, list[dict[str, Any]] | None]:
    """(message, error_type, field_errors) from a parsed JSON error body; None where absent."""
    if not is_object(body):
        return None, None, None
    detail = body.get("detail")
    if isinstance(detail, str) and detail.strip():
        return detail, None, None
    if is_array(detail):
        errors = [item for item in detail if is_object(item)]
        return _join_field_errors(detail) or None, None, errors
    if is_object(detail):
        message, error_type = _from_error_object(detail)
        if message:
            return message, error_type, None
    message, error_type = _from_error_object(body)
    return message, error_type, None


def _from_error_object(obj: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Read an Anthropic ``{"type": "error", "error": {...}}`` or OpenAI ``{"error": {...}}`` object."""
    inner = obj.get("error")
    if is_object(inner):
        message, error_type = inner.get("message"), inner.get("type")
        return (
            message if isinstance(message, str) and message.strip() else None,
            error_type if isinstance(error_type, str) else None,
        )
    if isinstance(inner, str) and inner.strip():
        return inner, None
    message, error_type = obj.get("message"), obj.get("type")
    if isinstance(message, str) and message.strip():
        return message, error_type if isinstance(error_type, str) and error_type != "error" else None
    return None, None


def _join_field_errors(items: Iterable[object]) -> str:
    """FastAPI validation items as ``body.messages: Field required; body.model: ...``."""
    parts: list[str] = []
    for index, item in enumerate(items):
        if index == _MAX_FIELD_ERRORS:
            parts.append("…")
            break
        if is_object(item):
            loc, msg = item.get("loc"), item.get("msg")
            if is_array(loc):
                where = ".".join(str(p) for p in loc)
            else:
                where = "" if loc is None else str(loc)
            text = msg if isinstance(msg, str) else _compact_json(item if msg is None else msg)
            parts.append(f"{where}: {text}" if where else text)
        else:
            parts.append(_compact_json(item))
    return "; ".join(parts)


def _compact_json(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))[:_MAX_DETAIL_CHARS]
    except (TypeError, ValueError, RecursionError):
        return type(value).__name__


# Hand-rolled scanning instead of one regex with lazy ".*?" spans: those backtrack quadratically on a
# hostile body ("<title>" repeated, "<" without ">"), and this code runs on whatever a proxy sends.
_TITLE_OPEN_RE: Final = r"(?i)<title\b[^<>]*>"
_TITLE_CLOSE_RE: Final = r"(?i)</title"
_BLOCK_OPEN_RE: Final = r"(?i)<(script|style)\b"
_BLOCK_CLOSE_RE: Final = {"script": r"(?i)</script", "style": r"(?i)</style"}
_TAG_RE: Final = r"<[^<>]*>"
# Only the start of a non-JSON body is summarised; the message is capped far below this anyway.
_MAX_SCAN_CHARS: Final = 64 * 1024


def _is_html(text: str, headers: httpx.Headers) -> bool:
    return "html" in headers.get("content-type", "").lower() or text.lstrip()[:1] == "<"


def _text_message(text: str, *, looks_like_html: bool) -> str:
    """A short one-line summary of a non-JSON body: an HTML page's title or text, never the page itself."""
    text = text[:_MAX_SCAN_CHARS]
    if looks_like_html:
        text = html.unescape(_html_title(text) or _rx(_TAG_RE).sub(" ", _drop_blocks(text)))
    # Undecodable bytes decode to U+FFFD; a binary body should fall back to the reason phrase instead.
    return _one_line(text.replace("\ufffd", " "), _MAX_TEXT_CHARS)


def _html_title(text: str) -> str | None:
    opened = _rx(_TITLE_OPEN_RE).search(text)
    if opened is None:
        return None
    closed = _rx(_TITLE_CLOSE_RE).search(text, opened.end())
    if closed is None:
        return None
    title = text[opened.end() : closed.start()]
    return title if title.strip() else None


def _drop_blocks(text: str) -> str:
    """``text`` without ``<script>`` / ``<style>`` contents (their code is not a message)."""
    kept: list[str] = []
    pos = 0
    while (opened := _rx(_BLOCK_OPEN_RE).search(text, pos)) is not None:
        kept.append(text[pos : opened.start()])
        closed = _rx(_BLOCK_CLOSE_RE[opened[1].lower()]).search(text, opened.end())
        if closed is None:
            return " ".join(kept)
        pos = closed.start()  # the closing tag itself is removed with the other tags
    kept.append(text[pos:])
    return " ".join(kept)


def _one_line(text: str, limit: int) -> str:
    # A generous prefix is enough to fill `limit` characters after whitespace collapses.
    text = text.strip()[: limit * 4]
    # Control characters would let a hostile body rewrite a terminal or forge log lines.
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _reason_phrase(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return f"HTTP status {status_code}"


# --------------------------------------------------------------------------------------------------------
# Retry-After
# --------------------------------------------------------------------------------------------------------

_NUMBER_RE: Final = r"(?a)[+-]?(?:\d+(?:\.\d*)?|\.\d+)"


def parse_retry_after(headers: HeadersLike, now: datetime | None = None) -> float | None:
    """Seconds the server asked us to wait, or None when it did not say (or said something unreadable).

    ``retry-after-ms`` (milliseconds) wins over ``retry-after``, which is seconds or an HTTP date (taken
    relative to ``now``, default the current time). Never negative: a past date gives 0.0.
    """
    try:
        hdrs = coerce_headers(headers)
        millis = _parse_number(hdrs.get("retry-after-ms"))
        if millis is not None:
            return millis / 1000.0
        value = hdrs.get("retry-after")
        if value is None:
            return None
        seconds = _parse_number(value)
        if seconds is not None:
            return seconds
        return _seconds_until(value, now)
    except Exception:
        # Garbage from the network must never turn into a crash in the retry loop.
        return None


def _parse_number(value: str | None) -> float | None:
    if value is None or not _rx(_NUMBER_RE).fullmatch(value.strip()):
        return None
    number = float(value)
    return max(number, 0.0) if math.isfinite(number) else None


def _seconds_until(value: str, now: datetime | None) -> float | None:
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


# --------------------------------------------------------------------------------------------------------
# Transport failures
# --------------------------------------------------------------------------------------------------------

_URL_IN_TEXT_RE: Final = r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+"


def map_transport_error(exc: httpx.HTTPError) -> APIConnectionError:
    """Turn an httpx failure without a response into an ``APIConnectionError`` (``APITimeoutError`` for
    timeouts) whose message says what happened and where, and whose ``__cause__`` is ``exc``.

    The URL is reduced to scheme, host, port and path: query strings and credentials never appear.
    """
    request = _request_of(exc)
    where = _safe_url(request.url) if request is not None else "the gateway"
    # h11 quotes the offending header value in LocalProtocolError, which can be the credential itself.
    detail = "" if isinstance(exc, httpx.LocalProtocolError) else _scrub(str(exc), request)
    why = f" ({detail})" if detail else ""

    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            text = f"Request timed out: could not connect to {where} in time — is the gateway reachable?"
        elif isinstance(exc, httpx.ReadTimeout):
            text = f"Request timed out: {where} did not answer in time — pass a larger timeout= if it is slow"
        elif isinstance(exc, httpx.WriteTimeout):
            text = f"Request timed out while sending the request to {where}"
        elif isinstance(exc, httpx.PoolTimeout):
            text = (
                f"Request timed out waiting for a free connection to {where} — too many concurrent requests "
                "for the connection pool"
            )
        else:
            text = f"Request timed out talking to {where}"
        error = APITimeoutError(text, request=request)
    else:
        if isinstance(exc, httpx.ConnectError):
            text = (
                f"Connection error: could not connect to {where}{why} — is the gateway running and is base_url correct?"
            )
        elif isinstance(exc, httpx.UnsupportedProtocol):
            text = f"Connection error: unsupported URL {where} — base_url must start with http:// or https://"
        elif isinstance(exc, httpx.ProxyError):
            text = f"Connection error: the proxy failed for {where}{why}"
        elif isinstance(exc, httpx.RemoteProtocolError):
            text = (
                f"Connection error: {where} closed the connection or sent a malformed response{why} "
                "— is base_url an HTTP(S) otari gateway?"
            )
        elif isinstance(exc, httpx.LocalProtocolError):
            text = f"Connection error: the request to {where} could not be sent (invalid request or header)"
        elif isinstance(exc, httpx.ReadError):
            text = f"Connection error: reading the response from {where} failed{why}"
        elif isinstance(exc, httpx.WriteError):
            text = f"Connection error: sending the request to {where} failed{why}"
        elif isinstance(exc, httpx.DecodingError):
            text = f"Connection error: could not decode the response body from {where}{why}"
        elif isinstance(exc, httpx.TooManyRedirects):
            text = f"Connection error: too many redirects from {where}"
        else:
            text = f"Connection error: {type(exc).__name__} talking to {where}{why}"
        error = APIConnectionError(text, request=request)
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error


# Shorter values are not hunted for in text: replacing every "k" of a one-letter test key would only
# garble messages.
_MIN_REDACTED_CHARS: Final = 6
REDACTED: Final = "[redacted]"


def redact_error(exc: BaseException, secrets: Iterable[str]) -> None:
    """Replace every ``secrets`` value in ``exc`` (and its cause/context chain), in place: ``args``,
    ``message``, ``body`` and every other text attribute, however deeply nested in the body."""
    found = sorted({s for s in secrets if len(s) >= _MIN_REDACTED_CHARS}, key=len, reverse=True)
    if not found:
        return
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        pending += [error.__cause__, error.__context__]
        if not isinstance(error, OtariError):
            # Someone else's exception (httpx, aiohttp): only plain text arguments are safe to rewrite.
            if all(isinstance(arg, str) for arg in error.args):
                error.args = tuple(_redact_value(arg, found) for arg in error.args)
            continue
        error.args = tuple(_redact_value(arg, found) for arg in error.args)
        for name, value in list(vars(error).items()):
            if isinstance(value, str | bytes | list | dict | tuple):
                setattr(error, name, _redact_value(value, found))
            elif isinstance(value, httpx.Headers):
                items = [(k, _redact_value(v, found)) for k, v in value.multi_items()]
                setattr(error, name, httpx.Headers(items))


def _redact_value(value: Any, secrets: list[str], depth: int = 0) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, bytes):
        for secret in secrets:
            raw = secret.encode("utf-8", "replace")
            if raw in value:
                value = value.replace(raw, REDACTED.encode())
        return value
    if depth > 50:  # a body nested deeper than any real one is cut off rather than walked
        return REDACTED
    if is_object(value):
        return {_redact_value(k, secrets, depth + 1): _redact_value(v, secrets, depth + 1) for k, v in value.items()}
    if is_array(value):
        return [_redact_value(item, secrets, depth + 1) for item in value]
    if is_tuple(value) and type(value) is tuple:
        return tuple(_redact_value(item, secrets, depth + 1) for item in value)
    return value


def _request_of(exc: httpx.HTTPError) -> httpx.Request | None:
    try:
        return exc.request  # raises RuntimeError when httpx never attached one
    except RuntimeError:
        return None


def _safe_url(url: httpx.URL) -> str:
    """scheme://host[:port]/path — no userinfo, query or fragment."""
    path = quote(url.path, safe="/:@!$&'()*+,;=-._~%")
    if not url.host:
        return path or "the gateway"
    host = f"[{url.host}]" if ":" in url.host else url.host
    port = "" if url.port is None else f":{url.port}"
    return f"{url.scheme}://{host}{port}{path}"


def _scrub(text: str, request: httpx.Request | None) -> str:
    """Third-party error text, minus anything that could be a secret, on one short line."""
    secrets: list[str] = []
    if request is not None:
        for name, value in request.headers.items():
            if any(hint in name.lower() for hint in _SECRET_HEADER_HINTS):
                secrets.append(value)
                secrets.extend(word for word in value.split() if word.lower() not in _AUTH_SCHEMES)
        url = request.url
        secrets.append(url.query.decode("ascii", "replace"))
        secrets.extend(value for _, value in url.params.multi_items())
        secrets.append(url.userinfo.decode("ascii", "replace"))
        secrets.append(url.password or "")
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, "***")
    # Cut only after redacting, so no secret is left half-matched; the URL pattern below then stays cheap.
    text = text[: _MAX_TEXT_CHARS * 5]
    text = _rx(_URL_IN_TEXT_RE).sub(lambda m: _safe_url_text(m.group()), text)
    return _one_line(text, _MAX_TEXT_CHARS)


def _safe_url_text(text: str) -> str:
    try:
        return _safe_url(httpx.URL(text))
    except Exception:
        return "<url>"


# --------------------------------------------------------------------------------------------------------
# Streams and typed bodies
# --------------------------------------------------------------------------------------------------------


def stream_error_from_payload(payload: object, *, event: str | None) -> StreamError:
    """Build the ``StreamError`` for a mid-stream error event's decoded payload.

    Handles chat's ``{"error": {"message", "type"}}``, the same shape under ``event: error`` on responses,
    the messages API's ``{"type": "error", "error": {...}}``, OpenAI's flat ``{"type": "error",
    "message", "code"}`` and ``response.failed``'s ``{"response": {"error": {...}}}``.
    """
    message: str | None = None
    error_type: str | None = None
    code: object = None
    if is_object(payload):
        source: Mapping[str, Any] = payload
        response = payload.get("response")
        if "error" not in payload and is_object(response) and is_object(response.get("error")):
            source = response
        message, error_type = _from_error_object(source)
        inner = source.get("error")
        code = inner.get("code") if is_object(inner) else source.get("code")
    elif isinstance(payload, str) and payload.strip():
        message = payload
    if message:
        message = _one_line(message, _MAX_DETAIL_CHARS)
    else:
        message = f"the stream reported an error (event: {event or 'message'}) without a message"
    code_text = None if code is None or isinstance(code, (dict, list)) else str(code)
    return StreamError(message, error_type=error_type, code=code_text, body=payload, event=event)


def validation_error_from_exception(
    exc: Exception, *, model: str, status_code: int, body: object
) -> ResponseValidationError:
    """Turn an exception raised while building ``model`` from a body into a ``ResponseValidationError``.

    The field is named where it can be: a ``KeyError`` from generated ``from_dict`` carries the missing key,
    and the traceback's nested ``from_dict`` calls give the path to it (``choices[0].message``). Other
    errors only name their type, since their text can quote body values and bodies can hold secrets.
    ``exc`` becomes ``__cause__``.
    """
    failure = _locate_failure(exc)
    path = failure.path if failure.resolved else []
    nested = failure.model if failure.model not in (None, model) else None
    field: str | None = None
    if isinstance(exc, json.JSONDecodeError):
        reason = "the body is not valid JSON"
    elif isinstance(exc, UnicodeDecodeError):
        reason = "the body is not valid UTF-8"
    elif isinstance(exc, KeyError):
        key = exc.args[0] if exc.args else None
        field = _join_path([*path, key]) if isinstance(key, str) else _join_path(path)
        reason = "missing required field"
    elif failure.model is not None and not isinstance(failure.value, Mapping):
        field = _join_path(path)
        reason = f"expected an object, got {_json_type(failure.value)}"
    else:
        field = _join_path(path)
        reason = f"unexpected value ({type(exc).__name__})"
    if nested and not failure.resolved:
        # Without a path, at least say which nested object broke.
        reason = f"{reason} in {nested}"
    error = ResponseValidationError(model, field, status_code, body, reason)
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error


class _Failure:
    """Where in a nested ``from_dict`` chain an exception was raised."""

    def __init__(self, model: str | None, value: object, path: list[str], resolved: bool) -> None:
        self.model = model  # the innermost generated class being built
        self.value = value  # the data it was given
        self.path = path  # keys from the outermost data to ``value``
        self.resolved = resolved  # False when some step of the path could not be found


_NOTHING: Final = object()


def _locate_failure(exc: BaseException) -> _Failure:
    chain: list[tuple[str, object, object]] = []
    try:
        tb = exc.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if frame.f_code.co_name == "from_dict":
                cls = frame.f_locals.get("cls")
                if isinstance(cls, type):
                    # Generated code copies src_dict to `d` and pops each field as it parses it.
                    link = (cls.__name__, frame.f_locals.get("src_dict", _NOTHING), frame.f_locals.get("d"))
                    if chain and chain[-1][0] == link[0] and chain[-1][1] is link[1]:
                        chain[-1] = link  # a hand-written from_dict handing the same data to the generated one
                    else:
                        chain.append(link)
            tb = tb.tb_next
        if not chain:
            return _Failure(None, _NOTHING, [], False)
        path: list[str] = []
        for (_, parent, unparsed), (_, child, _) in itertools.pairwise(chain):
            step = _step_to(parent, unparsed, child)
            if step is None:
                return _Failure(chain[-1][0], chain[-1][1], path, False)
            path.append(step)
        return _Failure(chain[-1][0], chain[-1][1], path, True)
    except Exception:
        return _Failure(None, _NOTHING, [], False)


def _step_to(parent: object, unparsed: object, child: object) -> str | None:
    """The key (``"message"``) or item (``"choices[0]"``) of ``parent`` that holds ``child``, if unique.

    ``unparsed`` is what the parent's ``from_dict`` had not popped yet: identity is ambiguous for shared
    objects such as None or small ints, and a field not popped yet cannot be the one that failed.
    """
    if not isinstance(parent, Mapping):
        return None
    found: list[tuple[object, str]] = []
    for key, value in cast("Mapping[object, object]", parent).items():
        if value is child:
            found.append((key, str(key)))
        elif is_array(value):
            found.extend((key, f"{key}[{index}]") for index, item in enumerate(value) if item is child)
    if len(found) > 1 and isinstance(unparsed, Mapping):
        found = [(key, step) for key, step in found if key not in unparsed]
    return found[0][1] if len(found) == 1 else None


def _join_path(parts: list[str]) -> str | None:
    return ".".join(parts) if parts else None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__
