from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discoverable_models_response import DiscoverableModelsResponse
from ...models.http_validation_error import HTTPValidationError
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
        "url": "/v1/models/discoverable",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscoverableModelsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DiscoverableModelsResponse.from_dict(response.json())

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
) -> Response[DiscoverableModelsResponse | HTTPValidationError]:
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
) -> Response[DiscoverableModelsResponse | HTTPValidationError]:
    """List Discoverable Models

     List every model the configured provider credentials can reach.

    Operator-facing counterpart to GET /v1/models, which serves a curated catalog
    to API callers. This reports each provider separately and keeps its error, so
    a provider with a bad key is distinguishable from one with no models. It is
    master-key gated because a provider error message describes the gateway's own
    configuration.

    Answers from the discovery cache, which a background refresher keeps warm, so
    the call does not wait on a slow or unreachable provider. Each provider
    carries the ``checked_at`` its result was produced at; a null one has not been
    dialed yet. Pass ``refresh=true`` to force a live re-dial of every provider.

    Args:
        refresh (bool | Unset): Re-dial every provider instead of answering from the discovery
            cache. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoverableModelsResponse | HTTPValidationError]
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
) -> DiscoverableModelsResponse | HTTPValidationError | None:
    """List Discoverable Models

     List every model the configured provider credentials can reach.

    Operator-facing counterpart to GET /v1/models, which serves a curated catalog
    to API callers. This reports each provider separately and keeps its error, so
    a provider with a bad key is distinguishable from one with no models. It is
    master-key gated because a provider error message describes the gateway's own
    configuration.

    Answers from the discovery cache, which a background refresher keeps warm, so
    the call does not wait on a slow or unreachable provider. Each provider
    carries the ``checked_at`` its result was produced at; a null one has not been
    dialed yet. Pass ``refresh=true`` to force a live re-dial of every provider.

    Args:
        refresh (bool | Unset): Re-dial every provider instead of answering from the discovery
            cache. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoverableModelsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Response[DiscoverableModelsResponse | HTTPValidationError]:
    """List Discoverable Models

     List every model the configured provider credentials can reach.

    Operator-facing counterpart to GET /v1/models, which serves a curated catalog
    to API callers. This reports each provider separately and keeps its error, so
    a provider with a bad key is distinguishable from one with no models. It is
    master-key gated because a provider error message describes the gateway's own
    configuration.

    Answers from the discovery cache, which a background refresher keeps warm, so
    the call does not wait on a slow or unreachable provider. Each provider
    carries the ``checked_at`` its result was produced at; a null one has not been
    dialed yet. Pass ``refresh=true`` to force a live re-dial of every provider.

    Args:
        refresh (bool | Unset): Re-dial every provider instead of answering from the discovery
            cache. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoverableModelsResponse | HTTPValidationError]
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
) -> DiscoverableModelsResponse | HTTPValidationError | None:
    """List Discoverable Models

     List every model the configured provider credentials can reach.

    Operator-facing counterpart to GET /v1/models, which serves a curated catalog
    to API callers. This reports each provider separately and keeps its error, so
    a provider with a bad key is distinguishable from one with no models. It is
    master-key gated because a provider error message describes the gateway's own
    configuration.

    Answers from the discovery cache, which a background refresher keeps warm, so
    the call does not wait on a slow or unreachable provider. Each provider
    carries the ``checked_at`` its result was produced at; a null one has not been
    dialed yet. Pass ``refresh=true`` to force a live re-dial of every provider.

    Args:
        refresh (bool | Unset): Re-dial every provider instead of answering from the discovery
            cache. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoverableModelsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
        )
    ).parsed
