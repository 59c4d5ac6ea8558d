from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.pricing_response import PricingResponse
from ...types import UNSET, Response


def _get_kwargs(
    model_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pricing/{model_key}/history".format(
            model_key=quote(str(model_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[PricingResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PricingResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[PricingResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | list[PricingResponse]]:
    """Get Pricing History

     Return the full pricing history for a model.

    Args:
        model_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[PricingResponse]]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_key: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | list[PricingResponse] | None:
    """Get Pricing History

     Return the full pricing history for a model.

    Args:
        model_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[PricingResponse]
    """

    return sync_detailed(
        model_key=model_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | list[PricingResponse]]:
    """Get Pricing History

     Return the full pricing history for a model.

    Args:
        model_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[PricingResponse]]
    """

    kwargs = _get_kwargs(
        model_key=model_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_key: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | list[PricingResponse] | None:
    """Get Pricing History

     Return the full pricing history for a model.

    Args:
        model_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[PricingResponse]
    """

    return (
        await asyncio_detailed(
            model_key=model_key,
            client=client,
        )
    ).parsed
