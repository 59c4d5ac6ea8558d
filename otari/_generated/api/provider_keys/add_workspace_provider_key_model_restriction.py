from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...models.workspace_provider_model_restriction_request import (
    WorkspaceProviderModelRestrictionRequest,
)
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
    key_id: UUID,
    *,
    body: WorkspaceProviderModelRestrictionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/provider-keys/{key_id}/models".format(
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
) -> HTTPValidationError | Message | None:
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

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
) -> Response[HTTPValidationError | Message]:
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
    body: WorkspaceProviderModelRestrictionRequest,
) -> Response[HTTPValidationError | Message]:
    """Add Workspace Provider Key Model Restriction

     Narrow this workspace's allow-list for a key to include one more model. Idempotent.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderModelRestrictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Message]
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
    body: WorkspaceProviderModelRestrictionRequest,
) -> HTTPValidationError | Message | None:
    """Add Workspace Provider Key Model Restriction

     Narrow this workspace's allow-list for a key to include one more model. Idempotent.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderModelRestrictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Message
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
    body: WorkspaceProviderModelRestrictionRequest,
) -> Response[HTTPValidationError | Message]:
    """Add Workspace Provider Key Model Restriction

     Narrow this workspace's allow-list for a key to include one more model. Idempotent.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderModelRestrictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Message]
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
    body: WorkspaceProviderModelRestrictionRequest,
) -> HTTPValidationError | Message | None:
    """Add Workspace Provider Key Model Restriction

     Narrow this workspace's allow-list for a key to include one more model. Idempotent.

    Args:
        workspace_id (UUID):
        key_id (UUID):
        body (WorkspaceProviderModelRestrictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Message
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
