from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_provider_key_public import OrgProviderKeyPublic
from ...models.org_provider_key_update_request import OrgProviderKeyUpdateRequest
from ...types import UNSET, Response


def _get_kwargs(
    key_id: UUID,
    *,
    body: OrgProviderKeyUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organizations/me/provider-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    if response.status_code == 200:
        response_200 = OrgProviderKeyPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyUpdateRequest,
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    """Update Org Provider Key

     Change a key's name, credential, base URL, or client args. Organization owners and admins only.

    Args:
        key_id (UUID):
        body (OrgProviderKeyUpdateRequest): A partial update. Every field is optional; only what
            is set is applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgProviderKeyPublic]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyUpdateRequest,
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    """Update Org Provider Key

     Change a key's name, credential, base URL, or client args. Organization owners and admins only.

    Args:
        key_id (UUID):
        body (OrgProviderKeyUpdateRequest): A partial update. Every field is optional; only what
            is set is applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgProviderKeyPublic
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyUpdateRequest,
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    """Update Org Provider Key

     Change a key's name, credential, base URL, or client args. Organization owners and admins only.

    Args:
        key_id (UUID):
        body (OrgProviderKeyUpdateRequest): A partial update. Every field is optional; only what
            is set is applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgProviderKeyPublic]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyUpdateRequest,
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    """Update Org Provider Key

     Change a key's name, credential, base URL, or client args. Organization owners and admins only.

    Args:
        key_id (UUID):
        body (OrgProviderKeyUpdateRequest): A partial update. Every field is optional; only what
            is set is applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgProviderKeyPublic
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
