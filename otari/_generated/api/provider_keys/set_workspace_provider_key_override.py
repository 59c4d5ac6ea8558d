from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_provider_key_override_public import (
    WorkspaceProviderKeyOverridePublic,
)
from ...models.workspace_provider_key_override_request import (
    WorkspaceProviderKeyOverrideRequest,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    key_id: UUID,
    *,
    body: WorkspaceProviderKeyOverrideRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}/provider-keys/{key_id}".format(
            workspace_id=quote(str(workspace_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceProviderKeyOverridePublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceProviderKeyOverridePublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceProviderKeyOverridePublic]:
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
    body: WorkspaceProviderKeyOverrideRequest,
) -> Response[HTTPValidationError | WorkspaceProviderKeyOverridePublic]:
    """Set Workspace Provider Key Override

     Pin or disable a key for this workspace. Organization owners/admins or this workspace's
    owners/admins.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderKeyOverrideRequest): Tri-state: an omitted field leaves that flag
            unchanged.

            Both fields false, whether that is the merged result or a value sent
            explicitly, is a no-op the service deletes rather than stores: absence of
            a row already means full inheritance from the organization default.
            Setting one true auto-resolves the other when they would otherwise
            conflict (pinning re-enables a disabled key; disabling un-pins a pinned
            one); sending both true explicitly is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceProviderKeyOverridePublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        key_id=key_id,
        body=body,
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
    body: WorkspaceProviderKeyOverrideRequest,
) -> HTTPValidationError | WorkspaceProviderKeyOverridePublic | None:
    """Set Workspace Provider Key Override

     Pin or disable a key for this workspace. Organization owners/admins or this workspace's
    owners/admins.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderKeyOverrideRequest): Tri-state: an omitted field leaves that flag
            unchanged.

            Both fields false, whether that is the merged result or a value sent
            explicitly, is a no-op the service deletes rather than stores: absence of
            a row already means full inheritance from the organization default.
            Setting one true auto-resolves the other when they would otherwise
            conflict (pinning re-enables a disabled key; disabling un-pins a pinned
            one); sending both true explicitly is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceProviderKeyOverridePublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceProviderKeyOverrideRequest,
) -> Response[HTTPValidationError | WorkspaceProviderKeyOverridePublic]:
    """Set Workspace Provider Key Override

     Pin or disable a key for this workspace. Organization owners/admins or this workspace's
    owners/admins.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderKeyOverrideRequest): Tri-state: an omitted field leaves that flag
            unchanged.

            Both fields false, whether that is the merged result or a value sent
            explicitly, is a no-op the service deletes rather than stores: absence of
            a row already means full inheritance from the organization default.
            Setting one true auto-resolves the other when they would otherwise
            conflict (pinning re-enables a disabled key; disabling un-pins a pinned
            one); sending both true explicitly is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceProviderKeyOverridePublic]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: WorkspaceProviderKeyOverrideRequest,
) -> HTTPValidationError | WorkspaceProviderKeyOverridePublic | None:
    """Set Workspace Provider Key Override

     Pin or disable a key for this workspace. Organization owners/admins or this workspace's
    owners/admins.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderKeyOverrideRequest): Tri-state: an omitted field leaves that flag
            unchanged.

            Both fields false, whether that is the merged result or a value sent
            explicitly, is a no-op the service deletes rather than stores: absence of
            a row already means full inheritance from the organization default.
            Setting one true auto-resolves the other when they would otherwise
            conflict (pinning re-enables a disabled key; disabling un-pins a pinned
            one); sending both true explicitly is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceProviderKeyOverridePublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
