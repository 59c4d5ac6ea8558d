import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_telemetry_count import AgentTelemetryCount
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_user_id: list[str] | None | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    elif isinstance(user_id, list):
        json_user_id = user_id

    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_api_key_id: list[str] | None | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, list):
        json_api_key_id = api_key_id

    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent-telemetry/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetryCount | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetryCount.from_dict(response.json())

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
) -> Response[AgentTelemetryCount | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
) -> Response[AgentTelemetryCount | HTTPValidationError]:
    """Count Agent Telemetry

     Total agent_telemetry rows matching the given filters (standalone).

    The filter set mirrors the purge endpoint's, so this sizes exactly what a
    "delete all N matching" would remove. Behavioral and metric rows are counted
    together: neither this nor the purge distinguishes them. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        name (None | str | Unset): Filter to a single event type or metric name (e.g.
            'tool_result', 'claude_code.commit.count')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryCount | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
) -> AgentTelemetryCount | HTTPValidationError | None:
    """Count Agent Telemetry

     Total agent_telemetry rows matching the given filters (standalone).

    The filter set mirrors the purge endpoint's, so this sizes exactly what a
    "delete all N matching" would remove. Behavioral and metric rows are counted
    together: neither this nor the purge distinguishes them. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        name (None | str | Unset): Filter to a single event type or metric name (e.g.
            'tool_result', 'claude_code.commit.count')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryCount | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
) -> Response[AgentTelemetryCount | HTTPValidationError]:
    """Count Agent Telemetry

     Total agent_telemetry rows matching the given filters (standalone).

    The filter set mirrors the purge endpoint's, so this sizes exactly what a
    "delete all N matching" would remove. Behavioral and metric rows are counted
    together: neither this nor the purge distinguishes them. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        name (None | str | Unset): Filter to a single event type or metric name (e.g.
            'tool_result', 'claude_code.commit.count')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryCount | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
) -> AgentTelemetryCount | HTTPValidationError | None:
    """Count Agent Telemetry

     Total agent_telemetry rows matching the given filters (standalone).

    The filter set mirrors the purge endpoint's, so this sizes exactly what a
    "delete all N matching" would remove. Behavioral and metric rows are counted
    together: neither this nor the purge distinguishes them. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        name (None | str | Unset): Filter to a single event type or metric name (e.g.
            'tool_result', 'claude_code.commit.count')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryCount | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            api_key_id=api_key_id,
            name=name,
        )
    ).parsed
