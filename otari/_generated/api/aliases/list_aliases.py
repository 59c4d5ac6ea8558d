from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_response import AliasResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/aliases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[AliasResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AliasResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[AliasResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[AliasResponse]]:
    """List Aliases

     List every alias in force, from config.yml and from storage.

    Every scope at once, global and user-scoped alike: this is the master-key
    management view, not what any one caller resolves.

    Args:
        workspace_id (None | Unset | UUID): Only stored entries in this workspace. Config-file
            entries are always included. Every stored entry is in the deployment's default workspace
            today, because name uniqueness and the resolution cache are both deployment-wide, so this
            narrows to one workspace and finds the rest empty until those are scoped (otari-ai#1643).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[AliasResponse]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[AliasResponse] | None:
    """List Aliases

     List every alias in force, from config.yml and from storage.

    Every scope at once, global and user-scoped alike: this is the master-key
    management view, not what any one caller resolves.

    Args:
        workspace_id (None | Unset | UUID): Only stored entries in this workspace. Config-file
            entries are always included. Every stored entry is in the deployment's default workspace
            today, because name uniqueness and the resolution cache are both deployment-wide, so this
            narrows to one workspace and finds the rest empty until those are scoped (otari-ai#1643).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[AliasResponse]
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[HTTPValidationError | list[AliasResponse]]:
    """List Aliases

     List every alias in force, from config.yml and from storage.

    Every scope at once, global and user-scoped alike: this is the master-key
    management view, not what any one caller resolves.

    Args:
        workspace_id (None | Unset | UUID): Only stored entries in this workspace. Config-file
            entries are always included. Every stored entry is in the deployment's default workspace
            today, because name uniqueness and the resolution cache are both deployment-wide, so this
            narrows to one workspace and finds the rest empty until those are scoped (otari-ai#1643).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[AliasResponse]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workspace_id: None | Unset | UUID = UNSET,
) -> HTTPValidationError | list[AliasResponse] | None:
    """List Aliases

     List every alias in force, from config.yml and from storage.

    Every scope at once, global and user-scoped alike: this is the master-key
    management view, not what any one caller resolves.

    Args:
        workspace_id (None | Unset | UUID): Only stored entries in this workspace. Config-file
            entries are always included. Every stored entry is in the deployment's default workspace
            today, because name uniqueness and the resolution cache are both deployment-wide, so this
            narrows to one workspace and finds the rest empty until those are scoped (otari-ai#1643).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[AliasResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed
