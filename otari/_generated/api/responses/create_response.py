from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.responses_request import ResponsesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ResponsesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> Response[Any | HTTPValidationError]:
    """Create Response

     OpenAI-compatible Responses endpoint.

    Supports MCP tool-use loops, sandboxed code execution, and SearXNG
    web_search in both standalone mode and hybrid mode. Hybrid-mode requests
    resolve credentials via the platform service and get multi-attempt
    fallback across the resolved route, tool-loop requests included (fallback
    applies up to the pre-lock-in point, same as chat).

    Args:
        body (ResponsesRequest): OpenAI Responses API-compatible request.

            The wire fields are derived from any-llm's ``ResponsesParams`` (see
            ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
            into gateway-managed MCP / sandbox / web_search / guardrails without
            changing the upstream wire shape. They're stripped before the request is
            forwarded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
    body: ResponsesRequest,
) -> Any | HTTPValidationError | None:
    """Create Response

     OpenAI-compatible Responses endpoint.

    Supports MCP tool-use loops, sandboxed code execution, and SearXNG
    web_search in both standalone mode and hybrid mode. Hybrid-mode requests
    resolve credentials via the platform service and get multi-attempt
    fallback across the resolved route, tool-loop requests included (fallback
    applies up to the pre-lock-in point, same as chat).

    Args:
        body (ResponsesRequest): OpenAI Responses API-compatible request.

            The wire fields are derived from any-llm's ``ResponsesParams`` (see
            ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
            into gateway-managed MCP / sandbox / web_search / guardrails without
            changing the upstream wire shape. They're stripped before the request is
            forwarded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> Response[Any | HTTPValidationError]:
    """Create Response

     OpenAI-compatible Responses endpoint.

    Supports MCP tool-use loops, sandboxed code execution, and SearXNG
    web_search in both standalone mode and hybrid mode. Hybrid-mode requests
    resolve credentials via the platform service and get multi-attempt
    fallback across the resolved route, tool-loop requests included (fallback
    applies up to the pre-lock-in point, same as chat).

    Args:
        body (ResponsesRequest): OpenAI Responses API-compatible request.

            The wire fields are derived from any-llm's ``ResponsesParams`` (see
            ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
            into gateway-managed MCP / sandbox / web_search / guardrails without
            changing the upstream wire shape. They're stripped before the request is
            forwarded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> Any | HTTPValidationError | None:
    """Create Response

     OpenAI-compatible Responses endpoint.

    Supports MCP tool-use loops, sandboxed code execution, and SearXNG
    web_search in both standalone mode and hybrid mode. Hybrid-mode requests
    resolve credentials via the platform service and get multi-attempt
    fallback across the resolved route, tool-loop requests included (fallback
    applies up to the pre-lock-in point, same as chat).

    Args:
        body (ResponsesRequest): OpenAI Responses API-compatible request.

            The wire fields are derived from any-llm's ``ResponsesParams`` (see
            ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
            into gateway-managed MCP / sandbox / web_search / guardrails without
            changing the upstream wire shape. They're stripped before the request is
            forwarded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
