from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.invite_organization_member_request import InviteOrganizationMemberRequest
from ...models.invite_organization_member_result_public import (
    InviteOrganizationMemberResultPublic,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: InviteOrganizationMemberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/me/member-invitations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InviteOrganizationMemberResultPublic | None:
    if response.status_code == 201:
        response_201 = InviteOrganizationMemberResultPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | InviteOrganizationMemberResultPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteOrganizationMemberRequest,
) -> Response[HTTPValidationError | InviteOrganizationMemberResultPublic]:
    """Invite Active Organization Member

     Invite an address to the caller's active organization by email.

    Organization owners and admins only. Unlike ``POST /me/members``, the
    membership lands ``invited`` rather than ``active``: it becomes active
    once the recipient accepts (``POST /v1/invitations/accept``). The response
    always carries the accept link, whether or not it was actually emailed
    (``mail_sent``), so an operator can share it themselves when mail is not
    configured or the send fails.

    Args:
        body (InviteOrganizationMemberRequest): Invite an address to the caller's organization,
            optionally into workspaces at once.

            Field-for-field ``ActiveOrganizationMemberCreateRequest``'s twin: the two
            requests ask for the same thing and differ only in what creating one
            produces (this lands ``invited`` and emails a link; that lands ``active``
            immediately).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InviteOrganizationMemberResultPublic]
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
    body: InviteOrganizationMemberRequest,
) -> HTTPValidationError | InviteOrganizationMemberResultPublic | None:
    """Invite Active Organization Member

     Invite an address to the caller's active organization by email.

    Organization owners and admins only. Unlike ``POST /me/members``, the
    membership lands ``invited`` rather than ``active``: it becomes active
    once the recipient accepts (``POST /v1/invitations/accept``). The response
    always carries the accept link, whether or not it was actually emailed
    (``mail_sent``), so an operator can share it themselves when mail is not
    configured or the send fails.

    Args:
        body (InviteOrganizationMemberRequest): Invite an address to the caller's organization,
            optionally into workspaces at once.

            Field-for-field ``ActiveOrganizationMemberCreateRequest``'s twin: the two
            requests ask for the same thing and differ only in what creating one
            produces (this lands ``invited`` and emails a link; that lands ``active``
            immediately).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InviteOrganizationMemberResultPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteOrganizationMemberRequest,
) -> Response[HTTPValidationError | InviteOrganizationMemberResultPublic]:
    """Invite Active Organization Member

     Invite an address to the caller's active organization by email.

    Organization owners and admins only. Unlike ``POST /me/members``, the
    membership lands ``invited`` rather than ``active``: it becomes active
    once the recipient accepts (``POST /v1/invitations/accept``). The response
    always carries the accept link, whether or not it was actually emailed
    (``mail_sent``), so an operator can share it themselves when mail is not
    configured or the send fails.

    Args:
        body (InviteOrganizationMemberRequest): Invite an address to the caller's organization,
            optionally into workspaces at once.

            Field-for-field ``ActiveOrganizationMemberCreateRequest``'s twin: the two
            requests ask for the same thing and differ only in what creating one
            produces (this lands ``invited`` and emails a link; that lands ``active``
            immediately).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InviteOrganizationMemberResultPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InviteOrganizationMemberRequest,
) -> HTTPValidationError | InviteOrganizationMemberResultPublic | None:
    """Invite Active Organization Member

     Invite an address to the caller's active organization by email.

    Organization owners and admins only. Unlike ``POST /me/members``, the
    membership lands ``invited`` rather than ``active``: it becomes active
    once the recipient accepts (``POST /v1/invitations/accept``). The response
    always carries the accept link, whether or not it was actually emailed
    (``mail_sent``), so an operator can share it themselves when mail is not
    configured or the send fails.

    Args:
        body (InviteOrganizationMemberRequest): Invite an address to the caller's organization,
            optionally into workspaces at once.

            Field-for-field ``ActiveOrganizationMemberCreateRequest``'s twin: the two
            requests ask for the same thing and differ only in what creating one
            produces (this lands ``invited`` and emails a link; that lands ``active``
            immediately).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InviteOrganizationMemberResultPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
