from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_settings_response import ToolSettingsResponse
from ...models.update_tool_settings_request import UpdateToolSettingsRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateToolSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/tool-settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ToolSettingsResponse | None:
    if response.status_code == 200:
        response_200 = ToolSettingsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ToolSettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateToolSettingsRequest,
) -> Response[HTTPValidationError | ToolSettingsResponse]:
    """Update Tool Settings

     Persist and apply tool/guardrail setting changes.

    Uses ``model_fields_set`` so an explicit ``null`` clears a field while an
    omitted field is left unchanged. Master-key gated and standalone-only.

    Args:
        body (UpdateToolSettingsRequest): Change one or more tool settings. Omitted fields are
            left unchanged; an
            explicit ``null`` clears a field back to the configured env/YAML default. Example:
            {'web_search_max_results': 5, 'web_search_url': 'http://searxng:8080'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ToolSettingsResponse]
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
    body: UpdateToolSettingsRequest,
) -> HTTPValidationError | ToolSettingsResponse | None:
    """Update Tool Settings

     Persist and apply tool/guardrail setting changes.

    Uses ``model_fields_set`` so an explicit ``null`` clears a field while an
    omitted field is left unchanged. Master-key gated and standalone-only.

    Args:
        body (UpdateToolSettingsRequest): Change one or more tool settings. Omitted fields are
            left unchanged; an
            explicit ``null`` clears a field back to the configured env/YAML default. Example:
            {'web_search_max_results': 5, 'web_search_url': 'http://searxng:8080'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ToolSettingsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateToolSettingsRequest,
) -> Response[HTTPValidationError | ToolSettingsResponse]:
    """Update Tool Settings

     Persist and apply tool/guardrail setting changes.

    Uses ``model_fields_set`` so an explicit ``null`` clears a field while an
    omitted field is left unchanged. Master-key gated and standalone-only.

    Args:
        body (UpdateToolSettingsRequest): Change one or more tool settings. Omitted fields are
            left unchanged; an
            explicit ``null`` clears a field back to the configured env/YAML default. Example:
            {'web_search_max_results': 5, 'web_search_url': 'http://searxng:8080'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ToolSettingsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateToolSettingsRequest,
) -> HTTPValidationError | ToolSettingsResponse | None:
    """Update Tool Settings

     Persist and apply tool/guardrail setting changes.

    Uses ``model_fields_set`` so an explicit ``null`` clears a field while an
    omitted field is left unchanged. Master-key gated and standalone-only.

    Args:
        body (UpdateToolSettingsRequest): Change one or more tool settings. Omitted fields are
            left unchanged; an
            explicit ``null`` clears a field back to the configured env/YAML default. Example:
            {'web_search_max_results': 5, 'web_search_url': 'http://searxng:8080'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ToolSettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
