from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.pricing_response import PricingResponse
from ...models.set_pricing_request import SetPricingRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SetPricingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pricing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PricingResponse | None:
    if response.status_code == 200:
        response_200 = PricingResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PricingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetPricingRequest,
) -> Response[HTTPValidationError | PricingResponse]:
    """Set Pricing

     Set or update pricing for a model.

    Rejects an alias or a routing policy: pricing, budgets, and usage all key on
    the model a request resolves to, so a row stored under either name would
    never be read.

    Args:
        body (SetPricingRequest): Create a versioned per-model price, with optional cache and
            context tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PricingResponse]
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
    body: SetPricingRequest,
) -> HTTPValidationError | PricingResponse | None:
    """Set Pricing

     Set or update pricing for a model.

    Rejects an alias or a routing policy: pricing, budgets, and usage all key on
    the model a request resolves to, so a row stored under either name would
    never be read.

    Args:
        body (SetPricingRequest): Create a versioned per-model price, with optional cache and
            context tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PricingResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetPricingRequest,
) -> Response[HTTPValidationError | PricingResponse]:
    """Set Pricing

     Set or update pricing for a model.

    Rejects an alias or a routing policy: pricing, budgets, and usage all key on
    the model a request resolves to, so a row stored under either name would
    never be read.

    Args:
        body (SetPricingRequest): Create a versioned per-model price, with optional cache and
            context tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PricingResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetPricingRequest,
) -> HTTPValidationError | PricingResponse | None:
    """Set Pricing

     Set or update pricing for a model.

    Rejects an alias or a routing policy: pricing, budgets, and usage all key on
    the model a request resolves to, so a row stored under either name would
    never be read.

    Args:
        body (SetPricingRequest): Create a versioned per-model price, with optional cache and
            context tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PricingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
