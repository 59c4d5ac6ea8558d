from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_provider_response import TestProviderResponse
from ...types import UNSET, Response


def _get_kwargs(
    instance: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/provider-credentials/{instance}/test".format(
            instance=quote(str(instance), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestProviderResponse | None:
    if response.status_code == 200:
        response_200 = TestProviderResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instance: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | TestProviderResponse]:
    """Test Stored Provider

     Verify a stored provider's key by listing its models, without exposing the key.

    Args:
        instance (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestProviderResponse]
    """

    kwargs = _get_kwargs(
        instance=instance,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instance: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | TestProviderResponse | None:
    """Test Stored Provider

     Verify a stored provider's key by listing its models, without exposing the key.

    Args:
        instance (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestProviderResponse
    """

    return sync_detailed(
        instance=instance,
        client=client,
    ).parsed


async def asyncio_detailed(
    instance: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | TestProviderResponse]:
    """Test Stored Provider

     Verify a stored provider's key by listing its models, without exposing the key.

    Args:
        instance (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestProviderResponse]
    """

    kwargs = _get_kwargs(
        instance=instance,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instance: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | TestProviderResponse | None:
    """Test Stored Provider

     Verify a stored provider's key by listing its models, without exposing the key.

    Args:
        instance (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestProviderResponse
    """

    return (
        await asyncio_detailed(
            instance=instance,
            client=client,
        )
    ).parsed
