"""``client.budgets``: spending limits (``/v1/budgets``). Control plane: authenticates with the admin key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    paging,
    path_id,
    query_call,
)

if TYPE_CHECKING:
    from typing import Unpack

    from .._generated.models.budget_reset_log_response import BudgetResetLogResponse
    from .._generated.models.budget_response import BudgetResponse
    from ..params import CreateBudgetParams, RequestOptions, UpdateBudgetParams


def create_budget(**params: Unpack[CreateBudgetParams]) -> Call[BudgetResponse]:
    """Create a budget (``POST /v1/budgets``).

    ``params`` are ``CreateBudgetRequest`` fields: ``name``, ``max_budget``, ``budget_duration_sec``,
    ``reset_alignment``. Assign it to users with ``client.users.create/update(budget_id=...)``.
    """
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    request = body("budgets.create", "create_budget_request", {}, given)
    return control_call(core_request("budgets.create_budget", body=request), options, parse_model("budget_response"))


def list_budgets(
    *, skip: int | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[BudgetResponse]]:
    """List budgets (``GET /v1/budgets``)."""
    options: dict[str, Any] = dict(request_options)
    given = paging("budgets.list", skip, limit)
    return query_call("budgets.list", "budgets.list_budgets", {}, given, options, parse_model_list("budget_response"))


def iter_budgets(
    *, page_size: int = DEFAULT_PAGE_SIZE, **request_options: Unpack[RequestOptions]
) -> PagePlan[BudgetResponse]:
    """Every budget, fetched ``page_size`` at a time as the iteration needs them."""
    options: dict[str, Any] = dict(request_options)
    return offset_plan("budgets.iter", lambda skip, limit: list_budgets(skip=skip, limit=limit, **options), page_size)


def get_budget(budget_id: str, **request_options: Unpack[RequestOptions]) -> Call[BudgetResponse]:
    """Fetch one budget (``GET /v1/budgets/{budget_id}``)."""
    options: dict[str, Any] = dict(request_options)
    return by_id("budgets.get", "budgets.get_budget", "budget_id", budget_id, options, parse_model("budget_response"))


def update_budget(budget_id: str, **params: Unpack[UpdateBudgetParams]) -> Call[BudgetResponse]:
    """Change a budget (``PATCH /v1/budgets/{budget_id}``): ``name``, ``max_budget``, ``budget_duration_sec``, ..."""
    given: dict[str, Any] = dict(params)
    options = split_options(given)
    budget = path_id("budgets.update", "budget_id", budget_id)
    request = body("budgets.update", "update_budget_request", {}, given)
    built = core_request("budgets.update_budget", budget_id=budget, body=request)
    return control_call(built, options, parse_model("budget_response"))


def delete_budget(budget_id: str, **request_options: Unpack[RequestOptions]) -> Call[None]:
    """Delete a budget (``DELETE /v1/budgets/{budget_id}``)."""
    options: dict[str, Any] = dict(request_options)
    return by_id("budgets.delete", "budgets.delete_budget", "budget_id", budget_id, options, parse_none)


def list_reset_logs(
    budget_id: str, *, skip: int | None = None, limit: int | None = None, **request_options: Unpack[RequestOptions]
) -> Call[list[BudgetResetLogResponse]]:
    """A budget's reset events, one per user and period, newest first (``GET /v1/budgets/{budget_id}/reset-logs``):
    ``previous_spend`` is what the user had spent when the period rolled over."""
    options: dict[str, Any] = dict(request_options)
    path = {"budget_id": path_id("budgets.reset_logs", "budget_id", budget_id)}
    given = paging("budgets.reset_logs", skip, limit)
    parse = parse_model_list("budget_reset_log_response")
    return query_call("budgets.reset_logs", "budgets.list_budget_reset_logs", path, given, options, parse)


class Budgets(SyncResource[M]):
    """Budgets: ``create``, ``list``, ``get``, ``update``, ``delete``."""

    __slots__ = ()
    create = SyncMethod(create_budget)
    list = SyncMethod(list_budgets)
    iter = SyncIterMethod(iter_budgets)
    get = SyncMethod(get_budget)
    update = SyncMethod(update_budget)
    delete = SyncMethod(delete_budget)
    reset_logs = SyncMethod(list_reset_logs)


class AsyncBudgets(AsyncResource[M]):
    """Budgets: ``create``, ``list``, ``get``, ``update``, ``delete`` (awaitable)."""

    __slots__ = ()
    create = AsyncMethod(create_budget)
    list = AsyncMethod(list_budgets)
    iter = AsyncIterMethod(iter_budgets)
    get = AsyncMethod(get_budget)
    update = AsyncMethod(update_budget)
    delete = AsyncMethod(delete_budget)
    reset_logs = AsyncMethod(list_reset_logs)
