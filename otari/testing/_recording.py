"""Requests as the mock gateway received them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from ._headers import Headers


@dataclass(frozen=True, slots=True, eq=False)
class RecordedRequest:
    """One request the mock gateway received, recorded before it was answered.

    ``path`` is the raw, still percent-encoded path (``/v1/batches/a%2Fb``) without the query;
    :attr:`decoded_path` is its decoded form. ``query`` maps each query parameter to its (last)
    decoded value. ``headers`` is a case-insensitive mapping. ``body`` is the de-chunked body.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: Headers
    body: bytes = field(repr=False)
    target: str = field(repr=False)

    @classmethod
    def from_target(cls, method: str, target: str, headers: Headers, body: bytes) -> RecordedRequest:
        """Build a record from the request line's target (``/path?query``)."""
        path, _, query = target.partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True)) if query else {}
        return cls(method, path, params, headers, body, target)

    def query_all(self, name: str) -> list[str]:
        """Every decoded value of a repeated query parameter (``user_id=a&user_id=b``), in order."""
        _, _, query = self.target.partition("?")
        return [value for key, value in parse_qsl(query, keep_blank_values=True) if key == name]

    @property
    def decoded_path(self) -> str:
        """The path with percent-escapes decoded (``%2F`` becomes ``/``)."""
        return unquote(self.path)

    def json(self) -> Any:
        """The body parsed as JSON (raises ``json.JSONDecodeError`` when it is not JSON)."""
        return json.loads(self.body)

    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", "replace")
