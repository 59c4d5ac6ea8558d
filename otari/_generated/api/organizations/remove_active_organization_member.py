from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...types import UNSET, Response


def _get_kwargs(
    organization_member_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/organizations/me/members/{organization_member_id}".format(
            organization_member_id=quote(str(organization_member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
) -> Response[HTTPValidationError | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | Message]:
    """Remove Active Organization Member

     Remove a member by suspending their membership, keeping their history resolvable.

    Args:
        organization_member_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        organization_member_id=organization_member_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | Message | None:
    """Remove Active Organization Member

     Remove a member by suspending their membership, keeping their history resolvable.

    Args:
        organization_member_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Message
    """

    return sync_detailed(
        organization_member_id=organization_member_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | Message]:
    """Remove Active Organization Member

     Remove a member by suspending their membership, keeping their history resolvable.

    Args:
        organization_member_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        organization_member_id=organization_member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | Message | None:
    """Remove Active Organization Member

     Remove a member by suspending their membership, keeping their history resolvable.

    Args:
        organization_member_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Message
    """

    return (
        await asyncio_detailed(
            organization_member_id=organization_member_id,
            client=client,
        )
    ).parsed
