from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.router_status import RouterStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    user_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/routing/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RouterStatus | None:
    if response.status_code == 200:
        response_200 = RouterStatus.from_dict(response.json())

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
) -> Response[HTTPValidationError | RouterStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str,
) -> Response[HTTPValidationError | RouterStatus]:
    """Routing Memory Status

     Report how warm one user's routing memory is, per pool.

    ``user_id`` is required rather than optional because there is no aggregate
    answer: warmth is per user, and a total across users would describe a pool
    that no request ever votes over.

    Args:
        user_id (str): Whose routing memory to report on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RouterStatus]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str,
) -> HTTPValidationError | RouterStatus | None:
    """Routing Memory Status

     Report how warm one user's routing memory is, per pool.

    ``user_id`` is required rather than optional because there is no aggregate
    answer: warmth is per user, and a total across users would describe a pool
    that no request ever votes over.

    Args:
        user_id (str): Whose routing memory to report on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RouterStatus
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str,
) -> Response[HTTPValidationError | RouterStatus]:
    """Routing Memory Status

     Report how warm one user's routing memory is, per pool.

    ``user_id`` is required rather than optional because there is no aggregate
    answer: warmth is per user, and a total across users would describe a pool
    that no request ever votes over.

    Args:
        user_id (str): Whose routing memory to report on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RouterStatus]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str,
) -> HTTPValidationError | RouterStatus | None:
    """Routing Memory Status

     Report how warm one user's routing memory is, per pool.

    ``user_id`` is required rather than optional because there is no aggregate
    answer: warmth is per user, and a total across users would describe a pool
    that no request ever votes over.

    Args:
        user_id (str): Whose routing memory to report on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RouterStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
