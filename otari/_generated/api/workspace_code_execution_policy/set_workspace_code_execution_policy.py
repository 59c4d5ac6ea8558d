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
from ...models.workspace_code_execution_policy_update import (
    WorkspaceCodeExecutionPolicyUpdate,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: WorkspaceCodeExecutionPolicyUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workspaces/{workspace_id}/code-execution-policy".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: WorkspaceCodeExecutionPolicyUpdate,
) -> Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]:
    """Set Workspace Code Execution Policy

     Set a workspace's code-execution policy, replacing any existing one.

    An organization owner/admin, or an owner/admin of this workspace, may
    write it. The policy can only narrow what the deployment permits: turning
    code execution off for the workspace, and lowering the loop and execution
    ceilings. It never turns a sandbox the deployment has not configured on.

    Args:
        workspace_id (UUID):
        body (WorkspaceCodeExecutionPolicyUpdate): The policy to store for a workspace, as a
            whole.

            ``PUT`` semantics, ported from the hosted ``CodeExecutionConfigUpsert``:
            what is sent is what the workspace has afterwards, so an omitted limit is
            cleared rather than left as it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]
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
    body: WorkspaceCodeExecutionPolicyUpdate,
) -> HTTPValidationError | WorkspaceCodeExecutionPolicyPublic | None:
    """Set Workspace Code Execution Policy

     Set a workspace's code-execution policy, replacing any existing one.

    An organization owner/admin, or an owner/admin of this workspace, may
    write it. The policy can only narrow what the deployment permits: turning
    code execution off for the workspace, and lowering the loop and execution
    ceilings. It never turns a sandbox the deployment has not configured on.

    Args:
        workspace_id (UUID):
        body (WorkspaceCodeExecutionPolicyUpdate): The policy to store for a workspace, as a
            whole.

            ``PUT`` semantics, ported from the hosted ``CodeExecutionConfigUpsert``:
            what is sent is what the workspace has afterwards, so an omitted limit is
            cleared rather than left as it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceCodeExecutionPolicyPublic
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
    body: WorkspaceCodeExecutionPolicyUpdate,
) -> Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]:
    """Set Workspace Code Execution Policy

     Set a workspace's code-execution policy, replacing any existing one.

    An organization owner/admin, or an owner/admin of this workspace, may
    write it. The policy can only narrow what the deployment permits: turning
    code execution off for the workspace, and lowering the loop and execution
    ceilings. It never turns a sandbox the deployment has not configured on.

    Args:
        workspace_id (UUID):
        body (WorkspaceCodeExecutionPolicyUpdate): The policy to store for a workspace, as a
            whole.

            ``PUT`` semantics, ported from the hosted ``CodeExecutionConfigUpsert``:
            what is sent is what the workspace has afterwards, so an omitted limit is
            cleared rather than left as it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceCodeExecutionPolicyPublic]
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
    body: WorkspaceCodeExecutionPolicyUpdate,
) -> HTTPValidationError | WorkspaceCodeExecutionPolicyPublic | None:
    """Set Workspace Code Execution Policy

     Set a workspace's code-execution policy, replacing any existing one.

    An organization owner/admin, or an owner/admin of this workspace, may
    write it. The policy can only narrow what the deployment permits: turning
    code execution off for the workspace, and lowering the loop and execution
    ceilings. It never turns a sandbox the deployment has not configured on.

    Args:
        workspace_id (UUID):
        body (WorkspaceCodeExecutionPolicyUpdate): The policy to store for a workspace, as a
            whole.

            ``PUT`` semantics, ported from the hosted ``CodeExecutionConfigUpsert``:
            what is sent is what the workspace has afterwards, so an omitted limit is
            cleared rather than left as it was.

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
            body=body,
        )
    ).parsed
