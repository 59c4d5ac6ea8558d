"""``client.aliases``: model aliases (``/v1/aliases``), so callers can ask for ``"fast"`` and an operator
can point it at another provider model without a code change. Control plane: authenticates with the admin
key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from .._calls import Call, core_request, require_str, split_options
from .._parsing import parse_model, parse_model_list, parse_none
from ._base import (
    AsyncMethod,
    AsyncResource,
    M,
    SyncMethod,
    SyncResource,
    body,
    control_call,
    optional_id,
    path_id,
    query_call,
    reject_unknown,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._generated.models.alias_response import AliasResponse
    from ..params import RequestOptions


def list_aliases(
    *, workspace_id: str | UUID | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[AliasResponse]]:
    """Every alias in force (``GET /v1/aliases``): global and user-scoped, from config.yml and from storage.

    ``AliasResponse.source`` says where each is defined.
    """
    options: dict[str, Any] = dict(request_options)
    given = {"workspace_id": optional_id("aliases.list", "workspace_id", workspace_id)}
    return query_call("aliases.list", "aliases.list_aliases", {}, given, options, parse_model_list("alias_response"))


def set_alias(
    name: str, target: str, *, user_id: str | None = None, **request_options: Unpack[RequestOptions]
) -> Call[AliasResponse]:
    """Create or repoint an alias (``POST /v1/aliases``): requests for ``name`` go to ``target``
    (``"provider:model"`` or ``"instance:model"``). ``user_id`` scopes it to one user, shadowing a global
    alias of the same name for that user only."""
    options: dict[str, Any] = dict(request_options)
    call_options = split_options(options)
    reject_unknown("aliases.set", options)
    fields: dict[str, Any] = {
        "name": require_str("aliases.set", "name", name),
        "target": require_str("aliases.set", "target", target),
    }
    if user_id is not None:
        fields["user_id"] = require_str("aliases.set", "user_id", user_id)
    request = body("aliases.set", "alias_request", fields, {})
    built = core_request("aliases.set_alias", body=request)
    return control_call(built, call_options, parse_model("alias_response"))


def delete_alias(name: str, *, user_id: str | None = None, **request_options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a stored alias (``DELETE /v1/aliases/{name}``): the global one, or with ``user_id`` only that
    user's override (the global alias keeps serving everyone else)."""
    options: dict[str, Any] = dict(request_options)
    path = {"name": path_id("aliases.delete", "name", name)}
    given = {"user_id": None if user_id is None else require_str("aliases.delete", "user_id", user_id)}
    return query_call("aliases.delete", "aliases.delete_alias", path, given, options, parse_none)


class Aliases(SyncResource[M]):
    """Model aliases: ``list``, ``set``, ``delete``."""

    __slots__ = ()
    list = SyncMethod(list_aliases)
    set = SyncMethod(set_alias)
    delete = SyncMethod(delete_alias)


class AsyncAliases(AsyncResource[M]):
    """Model aliases: ``list``, ``set``, ``delete`` (awaitable)."""

    __slots__ = ()
    list = AsyncMethod(list_aliases)
    set = AsyncMethod(set_alias)
    delete = AsyncMethod(delete_alias)
