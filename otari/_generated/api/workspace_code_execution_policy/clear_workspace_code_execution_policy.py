from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_code_execution_policy_public import (
    WorkspaceCodeExecutionPolicyPublic,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspaces/{workspace_id}/code-execution-policy".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceCodeExecutionPolicyPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceCodeExecutionPolicyPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]:
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
) -> Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]:
    """Clear Workspace Code Execution Policy

     Drop a workspace's policy, returning it to the deployment's behavior.

    Idempotent: a workspace that has no policy is already in the state this
    asks for, so it answers with the unconfigured policy rather than a 404.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkspaceCodeExecutionPolicyPublic | None:
    """Clear Workspace Code Execution Policy

     Drop a workspace's policy, returning it to the deployment's behavior.

    Idempotent: a workspace that has no policy is already in the state this
    asks for, so it answers with the unconfigured policy rather than a 404.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceCodeExecutionPolicyPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]:
    """Clear Workspace Code Execution Policy

     Drop a workspace's policy, returning it to the deployment's behavior.

    Idempotent: a workspace that has no policy is already in the state this
    asks for, so it answers with the unconfigured policy rather than a 404.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkspaceCodeExecutionPolicyPublic | None:
    """Clear Workspace Code Execution Policy

     Drop a workspace's policy, returning it to the deployment's behavior.

    Idempotent: a workspace that has no policy is already in the state this
    asks for, so it answers with the unconfigured policy rather than a 404.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceCodeExecutionPolicyPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
