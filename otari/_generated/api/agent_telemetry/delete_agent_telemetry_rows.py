from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_telemetry_delete_request import AgentTelemetryDeleteRequest
from ...models.agent_telemetry_delete_result import AgentTelemetryDeleteResult
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AgentTelemetryDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/agent-telemetry",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetryDeleteResult | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetryDeleteResult.from_dict(response.json())

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
) -> Response[AgentTelemetryDeleteResult | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentTelemetryDeleteRequest,
) -> Response[AgentTelemetryDeleteResult | HTTPValidationError]:
    """Delete Agent Telemetry Rows

     Delete agent_telemetry rows by explicit ids or by filter (standalone).

    Target either an explicit selection (`ids`) or everything matching a filter
    (`by_filter: true` plus optional `user_id` / `api_key_id` / `name` / date
    range). A selection matching zero rows succeeds with `deleted: 0`.
    Master-key only.

    Args:
        body (AgentTelemetryDeleteRequest): Selection of agent_telemetry rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryDeleteResult | HTTPValidationError]
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
    body: AgentTelemetryDeleteRequest,
) -> AgentTelemetryDeleteResult | HTTPValidationError | None:
    """Delete Agent Telemetry Rows

     Delete agent_telemetry rows by explicit ids or by filter (standalone).

    Target either an explicit selection (`ids`) or everything matching a filter
    (`by_filter: true` plus optional `user_id` / `api_key_id` / `name` / date
    range). A selection matching zero rows succeeds with `deleted: 0`.
    Master-key only.

    Args:
        body (AgentTelemetryDeleteRequest): Selection of agent_telemetry rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryDeleteResult | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentTelemetryDeleteRequest,
) -> Response[AgentTelemetryDeleteResult | HTTPValidationError]:
    """Delete Agent Telemetry Rows

     Delete agent_telemetry rows by explicit ids or by filter (standalone).

    Target either an explicit selection (`ids`) or everything matching a filter
    (`by_filter: true` plus optional `user_id` / `api_key_id` / `name` / date
    range). A selection matching zero rows succeeds with `deleted: 0`.
    Master-key only.

    Args:
        body (AgentTelemetryDeleteRequest): Selection of agent_telemetry rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryDeleteResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgentTelemetryDeleteRequest,
) -> AgentTelemetryDeleteResult | HTTPValidationError | None:
    """Delete Agent Telemetry Rows

     Delete agent_telemetry rows by explicit ids or by filter (standalone).

    Target either an explicit selection (`ids`) or everything matching a filter
    (`by_filter: true` plus optional `user_id` / `api_key_id` / `name` / date
    range). A selection matching zero rows succeeds with `deleted: 0`.
    Master-key only.

    Args:
        body (AgentTelemetryDeleteRequest): Selection of agent_telemetry rows to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryDeleteResult | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
