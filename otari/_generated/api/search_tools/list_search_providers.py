from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_provider_schema import SearchProviderSchema
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search-tools/providers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SearchProviderSchema] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SearchProviderSchema.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SearchProviderSchema]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[SearchProviderSchema]]:
    """List Search Providers

     List the search providers this build can dispatch to, for the add-tool form.

    Reports per provider whether an API key is required and what endpoint a tool
    inherits when it declares none, so the form can ask for exactly what the
    chosen provider needs instead of taking a free-text provider name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SearchProviderSchema]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[SearchProviderSchema] | None:
    """List Search Providers

     List the search providers this build can dispatch to, for the add-tool form.

    Reports per provider whether an API key is required and what endpoint a tool
    inherits when it declares none, so the form can ask for exactly what the
    chosen provider needs instead of taking a free-text provider name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SearchProviderSchema]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[SearchProviderSchema]]:
    """List Search Providers

     List the search providers this build can dispatch to, for the add-tool form.

    Reports per provider whether an API key is required and what endpoint a tool
    inherits when it declares none, so the form can ask for exactly what the
    chosen provider needs instead of taking a free-text provider name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SearchProviderSchema]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[SearchProviderSchema] | None:
    """List Search Providers

     List the search providers this build can dispatch to, for the add-tool form.

    Reports per provider whether an API key is required and what endpoint a tool
    inherits when it declares none, so the form can ask for exactly what the
    chosen provider needs instead of taking a free-text provider name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SearchProviderSchema]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
