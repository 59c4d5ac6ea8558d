from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.provider_health_response import ProviderHealthResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    refresh: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["refresh"] = refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/providers/health",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProviderHealthResponse | None:
    if response.status_code == 200:
        response_200 = ProviderHealthResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    """Provider Health

     Report every configured provider's reachability, with a last-checked time.

    Reuses the per-provider model-discovery test path, so a provider is healthy
    when its credentials can list models. Results are served from the discovery
    cache (cheap enough to poll), so ``checked_at`` reflects when each provider
    was actually dialed. Pass ``refresh=true`` to force a live re-dial of every
    provider. Master-key gated because it describes the gateway's own providers.

    A provider whose backend serves no model-listing endpoint cannot be verified
    this way, but it is not unreachable either: it is reported with
    ``discovery_unsupported`` and counted under ``degraded`` rather than as a
    reachability failure.

    Args:
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderHealthResponse]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> HTTPValidationError | ProviderHealthResponse | None:
    """Provider Health

     Report every configured provider's reachability, with a last-checked time.

    Reuses the per-provider model-discovery test path, so a provider is healthy
    when its credentials can list models. Results are served from the discovery
    cache (cheap enough to poll), so ``checked_at`` reflects when each provider
    was actually dialed. Pass ``refresh=true`` to force a live re-dial of every
    provider. Master-key gated because it describes the gateway's own providers.

    A provider whose backend serves no model-listing endpoint cannot be verified
    this way, but it is not unreachable either: it is reported with
    ``discovery_unsupported`` and counted under ``degraded`` rather than as a
    reachability failure.

    Args:
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderHealthResponse
    """

    return sync_detailed(
        client=client,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Response[HTTPValidationError | ProviderHealthResponse]:
    """Provider Health

     Report every configured provider's reachability, with a last-checked time.

    Reuses the per-provider model-discovery test path, so a provider is healthy
    when its credentials can list models. Results are served from the discovery
    cache (cheap enough to poll), so ``checked_at`` reflects when each provider
    was actually dialed. Pass ``refresh=true`` to force a live re-dial of every
    provider. Master-key gated because it describes the gateway's own providers.

    A provider whose backend serves no model-listing endpoint cannot be verified
    this way, but it is not unreachable either: it is reported with
    ``discovery_unsupported`` and counted under ``degraded`` rather than as a
    reachability failure.

    Args:
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ProviderHealthResponse]
    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> HTTPValidationError | ProviderHealthResponse | None:
    """Provider Health

     Report every configured provider's reachability, with a last-checked time.

    Reuses the per-provider model-discovery test path, so a provider is healthy
    when its credentials can list models. Results are served from the discovery
    cache (cheap enough to poll), so ``checked_at`` reflects when each provider
    was actually dialed. Pass ``refresh=true`` to force a live re-dial of every
    provider. Master-key gated because it describes the gateway's own providers.

    A provider whose backend serves no model-listing endpoint cannot be verified
    this way, but it is not unreachable either: it is reported with
    ``discovery_unsupported`` and counted under ``degraded`` rather than as a
    reachability failure.

    Args:
        refresh (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ProviderHealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
        )
    ).parsed
