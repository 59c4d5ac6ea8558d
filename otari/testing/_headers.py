"""A read-only, case-insensitive view of HTTP headers, safe to print."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

# Values of these headers are credentials: a test failure message must never show them.
_SECRET_HEADERS = frozenset({"authorization", "otari-key", "x-api-key", "proxy-authorization", "cookie"})


class Headers(Mapping[str, str]):
    """Request headers as received, looked up case-insensitively.

    Item access returns the value, or the comma-joined values when a header was sent more than
    once (as HTTP folds them); :meth:`get_all` returns each value separately. Iteration yields
    lower-case names. ``repr()`` masks credential headers (``Authorization``, ``Otari-Key``,
    ``x-api-key``, ...), so a recorded request can appear in an assertion message safely.

    >>> h = Headers([("Content-Type", "application/json")])
    >>> h["content-type"]
    'application/json'
    """

    __slots__ = ("_map", "_raw")

    def __init__(self, raw: Iterable[tuple[str, str]] = ()) -> None:
        self._raw = tuple(raw)
        folded: dict[str, str] = {}
        for name, value in self._raw:
            key = name.lower()
            folded[key] = f"{folded[key]}, {value}" if key in folded else value
        self._map = folded

    def __getitem__(self, name: str) -> str:
        return self._map[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def get_all(self, name: str) -> list[str]:
        """Every value sent for ``name``, in order (empty when absent)."""
        key = name.lower()
        return [value for raw_name, value in self._raw if raw_name.lower() == key]

    @property
    def raw(self) -> tuple[tuple[str, str], ...]:
        """The headers exactly as received: original name casing, order and duplicates."""
        return self._raw

    def __repr__(self) -> str:
        shown = {key: ("***" if key in _SECRET_HEADERS else value) for key, value in self._map.items()}
        return f"Headers({shown!r})"
