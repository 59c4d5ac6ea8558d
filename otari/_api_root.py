"""Which API root a gateway serves, ``/api/v1`` or ``/v1`` (api.md §1 rule 4), pinned or discovered.

Gateways up to August 2026 serve the API under ``/v1``; later releases and the hosted platform
serve it under ``/api/v1``, where ``/v1`` is a route miss. A base URL that ends in a root pins it.
Otherwise the first call of a client discovers it: ``/api/v1`` first, and only on a route miss the
same request once more under ``/v1``. What it learns is kept in one :class:`ApiRoot` that the
client shares with its copies, so the probe is paid once per client.

Nothing here does I/O. A call that finds another call discovering the root yields
:class:`AwaitDiscovery`, which each transport loop carries out with its own primitive (a thread
event, an event-loop future), so concurrent first calls wait for the one probe in progress.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import _fork

if TYPE_CHECKING:
    import httpx

API_ROOT = "/api/v1"
LEGACY_ROOT = "/v1"
# Discovery order: today's gateways and the hosted platform first, so they never pay the extra request.
ROOTS = (API_ROOT, LEGACY_ROOT)

# FastAPI's answer for a path no route matches. Handlers' own 404s name what is missing ("Model '...' not
# found"), so this exact body means no handler ran: nothing happened and the request can go elsewhere.
_ROUTE_MISS = {"detail": "Not Found"}
_ROUTE_MISS_MAX_BYTES = 64
# Answers that may come from something in front of the gateway (a proxy, a load balancer), or from the
# gateway under either root: they say nothing about which root exists. So do redirects and 5xx.
_UNINFORMATIVE = frozenset({408, 429})


def split_root(path: str) -> tuple[str, str | None]:
    """Split a base URL's path (no trailing ``/``) into its prefix and the API root it ends with, if any."""
    for root in ROOTS:  # /api/v1 first: it also ends with /v1
        if path.endswith(root):
            return path[: -len(root)], root
    return path, None


def rooted(path: str, root: str) -> str:
    """A path of the generated core (the spec writes ``/v1/...``) moved under ``root``."""
    for spec_root in ROOTS:
        if path.startswith(spec_root + "/"):
            return root + path[len(spec_root) :]
    return path


def is_route_miss(response: httpx.Response) -> bool:
    """True for FastAPI's ``404 {"detail": "Not Found"}`` (body already read): no route exists at that path."""
    if response.status_code != 404 or len(response.content) > _ROUTE_MISS_MAX_BYTES:
        return False
    try:
        return bool(json.loads(response.content) == _ROUTE_MISS)
    except ValueError:
        return False


class Settled:
    """Fires once, when a discovery in progress ends (the root was found, or the probing call gave up)."""

    __slots__ = ("_callbacks", "_fired", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fired = False
        self._callbacks: list[Callable[[], None]] = []

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from any thread) once this fires; at once if it already has."""
        with self._lock:
            if not self._fired:
                self._callbacks.append(callback)
                return
        callback()

    def fire(self) -> None:
        with self._lock:
            self._fired = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


@dataclass(frozen=True, slots=True)
class AwaitDiscovery:
    """I/O order: wait until ``settled`` fires (another call is discovering the API root), then go on."""

    settled: Settled


class ApiRoot:
    """The API root of one gateway, shared by a client, its ``with_options`` copies and ``with_raw_response``.

    Safe across threads and event loops: a lock guards the state, and at most one call probes at a time.
    """

    __slots__ = ("_discovery", "_forks", "_lock", "_root")

    def __init__(self, pinned: str | None) -> None:
        self._root = pinned
        self._lock = threading.Lock()
        self._discovery: Settled | None = None
        self._forks = _fork.generation

    @property
    def known(self) -> str | None:
        """The root, or None while not discovered."""
        return self._root

    def lease(self) -> Generator[AwaitDiscovery, None, Lease]:
        """The root a call should use; when none is known, the first caller probes and the others wait."""
        while True:
            if self._forks != _fork.generation:
                # In a forked child the probing thread is gone (and may have held the lock): start afresh.
                self._lock, self._discovery, self._forks = threading.Lock(), None, _fork.generation
            with self._lock:
                if self._root is not None:
                    return Lease(self, self._root, probing=False)
                if self._discovery is None:
                    self._discovery = Settled()
                    return Lease(self, ROOTS[0], probing=True)
                settled = self._discovery
            yield AwaitDiscovery(settled)

    def end_discovery(self, root: str | None) -> None:
        """The probing call is done: ``root`` is the root it proved (None: it found out nothing)."""
        with self._lock:
            if root is not None:
                self._root = root
            settled, self._discovery = self._discovery, None
        if settled is not None:
            settled.fire()


class Lease:
    """The root one call sends under; while ``probing``, the call is discovering it for the whole client."""

    __slots__ = ("_owner", "probing", "root")

    def __init__(self, owner: ApiRoot, root: str, *, probing: bool) -> None:
        self._owner = owner
        self.root = root
        self.probing = probing

    def next_root(self) -> bool:
        """After a route miss while probing: move to the next root (True), or report that none is left."""
        index = ROOTS.index(self.root) + 1
        if index == len(ROOTS):
            return False
        self.root = ROOTS[index]
        return True

    def answered(self, status: int) -> None:
        """A response that is not a route miss arrived: it proves the root unless it could be anyone's."""
        if self.probing and (status < 300 or 400 <= status < 500) and status not in _UNINFORMATIVE:
            self.probing = False
            self._owner.end_discovery(self.root)

    def release(self) -> None:
        """The call is over: if it was still probing, let a waiting call try instead."""
        if self.probing:
            self.probing = False
            self._owner.end_discovery(None)


__all__ = [
    "API_ROOT",
    "LEGACY_ROOT",
    "ROOTS",
    "ApiRoot",
    "AwaitDiscovery",
    "Lease",
    "Settled",
    "is_route_miss",
    "rooted",
    "split_root",
]
