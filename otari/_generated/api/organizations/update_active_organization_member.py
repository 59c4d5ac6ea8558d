from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_organization_member_public import ActiveOrganizationMemberPublic
from ...models.active_organization_member_update_request import (
    ActiveOrganizationMemberUpdateRequest,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    organization_member_id: UUID,
    *,
    body: ActiveOrganizationMemberUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organizations/me/members/{organization_member_id}".format(
            organization_member_id=quote(str(organization_member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveOrganizationMemberPublic | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ActiveOrganizationMemberPublic.from_dict(response.json())

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
) -> Response[ActiveOrganizationMemberPublic | HTTPValidationError]:
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
    body: ActiveOrganizationMemberUpdateRequest,
) -> Response[ActiveOrganizationMemberPublic | HTTPValidationError]:
    """Update Active Organization Member

     Change a member's role or status. Organization owners and admins only.

    Args:
        organization_member_id (UUID):
        body (ActiveOrganizationMemberUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveOrganizationMemberPublic | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        organization_member_id=organization_member_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberUpdateRequest,
) -> ActiveOrganizationMemberPublic | HTTPValidationError | None:
    """Update Active Organization Member

     Change a member's role or status. Organization owners and admins only.

    Args:
        organization_member_id (UUID):
        body (ActiveOrganizationMemberUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveOrganizationMemberPublic | HTTPValidationError
    """

    return sync_detailed(
        organization_member_id=organization_member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberUpdateRequest,
) -> Response[ActiveOrganizationMemberPublic | HTTPValidationError]:
    """Update Active Organization Member

     Change a member's role or status. Organization owners and admins only.

    Args:
        organization_member_id (UUID):
        body (ActiveOrganizationMemberUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveOrganizationMemberPublic | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        organization_member_id=organization_member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_member_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberUpdateRequest,
) -> ActiveOrganizationMemberPublic | HTTPValidationError | None:
    """Update Active Organization Member

     Change a member's role or status. Organization owners and admins only.

    Args:
        organization_member_id (UUID):
        body (ActiveOrganizationMemberUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveOrganizationMemberPublic | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            organization_member_id=organization_member_id,
            client=client,
            body=body,
        )
    ).parsed
