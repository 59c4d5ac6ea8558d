"""Contains some shared types for properties"""

import array
import base64
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")

# Field names whose values are credentials: a repr shows at most their first characters.
SECRET_FIELDS = frozenset({"key", "api_key", "master_key", "password", "secret", "token", "access_token"})


def _masked(value: object) -> str:
    if isinstance(value, str) and len(value) >= 24:
        return repr(value[:8] + "***")
    return "'***'"


def content_text(parts: list[Any]) -> str | None:
    """The text of a message's content parts: its ``"text"`` parts joined (None when it has none).

    Images, audio, reasoning and other parts are left out; they stay reachable as sent.
    """
    texts = [
        part["text"]
        for part in parts
        if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
    ]
    return "".join(texts) if texts else None


def decode_floats(encoded: str) -> list[float]:
    """An embedding sent as base64 (``encoding_format="base64"``): little-endian float32 values."""
    raw = base64.b64decode(encoded)
    if len(raw) % 4:
        raise ValueError(f"a base64 embedding must hold whole float32 values, got {len(raw)} bytes")
    values = array.array("f", raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def compact_repr(model: object, names: tuple[str, ...]) -> str:
    """``Name(field=value, ...)`` for the fields that hold a value, plus the non-null extras.

    Left out: ``None`` and ``Unset`` (a field the server did not fill in says nothing), empty extras.
    Credentials (``SECRET_FIELDS``) are masked, because reprs end up in logs and tracebacks.
    """
    shown: list[str] = []
    for name in names:
        value = getattr(model, name)
        if value is None or isinstance(value, Unset):
            continue
        shown.append(f"{name}={_masked(value) if name in SECRET_FIELDS else repr(value)}")
    extras = getattr(model, "additional_properties", None)
    if extras:
        kept = {k: ("***" if k in SECRET_FIELDS else v) for k, v in extras.items() if v is not None}
        if kept:
            shown.append(f"additional_properties={kept!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "compact_repr",
    "content_text",
    "decode_floats",
]
