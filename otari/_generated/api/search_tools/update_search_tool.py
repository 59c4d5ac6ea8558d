from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.stored_search_tool_schema import StoredSearchToolSchema
from ...models.update_search_tool_request import UpdateSearchToolRequest
from ...types import UNSET, Response


def _get_kwargs(
    name: str,
    *,
    body: UpdateSearchToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/search-tools/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StoredSearchToolSchema | None:
    if response.status_code == 200:
        response_200 = StoredSearchToolSchema.from_dict(response.json())

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
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSearchToolRequest,
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    """Update Search Tool

     Update a stored search tool. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it (a keyless SearXNG backend). The
    row is locked ``FOR UPDATE`` so the ``expected_updated_at`` check and the
    write it guards are atomic. The tool as it will be after the update is
    validated, so a change that would leave it unusable (clearing the key of a
    provider that needs one) is refused rather than stored.

    Args:
        name (str):
        body (UpdateSearchToolRequest): Update a stored search tool. Omitted fields are unchanged;
            ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredSearchToolSchema]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSearchToolRequest,
) -> HTTPValidationError | StoredSearchToolSchema | None:
    """Update Search Tool

     Update a stored search tool. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it (a keyless SearXNG backend). The
    row is locked ``FOR UPDATE`` so the ``expected_updated_at`` check and the
    write it guards are atomic. The tool as it will be after the update is
    validated, so a change that would leave it unusable (clearing the key of a
    provider that needs one) is refused rather than stored.

    Args:
        name (str):
        body (UpdateSearchToolRequest): Update a stored search tool. Omitted fields are unchanged;
            ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredSearchToolSchema
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSearchToolRequest,
) -> Response[HTTPValidationError | StoredSearchToolSchema]:
    """Update Search Tool

     Update a stored search tool. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it (a keyless SearXNG backend). The
    row is locked ``FOR UPDATE`` so the ``expected_updated_at`` check and the
    write it guards are atomic. The tool as it will be after the update is
    validated, so a change that would leave it unusable (clearing the key of a
    provider that needs one) is refused rather than stored.

    Args:
        name (str):
        body (UpdateSearchToolRequest): Update a stored search tool. Omitted fields are unchanged;
            ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredSearchToolSchema]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSearchToolRequest,
) -> HTTPValidationError | StoredSearchToolSchema | None:
    """Update Search Tool

     Update a stored search tool. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it (a keyless SearXNG backend). The
    row is locked ``FOR UPDATE`` so the ``expected_updated_at`` check and the
    write it guards are atomic. The tool as it will be after the update is
    validated, so a change that would leave it unusable (clearing the key of a
    provider that needs one) is refused rather than stored.

    Args:
        name (str):
        body (UpdateSearchToolRequest): Update a stored search tool. Omitted fields are unchanged;
            ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredSearchToolSchema
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
