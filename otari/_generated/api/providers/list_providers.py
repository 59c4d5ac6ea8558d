from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.providers_response import ProvidersResponse
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/providers",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProvidersResponse | None:
    if response.status_code == 200:
        response_200 = ProvidersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProvidersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProvidersResponse]:
    """List Providers

     List static metadata for every configured provider.

    Operator-facing: reports each provider's capabilities, documentation and
    pricing links, and display name from the bundled any-llm and genai-prices
    datasets. No provider is contacted, so this is cheap and always available.
    Master-key gated because it describes the gateway's own configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProvidersResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ProvidersResponse | None:
    """List Providers

     List static metadata for every configured provider.

    Operator-facing: reports each provider's capabilities, documentation and
    pricing links, and display name from the bundled any-llm and genai-prices
    datasets. No provider is contacted, so this is cheap and always available.
    Master-key gated because it describes the gateway's own configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProvidersResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProvidersResponse]:
    """List Providers

     List static metadata for every configured provider.

    Operator-facing: reports each provider's capabilities, documentation and
    pricing links, and display name from the bundled any-llm and genai-prices
    datasets. No provider is contacted, so this is cheap and always available.
    Master-key gated because it describes the gateway's own configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProvidersResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ProvidersResponse | None:
    """List Providers

     List static metadata for every configured provider.

    Operator-facing: reports each provider's capabilities, documentation and
    pricing links, and display name from the bundled any-llm and genai-prices
    datasets. No provider is contacted, so this is cheap and always available.
    Master-key gated because it describes the gateway's own configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
