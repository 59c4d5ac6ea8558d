from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_member_budget_policies_public import (
    WorkspaceMemberBudgetPoliciesPublic,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: UUID,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/member-budget-policies".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceMemberBudgetPoliciesPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic]:
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
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic]:
    """List Workspace Budget Defaults

     List the budget defaults attached to a workspace. Any member may read it.

    Args:
        workspace_id (UUID):
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic | None:
    """List Workspace Budget Defaults

     List the budget defaults attached to a workspace. Any member may read it.

    Args:
        workspace_id (UUID):
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic]:
    """List Workspace Budget Defaults

     List the budget defaults attached to a workspace. Any member may read it.

    Args:
        workspace_id (UUID):
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic | None:
    """List Workspace Budget Defaults

     List the budget defaults attached to a workspace. Any member may read it.

    Args:
        workspace_id (UUID):
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberBudgetPoliciesPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
