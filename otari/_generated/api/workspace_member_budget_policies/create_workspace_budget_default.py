from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_member_budget_policy_create import (
    WorkspaceMemberBudgetPolicyCreate,
)
from ...models.workspace_member_budget_policy_public import (
    WorkspaceMemberBudgetPolicyPublic,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/member-budget-policies".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    if response.status_code == 201:
        response_201 = WorkspaceMemberBudgetPolicyPublic.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Create Workspace Budget Default

     Create a budget default.

    Materializes it into a per-member ``scoped_budgets`` row for every
    existing active member of the workspace; a member who joins afterwards is
    materialized when they join.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate): Request body for creating a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Create Workspace Budget Default

     Create a budget default.

    Materializes it into a per-member ``scoped_budgets`` row for every
    existing active member of the workspace; a member who joins afterwards is
    materialized when they join.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate): Request body for creating a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Create Workspace Budget Default

     Create a budget default.

    Materializes it into a per-member ``scoped_budgets`` row for every
    existing active member of the workspace; a member who joins afterwards is
    materialized when they join.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate): Request body for creating a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyCreate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Create Workspace Budget Default

     Create a budget default.

    Materializes it into a per-member ``scoped_budgets`` row for every
    existing active member of the workspace; a member who joins afterwards is
    materialized when they join.

    Args:
        workspace_id (UUID):
        body (WorkspaceMemberBudgetPolicyCreate): Request body for creating a default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
