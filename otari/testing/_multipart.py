"""A small ``multipart/form-data`` parser for the transcription route (stdlib only)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAM = re.compile(r'([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))')


@dataclass(frozen=True, slots=True)
class Part:
    """One form field: a value, or an uploaded file when ``filename`` is set."""

    name: str
    data: bytes
    filename: str | None = None
    content_type: str | None = None

    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


def _params(value: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _PARAM.finditer(value)}


def parse_multipart(body: bytes, content_type: str) -> dict[str, Part] | None:
    """The form's fields by name (the last one wins), or None when the body is not ``multipart/form-data``."""
    media_type, _, rest = content_type.partition(";")
    if media_type.strip().lower() != "multipart/form-data":
        return None
    boundary = _params(rest).get("boundary")
    if not boundary:
        return None
    parts: dict[str, Part] = {}
    for section in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if section.startswith(b"--"):
            break
        head, found, data = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not found:
            continue
        fields: dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        disposition = _params(fields.get("content-disposition", ""))
        if "name" in disposition:
            parts[disposition["name"]] = Part(
                disposition["name"],
                data.removesuffix(b"\r\n"),
                disposition.get("filename"),
                fields.get("content-type"),
            )
    return parts
