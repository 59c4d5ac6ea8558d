from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.workspace_activation_public import WorkspaceActivationPublic
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/activation".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkspaceActivationPublic | None:
    if response.status_code == 200:
        response_200 = WorkspaceActivationPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkspaceActivationPublic]:
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
) -> Response[HTTPValidationError | WorkspaceActivationPublic]:
    """Get Workspace Activation

     Where a workspace stands on its first successful request.

    Readable by any member who can see the workspace. Whether the guide should
    actually be offered to this caller is ``experience_eligible``, which also
    answers false when the deployment has the flow turned off
    (``activation_guide``), so a dashboard left open stops offering it without
    needing to be reloaded.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceActivationPublic]
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
) -> HTTPValidationError | WorkspaceActivationPublic | None:
    """Get Workspace Activation

     Where a workspace stands on its first successful request.

    Readable by any member who can see the workspace. Whether the guide should
    actually be offered to this caller is ``experience_eligible``, which also
    answers false when the deployment has the flow turned off
    (``activation_guide``), so a dashboard left open stops offering it without
    needing to be reloaded.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceActivationPublic
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | WorkspaceActivationPublic]:
    """Get Workspace Activation

     Where a workspace stands on its first successful request.

    Readable by any member who can see the workspace. Whether the guide should
    actually be offered to this caller is ``experience_eligible``, which also
    answers false when the deployment has the flow turned off
    (``activation_guide``), so a dashboard left open stops offering it without
    needing to be reloaded.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkspaceActivationPublic]
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
) -> HTTPValidationError | WorkspaceActivationPublic | None:
    """Get Workspace Activation

     Where a workspace stands on its first successful request.

    Readable by any member who can see the workspace. Whether the guide should
    actually be offered to this caller is ``experience_eligible``, which also
    answers false when the deployment has the flow turned off
    (``activation_guide``), so a dashboard left open stops offering it without
    needing to be reloaded.

    Args:
        workspace_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkspaceActivationPublic
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
