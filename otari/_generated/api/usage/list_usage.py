import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_usage_tool_type_0 import ListUsageToolType0
from ...models.usage_entry import UsageEntry
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: ListUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_status_code: int | None | Unset
    if isinstance(status_code, Unset):
        json_status_code = UNSET
    else:
        json_status_code = status_code
    params["status_code"] = json_status_code

    json_model: list[str] | None | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    elif isinstance(model, list):
        json_model = model

    else:
        json_model = model
    params["model"] = json_model

    json_endpoint: None | str | Unset
    if isinstance(endpoint, Unset):
        json_endpoint = UNSET
    else:
        json_endpoint = endpoint
    params["endpoint"] = json_endpoint

    json_provider: None | str | Unset
    if isinstance(provider, Unset):
        json_provider = UNSET
    else:
        json_provider = provider
    params["provider"] = json_provider

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_source_label: None | str | Unset
    if isinstance(source_label, Unset):
        json_source_label = UNSET
    else:
        json_source_label = source_label
    params["source_label"] = json_source_label

    json_api_key_id: list[str] | None | Unset
    if isinstance(api_key_id, Unset):
        json_api_key_id = UNSET
    elif isinstance(api_key_id, list):
        json_api_key_id = api_key_id

    else:
        json_api_key_id = api_key_id
    params["api_key_id"] = json_api_key_id

    json_priced: bool | None | Unset
    if isinstance(priced, Unset):
        json_priced = UNSET
    else:
        json_priced = priced
    params["priced"] = json_priced

    json_tool: None | str | Unset
    if isinstance(tool, Unset):
        json_tool = UNSET
    elif isinstance(tool, ListUsageToolType0):
        json_tool = tool.value
    else:
        json_tool = tool
    params["tool"] = json_tool

    json_counts_toward_budget: bool | None | Unset
    if isinstance(counts_toward_budget, Unset):
        json_counts_toward_budget = UNSET
    else:
        json_counts_toward_budget = counts_toward_budget
    params["counts_toward_budget"] = json_counts_toward_budget

    json_request_group_id: list[str] | None | Unset
    if isinstance(request_group_id, Unset):
        json_request_group_id = UNSET
    elif isinstance(request_group_id, list):
        json_request_group_id = request_group_id

    else:
        json_request_group_id = request_group_id
    params["request_group_id"] = json_request_group_id

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[UsageEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UsageEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[UsageEntry]]:
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
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: ListUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | list[UsageEntry]]:
    """List Usage

     List usage logs ordered by timestamp (most recent first).

    Supports optional filters for time range, user, status, failure status code,
    model, endpoint, provider, source, session (``source_label``), and request
    group (``request_group_id``, repeatable, which returns a routed request's
    whole attempt plan). Paginated via skip/limit. The return shape is a bare JSON array; external
    billing/analytics consumers depend on this, so the total row count for a
    paginated UI is served separately by ``GET /v1/usage/count`` rather than
    wrapped in an envelope here. Timestamps accept either ISO 8601 strings or
    Unix epoch seconds (numeric).

    Args:
        start_date (datetime.datetime | None | Unset): Return logs with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return logs with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        status (None | str | Unset): Filter to a single status: 'success', 'error', or 'absorbed'
            (an attempt a routing policy recovered from, excluded from error_count and request_count)
        status_code (int | None | Unset): Filter to a single failure status code (e.g. 429 for
            provider rate limits, 402 for missing-pricing rejections). Only error rows carry one, so
            this filter also restricts to status='error' unless 'status' is given explicitly
        model (list[str] | None | Unset): Filter to one or more models; repeatable
            (model=a&model=b). Several values match any of them. At most 50 per call.
        endpoint (None | str | Unset): Filter to a single endpoint (e.g. '/v1/chat/completions')
        provider (None | str | Unset): Filter to a single provider (e.g. 'openai')
        source (None | str | Unset): Filter to a single provenance source (e.g. 'gateway' or
            'claude_code')
        source_label (None | str | Unset): Filter to a single session/project label (the
            source_label carried by imported usage)
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        priced (bool | None | Unset): Filter by token-pricing state: true = only rows whose model
            tokens were priced, false = only rows that still need pricing (no cost at all, or tokens
            that were never metered because the model had no rate). A row charged only for gateway-run
            tool calls still counts as needing pricing.
        tool (ListUsageToolType0 | None | Unset): Filter to requests that ran a gateway-run tool.
            'any' matches any tool; a tool name (web_search, code_execution) matches that tool
            specifically.
        counts_toward_budget (bool | None | Unset): Filter by budget participation: true = only
            enforced gateway rows, false = only imported rows that never touch a budget
        request_group_id (list[str] | None | Unset): Filter to the rows of one or more request
            groups; repeatable (request_group_id=a&request_group_id=b). A routed request writes one
            row per attempt, all sharing a request_group_id, so this returns a request's whole plan:
            its absorbed attempts and the attempt that served it. Ignore ordering by timestamp and
            read attempt_position to reconstruct the plan. At most 1000 ids per call.
        workspace_id (None | Unset | UUID): Only usage recorded in this workspace.
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[UsageEntry]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
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
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: ListUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | list[UsageEntry] | None:
    """List Usage

     List usage logs ordered by timestamp (most recent first).

    Supports optional filters for time range, user, status, failure status code,
    model, endpoint, provider, source, session (``source_label``), and request
    group (``request_group_id``, repeatable, which returns a routed request's
    whole attempt plan). Paginated via skip/limit. The return shape is a bare JSON array; external
    billing/analytics consumers depend on this, so the total row count for a
    paginated UI is served separately by ``GET /v1/usage/count`` rather than
    wrapped in an envelope here. Timestamps accept either ISO 8601 strings or
    Unix epoch seconds (numeric).

    Args:
        start_date (datetime.datetime | None | Unset): Return logs with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return logs with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        status (None | str | Unset): Filter to a single status: 'success', 'error', or 'absorbed'
            (an attempt a routing policy recovered from, excluded from error_count and request_count)
        status_code (int | None | Unset): Filter to a single failure status code (e.g. 429 for
            provider rate limits, 402 for missing-pricing rejections). Only error rows carry one, so
            this filter also restricts to status='error' unless 'status' is given explicitly
        model (list[str] | None | Unset): Filter to one or more models; repeatable
            (model=a&model=b). Several values match any of them. At most 50 per call.
        endpoint (None | str | Unset): Filter to a single endpoint (e.g. '/v1/chat/completions')
        provider (None | str | Unset): Filter to a single provider (e.g. 'openai')
        source (None | str | Unset): Filter to a single provenance source (e.g. 'gateway' or
            'claude_code')
        source_label (None | str | Unset): Filter to a single session/project label (the
            source_label carried by imported usage)
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        priced (bool | None | Unset): Filter by token-pricing state: true = only rows whose model
            tokens were priced, false = only rows that still need pricing (no cost at all, or tokens
            that were never metered because the model had no rate). A row charged only for gateway-run
            tool calls still counts as needing pricing.
        tool (ListUsageToolType0 | None | Unset): Filter to requests that ran a gateway-run tool.
            'any' matches any tool; a tool name (web_search, code_execution) matches that tool
            specifically.
        counts_toward_budget (bool | None | Unset): Filter by budget participation: true = only
            enforced gateway rows, false = only imported rows that never touch a budget
        request_group_id (list[str] | None | Unset): Filter to the rows of one or more request
            groups; repeatable (request_group_id=a&request_group_id=b). A routed request writes one
            row per attempt, all sharing a request_group_id, so this returns a request's whole plan:
            its absorbed attempts and the attempt that served it. Ignore ordering by timestamp and
            read attempt_position to reconstruct the plan. At most 1000 ids per call.
        workspace_id (None | Unset | UUID): Only usage recorded in this workspace.
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[UsageEntry]
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: ListUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[HTTPValidationError | list[UsageEntry]]:
    """List Usage

     List usage logs ordered by timestamp (most recent first).

    Supports optional filters for time range, user, status, failure status code,
    model, endpoint, provider, source, session (``source_label``), and request
    group (``request_group_id``, repeatable, which returns a routed request's
    whole attempt plan). Paginated via skip/limit. The return shape is a bare JSON array; external
    billing/analytics consumers depend on this, so the total row count for a
    paginated UI is served separately by ``GET /v1/usage/count`` rather than
    wrapped in an envelope here. Timestamps accept either ISO 8601 strings or
    Unix epoch seconds (numeric).

    Args:
        start_date (datetime.datetime | None | Unset): Return logs with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return logs with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        status (None | str | Unset): Filter to a single status: 'success', 'error', or 'absorbed'
            (an attempt a routing policy recovered from, excluded from error_count and request_count)
        status_code (int | None | Unset): Filter to a single failure status code (e.g. 429 for
            provider rate limits, 402 for missing-pricing rejections). Only error rows carry one, so
            this filter also restricts to status='error' unless 'status' is given explicitly
        model (list[str] | None | Unset): Filter to one or more models; repeatable
            (model=a&model=b). Several values match any of them. At most 50 per call.
        endpoint (None | str | Unset): Filter to a single endpoint (e.g. '/v1/chat/completions')
        provider (None | str | Unset): Filter to a single provider (e.g. 'openai')
        source (None | str | Unset): Filter to a single provenance source (e.g. 'gateway' or
            'claude_code')
        source_label (None | str | Unset): Filter to a single session/project label (the
            source_label carried by imported usage)
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        priced (bool | None | Unset): Filter by token-pricing state: true = only rows whose model
            tokens were priced, false = only rows that still need pricing (no cost at all, or tokens
            that were never metered because the model had no rate). A row charged only for gateway-run
            tool calls still counts as needing pricing.
        tool (ListUsageToolType0 | None | Unset): Filter to requests that ran a gateway-run tool.
            'any' matches any tool; a tool name (web_search, code_execution) matches that tool
            specifically.
        counts_toward_budget (bool | None | Unset): Filter by budget participation: true = only
            enforced gateway rows, false = only imported rows that never touch a budget
        request_group_id (list[str] | None | Unset): Filter to the rows of one or more request
            groups; repeatable (request_group_id=a&request_group_id=b). A routed request writes one
            row per attempt, all sharing a request_group_id, so this returns a request's whole plan:
            its absorbed attempts and the attempt that served it. Ignore ordering by timestamp and
            read attempt_position to reconstruct the plan. At most 1000 ids per call.
        workspace_id (None | Unset | UUID): Only usage recorded in this workspace.
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[UsageEntry]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        user_id=user_id,
        status=status,
        status_code=status_code,
        model=model,
        endpoint=endpoint,
        provider=provider,
        source=source,
        source_label=source_label,
        api_key_id=api_key_id,
        priced=priced,
        tool=tool,
        counts_toward_budget=counts_toward_budget,
        request_group_id=request_group_id,
        workspace_id=workspace_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    user_id: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    status_code: int | None | Unset = UNSET,
    model: list[str] | None | Unset = UNSET,
    endpoint: None | str | Unset = UNSET,
    provider: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_label: None | str | Unset = UNSET,
    api_key_id: list[str] | None | Unset = UNSET,
    priced: bool | None | Unset = UNSET,
    tool: ListUsageToolType0 | None | Unset = UNSET,
    counts_toward_budget: bool | None | Unset = UNSET,
    request_group_id: list[str] | None | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> HTTPValidationError | list[UsageEntry] | None:
    """List Usage

     List usage logs ordered by timestamp (most recent first).

    Supports optional filters for time range, user, status, failure status code,
    model, endpoint, provider, source, session (``source_label``), and request
    group (``request_group_id``, repeatable, which returns a routed request's
    whole attempt plan). Paginated via skip/limit. The return shape is a bare JSON array; external
    billing/analytics consumers depend on this, so the total row count for a
    paginated UI is served separately by ``GET /v1/usage/count`` rather than
    wrapped in an envelope here. Timestamps accept either ISO 8601 strings or
    Unix epoch seconds (numeric).

    Args:
        start_date (datetime.datetime | None | Unset): Return logs with timestamp >= start_date
            (ISO 8601 or Unix epoch seconds)
        end_date (datetime.datetime | None | Unset): Return logs with timestamp < end_date (ISO
            8601 or Unix epoch seconds)
        user_id (list[str] | None | Unset): Filter to one or more users; repeatable
            (user_id=a&user_id=b). Several values match any of them. At most 50 per call.
        status (None | str | Unset): Filter to a single status: 'success', 'error', or 'absorbed'
            (an attempt a routing policy recovered from, excluded from error_count and request_count)
        status_code (int | None | Unset): Filter to a single failure status code (e.g. 429 for
            provider rate limits, 402 for missing-pricing rejections). Only error rows carry one, so
            this filter also restricts to status='error' unless 'status' is given explicitly
        model (list[str] | None | Unset): Filter to one or more models; repeatable
            (model=a&model=b). Several values match any of them. At most 50 per call.
        endpoint (None | str | Unset): Filter to a single endpoint (e.g. '/v1/chat/completions')
        provider (None | str | Unset): Filter to a single provider (e.g. 'openai')
        source (None | str | Unset): Filter to a single provenance source (e.g. 'gateway' or
            'claude_code')
        source_label (None | str | Unset): Filter to a single session/project label (the
            source_label carried by imported usage)
        api_key_id (list[str] | None | Unset): Filter to one or more API key ids; repeatable
            (api_key_id=a&api_key_id=b). Several values match any of them. At most 50 per call.
        priced (bool | None | Unset): Filter by token-pricing state: true = only rows whose model
            tokens were priced, false = only rows that still need pricing (no cost at all, or tokens
            that were never metered because the model had no rate). A row charged only for gateway-run
            tool calls still counts as needing pricing.
        tool (ListUsageToolType0 | None | Unset): Filter to requests that ran a gateway-run tool.
            'any' matches any tool; a tool name (web_search, code_execution) matches that tool
            specifically.
        counts_toward_budget (bool | None | Unset): Filter by budget participation: true = only
            enforced gateway rows, false = only imported rows that never touch a budget
        request_group_id (list[str] | None | Unset): Filter to the rows of one or more request
            groups; repeatable (request_group_id=a&request_group_id=b). A routed request writes one
            row per attempt, all sharing a request_group_id, so this returns a request's whole plan:
            its absorbed attempts and the attempt that served it. Ignore ordering by timestamp and
            read attempt_position to reconstruct the plan. At most 1000 ids per call.
        workspace_id (None | Unset | UUID): Only usage recorded in this workspace.
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[UsageEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            status=status,
            status_code=status_code,
            model=model,
            endpoint=endpoint,
            provider=provider,
            source=source,
            source_label=source_label,
            api_key_id=api_key_id,
            priced=priced,
            tool=tool,
            counts_toward_budget=counts_toward_budget,
            request_group_id=request_group_id,
            workspace_id=workspace_id,
            skip=skip,
            limit=limit,
        )
    ).parsed
