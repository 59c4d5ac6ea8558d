from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_mcp_server_public import WorkspaceMcpServerPublic
from ...models.workspace_mcp_server_update import WorkspaceMcpServerUpdate
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    server_id: UUID,
    *,
    body: WorkspaceMcpServerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}/mcp-servers/{server_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceMcpServerPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMcpServerUpdate,
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
    """Update Workspace Mcp Server

     Update a server. Organization owners/admins or this workspace's owners/admins.

    Only the fields sent are applied. Omit `authorization_token` to leave the
    stored token alone, send an empty string to clear it, or send a value to
    rotate it.

    Args:
        workspace_id (UUID):
        server_id (UUID):
        body (WorkspaceMcpServerUpdate): Partial update. Only the fields the caller sets are
            applied.

            ``authorization_token`` has three states rather than two, which is what a
            write-only field needs: omit it to leave the stored token alone, send
            ``""`` to clear it, send a value to rotate it. An explicit ``null`` also
            leaves it alone, matching the platform: a client that serializes its whole
            form back, with an empty token box it never filled in, must not destroy a
            token it was never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServerPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMcpServerUpdate,
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    """Update Workspace Mcp Server

     Update a server. Organization owners/admins or this workspace's owners/admins.

    Only the fields sent are applied. Omit `authorization_token` to leave the
    stored token alone, send an empty string to clear it, or send a value to
    rotate it.

    Args:
        workspace_id (UUID):
        server_id (UUID):
        body (WorkspaceMcpServerUpdate): Partial update. Only the fields the caller sets are
            applied.

            ``authorization_token`` has three states rather than two, which is what a
            write-only field needs: omit it to leave the stored token alone, send
            ``""`` to clear it, send a value to rotate it. An explicit ``null`` also
            leaves it alone, matching the platform: a client that serializes its whole
            form back, with an empty token box it never filled in, must not destroy a
            token it was never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServerPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        server_id=server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMcpServerUpdate,
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
    """Update Workspace Mcp Server

     Update a server. Organization owners/admins or this workspace's owners/admins.

    Only the fields sent are applied. Omit `authorization_token` to leave the
    stored token alone, send an empty string to clear it, or send a value to
    rotate it.

    Args:
        workspace_id (UUID):
        server_id (UUID):
        body (WorkspaceMcpServerUpdate): Partial update. Only the fields the caller sets are
            applied.

            ``authorization_token`` has three states rather than two, which is what a
            write-only field needs: omit it to leave the stored token alone, send
            ``""`` to clear it, send a value to rotate it. An explicit ``null`` also
            leaves it alone, matching the platform: a client that serializes its whole
            form back, with an empty token box it never filled in, must not destroy a
            token it was never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServerPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    server_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceMcpServerUpdate,
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    """Update Workspace Mcp Server

     Update a server. Organization owners/admins or this workspace's owners/admins.

    Only the fields sent are applied. Omit `authorization_token` to leave the
    stored token alone, send an empty string to clear it, or send a value to
    rotate it.

    Args:
        workspace_id (UUID):
        server_id (UUID):
        body (WorkspaceMcpServerUpdate): Partial update. Only the fields the caller sets are
            applied.

            ``authorization_token`` has three states rather than two, which is what a
            write-only field needs: omit it to leave the stored token alone, send
            ``""`` to clear it, send a value to rotate it. An explicit ``null`` also
            leaves it alone, matching the platform: a client that serializes its whole
            form back, with an empty token box it never filled in, must not destroy a
            token it was never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServerPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            server_id=server_id,
            client=client,
            body=body,
        )
    ).parsed
