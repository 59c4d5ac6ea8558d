from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_settings import GatewaySettings
from ...models.http_validation_error import HTTPValidationError
from ...models.update_settings_request import UpdateSettingsRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewaySettings | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GatewaySettings.from_dict(response.json())

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
) -> Response[GatewaySettings | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> Response[GatewaySettings | HTTPValidationError]:
    """Update Settings

     Persist and apply runtime setting changes.

    Each provided field is stored as an override (winning over config/env) and
    applied to the running gateway immediately. Master-key gated: these change
    how the gateway meters and lists models.

    Args:
        body (UpdateSettingsRequest): Change one or more runtime settings. Omitted fields are left
            unchanged.

            Only the hot-changeable subset is accepted; startup-only fields are not
            settable over the API (they are display-only in the dashboard).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewaySettings | HTTPValidationError]
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
    body: UpdateSettingsRequest,
) -> GatewaySettings | HTTPValidationError | None:
    """Update Settings

     Persist and apply runtime setting changes.

    Each provided field is stored as an override (winning over config/env) and
    applied to the running gateway immediately. Master-key gated: these change
    how the gateway meters and lists models.

    Args:
        body (UpdateSettingsRequest): Change one or more runtime settings. Omitted fields are left
            unchanged.

            Only the hot-changeable subset is accepted; startup-only fields are not
            settable over the API (they are display-only in the dashboard).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewaySettings | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> Response[GatewaySettings | HTTPValidationError]:
    """Update Settings

     Persist and apply runtime setting changes.

    Each provided field is stored as an override (winning over config/env) and
    applied to the running gateway immediately. Master-key gated: these change
    how the gateway meters and lists models.

    Args:
        body (UpdateSettingsRequest): Change one or more runtime settings. Omitted fields are left
            unchanged.

            Only the hot-changeable subset is accepted; startup-only fields are not
            settable over the API (they are display-only in the dashboard).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewaySettings | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSettingsRequest,
) -> GatewaySettings | HTTPValidationError | None:
    """Update Settings

     Persist and apply runtime setting changes.

    Each provided field is stored as an override (winning over config/env) and
    applied to the running gateway immediately. Master-key gated: these change
    how the gateway meters and lists models.

    Args:
        body (UpdateSettingsRequest): Change one or more runtime settings. Omitted fields are left
            unchanged.

            Only the hot-changeable subset is accepted; startup-only fields are not
            settable over the API (they are display-only in the dashboard).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewaySettings | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
