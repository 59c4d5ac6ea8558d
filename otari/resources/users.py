"""``client.users``: gateway users (``/v1/users``). Control plane: authenticates with the admin key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._calls import Call, core_request, require_str, split_options
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
    paging,
    path_id,
    query_call,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._generated.models.usage_log_response import UsageLogResponse
    from .._generated.models.user_response import UserResponse
    from ..params import CreateUserParams, RequestOptions, UpdateUserParams


def create_user(*, user_id: str, **params: Unpack[CreateUserParams]) -> Call[UserResponse]:
    """Create a user (``POST /v1/users``).

    ``params`` are ``CreateUserRequest`` fields: ``alias``, ``budget_id``, ``allowed_models``, ``blocked``,
    ``metadata``. An existing ``user_id`` raises :class:`~otari.ConflictError`.
    """
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    fields = {"user_id": require_str("users.create", "user_id", user_id)}
    request = body("users.create", "create_user_request", fields, given)
    return control_call(core_request("users.create_user", body=request), options, parse_model("user_response"))


def list_users(
    *, skip: int | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[UserResponse]]:
    """List users (``GET /v1/users``)."""
    options: dict[str, Any] = dict(request_options)
    given = paging("users.list", skip, limit)
    return query_call("users.list", "users.list_users", {}, given, options, parse_model_list("user_response"))


def iter_users(
    *, page_size: int = DEFAULT_PAGE_SIZE, **request_options: Unpack[RequestOptions]
) -> PagePlan[UserResponse]:
    """Every user, fetched ``page_size`` at a time as the iteration needs them."""
    options: dict[str, Any] = dict(request_options)
    return offset_plan("users.iter", lambda skip, limit: list_users(skip=skip, limit=limit, **options), page_size)


def get_user(user_id: str, **request_options: Unpack[RequestOptions]) -> Call[UserResponse]:
    """Fetch one user (``GET /v1/users/{user_id}``); an unknown id raises :class:`~otari.NotFoundError`."""
    options: dict[str, Any] = dict(request_options)
    return by_id("users.get", "users.get_user", "user_id", user_id, options, parse_model("user_response"))


def update_user(user_id: str, **params: Unpack[UpdateUserParams]) -> Call[UserResponse]:
    """Change a user (``PATCH /v1/users/{user_id}``): ``alias``, ``budget_id``, ``blocked``, ``allowed_models``,
    ``metadata``."""
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    user = path_id("users.update", "user_id", user_id)
    request = body("users.update", "update_user_request", {}, given)
    built = core_request("users.update_user", user_id=user, body=request)
    return control_call(built, options, parse_model("user_response"))


def delete_user(user_id: str, **request_options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a user (``DELETE /v1/users/{user_id}``); the gateway deactivates the user's keys."""
    options: dict[str, Any] = dict(request_options)
    return by_id("users.delete", "users.delete_user", "user_id", user_id, options, parse_none)


def get_user_usage(
    user_id: str, *, skip: int | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[UsageLogResponse]]:
    """One user's request log, newest first (``GET /v1/users/{user_id}/usage``)."""
    options: dict[str, Any] = dict(request_options)
    path = {"user_id": path_id("users.usage", "user_id", user_id)}
    given = paging("users.usage", skip, limit)
    parse = parse_model_list("usage_log_response")
    return query_call("users.usage", "users.get_user_usage", path, given, options, parse)


def iter_user_usage(
    user_id: str, *, page_size: int = DEFAULT_PAGE_SIZE, **request_options: Unpack[RequestOptions]
) -> PagePlan[UsageLogResponse]:
    """Every logged request of one user, newest first, fetched ``page_size`` at a time."""
    options: dict[str, Any] = dict(request_options)
    return offset_plan(
        "users.iter_usage",
        lambda skip, limit: get_user_usage(user_id, skip=skip, limit=limit, **options),
        page_size,
    )


class Users(SyncResource[M]):
    """Users: ``create``, ``list``, ``get``, ``update``, ``delete``, ``usage``."""

    __slots__ = ()
    create = SyncMethod(create_user)
    list = SyncMethod(list_users)
    iter = SyncIterMethod(iter_users)
    get = SyncMethod(get_user)
    update = SyncMethod(update_user)
    delete = SyncMethod(delete_user)
    usage = SyncMethod(get_user_usage)
    iter_usage = SyncIterMethod(iter_user_usage)


class AsyncUsers(AsyncResource[M]):
    """Users: ``create``, ``list``, ``get``, ``update``, ``delete``, ``usage`` (awaitable)."""

    __slots__ = ()
    create = AsyncMethod(create_user)
    list = AsyncMethod(list_users)
    iter = AsyncIterMethod(iter_users)
    get = AsyncMethod(get_user)
    update = AsyncMethod(update_user)
    delete = AsyncMethod(delete_user)
    usage = AsyncMethod(get_user_usage)
    iter_usage = AsyncIterMethod(iter_user_usage)
