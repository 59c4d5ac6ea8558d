from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.moderation_request import ModerationRequest
from ...models.moderation_response import ModerationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ModerationRequest,
    include_raw: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_raw"] = include_raw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/moderations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModerationResponse | None:
    if response.status_code == 200:
        response_200 = ModerationResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ModerationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ModerationRequest,
    include_raw: bool | Unset = False,
) -> Response[HTTPValidationError | ModerationResponse]:
    """Create Moderation

     OpenAI-compatible moderations endpoint.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        include_raw (bool | Unset):  Default: False.
        body (ModerationRequest): OpenAI-compatible moderation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModerationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include_raw=include_raw,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ModerationRequest,
    include_raw: bool | Unset = False,
) -> HTTPValidationError | ModerationResponse | None:
    """Create Moderation

     OpenAI-compatible moderations endpoint.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        include_raw (bool | Unset):  Default: False.
        body (ModerationRequest): OpenAI-compatible moderation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModerationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        include_raw=include_raw,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ModerationRequest,
    include_raw: bool | Unset = False,
) -> Response[HTTPValidationError | ModerationResponse]:
    """Create Moderation

     OpenAI-compatible moderations endpoint.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        include_raw (bool | Unset):  Default: False.
        body (ModerationRequest): OpenAI-compatible moderation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModerationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include_raw=include_raw,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ModerationRequest,
    include_raw: bool | Unset = False,
) -> HTTPValidationError | ModerationResponse | None:
    """Create Moderation

     OpenAI-compatible moderations endpoint.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        include_raw (bool | Unset):  Default: False.
        body (ModerationRequest): OpenAI-compatible moderation request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModerationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_raw=include_raw,
        )
    ).parsed
