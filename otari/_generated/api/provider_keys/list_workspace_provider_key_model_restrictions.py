from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_provider_model_restrictions_public import (
    WorkspaceProviderModelRestrictionsPublic,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    key_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/provider-keys/{key_id}/models".format(
            workspace_id=quote(str(workspace_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceProviderModelRestrictionsPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceProviderModelRestrictionsPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceProviderModelRestrictionsPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkspaceProviderModelRestrictionsPublic]:
    """List Workspace Provider Key Model Restrictions

     List this workspace's model allow-list for a key. Empty means every model is allowed.

    Args:
        workspace_id (UUID):
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceProviderModelRestrictionsPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkspaceProviderModelRestrictionsPublic | None:
    """List Workspace Provider Key Model Restrictions

     List this workspace's model allow-list for a key. Empty means every model is allowed.

    Args:
        workspace_id (UUID):
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceProviderModelRestrictionsPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkspaceProviderModelRestrictionsPublic]:
    """List Workspace Provider Key Model Restrictions

     List this workspace's model allow-list for a key. Empty means every model is allowed.

    Args:
        workspace_id (UUID):
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceProviderModelRestrictionsPublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | WorkspaceProviderModelRestrictionsPublic | None:
    """List Workspace Provider Key Model Restrictions

     List this workspace's model allow-list for a key. Empty means every model is allowed.

    Args:
        workspace_id (UUID):
        key_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceProviderModelRestrictionsPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            key_id=key_id,
            client=client,
        )
    ).parsed
