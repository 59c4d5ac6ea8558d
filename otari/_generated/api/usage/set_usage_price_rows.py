from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.usage_set_price_request import UsageSetPriceRequest
from ...models.usage_set_price_result import UsageSetPriceResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UsageSetPriceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/usage/set-price",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UsageSetPriceResult | None:
    if response.status_code == 200:
        response_200 = UsageSetPriceResult.from_dict(response.json())

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
) -> Response[HTTPValidationError | UsageSetPriceResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageSetPriceRequest,
) -> Response[HTTPValidationError | UsageSetPriceResult]:
    """Set Usage Price Rows

     Set the cost of imported usage rows from manual per-1M rates (standalone).

    Target either the current selection (``ids``) or everything matching a filter
    (``by_filter: true``). Cost / billing meters / pricing breakdown are recomputed
    from each row's own token counts at the supplied ``input`` / ``output`` /
    ``cache_read`` / ``cache_write`` per-1M rates (manual rates, not a recompute from
    configured pricing). Only imported rows (``counts_toward_budget = false``) are
    touched, so ``users.spend`` is never affected. Master-key only.

    Args:
        body (UsageSetPriceRequest): Selection of imported usage rows plus the manual per-1M rates
            to price them at.

            ``input`` and ``output`` are required (every row is charged for them); the cache
            rates are optional and, when omitted, those tokens fold into the fresh-input charge
            exactly as an unpriced cache rate does in normal metered pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UsageSetPriceResult]
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
    body: UsageSetPriceRequest,
) -> HTTPValidationError | UsageSetPriceResult | None:
    """Set Usage Price Rows

     Set the cost of imported usage rows from manual per-1M rates (standalone).

    Target either the current selection (``ids``) or everything matching a filter
    (``by_filter: true``). Cost / billing meters / pricing breakdown are recomputed
    from each row's own token counts at the supplied ``input`` / ``output`` /
    ``cache_read`` / ``cache_write`` per-1M rates (manual rates, not a recompute from
    configured pricing). Only imported rows (``counts_toward_budget = false``) are
    touched, so ``users.spend`` is never affected. Master-key only.

    Args:
        body (UsageSetPriceRequest): Selection of imported usage rows plus the manual per-1M rates
            to price them at.

            ``input`` and ``output`` are required (every row is charged for them); the cache
            rates are optional and, when omitted, those tokens fold into the fresh-input charge
            exactly as an unpriced cache rate does in normal metered pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UsageSetPriceResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UsageSetPriceRequest,
) -> Response[HTTPValidationError | UsageSetPriceResult]:
    """Set Usage Price Rows

     Set the cost of imported usage rows from manual per-1M rates (standalone).

    Target either the current selection (``ids``) or everything matching a filter
    (``by_filter: true``). Cost / billing meters / pricing breakdown are recomputed
    from each row's own token counts at the supplied ``input`` / ``output`` /
    ``cache_read`` / ``cache_write`` per-1M rates (manual rates, not a recompute from
    configured pricing). Only imported rows (``counts_toward_budget = false``) are
    touched, so ``users.spend`` is never affected. Master-key only.

    Args:
        body (UsageSetPriceRequest): Selection of imported usage rows plus the manual per-1M rates
            to price them at.

            ``input`` and ``output`` are required (every row is charged for them); the cache
            rates are optional and, when omitted, those tokens fold into the fresh-input charge
            exactly as an unpriced cache rate does in normal metered pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UsageSetPriceResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UsageSetPriceRequest,
) -> HTTPValidationError | UsageSetPriceResult | None:
    """Set Usage Price Rows

     Set the cost of imported usage rows from manual per-1M rates (standalone).

    Target either the current selection (``ids``) or everything matching a filter
    (``by_filter: true``). Cost / billing meters / pricing breakdown are recomputed
    from each row's own token counts at the supplied ``input`` / ``output`` /
    ``cache_read`` / ``cache_write`` per-1M rates (manual rates, not a recompute from
    configured pricing). Only imported rows (``counts_toward_budget = false``) are
    touched, so ``users.spend`` is never affected. Master-key only.

    Args:
        body (UsageSetPriceRequest): Selection of imported usage rows plus the manual per-1M rates
            to price them at.

            ``input`` and ``output`` are required (every row is charged for them); the cache
            rates are optional and, when omitted, those tokens fold into the fresh-input charge
            exactly as an unpriced cache rate does in normal metered pricing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UsageSetPriceResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
