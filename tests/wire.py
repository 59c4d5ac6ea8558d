"""Load the recorded gateway exchanges in ``tests/fixtures/wire`` (format: that folder's README)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

WIRE_DIR = Path(__file__).parent / "fixtures" / "wire"


@dataclass(frozen=True)
class Exchange:
    name: str
    method: str
    path: str
    query: dict[str, str]
    request_body: bytes | None
    status: int
    reason: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def json(self) -> Any:
        return json.loads(self.body)

    def request_json(self) -> Any:
        return None if self.request_body is None else json.loads(self.request_body)

    @property
    def is_stream(self) -> bool:
        return (self.header("content-type") or "").startswith("text/event-stream")

    def replay_headers(self) -> list[tuple[str, str]]:
        """Headers to send when serving the body again: the stored body is already de-chunked."""
        return [(k, v) for k, v in self.headers if k.lower() not in ("transfer-encoding", "content-length")]


@cache
def load(name: str) -> Exchange:
    """``load("chat-nonstream")`` -> the parsed exchange of ``chat-nonstream.http``."""
    raw = (WIRE_DIR / f"{name.removesuffix('.http')}.http").read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    if not sep:
        head, body = raw.rstrip(b"\n"), b""
    lines = head.decode("utf-8").split("\n")
    method = path = ""
    query: dict[str, str] = {}
    request_body: bytes | None = None
    index = 0
    while lines[index].startswith("#"):
        line = lines[index]
        if line.startswith("# request: "):
            method, _, target = line[len("# request: ") :].partition(" ")
            parts = urlsplit(target)
            path, query = parts.path, dict(parse_qsl(parts.query))
        elif line.startswith("# request-body:"):
            text = line[len("# request-body:") :].strip()
            request_body = text.encode("utf-8") if text else None
        index += 1
    _, status, reason = lines[index].split(" ", 2)
    headers = []
    for line in lines[index + 1 :]:
        key, _, value = line.partition(":")
        headers.append((key.strip(), value.strip()))
    return Exchange(name, method, path, query, request_body, int(status), reason, headers, body)


def names(prefix: str = "") -> list[str]:
    return sorted(p.stem for p in WIRE_DIR.glob(f"{prefix}*.http"))
