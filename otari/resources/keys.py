"""``client.keys``: virtual API keys (``/v1/keys``). Control plane: authenticates with the admin key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._calls import Call, core_request, split_options
from .._pagination import DEFAULT_PAGE_SIZE, PagePlan, offset_plan
from .._parsing import parse_model, parse_model_list, parse_none
from ._base import (
    AsyncIterMethod,
    AsyncMethod,
    AsyncResource,
    M,
    SyncIterMethod,
    SyncMethod,
    SyncResource,
    body,
    by_id,
    control_call,
    optional_id,
    paging,
    path_id,
    query_call,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._generated.models.create_key_response import CreateKeyResponse
    from .._generated.models.key_info import KeyInfo
    from ..params import CreateKeyParams, RequestOptions, UpdateKeyParams

_DATES = ("expires_at",)


def create_key(**params: Unpack[CreateKeyParams]) -> Call[CreateKeyResponse]:
    """Create a virtual key (``POST /v1/keys``).

    ``params`` are ``CreateKeyRequest`` fields: ``key_name``, ``user_id``, ``expires_at`` (a datetime or
    ISO 8601 string), ``allowed_models``, ``metadata``, ``exclude_from_budget``, ... The returned
    ``CreateKeyResponse.key`` is the secret, shown only this once (and masked in its repr).
    """
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    request = body("keys.create", "create_key_request", {}, given, dates=_DATES)
    built = core_request("keys.create_key", body=request)
    return control_call(built, options, parse_model("create_key_response"))


def list_keys(
    *,
    skip: int | None = None,
    limit: int | None = None,
    workspace_id: str | UUID | None = None,
    **request_options: Unpack[RequestOptions],
) -> Call[list[KeyInfo]]:
    """List virtual keys (``GET /v1/keys``), without their secrets."""
    options: dict[str, Any] = dict(request_options)
    given = {**paging("keys.list", skip, limit), "workspace_id": optional_id("keys.list", "workspace_id", workspace_id)}
    return query_call("keys.list", "keys.list_keys", {}, given, options, parse_model_list("key_info"))


def iter_keys(
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    workspace_id: str | UUID | None = None,
    **request_options: Unpack[RequestOptions],
) -> PagePlan[KeyInfo]:
    """Every key, fetched ``page_size`` at a time as the iteration needs them."""
    options: dict[str, Any] = dict(request_options)
    return offset_plan(
        "keys.iter",
        lambda skip, limit: list_keys(skip=skip, limit=limit, workspace_id=workspace_id, **options),
        page_size,
    )


def get_key(key_id: str, **request_options: Unpack[RequestOptions]) -> Call[KeyInfo]:
    """Fetch one key's details by id (``GET /v1/keys/{key_id}``)."""
    options: dict[str, Any] = dict(request_options)
    return by_id("keys.get", "keys.get_key", "key_id", key_id, options, parse_model("key_info"))


def update_key(key_id: str, **params: Unpack[UpdateKeyParams]) -> Call[KeyInfo]:
    """Change a key (``PATCH /v1/keys/{key_id}``): ``key_name``, ``is_active``, ``expires_at``, ``metadata``, ..."""
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    key = path_id("keys.update", "key_id", key_id)
    request = body("keys.update", "update_key_request", {}, given, dates=_DATES)
    built = core_request("keys.update_key", key_id=key, body=request)
    return control_call(built, options, parse_model("key_info"))


def delete_key(key_id: str, **request_options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a key (``DELETE /v1/keys/{key_id}``); requests using it fail from then on."""
    options: dict[str, Any] = dict(request_options)
    return by_id("keys.delete", "keys.delete_key", "key_id", key_id, options, parse_none)


def rotate_key(key_id: str, **request_options: Unpack[RequestOptions]) -> Call[CreateKeyResponse]:
    """Issue a new secret for a key (``POST /v1/keys/{key_id}/rotate``); the old one stops working."""
    options: dict[str, Any] = dict(request_options)
    return by_id("keys.rotate", "keys.rotate_key", "key_id", key_id, options, parse_model("create_key_response"))


class Keys(SyncResource[M]):
    """Virtual API keys: ``create``, ``list``, ``get``, ``update``, ``delete``, ``rotate``."""

    __slots__ = ()
    create = SyncMethod(create_key)
    list = SyncMethod(list_keys)
    iter = SyncIterMethod(iter_keys)
    get = SyncMethod(get_key)
    update = SyncMethod(update_key)
    delete = SyncMethod(delete_key)
    rotate = SyncMethod(rotate_key)


class AsyncKeys(AsyncResource[M]):
    """Virtual API keys: ``create``, ``list``, ``get``, ``update``, ``delete``, ``rotate`` (awaitable)."""

    __slots__ = ()
    create = AsyncMethod(create_key)
    list = AsyncMethod(list_keys)
    iter = AsyncIterMethod(iter_keys)
    get = AsyncMethod(get_key)
    update = AsyncMethod(update_key)
    delete = AsyncMethod(delete_key)
    rotate = AsyncMethod(rotate_key)
