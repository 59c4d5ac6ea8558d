from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_organization_member_create_request import (
    ActiveOrganizationMemberCreateRequest,
)
from ...models.active_organization_member_create_result_public import (
    ActiveOrganizationMemberCreateResultPublic,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ActiveOrganizationMemberCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/me/members",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveOrganizationMemberCreateResultPublic | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = ActiveOrganizationMemberCreateResultPublic.from_dict(response.json())

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
) -> Response[ActiveOrganizationMemberCreateResultPublic | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberCreateRequest,
) -> Response[ActiveOrganizationMemberCreateResultPublic | HTTPValidationError]:
    """Create Active Organization Member

     Add a member to the caller's active organization, by email address.

    Organization owners and admins only. The member is active immediately and
    the response says so: this edition has no invitation to send and no way to
    accept one, so it answers on the ``active`` arm of the result rather than
    the ``invited`` one the platform uses. An address that belongs to no
    identity yet creates one, which carries the address as the handle a future
    sign-in flow will claim it by, and can do nothing until then.

    Args:
        body (ActiveOrganizationMemberCreateRequest): Add someone to the caller's organization,
            optionally into workspaces at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveOrganizationMemberCreateResultPublic | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberCreateRequest,
) -> ActiveOrganizationMemberCreateResultPublic | HTTPValidationError | None:
    """Create Active Organization Member

     Add a member to the caller's active organization, by email address.

    Organization owners and admins only. The member is active immediately and
    the response says so: this edition has no invitation to send and no way to
    accept one, so it answers on the ``active`` arm of the result rather than
    the ``invited`` one the platform uses. An address that belongs to no
    identity yet creates one, which carries the address as the handle a future
    sign-in flow will claim it by, and can do nothing until then.

    Args:
        body (ActiveOrganizationMemberCreateRequest): Add someone to the caller's organization,
            optionally into workspaces at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveOrganizationMemberCreateResultPublic | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberCreateRequest,
) -> Response[ActiveOrganizationMemberCreateResultPublic | HTTPValidationError]:
    """Create Active Organization Member

     Add a member to the caller's active organization, by email address.

    Organization owners and admins only. The member is active immediately and
    the response says so: this edition has no invitation to send and no way to
    accept one, so it answers on the ``active`` arm of the result rather than
    the ``invited`` one the platform uses. An address that belongs to no
    identity yet creates one, which carries the address as the handle a future
    sign-in flow will claim it by, and can do nothing until then.

    Args:
        body (ActiveOrganizationMemberCreateRequest): Add someone to the caller's organization,
            optionally into workspaces at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveOrganizationMemberCreateResultPublic | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActiveOrganizationMemberCreateRequest,
) -> ActiveOrganizationMemberCreateResultPublic | HTTPValidationError | None:
    """Create Active Organization Member

     Add a member to the caller's active organization, by email address.

    Organization owners and admins only. The member is active immediately and
    the response says so: this edition has no invitation to send and no way to
    accept one, so it answers on the ``active`` arm of the result rather than
    the ``invited`` one the platform uses. An address that belongs to no
    identity yet creates one, which carries the address as the handle a future
    sign-in flow will claim it by, and can do nothing until then.

    Args:
        body (ActiveOrganizationMemberCreateRequest): Add someone to the caller's organization,
            optionally into workspaces at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveOrganizationMemberCreateResultPublic | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
