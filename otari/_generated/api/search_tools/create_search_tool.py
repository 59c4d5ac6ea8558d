from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_search_tool_request import CreateSearchToolRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.stored_search_tool_schema import StoredSearchToolSchema
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateSearchToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/search-tools",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StoredSearchToolSchema | None:
    if response.status_code == 201:
        response_201 = StoredSearchToolSchema.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSearchToolRequest,
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    """Create Search Tool

     Add a search tool at runtime. Storing an API key requires OTARI_SECRET_KEY.

    Args:
        body (CreateSearchToolRequest): Create a stored search tool. ``api_key`` is write-only and
            requires OTARI_SECRET_KEY. Example: {'api_base': 'http://searxng:8080', 'name': 'local',
            'provider': 'searxng'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredSearchToolSchema]
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
    body: CreateSearchToolRequest,
) -> HTTPValidationError | StoredSearchToolSchema | None:
    """Create Search Tool

     Add a search tool at runtime. Storing an API key requires OTARI_SECRET_KEY.

    Args:
        body (CreateSearchToolRequest): Create a stored search tool. ``api_key`` is write-only and
            requires OTARI_SECRET_KEY. Example: {'api_base': 'http://searxng:8080', 'name': 'local',
            'provider': 'searxng'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredSearchToolSchema
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSearchToolRequest,
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    """Create Search Tool

     Add a search tool at runtime. Storing an API key requires OTARI_SECRET_KEY.

    Args:
        body (CreateSearchToolRequest): Create a stored search tool. ``api_key`` is write-only and
            requires OTARI_SECRET_KEY. Example: {'api_base': 'http://searxng:8080', 'name': 'local',
            'provider': 'searxng'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredSearchToolSchema]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSearchToolRequest,
) -> HTTPValidationError | StoredSearchToolSchema | None:
    """Create Search Tool

     Add a search tool at runtime. Storing an API key requires OTARI_SECRET_KEY.

    Args:
        body (CreateSearchToolRequest): Create a stored search tool. ``api_key`` is write-only and
            requires OTARI_SECRET_KEY. Example: {'api_base': 'http://searxng:8080', 'name': 'local',
            'provider': 'searxng'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredSearchToolSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
