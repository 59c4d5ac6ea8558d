from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_stored_provider_request import CreateStoredProviderRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.stored_provider_response import StoredProviderResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateStoredProviderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/provider-credentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StoredProviderResponse | None:
    if response.status_code == 201:
        response_201 = StoredProviderResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | StoredProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateStoredProviderRequest,
) -> Response[HTTPValidationError | StoredProviderResponse]:
    """Create Stored Provider

     Add a provider at runtime. Storing a key requires OTARI_SECRET_KEY.

    Args:
        body (CreateStoredProviderRequest): Create a stored provider. ``api_key`` is write-only
            and requires OTARI_SECRET_KEY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredProviderResponse]
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
    body: CreateStoredProviderRequest,
) -> HTTPValidationError | StoredProviderResponse | None:
    """Create Stored Provider

     Add a provider at runtime. Storing a key requires OTARI_SECRET_KEY.

    Args:
        body (CreateStoredProviderRequest): Create a stored provider. ``api_key`` is write-only
            and requires OTARI_SECRET_KEY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredProviderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateStoredProviderRequest,
) -> Response[HTTPValidationError | StoredProviderResponse]:
    """Create Stored Provider

     Add a provider at runtime. Storing a key requires OTARI_SECRET_KEY.

    Args:
        body (CreateStoredProviderRequest): Create a stored provider. ``api_key`` is write-only
            and requires OTARI_SECRET_KEY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredProviderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateStoredProviderRequest,
) -> HTTPValidationError | StoredProviderResponse | None:
    """Create Stored Provider

     Add a provider at runtime. Storing a key requires OTARI_SECRET_KEY.

    Args:
        body (CreateStoredProviderRequest): Create a stored provider. ``api_key`` is write-only
            and requires OTARI_SECRET_KEY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredProviderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
