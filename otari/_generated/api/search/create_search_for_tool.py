from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.search_request import SearchRequest
from ...models.search_response import SearchResponse
from ...types import UNSET, Response


def _get_kwargs(
    search_tool_name: str,
    *,
    body: SearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/search/{search_tool_name}".format(
            search_tool_name=quote(str(search_tool_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    search_tool_name: str,
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
) -> Response[HTTPValidationError | SearchResponse]:
    """Create Search For Tool

     Run a search against the search tool named in the path.

    Identical to ``POST /v1/search`` except that the path names the tool, which
    is the form LiteLLM clients use. Any ``search_tool_name`` in the body is
    ignored.

    Authentication modes:
    - Master key: the ``user`` field is required and may name any existing user.
    - API key: usage and spend always bind to the key's own user. A ``user``
      field naming a different user is rejected with 403 (or ignored, when the
      key's own ``reject_user_mismatch`` is false, or the deployment-wide
      setting is disabled and the key does not override it); it is never billed
      to that user.

    Args:
        search_tool_name (str): Configured search tool to run against
        body (SearchRequest): A search request, following LiteLLM's ``/v1/search`` body. Example:
            {'max_results': 5, 'query': 'otari llm gateway'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SearchResponse]
    """

    kwargs = _get_kwargs(
        search_tool_name=search_tool_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    search_tool_name: str,
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
) -> HTTPValidationError | SearchResponse | None:
    """Create Search For Tool

     Run a search against the search tool named in the path.

    Identical to ``POST /v1/search`` except that the path names the tool, which
    is the form LiteLLM clients use. Any ``search_tool_name`` in the body is
    ignored.

    Authentication modes:
    - Master key: the ``user`` field is required and may name any existing user.
    - API key: usage and spend always bind to the key's own user. A ``user``
      field naming a different user is rejected with 403 (or ignored, when the
      key's own ``reject_user_mismatch`` is false, or the deployment-wide
      setting is disabled and the key does not override it); it is never billed
      to that user.

    Args:
        search_tool_name (str): Configured search tool to run against
        body (SearchRequest): A search request, following LiteLLM's ``/v1/search`` body. Example:
            {'max_results': 5, 'query': 'otari llm gateway'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SearchResponse
    """

    return sync_detailed(
        search_tool_name=search_tool_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    search_tool_name: str,
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
) -> Response[HTTPValidationError | SearchResponse]:
    """Create Search For Tool

     Run a search against the search tool named in the path.

    Identical to ``POST /v1/search`` except that the path names the tool, which
    is the form LiteLLM clients use. Any ``search_tool_name`` in the body is
    ignored.

    Authentication modes:
    - Master key: the ``user`` field is required and may name any existing user.
    - API key: usage and spend always bind to the key's own user. A ``user``
      field naming a different user is rejected with 403 (or ignored, when the
      key's own ``reject_user_mismatch`` is false, or the deployment-wide
      setting is disabled and the key does not override it); it is never billed
      to that user.

    Args:
        search_tool_name (str): Configured search tool to run against
        body (SearchRequest): A search request, following LiteLLM's ``/v1/search`` body. Example:
            {'max_results': 5, 'query': 'otari llm gateway'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SearchResponse]
    """

    kwargs = _get_kwargs(
        search_tool_name=search_tool_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    search_tool_name: str,
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
) -> HTTPValidationError | SearchResponse | None:
    """Create Search For Tool

     Run a search against the search tool named in the path.

    Identical to ``POST /v1/search`` except that the path names the tool, which
    is the form LiteLLM clients use. Any ``search_tool_name`` in the body is
    ignored.

    Authentication modes:
    - Master key: the ``user`` field is required and may name any existing user.
    - API key: usage and spend always bind to the key's own user. A ``user``
      field naming a different user is rejected with 403 (or ignored, when the
      key's own ``reject_user_mismatch`` is false, or the deployment-wide
      setting is disabled and the key does not override it); it is never billed
      to that user.

    Args:
        search_tool_name (str): Configured search tool to run against
        body (SearchRequest): A search request, following LiteLLM's ``/v1/search`` body. Example:
            {'max_results': 5, 'query': 'otari llm gateway'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SearchResponse
    """

    return (
        await asyncio_detailed(
            search_tool_name=search_tool_name,
            client=client,
            body=body,
        )
    ).parsed
