from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_tokens_request import CountTokensRequest
from ...models.count_tokens_response import CountTokensResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CountTokensRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/count_tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountTokensResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CountTokensResponse.from_dict(response.json())

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
) -> Response[CountTokensResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CountTokensRequest,
) -> Response[CountTokensResponse | HTTPValidationError]:
    """Count Message Tokens

     Anthropic ``/v1/messages/count_tokens``-compatible endpoint.

    Returns ``{"input_tokens": N}`` without contacting an upstream provider:
    counting is local, so there is no budget reservation, pricing, or usage
    logging. Authentication mirrors :func:`create_message` — hybrid mode
    resolves the caller's token against the platform, standalone mode validates
    the API key — so the endpoint is not an open token-counting oracle.

    Args:
        body (CountTokensRequest): Anthropic ``/v1/messages/count_tokens`` request.

            A subset of :class:`MessagesRequest`: the input fields that affect the token
            count, minus ``max_tokens`` and the streaming/sampling controls, since the
            endpoint only counts input tokens. ``context_management`` and ``betas`` are
            accepted for wire compatibility, but the local estimate does not apply
            provider-side context edits. Clients such as Claude Code call this on every
            turn to keep their prompt within the model's context window.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountTokensResponse | HTTPValidationError]
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
    body: CountTokensRequest,
) -> CountTokensResponse | HTTPValidationError | None:
    """Count Message Tokens

     Anthropic ``/v1/messages/count_tokens``-compatible endpoint.

    Returns ``{"input_tokens": N}`` without contacting an upstream provider:
    counting is local, so there is no budget reservation, pricing, or usage
    logging. Authentication mirrors :func:`create_message` — hybrid mode
    resolves the caller's token against the platform, standalone mode validates
    the API key — so the endpoint is not an open token-counting oracle.

    Args:
        body (CountTokensRequest): Anthropic ``/v1/messages/count_tokens`` request.

            A subset of :class:`MessagesRequest`: the input fields that affect the token
            count, minus ``max_tokens`` and the streaming/sampling controls, since the
            endpoint only counts input tokens. ``context_management`` and ``betas`` are
            accepted for wire compatibility, but the local estimate does not apply
            provider-side context edits. Clients such as Claude Code call this on every
            turn to keep their prompt within the model's context window.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountTokensResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CountTokensRequest,
) -> Response[CountTokensResponse | HTTPValidationError]:
    """Count Message Tokens

     Anthropic ``/v1/messages/count_tokens``-compatible endpoint.

    Returns ``{"input_tokens": N}`` without contacting an upstream provider:
    counting is local, so there is no budget reservation, pricing, or usage
    logging. Authentication mirrors :func:`create_message` — hybrid mode
    resolves the caller's token against the platform, standalone mode validates
    the API key — so the endpoint is not an open token-counting oracle.

    Args:
        body (CountTokensRequest): Anthropic ``/v1/messages/count_tokens`` request.

            A subset of :class:`MessagesRequest`: the input fields that affect the token
            count, minus ``max_tokens`` and the streaming/sampling controls, since the
            endpoint only counts input tokens. ``context_management`` and ``betas`` are
            accepted for wire compatibility, but the local estimate does not apply
            provider-side context edits. Clients such as Claude Code call this on every
            turn to keep their prompt within the model's context window.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountTokensResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CountTokensRequest,
) -> CountTokensResponse | HTTPValidationError | None:
    """Count Message Tokens

     Anthropic ``/v1/messages/count_tokens``-compatible endpoint.

    Returns ``{"input_tokens": N}`` without contacting an upstream provider:
    counting is local, so there is no budget reservation, pricing, or usage
    logging. Authentication mirrors :func:`create_message` — hybrid mode
    resolves the caller's token against the platform, standalone mode validates
    the API key — so the endpoint is not an open token-counting oracle.

    Args:
        body (CountTokensRequest): Anthropic ``/v1/messages/count_tokens`` request.

            A subset of :class:`MessagesRequest`: the input fields that affect the token
            count, minus ``max_tokens`` and the streaming/sampling controls, since the
            endpoint only counts input tokens. ``context_management`` and ``betas`` are
            accepted for wire compatibility, but the local estimate does not apply
            provider-side context edits. Clients such as Claude Code call this on every
            turn to keep their prompt within the model's context window.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountTokensResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
