from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_model_pricings_public import OrganizationModelPricingsPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/me/pricing",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrganizationModelPricingsPublic | None:
    if response.status_code == 200:
        response_200 = OrganizationModelPricingsPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrganizationModelPricingsPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | OrganizationModelPricingsPublic]:
    """List Organization Pricing

     List the organization's rate overrides.

    Readable by any member: these rates decide what the caller's own requests
    cost, so they are not withheld from the people billed at them. Writing needs
    an owner or admin.

    Paged on the same bounds the rest of the tenancy surface uses, because the
    table grows a row per model per period. ``count`` is the total, so a client
    knows whether another page is owed.

    Args:
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingsPublic]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | OrganizationModelPricingsPublic | None:
    """List Organization Pricing

     List the organization's rate overrides.

    Readable by any member: these rates decide what the caller's own requests
    cost, so they are not withheld from the people billed at them. Writing needs
    an owner or admin.

    Paged on the same bounds the rest of the tenancy surface uses, because the
    table grows a row per model per period. ``count`` is the total, so a client
    knows whether another page is owed.

    Args:
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingsPublic
    """

    return sync_detailed(
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | OrganizationModelPricingsPublic]:
    """List Organization Pricing

     List the organization's rate overrides.

    Readable by any member: these rates decide what the caller's own requests
    cost, so they are not withheld from the people billed at them. Writing needs
    an owner or admin.

    Paged on the same bounds the rest of the tenancy surface uses, because the
    table grows a row per model per period. ``count`` is the total, so a client
    knows whether another page is owed.

    Args:
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingsPublic]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | OrganizationModelPricingsPublic | None:
    """List Organization Pricing

     List the organization's rate overrides.

    Readable by any member: these rates decide what the caller's own requests
    cost, so they are not withheld from the people billed at them. Writing needs
    an owner or admin.

    Paged on the same bounds the rest of the tenancy surface uses, because the
    table grows a row per model per period. ``count`` is the total, so a client
    knows whether another page is owed.

    Args:
        skip (int | Unset): Number of records to skip Default: 0.
        limit (int | Unset): Maximum number of records to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingsPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
