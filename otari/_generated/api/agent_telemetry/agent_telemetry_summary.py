import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_telemetry_summary import AgentTelemetrySummary
from ...models.agent_telemetry_summary_bucket import AgentTelemetrySummaryBucket
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = AgentTelemetrySummaryBucket.DAY,
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

    json_session_label: None | str | Unset
    if isinstance(session_label, Unset):
        json_session_label = UNSET
    else:
        json_session_label = session_label
    params["session_label"] = json_session_label

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent-telemetry/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTelemetrySummary | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AgentTelemetrySummary.from_dict(response.json())

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
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
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
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = AgentTelemetrySummaryBucket.DAY,
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
    """Agent Telemetry Summary

     What the coding agent produced in a window, and what it cost (standalone).

    Range-bounded like `/v1/usage/summary` (default last 30 days, hard-capped),
    so the aggregates stay served by the timestamp index. Returns the outcome
    totals (commits, pull requests, lines changed, active time), the behavioral
    counts already captured from the logs signal (tool calls and their mix, tool
    accept/reject, turns, API errors), the recorded spend over the same scope,
    and the derived per-unit measures: cost per commit / pull request / line,
    spend per active hour, acceptance rate, turns per session, and error rate.
    Each measure is null rather than an error when its denominator is zero.
    Filterable by user, API key, and `session_label`, so cost per outcome can be
    read for one agent session as well as for a whole window.

    The spend side is every usage row in scope, not only the agent's: unfiltered,
    that includes traffic from clients that never reported telemetry, so a
    per-outcome measure read over a whole deployment answers "what did this
    deployment spend per commit", not "what did the agent spend per commit".
    Filter by user, API key, or session to divide only the matching spend.

    Outcome metrics are stored exactly as the agent reported them, so a
    cumulative counter is converted to a window increment here, at read time,
    diffed per series generation: a re-exported total adds nothing, and a counter
    reset never reads as negative work. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        session_label (None | str | Unset): Filter to a single agent session. Matches
            agent_telemetry.session_label and, on the usage side of the join, the
            usage_logs.source_label that /v1/usage/summary filters on
        bucket (AgentTelemetrySummaryBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySummaryBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetrySummary | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
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
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = AgentTelemetrySummaryBucket.DAY,
) -> AgentTelemetrySummary | HTTPValidationError | None:
    """Agent Telemetry Summary

     What the coding agent produced in a window, and what it cost (standalone).

    Range-bounded like `/v1/usage/summary` (default last 30 days, hard-capped),
    so the aggregates stay served by the timestamp index. Returns the outcome
    totals (commits, pull requests, lines changed, active time), the behavioral
    counts already captured from the logs signal (tool calls and their mix, tool
    accept/reject, turns, API errors), the recorded spend over the same scope,
    and the derived per-unit measures: cost per commit / pull request / line,
    spend per active hour, acceptance rate, turns per session, and error rate.
    Each measure is null rather than an error when its denominator is zero.
    Filterable by user, API key, and `session_label`, so cost per outcome can be
    read for one agent session as well as for a whole window.

    The spend side is every usage row in scope, not only the agent's: unfiltered,
    that includes traffic from clients that never reported telemetry, so a
    per-outcome measure read over a whole deployment answers "what did this
    deployment spend per commit", not "what did the agent spend per commit".
    Filter by user, API key, or session to divide only the matching spend.

    Outcome metrics are stored exactly as the agent reported them, so a
    cumulative counter is converted to a window increment here, at read time,
    diffed per series generation: a re-exported total adds nothing, and a counter
    reset never reads as negative work. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        session_label (None | str | Unset): Filter to a single agent session. Matches
            agent_telemetry.session_label and, on the usage side of the join, the
            usage_logs.source_label that /v1/usage/summary filters on
        bucket (AgentTelemetrySummaryBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySummaryBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetrySummary | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = AgentTelemetrySummaryBucket.DAY,
) -> Response[AgentTelemetrySummary | HTTPValidationError]:
    """Agent Telemetry Summary

     What the coding agent produced in a window, and what it cost (standalone).

    Range-bounded like `/v1/usage/summary` (default last 30 days, hard-capped),
    so the aggregates stay served by the timestamp index. Returns the outcome
    totals (commits, pull requests, lines changed, active time), the behavioral
    counts already captured from the logs signal (tool calls and their mix, tool
    accept/reject, turns, API errors), the recorded spend over the same scope,
    and the derived per-unit measures: cost per commit / pull request / line,
    spend per active hour, acceptance rate, turns per session, and error rate.
    Each measure is null rather than an error when its denominator is zero.
    Filterable by user, API key, and `session_label`, so cost per outcome can be
    read for one agent session as well as for a whole window.

    The spend side is every usage row in scope, not only the agent's: unfiltered,
    that includes traffic from clients that never reported telemetry, so a
    per-outcome measure read over a whole deployment answers "what did this
    deployment spend per commit", not "what did the agent spend per commit".
    Filter by user, API key, or session to divide only the matching spend.

    Outcome metrics are stored exactly as the agent reported them, so a
    cumulative counter is converted to a window increment here, at read time,
    diffed per series generation: a re-exported total adds nothing, and a counter
    reset never reads as negative work. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        session_label (None | str | Unset): Filter to a single agent session. Matches
            agent_telemetry.session_label and, on the usage side of the join, the
            usage_logs.source_label that /v1/usage/summary filters on
        bucket (AgentTelemetrySummaryBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySummaryBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTelemetrySummary | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        api_key_id=api_key_id,
        session_label=session_label,
        bucket=bucket,
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
    session_label: None | str | Unset = UNSET,
    bucket: AgentTelemetrySummaryBucket | Unset = AgentTelemetrySummaryBucket.DAY,
) -> AgentTelemetrySummary | HTTPValidationError | None:
    """Agent Telemetry Summary

     What the coding agent produced in a window, and what it cost (standalone).

    Range-bounded like `/v1/usage/summary` (default last 30 days, hard-capped),
    so the aggregates stay served by the timestamp index. Returns the outcome
    totals (commits, pull requests, lines changed, active time), the behavioral
    counts already captured from the logs signal (tool calls and their mix, tool
    accept/reject, turns, API errors), the recorded spend over the same scope,
    and the derived per-unit measures: cost per commit / pull request / line,
    spend per active hour, acceptance rate, turns per session, and error rate.
    Each measure is null rather than an error when its denominator is zero.
    Filterable by user, API key, and `session_label`, so cost per outcome can be
    read for one agent session as well as for a whole window.

    The spend side is every usage row in scope, not only the agent's: unfiltered,
    that includes traffic from clients that never reported telemetry, so a
    per-outcome measure read over a whole deployment answers "what did this
    deployment spend per commit", not "what did the agent spend per commit".
    Filter by user, API key, or session to divide only the matching spend.

    Outcome metrics are stored exactly as the agent reported them, so a
    cumulative counter is converted to a window increment here, at read time,
    diffed per series generation: a re-exported total adds nothing, and a counter
    reset never reads as negative work. Master-key only.

    Args:
        start_date (datetime.datetime | None | Unset): Return rows with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return rows with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        session_label (None | str | Unset): Filter to a single agent session. Matches
            agent_telemetry.session_label and, on the usage side of the join, the
            usage_logs.source_label that /v1/usage/summary filters on
        bucket (AgentTelemetrySummaryBucket | Unset): Time-series granularity: 'hour' or 'day'
            Default: AgentTelemetrySummaryBucket.DAY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTelemetrySummary | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            api_key_id=api_key_id,
            session_label=session_label,
            bucket=bucket,
        )
    ).parsed
