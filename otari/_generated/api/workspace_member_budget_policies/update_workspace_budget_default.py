from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_member_budget_policy_public import (
    WorkspaceMemberBudgetPolicyPublic,
)
from ...models.workspace_member_budget_policy_update import (
    WorkspaceMemberBudgetPolicyUpdate,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    default_id: str,
    *,
    body: WorkspaceMemberBudgetPolicyUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}/member-budget-policies/{default_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            default_id=quote(str(default_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceMemberBudgetPolicyPublic.from_dict(response.json())

        return response_200

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
    default_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyUpdate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Update Workspace Budget Default

     Update a budget default's label or limit.

    Not retroactive: members already materialized from this default keep
    their existing ceiling; only a member materialized afterwards sees the
    new one.

    Args:
        workspace_id (UUID):
        default_id (str):
        body (WorkspaceMemberBudgetPolicyUpdate): Request body for pointing a default at a
            different budget.

            Members already materialized from this default keep the budget they were
            given: their ceiling names it directly, and this only changes what a member
            joining afterwards is handed. Editing the *budget* is the retroactive act,
            and it moves everyone naming it, in this workspace and outside it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        default_id=default_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    default_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyUpdate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Update Workspace Budget Default

     Update a budget default's label or limit.

    Not retroactive: members already materialized from this default keep
    their existing ceiling; only a member materialized afterwards sees the
    new one.

    Args:
        workspace_id (UUID):
        default_id (str):
        body (WorkspaceMemberBudgetPolicyUpdate): Request body for pointing a default at a
            different budget.

            Members already materialized from this default keep the budget they were
            given: their ceiling names it directly, and this only changes what a member
            joining afterwards is handed. Editing the *budget* is the retroactive act,
            and it moves everyone naming it, in this workspace and outside it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        default_id=default_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    default_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyUpdate,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]:
    """Update Workspace Budget Default

     Update a budget default's label or limit.

    Not retroactive: members already materialized from this default keep
    their existing ceiling; only a member materialized afterwards sees the
    new one.

    Args:
        workspace_id (UUID):
        default_id (str):
        body (WorkspaceMemberBudgetPolicyUpdate): Request body for pointing a default at a
            different budget.

            Members already materialized from this default keep the budget they were
            given: their ceiling names it directly, and this only changes what a member
            joining afterwards is handed. Editing the *budget* is the retroactive act,
            and it moves everyone naming it, in this workspace and outside it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        default_id=default_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    default_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMemberBudgetPolicyUpdate,
) -> HTTPValidationError | WorkspaceMemberBudgetPolicyPublic | None:
    """Update Workspace Budget Default

     Update a budget default's label or limit.

    Not retroactive: members already materialized from this default keep
    their existing ceiling; only a member materialized afterwards sees the
    new one.

    Args:
        workspace_id (UUID):
        default_id (str):
        body (WorkspaceMemberBudgetPolicyUpdate): Request body for pointing a default at a
            different budget.

            Members already materialized from this default keep the budget they were
            given: their ceiling names it directly, and this only changes what a member
            joining afterwards is handed. Editing the *budget* is the retroactive act,
            and it moves everyone naming it, in this workspace and outside it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPolicyPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            default_id=default_id,
            client=client,
            body=body,
        )
    ).parsed
