from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_mcp_server_create import WorkspaceMcpServerCreate
from ...models.workspace_mcp_server_public import WorkspaceMcpServerPublic
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: WorkspaceMcpServerCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/mcp-servers".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    if response.status_code == 201:
        response_201 = WorkspaceMcpServerPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
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
    body: WorkspaceMcpServerCreate,
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
    """Create Workspace Mcp Server

     Register an MCP server for a workspace. Organization owners/admins or this workspace's
    owners/admins.

    The authorization token is encrypted at rest and never returned. The URL
    is checked for SSRF safety here as well as on the request path, and must
    use https when a token is set. A name already used in this workspace is
    refused with a 409.

    Args:
        workspace_id (UUID):
        body (WorkspaceMcpServerCreate): Request body for registering a server.

            ``authorization_token`` is never stored as sent: it is encrypted with
            ``OTARI_SECRET_KEY`` and only the ciphertext is kept, the same convention
            `entities.ProviderCredential` and `OrgProviderKey` already use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServerPublic]
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
    body: WorkspaceMcpServerCreate,
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    """Create Workspace Mcp Server

     Register an MCP server for a workspace. Organization owners/admins or this workspace's
    owners/admins.

    The authorization token is encrypted at rest and never returned. The URL
    is checked for SSRF safety here as well as on the request path, and must
    use https when a token is set. A name already used in this workspace is
    refused with a 409.

    Args:
        workspace_id (UUID):
        body (WorkspaceMcpServerCreate): Request body for registering a server.

            ``authorization_token`` is never stored as sent: it is encrypted with
            ``OTARI_SECRET_KEY`` and only the ciphertext is kept, the same convention
            `entities.ProviderCredential` and `OrgProviderKey` already use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServerPublic
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
    body: WorkspaceMcpServerCreate,
) -> Response[HTTPValidationError | WorkspaceMcpServerPublic]:
    """Create Workspace Mcp Server

     Register an MCP server for a workspace. Organization owners/admins or this workspace's
    owners/admins.

    The authorization token is encrypted at rest and never returned. The URL
    is checked for SSRF safety here as well as on the request path, and must
    use https when a token is set. A name already used in this workspace is
    refused with a 409.

    Args:
        workspace_id (UUID):
        body (WorkspaceMcpServerCreate): Request body for registering a server.

            ``authorization_token`` is never stored as sent: it is encrypted with
            ``OTARI_SECRET_KEY`` and only the ciphertext is kept, the same convention
            `entities.ProviderCredential` and `OrgProviderKey` already use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceMcpServerPublic]
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
    body: WorkspaceMcpServerCreate,
) -> HTTPValidationError | WorkspaceMcpServerPublic | None:
    """Create Workspace Mcp Server

     Register an MCP server for a workspace. Organization owners/admins or this workspace's
    owners/admins.

    The authorization token is encrypted at rest and never returned. The URL
    is checked for SSRF safety here as well as on the request path, and must
    use https when a token is set. A name already used in this workspace is
    refused with a 409.

    Args:
        workspace_id (UUID):
        body (WorkspaceMcpServerCreate): Request body for registering a server.

            ``authorization_token`` is never stored as sent: it is encrypted with
            ``OTARI_SECRET_KEY`` and only the ciphertext is kept, the same convention
            `entities.ProviderCredential` and `OrgProviderKey` already use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceMcpServerPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
