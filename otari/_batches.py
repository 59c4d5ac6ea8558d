"""Batches (api.md §4): call builders, and the polling plan behind ``wait_for_batch``.

Like :mod:`otari._inference`, nothing here does I/O. The builders return :class:`~otari._calls.Call`
objects that either client performs. ``wait_for_batch`` is a generator, :func:`wait_plan`, that decides
when to poll, how long to sleep and when to give up; :func:`drive_wait` and :func:`drive_wait_async` only
carry out its orders (``time.sleep`` or ``asyncio.sleep``), so the two clients cannot poll differently.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import httpx

from ._base_client import Sleep, is_raw
from ._calls import (
    Call,
    build_body,
    core_request,
    make_call,
    reject_unknown,
    require_int,
    require_path_id,
    require_str,
    split_options,
)
from ._exceptions import OtariError
from ._json import is_mapping
from ._pagination import PagePlan, cursor_plan
from ._parsing import parse_model

if TYPE_CHECKING:
    from ._generated.models.batch import Batch
    from ._generated.models.batch_results import BatchResults

TERMINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})
DEFAULT_POLL_INTERVAL = 5.0
# Polling faster than this only loads the gateway and the provider: batches take minutes to hours.
MIN_POLL_INTERVAL = 0.1
# A batch's completion window is 24 hours; after it the provider marks the batch "expired" (terminal).
DEFAULT_WAIT_TIMEOUT = 24 * 3600.0
DEFAULT_COMPLETION_WINDOW = "24h"


class BatchWaitTimeoutError(OtariError, TimeoutError):
    """``wait_for_batch`` gave up: the batch was not in a terminal status before ``timeout`` elapsed.

    Not an :class:`~otari.APIConnectionError`: every poll got its answer, the batch is just still running.
    Also a built-in ``TimeoutError``.

    Attributes:
        batch_id: the batch that was polled.
        status: its status at the last poll (``"in_progress"``, ``"finalizing"``, ...).
        batch: the last :class:`~otari.Batch` (or ``RawResponse``) received.
        timeout: the ``timeout`` that elapsed, in seconds.
    """

    batch_id: str
    status: str
    batch: Any
    timeout: float

    def __init__(self, *, batch_id: str, status: str, batch: Any, timeout: float) -> None:
        super().__init__(
            f"batch {batch_id!r} was still {status!r} after waiting {timeout:g}s; "
            "call wait_for_batch() again or raise timeout="
        )
        self.batch_id = batch_id
        self.status = status
        self.batch = batch
        self.timeout = timeout


# --- call builders ------------------------------------------------------------------------------------


def _batch_item(index: int, item: object) -> dict[str, Any]:
    where = f"create_batch() argument 'requests'[{index}]"
    if not is_mapping(item):
        to_dict = getattr(item, "to_dict", None)
        item = to_dict() if callable(to_dict) else None
        if not is_mapping(item):
            raise TypeError(f'{where} must be a dict like {{"custom_id": "r1", "body": {{"messages": [...]}}}}')
    custom_id = item.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        raise ValueError(f"{where} needs a non-empty string 'custom_id' to match its result, got {custom_id!r}")
    body = item.get("body")
    if not is_mapping(body):
        raise TypeError(
            f"{where} (custom_id {custom_id!r}) needs a dict 'body' (the request's fields, e.g. "
            f"{{'messages': [...]}}), got {type(body).__name__}"
        )
    return {**item, "body": dict(body)}


def _require_requests(requests: object) -> list[dict[str, Any]]:
    if isinstance(requests, str | bytes) or is_mapping(requests) or not isinstance(requests, Sequence):
        raise TypeError(
            "create_batch() argument 'requests' must be a list of "
            f'{{"custom_id": ..., "body": {{...}}}} dicts, got {type(requests).__name__}'
        )
    if not requests:
        raise ValueError("create_batch() argument 'requests' must contain at least one request")
    items = [_batch_item(i, item) for i, item in enumerate(cast("Sequence[object]", requests))]
    seen: set[str] = set()
    for item in items:
        if item["custom_id"] in seen:
            raise ValueError(f"create_batch(): custom_id {item['custom_id']!r} is used twice; each must be unique")
        seen.add(item["custom_id"])
    return items


def create_batch(
    model: Any, requests: Any, completion_window: Any, metadata: Any, params: dict[str, Any]
) -> Call[Batch]:
    options = split_options(params)
    fields: dict[str, Any] = {
        "model": require_str("create_batch", "model", model),
        "requests": _require_requests(requests),
    }
    window = require_str("create_batch", "completion_window", completion_window)
    # The gateway's default; leaving it out keeps the body what the gateway's own clients send.
    if window != DEFAULT_COMPLETION_WINDOW:
        fields["completion_window"] = window
    if metadata is not None:
        if not is_mapping(metadata):
            raise TypeError(f"create_batch() argument 'metadata' must be a dict, got {type(metadata).__name__}")
        fields["metadata"] = dict(metadata)
    body = build_body("create_batch", "create_batch_request", fields, params)
    return make_call(core_request("batches.create_batch", body=body), "batch", options, parse=parse_model("batch"))


def _by_id(method: str, endpoint: str, batch_id: Any, provider: Any, params: dict[str, Any]) -> dict[str, Any]:
    reject_unknown(method, params)
    return core_request(
        endpoint,
        batch_id=require_path_id(method, "batch_id", batch_id),
        provider=require_str(method, "provider", provider),
    )


def retrieve_batch(batch_id: Any, provider: Any, params: dict[str, Any]) -> Call[Batch]:
    options = split_options(params)
    built = _by_id("retrieve_batch", "batches.retrieve_batch", batch_id, provider, params)
    return make_call(built, "batch", options, parse=parse_model("batch"))


def cancel_batch(batch_id: Any, provider: Any, params: dict[str, Any]) -> Call[Batch]:
    options = split_options(params)
    built = _by_id("cancel_batch", "batches.cancel_batch", batch_id, provider, params)
    return make_call(built, "batch", options, parse=parse_model("batch"))


def retrieve_batch_results(batch_id: Any, provider: Any, params: dict[str, Any]) -> Call[BatchResults]:
    options = split_options(params)
    built = _by_id("retrieve_batch_results", "batches.retrieve_batch_results", batch_id, provider, params)
    return make_call(built, "batch", options, parse=parse_model("batch_results"))


def _batch_list_data(response: httpx.Response) -> list[Batch]:
    page = parse_model("batch_list")(response)
    data: list[Batch] = page.data
    return data


def _list_call(
    method: str, provider: Any, after: Any, limit: Any, params: dict[str, Any], parse: Callable[[httpx.Response], Any]
) -> Call[Any]:
    options = split_options(params)
    reject_unknown(method, params)
    query: dict[str, Any] = {"provider": require_str(method, "provider", provider)}
    if after is not None:
        query["after"] = require_str(method, "after", after)
    if limit is not None:
        query["limit"] = require_int(method, "limit", limit)
    return make_call(core_request("batches.list_batches", **query), "batch", options, parse=parse)


def list_batches(provider: Any, after: Any, limit: Any, params: dict[str, Any]) -> Call[list[Batch]]:
    return _list_call("list_batches", provider, after, limit, params, _batch_list_data)


def _has_more(page: Any) -> bool | None:
    more = page.has_more
    return more if isinstance(more, bool) else None


def iter_batches(provider: Any, page_size: Any, params: dict[str, Any]) -> PagePlan[Batch]:
    """Every batch of ``provider``: pages of ``page_size`` after the last id of the previous page."""
    return cursor_plan(
        "iter_batches",
        lambda after, limit: _list_call(
            "iter_batches", provider, after, limit, dict(params), parse_model("batch_list")
        ),
        page_size,
        rows_of=lambda page: page.data,
        more_of=_has_more,
        cursor_of=lambda batch: str(batch.id),
    )


# --- waiting ------------------------------------------------------------------------------------------

WaitOrder: TypeAlias = Call[Any] | Sleep
WaitPlan: TypeAlias = Generator[WaitOrder, Any, Any]


def _clock() -> float:
    """Monotonic seconds; a function of its own so tests can drive the deadline without waiting."""
    return time.monotonic()


def _seconds(name: str, value: object, *, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"wait_for_batch() argument {name!r} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < minimum:
        raise ValueError(f"wait_for_batch() argument {name!r} must be at least {minimum:g} seconds, got {value!r}")
    return float(value)


def wait_plan(
    batch_id: Any,
    provider: Any,
    poll_interval: Any,
    timeout: Any,
    params: dict[str, Any],
    on_poll: Callable[[Batch], object] | None = None,
) -> WaitPlan:
    """Poll ``retrieve_batch`` until the status is terminal, sleeping ``poll_interval`` between polls.

    ``on_poll`` sees every batch polled, the terminal one included (progress display).

    Yields a :class:`Call` (send back its result) or a :class:`Sleep`; returns the last result. A sleep
    never reaches past the deadline, and one last poll happens at it, so a batch that finishes during
    the final interval is still returned rather than reported as timed out.
    """
    interval = _seconds("poll_interval", poll_interval, minimum=MIN_POLL_INTERVAL)
    if on_poll is not None and not callable(on_poll):
        raise TypeError(f"wait_for_batch() argument 'on_poll' must be callable, got {type(on_poll).__name__}")
    limit = None if timeout is None else _seconds("timeout", timeout, minimum=0.0)
    deadline = None if limit is None else _clock() + limit
    while True:
        outcome = yield retrieve_batch(batch_id, provider, dict(params))
        batch: Any = outcome.parse() if is_raw(outcome) else outcome
        if on_poll is not None:
            on_poll(batch)
        status = str(batch.status)
        if status in TERMINAL_STATUSES:
            return outcome
        if deadline is None:
            delay = interval
        else:
            remaining = deadline - _clock()
            if remaining <= 0:
                assert limit is not None
                raise BatchWaitTimeoutError(batch_id=str(batch_id), status=status, batch=outcome, timeout=limit)
            delay = min(interval, remaining)
        yield Sleep(delay)


def drive_wait(plan: WaitPlan, run: Callable[[Call[Any]], Any]) -> Any:
    """Carry out a wait plan with the sync client's ``run`` and ``time.sleep``."""
    result: Any = None
    while True:
        try:
            order = plan.send(result)
        except StopIteration as stop:
            return stop.value
        if isinstance(order, Sleep):
            time.sleep(order.seconds)
            result = None
        else:
            result = run(order)


async def drive_wait_async(plan: WaitPlan, run: Callable[[Call[Any]], Awaitable[Any]]) -> Any:
    """Carry out a wait plan with the async client's ``run`` and ``asyncio.sleep``."""
    result: Any = None
    while True:
        try:
            order = plan.send(result)
        except StopIteration as stop:
            return stop.value
        if isinstance(order, Sleep):
            import asyncio  # here, not at the top: sync programs never pay for it

            await asyncio.sleep(order.seconds)
            result = None
        else:
            result = await run(order)


__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "MIN_POLL_INTERVAL",
    "TERMINAL_STATUSES",
    "BatchWaitTimeoutError",
]
