"""The gateway's request ids (``Otari-Request-ID``, ``Otari-Attempt-ID``) on successful results.

Newer gateway releases send them on every response; errors already carried them, and so do results:

* generated models get ``request_id`` / ``attempt_id`` properties from the model template
  (``openapi/templates/model_extras/_response_ids.py.jinja``), set here on the model a method returns;
* JSON objects and lists come back as :class:`ResultDict` / :class:`ResultList`, bytes as
  :class:`ResultBytes`: a ``dict`` / ``list`` / ``bytes`` in every way, plus the two attributes;
* streams and downloads read them from their response's headers.

Both are ``None`` when the gateway did not send them (the pinned release sends none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

REQUEST_ID_HEADER = "otari-request-id"
ATTEMPT_ID_HEADER = "otari-attempt-id"
#: Where a request id may be, first match wins: the gateway's header, and the names proxies put in front of
#: it use. Errors, results, streams and downloads all read it from here.
REQUEST_ID_HEADERS = ("x-otari-request-id", REQUEST_ID_HEADER, "x-request-id")

T = TypeVar("T")


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The request id of a response, from the first of :data:`REQUEST_ID_HEADERS` it carries."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name, "").strip()
        if value:
            return value
    return None


def ids_from(headers: Mapping[str, str]) -> tuple[str | None, str | None]:
    """``(request_id, attempt_id)`` from response headers (either may be None)."""
    return request_id_from(headers), headers.get(ATTEMPT_ID_HEADER, "").strip() or None


class ResponseIds:
    """``request_id`` and ``attempt_id`` read from a response's headers."""

    _request_id: str | None = None
    _attempt_id: str | None = None

    @property
    def request_id(self) -> str | None:
        """The gateway's ``Otari-Request-ID`` for this result (None when the gateway sent none)."""
        return self._request_id

    @property
    def attempt_id(self) -> str | None:
        """The gateway's ``Otari-Attempt-ID`` for this result (None when the gateway sent none)."""
        return self._attempt_id


class HeaderIds:
    """``request_id`` and ``attempt_id`` of an open response (streams and downloads)."""

    response: Any

    @property
    def request_id(self) -> str | None:
        """The gateway's ``Otari-Request-ID`` for this stream (None when the gateway sent none)."""
        return ids_from(self.response.headers)[0]

    @property
    def attempt_id(self) -> str | None:
        """The gateway's ``Otari-Attempt-ID`` for this stream (None when the gateway sent none)."""
        return ids_from(self.response.headers)[1]


class ResultDict(ResponseIds, dict[str, Any]):
    """A JSON object result: a plain ``dict``, plus ``request_id`` / ``attempt_id``."""


class ResultList(ResponseIds, list[T]):
    """A list result (one page of a listing): a plain ``list``, plus ``request_id`` / ``attempt_id``."""


class ResultBytes(ResponseIds, bytes):
    """A binary result (audio, file content, CSV): plain ``bytes``, plus ``request_id`` / ``attempt_id``."""


def with_ids(result: Any, headers: Mapping[str, str]) -> Any:
    """``result`` carrying the response's ids: set on models and result containers, wrapped otherwise.

    ``None`` (a delete's result) carries nothing. A model with a ``request_id`` field of its own keeps it.
    """
    if result is None:
        return None
    ids = ids_from(headers)
    if isinstance(result, ResponseIds):
        result._request_id, result._attempt_id = ids  # pyright: ignore[reportPrivateUsage]
        return result
    kind = type(cast(object, result))
    # The model template's attrs slot (a class attribute, so found on the type without an instance lookup).
    if hasattr(kind, "_otari_ids"):
        result._otari_ids = ids
        return result
    wrapped: ResponseIds
    # Exact types only: wrapping copies the value, which would lose a subclass its own type.
    if kind is dict:
        wrapped = ResultDict(result)
    elif kind is list:
        wrapped = ResultList(result)
    elif kind is bytes:
        wrapped = ResultBytes(result)
    else:
        return result
    wrapped._request_id, wrapped._attempt_id = ids  # pyright: ignore[reportPrivateUsage]
    return wrapped


__all__ = [
    "ATTEMPT_ID_HEADER",
    "HeaderIds",
    "REQUEST_ID_HEADER",
    "ResponseIds",
    "ResultBytes",
    "ResultDict",
    "ResultList",
    "with_ids",
]
