from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/metrics",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Receive Metrics

     Ingest content-free coding-agent outcome metrics from OTLP metric points.

    Records the outcome counters a coding agent reports on the metrics signal and
    that Otari has no other source for: lines of code changed, commits, pull
    requests, and active time. Points are stored exactly as reported, with their
    OTLP series identity, so a cumulative counter is turned into an increment at
    read time rather than re-counted on every export. Metrics that duplicate an
    already-recorded signal (token/cost usage, already billed; edit decisions,
    already captured as behavioral events) are skipped, as is any metric name this
    gateway does not know, so a newer agent version never breaks reception.

    Outcome metrics are never billable: they touch no budget and no spend. Capture
    answers to the same ``capture_agent_telemetry`` toggle as behavioral events;
    with it off, the export still succeeds and simply stores nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """Receive Metrics

     Ingest content-free coding-agent outcome metrics from OTLP metric points.

    Records the outcome counters a coding agent reports on the metrics signal and
    that Otari has no other source for: lines of code changed, commits, pull
    requests, and active time. Points are stored exactly as reported, with their
    OTLP series identity, so a cumulative counter is turned into an increment at
    read time rather than re-counted on every export. Metrics that duplicate an
    already-recorded signal (token/cost usage, already billed; edit decisions,
    already captured as behavioral events) are skipped, as is any metric name this
    gateway does not know, so a newer agent version never breaks reception.

    Outcome metrics are never billable: they touch no budget and no spend. Capture
    answers to the same ``capture_agent_telemetry`` toggle as behavioral events;
    with it off, the export still succeeds and simply stores nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
