"""``client.usage``: the gateway's request log (``GET /v1/usage``). Control plane: admin key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._calls import Call, split_options
from .._parsing import parse_model_list
from ._base import (
    AsyncMethod,
    AsyncResource,
    DateLike,
    IdList,
    M,
    SyncMethod,
    SyncResource,
    control_call,
    id_list,
    iso,
    paging,
    query,
    reject_unknown,
)

if TYPE_CHECKING:
    from .._generated.models.usage_entry import UsageEntry

_M = "usage.list"


def _optional(name: str, value: object, kind: type | tuple[type, ...], what: str) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) and kind is not bool:
        raise TypeError(f"{_M}() argument {name!r} must be {what}, got {value!r}")
    if not isinstance(value, kind):
        raise TypeError(f"{_M}() argument {name!r} must be {what}, got {value!r}")
    return value


def list_usage(
    *,
    start_date: DateLike | None = None,
    end_date: DateLike | None = None,
    user_id: IdList | None = None,
    status: str | None = None,
    status_code: int | None = None,
    model: IdList | None = None,
    endpoint: str | None = None,
    provider: str | None = None,
    source: str | None = None,
    source_label: str | None = None,
    api_key_id: IdList | None = None,
    priced: bool | None = None,
    tool: str | None = None,
    counts_toward_budget: bool | None = None,
    request_group_id: IdList | None = None,
    workspace_id: str | UUID | None = None,
    skip: int | None = None,
    limit: int | None = None,
    **options: Any,
) -> Call[list[UsageEntry]]:
    """Logged requests, newest first (``GET /v1/usage``), filtered by the arguments given.

    ``start_date`` / ``end_date`` take datetimes, dates or ISO 8601 strings; ``user_id``, ``model``,
    ``api_key_id`` and ``request_group_id`` take one value or a list; ``status`` is ``"success"`` or
    ``"error"``.
    """
    call_options = split_options(options)
    reject_unknown(_M, options)
    given: dict[str, Any] = {
        "start_date": None if start_date is None else iso(_M, "start_date", start_date),
        "end_date": None if end_date is None else iso(_M, "end_date", end_date),
        "user_id": id_list(_M, "user_id", user_id),
        "status": _optional("status", status, str, "a string"),
        "status_code": _optional("status_code", status_code, int, "an int"),
        "model": id_list(_M, "model", model),
        "endpoint": _optional("endpoint", endpoint, str, "a string"),
        "provider": _optional("provider", provider, str, "a string"),
        "source": _optional("source", source, str, "a string"),
        "source_label": _optional("source_label", source_label, str, "a string"),
        "api_key_id": id_list(_M, "api_key_id", api_key_id),
        "priced": _optional("priced", priced, bool, "a bool"),
        "tool": _optional("tool", tool, str, "a string"),
        "counts_toward_budget": _optional("counts_toward_budget", counts_toward_budget, bool, "a bool"),
        "request_group_id": id_list(_M, "request_group_id", request_group_id),
        "workspace_id": None if workspace_id is None else str(workspace_id),
        **paging(_M, skip, limit),
    }
    built = query("usage.list_usage", {}, given)
    return control_call(built, call_options, parse_model_list("usage_entry"))


class Usage(SyncResource[M]):
    """The request log: ``list``."""

    __slots__ = ()
    list = SyncMethod(list_usage)


class AsyncUsage(AsyncResource[M]):
    """The request log: ``list`` (awaitable)."""

    __slots__ = ()
    list = AsyncMethod(list_usage)
