"""``client.usage``: the gateway's request log (``GET /v1/usage``) and its analytics (``/v1/usage/summary``,
``/series``, ``/count``, ``/summary.csv``). Control plane: admin key.

Every call takes the same filters (:class:`UsageFilters`, checked once here), so a report's totals,
series, count and rows always describe the same requests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from .._calls import Call, model_class, split_options
from .._pagination import DEFAULT_PAGE_SIZE, PagePlan, offset_plan
from .._parsing import parse_bytes, parse_model, parse_model_list
from ._base import (
    AsyncIterMethod,
    AsyncMethod,
    AsyncResource,
    IdList,
    M,
    SyncIterMethod,
    SyncMethod,
    SyncResource,
    control_call,
    id_list,
    iso,
    optional_id,
    paging,
    query,
    reject_unknown,
)

if TYPE_CHECKING:
    from .._downloads import AsyncBinaryStream, BinaryStream
    from .._generated.models.usage_count import UsageCount
    from .._generated.models.usage_entry import UsageEntry
    from .._generated.models.usage_grouped_series import UsageGroupedSeries
    from .._generated.models.usage_summary import UsageSummary
    from ..params import UsageFilters

Tool = Literal["any", "web_search", "code_execution"]
Bucket = Literal["hour", "day"]
Dimension = Literal[
    "model", "user", "api_key", "source", "source_label", "endpoint", "provider", "status_code", "tool", "none"
]
GroupBy = Literal["model", "user_id", "api_key_id", "source"]


def _typed(kind: type | tuple[type, ...], what: str) -> Callable[[str, str, object], Any]:
    def check(method: str, name: str, value: object) -> Any:
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise TypeError(f"{method}() argument {name!r} must be {what}, got {value!r}")
        return value

    return check


_text = _typed(str, "a string")
_FILTERS: dict[str, Callable[[str, str, object], Any]] = {
    "start_date": iso,
    "end_date": iso,
    "user_id": id_list,
    "status": _text,
    "status_code": _typed(int, "an int"),
    "model": id_list,
    "endpoint": _text,
    "provider": _text,
    "source": _text,
    "source_label": _text,
    "api_key_id": id_list,
    "priced": _typed(bool, "a bool"),
    "tool": _text,
    "counts_toward_budget": _typed(bool, "a bool"),
    "workspace_id": optional_id,
}


def usage_filters(method: str, filters: dict[str, Any]) -> dict[str, Any]:
    """The query values of the filters given (popped from ``filters``; anything left is unknown)."""
    given: dict[str, Any] = {}
    for name, check in _FILTERS.items():
        value = filters.pop(name, None)
        given[name] = None if value is None else check(method, name, value)
    reject_unknown(method, filters)
    return given


def choice(method: str, name: str, value: object, enum_model: str) -> Any:
    """``value`` as the generated enum the core serialises; a value outside it names the allowed ones."""
    cls = model_class(enum_model)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{method}() argument {name!r} must be one of {allowed}, got {value!r}") from None


def _split(method: str, filters: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    options = split_options(filters)
    return options, usage_filters(method, filters)


# --- the request log ----------------------------------------------------------------------------------


def _list_call(method: str, request_group_id: object, skip: object, limit: object, filters: dict[str, Any]) -> Any:
    options, given = _split(method, filters)
    given["request_group_id"] = id_list(method, "request_group_id", request_group_id)
    built = query("usage.list_usage", {}, {**given, **paging(method, skip, limit)})
    return control_call(built, options, parse_model_list("usage_entry"))


def list_usage(
    *,
    request_group_id: IdList | None = None,
    skip: int | None = None,
    limit: int | None = None,
    **filters: Unpack[UsageFilters],
) -> Call[list[UsageEntry]]:
    """Logged requests, newest first (``GET /v1/usage``): one page of ``limit`` rows after ``skip``.

    Filters: see :class:`~otari.resources.usage.UsageFilters`; ``request_group_id`` (one or a list) selects
    the attempts of routed requests. ``usage.iter(...)`` walks every page.
    """
    return _list_call("usage.list", request_group_id, skip, limit, dict(filters))  # type: ignore[no-any-return]


def iter_usage(
    *, request_group_id: IdList | None = None, page_size: int = DEFAULT_PAGE_SIZE, **filters: Unpack[UsageFilters]
) -> PagePlan[UsageEntry]:
    """Every logged request matching the filters, newest first, fetched ``page_size`` rows at a time.

    Rows logged while iterating shift the pages (the log is ordered newest first): bound ``end_date`` for
    an exact walk.
    """
    given = dict(filters)
    return offset_plan(
        "usage.iter",
        lambda skip, limit: _list_call("usage.iter", request_group_id, skip, limit, dict(given)),
        page_size,
    )


# --- analytics ----------------------------------------------------------------------------------------


def usage_count(*, request_group_id: IdList | None = None, **filters: Unpack[UsageFilters]) -> Call[UsageCount]:
    """How many logged requests match the filters (``GET /v1/usage/count``): ``.total``."""
    options, given = _split("usage.count", dict(filters))
    given["request_group_id"] = id_list("usage.count", "request_group_id", request_group_id)
    return control_call(query("usage.count_usage", {}, given), options, parse_model("usage_count"))


def usage_summary(
    *, bucket: Bucket | None = None, dimensions: Sequence[Dimension] | None = None, **filters: Unpack[UsageFilters]
) -> Call[UsageSummary]:
    """Spend, tokens and requests over a window (``GET /v1/usage/summary``).

    ``totals``, breakdowns ``by_model``, ``by_user``, ``by_api_key``, ``by_source``, ``by_source_label``,
    ``by_endpoint``, ``by_provider``, ``by_tool``, ``errors_by_status_code``, and a ``series`` bucketed by
    ``bucket`` (``"day"``, the gateway's default, or ``"hour"``). ``dimensions`` names the breakdowns to
    compute (the others come back empty), e.g. ``["user"]`` for a per-user report. The gateway defaults to
    the last 30 days and caps the window.
    """
    method = "usage.summary"
    options, given = _split(method, dict(filters))
    if bucket is not None:
        given["bucket"] = choice(method, "bucket", bucket, "usage_summary_bucket")
    if dimensions is not None:
        if isinstance(dimensions, str) or not isinstance(dimensions, Sequence):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"{method}() argument 'dimensions' must be a list such as ['user'], got {dimensions!r}")
        given["dimensions"] = [
            choice(method, "dimensions", value, "usage_summary_dimensions_type_0_item") for value in dimensions
        ]
    return control_call(query("usage.usage_summary", {}, given), options, parse_model("usage_summary"))


def usage_series(
    *, group_by: GroupBy, bucket: Bucket | None = None, **filters: Unpack[UsageFilters]
) -> Call[UsageGroupedSeries]:
    """A time series split by ``group_by`` (``"model"``, ``"user_id"``, ``"api_key_id"`` or ``"source"``)
    (``GET /v1/usage/series``): the top groups by spend, the rest folded into ``other``."""
    method = "usage.series"
    options, given = _split(method, dict(filters))
    given["group_by"] = choice(method, "group_by", group_by, "usage_series_group_by")
    if bucket is not None:
        given["bucket"] = choice(method, "bucket", bucket, "usage_series_bucket")
    return control_call(query("usage.usage_series", {}, given), options, parse_model("usage_grouped_series"))


def _csv_call(method: str, filters: dict[str, Any], *, stream: bool) -> Call[Any]:
    options, given = _split(method, filters)
    built = query("usage.usage_summary_csv", {}, given)
    return control_call(built, options, parse_bytes, stream="bytes" if stream else None)


def usage_summary_csv(**filters: Unpack[UsageFilters]) -> Call[bytes]:
    """Every breakdown of the summary as one CSV, uncapped (``GET /v1/usage/summary.csv``), read whole."""
    return _csv_call("usage.summary_csv", dict(filters), stream=False)


def usage_summary_csv_stream(**filters: Unpack[UsageFilters]) -> Call[BinaryStream]:
    """The summary CSV as a :class:`~otari.BinaryStream` (``write_to(path)`` / ``iter_bytes()``)."""
    return _csv_call("usage.summary_csv_stream", dict(filters), stream=True)


def usage_summary_csv_stream_async(**filters: Unpack[UsageFilters]) -> Call[AsyncBinaryStream]:
    """The summary CSV as an :class:`~otari.AsyncBinaryStream` (``await write_to(path)``)."""
    return _csv_call("usage.summary_csv_stream", dict(filters), stream=True)


class Usage(SyncResource[M]):
    """The request log (``list``, ``iter``) and its analytics (``summary``, ``series``, ``count``,
    ``summary_csv``, ``summary_csv_stream``)."""

    __slots__ = ()
    list = SyncMethod(list_usage)
    iter = SyncIterMethod(iter_usage)
    count = SyncMethod(usage_count)
    summary = SyncMethod(usage_summary)
    series = SyncMethod(usage_series)
    summary_csv = SyncMethod(usage_summary_csv)
    summary_csv_stream = SyncMethod(usage_summary_csv_stream)


class AsyncUsage(AsyncResource[M]):
    """The request log and its analytics (awaitable; ``iter`` is ``async for``)."""

    __slots__ = ()
    list = AsyncMethod(list_usage)
    iter = AsyncIterMethod(iter_usage)
    count = AsyncMethod(usage_count)
    summary = AsyncMethod(usage_summary)
    series = AsyncMethod(usage_series)
    summary_csv = AsyncMethod(usage_summary_csv)
    summary_csv_stream = AsyncMethod(usage_summary_csv_stream_async)
