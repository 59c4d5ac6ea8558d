from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.invitation_preview_public import InvitationPreviewPublic
from ...models.validate_invitation_request import ValidateInvitationRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ValidateInvitationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/invitations/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InvitationPreviewPublic | None:
    if response.status_code == 200:
        response_200 = InvitationPreviewPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | InvitationPreviewPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateInvitationRequest,
) -> Response[HTTPValidationError | InvitationPreviewPublic]:
    """Validate Invitation

     Look up a pending invitation by its token, for the accept page to render before committing.

    A ``POST`` with the token in the body, not a ``GET`` with it in the URL:
    the token is a bearer credential, and a URL path is what an access log or
    an intermediate proxy routinely retains.

    Args:
        body (ValidateInvitationRequest): The preview lookup's body.

            A ``POST`` with the token in the body rather than a ``GET`` with it in the
            URL, matching ``AcceptInvitationRequest``: the token is a bearer-style
            credential (see ``Invitation.token_hash``'s docstring), and a URL is one a
            proxy or an access log routinely retains, which a request body is not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InvitationPreviewPublic]
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
    client: AuthenticatedClient | Client,
    body: ValidateInvitationRequest,
) -> HTTPValidationError | InvitationPreviewPublic | None:
    """Validate Invitation

     Look up a pending invitation by its token, for the accept page to render before committing.

    A ``POST`` with the token in the body, not a ``GET`` with it in the URL:
    the token is a bearer credential, and a URL path is what an access log or
    an intermediate proxy routinely retains.

    Args:
        body (ValidateInvitationRequest): The preview lookup's body.

            A ``POST`` with the token in the body rather than a ``GET`` with it in the
            URL, matching ``AcceptInvitationRequest``: the token is a bearer-style
            credential (see ``Invitation.token_hash``'s docstring), and a URL is one a
            proxy or an access log routinely retains, which a request body is not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InvitationPreviewPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateInvitationRequest,
) -> Response[HTTPValidationError | InvitationPreviewPublic]:
    """Validate Invitation

     Look up a pending invitation by its token, for the accept page to render before committing.

    A ``POST`` with the token in the body, not a ``GET`` with it in the URL:
    the token is a bearer credential, and a URL path is what an access log or
    an intermediate proxy routinely retains.

    Args:
        body (ValidateInvitationRequest): The preview lookup's body.

            A ``POST`` with the token in the body rather than a ``GET`` with it in the
            URL, matching ``AcceptInvitationRequest``: the token is a bearer-style
            credential (see ``Invitation.token_hash``'s docstring), and a URL is one a
            proxy or an access log routinely retains, which a request body is not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InvitationPreviewPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateInvitationRequest,
) -> HTTPValidationError | InvitationPreviewPublic | None:
    """Validate Invitation

     Look up a pending invitation by its token, for the accept page to render before committing.

    A ``POST`` with the token in the body, not a ``GET`` with it in the URL:
    the token is a bearer credential, and a URL path is what an access log or
    an intermediate proxy routinely retains.

    Args:
        body (ValidateInvitationRequest): The preview lookup's body.

            A ``POST`` with the token in the body rather than a ``GET`` with it in the
            URL, matching ``AcceptInvitationRequest``: the token is a bearer-style
            credential (see ``Invitation.token_hash``'s docstring), and a URL is one a
            proxy or an access log routinely retains, which a request body is not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InvitationPreviewPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
