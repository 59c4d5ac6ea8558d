"""The exceptions otari raises (api.md §6): one hierarchy, all importable from ``otari``.

Building them from wire failures is :mod:`otari._errors`' job; this module only defines them.
Secrets: no ``str()`` or ``repr()`` here renders a request header value, and a kept request has its
credentials redacted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._ids import request_id_from

if TYPE_CHECKING:
    from typing import TypedDict, Unpack

    # Type-checking only: building TypedDicts at import costs milliseconds on every client start.
    class _ResponseKwargs(TypedDict, total=False):
        body: object
        headers: HeadersLike | None
        request: httpx.Request | None
        error_type: str | None

    class _StatusErrorKwargs(_ResponseKwargs, total=False):
        hint: str | None


HeadersLike = Mapping[str, str] | httpx.Headers


class OtariError(Exception):
    """Base class of every exception otari raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default re-calls cls(*args), which keyword-only constructors reject; exceptions raised in a
        # worker process (ProcessPoolExecutor, multiprocessing) must survive the trip back.
        return (_rebuild, (type(self), self.args, self.__dict__.copy()))


def _rebuild(cls: type[OtariError], args: tuple[Any, ...], state: dict[str, Any]) -> OtariError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class OtariConfigError(OtariError, ValueError):
    """The client cannot be configured: a missing, conflicting or invalid setting.

    Also a ``ValueError``, since it is always caused by a bad argument or environment variable.
    """


class APIError(OtariError):
    """A call to the gateway failed; ``.message`` says why in one line."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIStatusError(APIError):
    """The gateway answered with an error status (or one we did not expect).

    Attributes:
        status_code: the HTTP status.
        message: the gateway's detail, unwrapped from ``{"detail": ...}`` (string, Anthropic error object or
            validation list), from an OpenAI-style ``{"error": {...}}``, or a trimmed text of a non-JSON body.
        body: the parsed JSON body, the body text when it is not JSON, or None when empty.
        headers: the response headers.
        request_id: the gateway's request id header when one was sent, else None.
        request: the ``httpx.Request`` that failed, when known (its headers are never rendered).
        error_type: the error ``type`` the body named (Anthropic ``rate_limit_error``, OpenAI
            ``server_error``), else None.
        hint: a short suggestion of what to do about it, or None.
    """

    status_code: int
    body: object
    headers: httpx.Headers
    request_id: str | None
    request: httpx.Request | None
    error_type: str | None
    hint: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        headers: HeadersLike | None = None,
        request: httpx.Request | None = None,
        error_type: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.headers = coerce_headers(headers)
        self.request_id = request_id_from(self.headers)
        self.request = redact_request(request)
        self.error_type = error_type
        self.hint = hint

    def __str__(self) -> str:
        prefix = f"Error code: {self.status_code}"
        # The gateway passes provider messages through as "Error code: 404 - ..."; don't say it twice.
        line = self.message if self.message.startswith(prefix) else f"{prefix} - {self.message}"
        text = f"{line} ({self.hint})" if self.hint else line
        # At the very end, so a user can quote it to support; the message stays one line.
        if not self.request_id:
            return text
        quoted = " ".join(self.request_id[:200].split())
        return f"{text} [request id: {quoted}]"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the gateway refused the request as sent."""


class UnsupportedCapabilityError(APIStatusError):
    """The selected provider cannot do what was asked ("Provider 'llamafile' does not support ...").

    Sent as 400 for moderation, multimodal moderation and the Responses API, and as 422 for batch
    operations. It derives from ``APIStatusError`` directly rather than from ``BadRequestError`` or
    ``UnprocessableEntityError``: it spans both statuses, and either parent would make one of the two cases
    claim a status class it does not have (``except UnprocessableEntityError`` would then catch a 400, or
    ``except BadRequestError`` a 422). The request itself was well-formed; the fix is another provider.

    Attributes:
        provider: the provider instance named by the gateway (``"llamafile"``), or None.
        capability: what it lacks, as the gateway phrased it (``"Responses API"``, ``"batch operations"``,
            ``"moderation"``, ``"multimodal moderation"``), or None.
    """

    provider: str | None
    capability: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        provider: str | None = None,
        capability: str | None = None,
        **kwargs: Unpack[_StatusErrorKwargs],
    ) -> None:
        super().__init__(message, status_code=status_code, **kwargs)
        self.provider = provider
        self.capability = capability


class AuthenticationError(APIStatusError):
    """401: the credential is missing, malformed, unknown, inactive or expired (or not the master key)."""


class PermissionDeniedError(AuthenticationError):
    """403: the credential is valid but not allowed this (blocked user, model not permitted, user mismatch).

    A subclass of ``AuthenticationError`` so one ``except`` covers every credential problem.
    """


class InsufficientFundsError(APIStatusError):
    """The request cannot be paid for: 402 (no pricing configured) or 403 "has exceeded budget limit".

    Derives from ``APIStatusError`` directly, not from ``PermissionDeniedError``: the gateway reports an
    exhausted budget as 403, but retrying with other credentials will not fix it; raising the budget or
    configuring pricing will.
    """


class NotFoundError(APIStatusError):
    """404: the object (key, user, budget, pricing, model, ...) or the route does not exist."""


class ModelNotFoundError(NotFoundError):
    """404 on an inference route: the gateway or the upstream provider does not know the model."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. a user id that already exists)."""


class BatchNotCompleteError(ConflictError):
    """409 on a batch route: the batch's results are not available yet.

    Attributes:
        batch_id: the batch id parsed from the gateway's message, or None if it could not be read.
        status: the batch's current status (``"in_progress"``, ...), or None if it could not be read.
    """

    batch_id: str | None
    status: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        batch_id: str | None = None,
        status: str | None = None,
        **kwargs: Unpack[_StatusErrorKwargs],
    ) -> None:
        super().__init__(message, status_code=status_code, **kwargs)
        self.batch_id = batch_id
        self.status = status


class UnprocessableEntityError(APIStatusError):
    """422: the request body failed validation.

    Attributes:
        errors: the gateway's field errors (``{"type", "loc", "msg", ...}`` dicts) when it sent a list,
            else an empty list.
    """

    errors: list[dict[str, Any]]

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        errors: list[dict[str, Any]] | None = None,
        **kwargs: Unpack[_StatusErrorKwargs],
    ) -> None:
        super().__init__(message, status_code=status_code, **kwargs)
        self.errors = [] if errors is None else errors


class RateLimitError(APIStatusError):
    """429: the gateway's per-user rate limit, or the upstream provider's.

    Attributes:
        retry_after: seconds to wait before retrying, from ``retry-after-ms`` / ``retry-after``; None when
            the response did not say (the gateway sends it for its own limit, not for the provider's).
    """

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        retry_after: float | None = None,
        **kwargs: Unpack[_StatusErrorKwargs],
    ) -> None:
        super().__init__(message, status_code=status_code, **kwargs)
        self.retry_after = retry_after


class UpstreamProviderError(APIStatusError):
    """502 or another 5xx: the provider behind the gateway (or the gateway itself) failed."""


class GatewayTimeoutError(UpstreamProviderError):
    """504: the gateway gave up waiting for the provider."""


class APIConnectionError(APIError):
    """No HTTP response arrived: the connection could not be made or broke. The httpx error is ``__cause__``.

    Attributes:
        request: the ``httpx.Request`` that failed, when known (its headers are never rendered).
    """

    request: httpx.Request | None

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = redact_request(request)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r})"


class APITimeoutError(APIConnectionError):
    """The client-side timeout expired before the gateway answered."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class StreamError(APIError):
    """An error event arrived in the middle of a stream (the HTTP status was already 200).

    Attributes:
        message: the error's message.
        error_type: the error's ``type`` (``"server_error"``, ``"api_error"``, ...), or None.
        code: the error's ``code``, or None (the gateway does not send one).
        body: the decoded event payload.
        event: the SSE event name (``"error"``), or None for chat's unnamed events.
        request_id: the stream's ``Otari-Request-ID`` when the gateway sent one, else None.
    """

    error_type: str | None
    code: str | None
    body: object
    event: str | None
    request_id: str | None = None

    def __init__(
        self,
        message: str,
        *,
        error_type: str | None = None,
        code: str | None = None,
        body: object = None,
        event: str | None = None,
    ) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.code = code
        self.body = body
        self.event = event

    def __str__(self) -> str:
        tags = [tag for tag in (self.error_type, None if self.code is None else f"code={self.code}") if tag]
        where = f" ({', '.join(tags)})" if tags else ""
        text = f"Stream error{where}: {self.message}"
        return f"{text} [request id: {' '.join(self.request_id[:200].split())}]" if self.request_id else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r}, error_type={self.error_type!r})"


class ResponseValidationError(APIError):
    """A response body that cannot become its typed model (required field missing, wrong type, not JSON).

    Attributes:
        model: the model the body should have become (``"ChatCompletion"``).
        field: the offending field when known, else None.
        status_code: the HTTP status of the response.
        body: the raw body (bytes, text or decoded JSON), kept for debugging and never rendered.
        reason: what was wrong (``"missing required field"``).
    """

    model: str
    field: str | None
    status_code: int
    body: object
    reason: str

    def __init__(self, model: str, field: str | None, status_code: int, body: object, reason: str) -> None:
        where = f"{model}.{field}" if field else model
        super().__init__(f"{where}: {reason}")
        self.model = model
        self.field = field
        self.status_code = status_code
        self.body = body
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code} response did not match {self.model})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(model={self.model!r}, field={self.field!r}, "
            f"status_code={self.status_code!r}, reason={self.reason!r})"
        )


def coerce_headers(headers: HeadersLike | None) -> httpx.Headers:
    if headers is None:
        return httpx.Headers()
    try:
        return httpx.Headers(headers)
    except Exception:
        # httpx only takes ASCII str; anything else is passed as bytes so nothing here can raise.
        raw = [
            (str(key).encode("utf-8", "replace"), str(value).encode("utf-8", "replace"))
            for key, value in _header_items(headers)
        ]
        return httpx.Headers(raw)


def _header_items(headers: HeadersLike) -> list[tuple[object, object]]:
    if isinstance(headers, httpx.Headers):
        return list(headers.multi_items())
    return list(headers.items())


_CREDENTIAL_HEADERS = frozenset({"authorization", "otari-key", "x-api-key", "proxy-authorization", "cookie"})


def redact_request(request: httpx.Request | None) -> httpx.Request | None:
    """The request as an error keeps it: method, URL and headers, credentials replaced, no body.

    httpx masks only ``Authorization`` in a headers repr; ``Otari-Key`` would print in full.
    """
    if request is None:
        return None
    headers = [
        (name, "[redacted]" if name.lower() in _CREDENTIAL_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    return httpx.Request(request.method, request.url, headers=headers)
