"""Iterate-all: one sans-I/O page plan per paging style, driven by either client.

A *page plan* is a generator that decides which page to ask for next and when the listing is over. It
yields a :class:`~otari._calls.Call` (the driver performs it and sends back the page) or a :class:`Items`
(the driver hands those items to the caller, one by one). :func:`iterate` drives a plan with the sync
client's ``run``, :func:`aiterate` with the async client's, so both clients page the same way by
construction — like ``wait_plan`` for ``wait_for_batch``.

Plans are built eagerly: the first page's call is built (and its arguments checked) when ``.iter(...)``
is called, so bad input raises there, before any request; pages are fetched only as the caller consumes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar

from ._base_client import is_raw
from ._calls import Call, require_int
from ._exceptions import OtariError

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 100
# The gateway's list routes refuse ``limit`` above 1000 (422).
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True, slots=True)
class Items(Generic[T]):
    """Hand these items to the caller before asking the plan for more."""

    items: Sequence[T]


PagePlan: TypeAlias = Generator["Call[Any] | Items[T]", Any, None]


def page_size_of(method: str, page_size: object) -> int:
    """``page_size`` checked against the gateway's bounds (1..1000)."""
    size = require_int(method, "page_size", page_size)
    if size > MAX_PAGE_SIZE:
        raise ValueError(f"{method}() argument 'page_size' must be at most {MAX_PAGE_SIZE}, got {size}")
    return size


def _page(outcome: Any) -> Any:
    # with_raw_response clients hand back RawResponse; the plan needs the parsed page either way.
    return outcome.parse() if is_raw(outcome) else outcome


def offset_plan(method: str, fetch: Callable[[int, int], Call[Any]], page_size: object) -> PagePlan[Any]:
    """Pages of ``skip``/``limit`` routes: ask for ``page_size`` rows at a time until a short page.

    ``fetch(skip, limit)`` builds the call for one page; it is called once here, so that bad arguments
    raise before the caller starts iterating.
    """
    size = page_size_of(method, page_size)
    first = fetch(0, size)

    def plan() -> PagePlan[Any]:
        call, skip = first, 0
        while True:
            rows = list(_page((yield call)))
            if rows:
                yield Items(rows)
            # A short (or empty) page is the last one: the gateway has no row past it.
            if len(rows) < size:
                return
            skip += len(rows)
            call = fetch(skip, size)

    return plan()


def cursor_plan(
    method: str,
    fetch: Callable[[str | None, int], Call[Any]],
    page_size: object,
    *,
    rows_of: Callable[[Any], Sequence[Any]],
    more_of: Callable[[Any], bool | None],
    cursor_of: Callable[[Any], str],
) -> PagePlan[Any]:
    """Pages of ``after``/``limit`` routes: the next page starts after the last id of this one.

    The page's own ``has_more`` decides when it is sent; otherwise a short page is the last one.
    """
    size = page_size_of(method, page_size)
    first = fetch(None, size)

    def plan() -> PagePlan[Any]:
        call, seen = first, set[object]()
        while True:
            page = _page((yield call))
            rows = list(rows_of(page))
            if rows:
                yield Items(rows)
            more = more_of(page)
            if not rows or (more is False) or (more is None and len(rows) < size):
                return
            cursor = cursor_of(rows[-1])
            if cursor in seen:
                # The gateway ignored ``after``: iterating on would repeat the same page for ever.
                raise OtariError(f"{method}(): the gateway sent a page ending at {cursor!r} again; stopping")
            seen.add(cursor)
            call = fetch(cursor, size)

    return plan()


def single_page_plan(call: Call[Any]) -> PagePlan[Any]:
    """A listing the gateway sends whole (no paging parameters): one request, then its items."""

    def plan() -> PagePlan[Any]:
        rows = list(_page((yield call)))
        if rows:
            yield Items(rows)

    return plan()


def iterate(plan: PagePlan[T], run: Callable[[Call[Any]], Any]) -> Iterator[T]:
    """Carry out a page plan with the sync client's ``run``, yielding items as they are needed."""
    result: Any = None
    while True:
        try:
            order = plan.send(result)
        except StopIteration:
            return
        if isinstance(order, Items):
            result = None
            yield from order.items
        else:
            result = run(order)


async def aiterate(plan: PagePlan[T], run: Callable[[Call[Any]], Awaitable[Any]]) -> AsyncIterator[T]:
    """Carry out a page plan with the async client's ``run`` (``async for``)."""
    result: Any = None
    while True:
        try:
            order = plan.send(result)
        except StopIteration:
            return
        if isinstance(order, Items):
            result = None
            for item in order.items:
                yield item
        else:
            result = await run(order)


__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "Items",
    "PagePlan",
    "aiterate",
    "cursor_plan",
    "iterate",
    "offset_plan",
    "single_page_plan",
]
