from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChatCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

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
) -> Response[ChatCompletion | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> Response[ChatCompletion | HTTPValidationError]:
    """Chat Completions

     OpenAI-compatible chat completions endpoint.

    Supports both streaming and non-streaming responses.
    Handles reasoning content from otari providers.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        body (ChatCompletionRequest): OpenAI-compatible chat completion request.

            The completion-param fields are derived from any-llm's ``CompletionParams``
            (see ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Fields below either tighten a derived field (``messages``,
            ``response_format``), declare an OpenAI wire param ``CompletionParams`` does
            not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or
            add gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) that is stripped
            before the request is forwarded upstream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | HTTPValidationError]
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
    body: ChatCompletionRequest,
) -> ChatCompletion | HTTPValidationError | None:
    """Chat Completions

     OpenAI-compatible chat completions endpoint.

    Supports both streaming and non-streaming responses.
    Handles reasoning content from otari providers.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        body (ChatCompletionRequest): OpenAI-compatible chat completion request.

            The completion-param fields are derived from any-llm's ``CompletionParams``
            (see ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Fields below either tighten a derived field (``messages``,
            ``response_format``), declare an OpenAI wire param ``CompletionParams`` does
            not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or
            add gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) that is stripped
            before the request is forwarded upstream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> Response[ChatCompletion | HTTPValidationError]:
    """Chat Completions

     OpenAI-compatible chat completions endpoint.

    Supports both streaming and non-streaming responses.
    Handles reasoning content from otari providers.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        body (ChatCompletionRequest): OpenAI-compatible chat completion request.

            The completion-param fields are derived from any-llm's ``CompletionParams``
            (see ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Fields below either tighten a derived field (``messages``,
            ``response_format``), declare an OpenAI wire param ``CompletionParams`` does
            not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or
            add gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) that is stripped
            before the request is forwarded upstream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> ChatCompletion | HTTPValidationError | None:
    """Chat Completions

     OpenAI-compatible chat completions endpoint.

    Supports both streaming and non-streaming responses.
    Handles reasoning content from otari providers.

    Authentication modes:
    - Master key + user field: Use specified user (must exist)
    - API key + user field: Use specified user (must exist)
    - API key without user field: Use the shared "default" user

    Args:
        body (ChatCompletionRequest): OpenAI-compatible chat completion request.

            The completion-param fields are derived from any-llm's ``CompletionParams``
            (see ``_schema_derive``) so the schema cannot silently drop a param any-llm
            forwards. Fields below either tighten a derived field (``messages``,
            ``response_format``), declare an OpenAI wire param ``CompletionParams`` does
            not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or
            add gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``,
            ``guardrails``, ``tools_header``, ``max_tool_iterations``) that is stripped
            before the request is forwarded upstream.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
