from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_list import BatchList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: str,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BatchList.from_dict(response.json())

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
) -> Response[BatchList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    provider: str,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Response[BatchList | HTTPValidationError]:
    """List Batches

     List batches for a provider.

    Non-master keys only see batches they own (plus legacy batches without an
    ownership marker); the page is filtered after the provider call, so a page
    may contain fewer than ``limit`` items.

    Args:
        provider (str):
        after (None | str | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    provider: str,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> BatchList | HTTPValidationError | None:
    """List Batches

     List batches for a provider.

    Non-master keys only see batches they own (plus legacy batches without an
    ownership marker); the page is filtered after the provider call, so a page
    may contain fewer than ``limit`` items.

    Args:
        provider (str):
        after (None | str | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchList | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        provider=provider,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    provider: str,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> Response[BatchList | HTTPValidationError]:
    """List Batches

     List batches for a provider.

    Non-master keys only see batches they own (plus legacy batches without an
    ownership marker); the page is filtered after the provider call, so a page
    may contain fewer than ``limit`` items.

    Args:
        provider (str):
        after (None | str | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    provider: str,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
) -> BatchList | HTTPValidationError | None:
    """List Batches

     List batches for a provider.

    Non-master keys only see batches they own (plus legacy batches without an
    ownership marker); the page is filtered after the provider call, so a page
    may contain fewer than ``limit`` items.

    Args:
        provider (str):
        after (None | str | Unset):
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            after=after,
            limit=limit,
        )
    ).parsed
