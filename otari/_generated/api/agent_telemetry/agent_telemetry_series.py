import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_telemetry_grouped_series import AgentTelemetryGroupedSeries
from ...models.agent_telemetry_series_bucket import AgentTelemetrySeriesBucket
from ...models.agent_telemetry_series_group_by import AgentTelemetrySeriesGroupBy
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = AgentTelemetrySeriesBucket.DAY,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by = group_by.value
    params["group_by"] = json_group_by

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

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent-telemetry/series",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetryGroupedSeries.from_dict(response.json())

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
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = AgentTelemetrySeriesBucket.DAY,
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    """Agent Telemetry Series

     Row volume over time, split by user or API key (standalone).

    Mirrors `/v1/usage/series`: same window bounds and bucket-grid cap, the top
    groups as their own series with the remainder folded into a reconciling
    ``other``, and sparse points (populated cells only). Counts rows, not spend,
    so it charts telemetry volume rather than cost. Master-key only.

    Args:
        group_by (AgentTelemetrySeriesGroupBy): Dimension to split the series by
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
        bucket (AgentTelemetrySeriesBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySeriesBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryGroupedSeries | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = AgentTelemetrySeriesBucket.DAY,
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    """Agent Telemetry Series

     Row volume over time, split by user or API key (standalone).

    Mirrors `/v1/usage/series`: same window bounds and bucket-grid cap, the top
    groups as their own series with the remainder folded into a reconciling
    ``other``, and sparse points (populated cells only). Counts rows, not spend,
    so it charts telemetry volume rather than cost. Master-key only.

    Args:
        group_by (AgentTelemetrySeriesGroupBy): Dimension to split the series by
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
        bucket (AgentTelemetrySeriesBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySeriesBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryGroupedSeries | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = AgentTelemetrySeriesBucket.DAY,
) -> Response[AgentTelemetryGroupedSeries | HTTPValidationError]:
    """Agent Telemetry Series

     Row volume over time, split by user or API key (standalone).

    Mirrors `/v1/usage/series`: same window bounds and bucket-grid cap, the top
    groups as their own series with the remainder folded into a reconciling
    ``other``, and sparse points (populated cells only). Counts rows, not spend,
    so it charts telemetry volume rather than cost. Master-key only.

    Args:
        group_by (AgentTelemetrySeriesGroupBy): Dimension to split the series by
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
        bucket (AgentTelemetrySeriesBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySeriesBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetryGroupedSeries | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        name=name,
        bucket=bucket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: AgentTelemetrySeriesGroupBy,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    bucket: AgentTelemetrySeriesBucket | Unset = AgentTelemetrySeriesBucket.DAY,
) -> AgentTelemetryGroupedSeries | HTTPValidationError | None:
    """Agent Telemetry Series

     Row volume over time, split by user or API key (standalone).

    Mirrors `/v1/usage/series`: same window bounds and bucket-grid cap, the top
    groups as their own series with the remainder folded into a reconciling
    ``other``, and sparse points (populated cells only). Counts rows, not spend,
    so it charts telemetry volume rather than cost. Master-key only.

    Args:
        group_by (AgentTelemetrySeriesGroupBy): Dimension to split the series by
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
        bucket (AgentTelemetrySeriesBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySeriesBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetryGroupedSeries | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            api_key_id=api_key_id,
            name=name,
            bucket=bucket,
        )
    ).parsed
