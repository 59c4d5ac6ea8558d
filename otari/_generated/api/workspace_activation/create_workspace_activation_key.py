from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activation_api_key_public import ActivationApiKeyPublic
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/activation/key".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivationApiKeyPublic | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = ActivationApiKeyPublic.from_dict(response.json())

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
) -> Response[ActivationApiKeyPublic | HTTPValidationError]:
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
) -> Response[ActivationApiKeyPublic | HTTPValidationError]:
    """Create Workspace Activation Key

     Issue the workspace's setup API key, rotating the one the guide already issued.

    Workspace owners and admins only, like every other action that changes a
    workspace. The plaintext is returned once and never stored, so a reopened
    guide rotates the same key row rather than collecting a second one, and
    answers 409 once the workspace has activated or the guide was dismissed.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivationApiKeyPublic | HTTPValidationError]
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
) -> ActivationApiKeyPublic | HTTPValidationError | None:
    """Create Workspace Activation Key

     Issue the workspace's setup API key, rotating the one the guide already issued.

    Workspace owners and admins only, like every other action that changes a
    workspace. The plaintext is returned once and never stored, so a reopened
    guide rotates the same key row rather than collecting a second one, and
    answers 409 once the workspace has activated or the guide was dismissed.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivationApiKeyPublic | HTTPValidationError
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ActivationApiKeyPublic | HTTPValidationError]:
    """Create Workspace Activation Key

     Issue the workspace's setup API key, rotating the one the guide already issued.

    Workspace owners and admins only, like every other action that changes a
    workspace. The plaintext is returned once and never stored, so a reopened
    guide rotates the same key row rather than collecting a second one, and
    answers 409 once the workspace has activated or the guide was dismissed.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivationApiKeyPublic | HTTPValidationError]
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
) -> ActivationApiKeyPublic | HTTPValidationError | None:
    """Create Workspace Activation Key

     Issue the workspace's setup API key, rotating the one the guide already issued.

    Workspace owners and admins only, like every other action that changes a
    workspace. The plaintext is returned once and never stored, so a reopened
    guide rotates the same key row rather than collecting a second one, and
    answers 409 once the workspace has activated or the guide was dismissed.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivationApiKeyPublic | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
