from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.org_provider_key_create_request import OrgProviderKeyCreateRequest
from ...models.org_provider_key_public import OrgProviderKeyPublic
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OrgProviderKeyCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/me/provider-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    if response.status_code == 201:
        response_201 = OrgProviderKeyPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyCreateRequest,
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    """Create Org Provider Key

     Create a provider key in the caller's organization. Organization owners and admins only.

    Args:
        body (OrgProviderKeyCreateRequest): What a caller sends to create a key.

            The plaintext key is never stored as sent: the service encrypts it
            (`services/secret_box.py`) and keeps only the ciphertext and ``last4``,
            the same convention `entities.ProviderCredential` already uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgProviderKeyPublic]
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
    body: OrgProviderKeyCreateRequest,
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    """Create Org Provider Key

     Create a provider key in the caller's organization. Organization owners and admins only.

    Args:
        body (OrgProviderKeyCreateRequest): What a caller sends to create a key.

            The plaintext key is never stored as sent: the service encrypts it
            (`services/secret_box.py`) and keeps only the ciphertext and ``last4``,
            the same convention `entities.ProviderCredential` already uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgProviderKeyPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyCreateRequest,
) -> Response[HTTPValidationError | OrgProviderKeyPublic]:
    """Create Org Provider Key

     Create a provider key in the caller's organization. Organization owners and admins only.

    Args:
        body (OrgProviderKeyCreateRequest): What a caller sends to create a key.

            The plaintext key is never stored as sent: the service encrypts it
            (`services/secret_box.py`) and keeps only the ciphertext and ``last4``,
            the same convention `entities.ProviderCredential` already uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrgProviderKeyPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrgProviderKeyCreateRequest,
) -> HTTPValidationError | OrgProviderKeyPublic | None:
    """Create Org Provider Key

     Create a provider key in the caller's organization. Organization owners and admins only.

    Args:
        body (OrgProviderKeyCreateRequest): What a caller sends to create a key.

            The plaintext key is never stored as sent: the service encrypts it
            (`services/secret_box.py`) and keeps only the ciphertext and ``last4``,
            the same convention `entities.ProviderCredential` already uses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrgProviderKeyPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
