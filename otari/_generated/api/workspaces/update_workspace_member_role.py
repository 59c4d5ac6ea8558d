from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.update_workspace_member_role_role import UpdateWorkspaceMemberRoleRole
from ...models.workspace_member_public import WorkspaceMemberPublic
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    user_id: UUID,
    *,
    role: UpdateWorkspaceMemberRoleRole,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role = role.value
    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}/members/{user_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceMemberPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    role: UpdateWorkspaceMemberRoleRole,
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    """Update Workspace Member Role

     Change a workspace member's role.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (UpdateWorkspaceMemberRoleRole): Role to assign in this workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    role: UpdateWorkspaceMemberRoleRole,
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    """Update Workspace Member Role

     Change a workspace member's role.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (UpdateWorkspaceMemberRoleRole): Role to assign in this workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        role=role,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    role: UpdateWorkspaceMemberRoleRole,
) -> Response[HTTPValidationError | WorkspaceMemberPublic]:
    """Update Workspace Member Role

     Change a workspace member's role.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (UpdateWorkspaceMemberRoleRole): Role to assign in this workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMemberPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient,
    role: UpdateWorkspaceMemberRoleRole,
) -> HTTPValidationError | WorkspaceMemberPublic | None:
    """Update Workspace Member Role

     Change a workspace member's role.

    Args:
        workspace_id (UUID):
        user_id (UUID):
        role (UpdateWorkspaceMemberRoleRole): Role to assign in this workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMemberPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            role=role,
        )
    ).parsed
