"""Route table and matching on raw path segments (so ``%2F`` inside an id never splits it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

from ._auth import Principal
from ._recording import RecordedRequest
from ._replies import AnyReply

# public: no credential; inference: any valid key; messages: same, errors Anthropic-shaped;
# reader: any valid key, no master-key 'user' rule; management: the master key.
AuthKind = Literal["public", "inference", "messages", "reader", "management"]
BodyKind = Literal["none", "json", "multipart"]


@dataclass(slots=True)
class Call:
    """A routed request handed to a handler."""

    request: RecordedRequest
    params: dict[str, str]
    body: Any = None
    principal: Principal = field(default_factory=Principal)

    @property
    def query(self) -> dict[str, str]:
        return self.request.query


Handler = Callable[[Call], AnyReply]


@dataclass(frozen=True, slots=True)
class Route:
    """``pattern`` segments: literals, ``{name}`` (one segment) or one ``{name:path}`` (one or more)."""

    method: str
    pattern: str
    handler: Handler
    auth: AuthKind = "inference"
    body: BodyKind = "none"
    _prefix: tuple[str, ...] = field(init=False, repr=False)
    _suffix: tuple[str, ...] = field(init=False, repr=False)
    _rest: str | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        segments = tuple(self.pattern.strip("/").split("/"))
        rest = [i for i, s in enumerate(segments) if s.endswith(":path}")]
        if len(rest) > 1:
            raise ValueError(f"at most one path parameter per route: {self.pattern}")
        split = rest[0] if rest else len(segments)
        object.__setattr__(self, "_prefix", segments[:split])
        object.__setattr__(self, "_suffix", segments[split + 1 :] if rest else ())
        object.__setattr__(self, "_rest", segments[split][1:-6] if rest else None)

    @property
    def key(self) -> tuple[str, ...]:
        """The leading literal segments the router indexes on (at most two)."""
        literal: list[str] = []
        for segment in self._prefix[:2]:
            if segment.startswith("{"):
                break
            literal.append(segment)
        return tuple(literal)

    def match(self, segments: list[str]) -> dict[str, str] | None:
        prefix, suffix = self._prefix, self._suffix
        if self._rest is None:
            if len(segments) != len(prefix):
                return None
        elif len(segments) < len(prefix) + len(suffix) + 1:
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(prefix, segments, strict=False):
            if pattern.startswith("{"):
                if not segment:
                    return None
                params[pattern[1:-1]] = unquote(segment)
            elif pattern != segment:
                return None
        if self._rest is not None:
            end = len(segments) - len(suffix)
            if tuple(segments[end:]) != suffix:
                return None
            middle = segments[len(prefix) : end]
            if not all(middle):
                return None
            params[self._rest] = "/".join(unquote(s) for s in middle)
        return params


class Router:
    """Finds the route for a method and raw path; 404 for an unknown path, 405 for a wrong method."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._index: dict[tuple[str, ...], list[Route]] = {}
        for route in routes:
            self._index.setdefault(route.key, []).append(route)

    def resolve(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | int:
        segments = raw_path[1:].split("/") if raw_path.startswith("/") else [raw_path]
        path_matched = False
        for key in (tuple(segments[:2]), tuple(segments[:1])):
            for route in self._index.get(key, ()):
                params = route.match(segments)
                if params is None:
                    continue
                if route.method == method:
                    return route, params
                path_matched = True
        return 405 if path_matched else 404
