from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_metadata_response import ModelMetadataResponse
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/metadata",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ModelMetadataResponse | None:
    if response.status_code == 200:
        response_200 = ModelMetadataResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModelMetadataResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ModelMetadataResponse]:
    """List Model Metadata

     Per-model metadata for the dashboard's detail view, from models.dev.

    Covers every model models.dev lists under a configured provider, keyed by the
    ``instance:model`` selector the dashboard uses. ``available`` is false when
    enrichment is disabled (``models_dev_metadata``) or models.dev could not be
    reached; the response is then empty and the UI falls back to bundled data.
    Master-key gated: it describes the gateway's configured providers.

    Answers from the cached catalog, kept warm by a background refresher, so the
    dashboard never waits on the models.dev fetch timeout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelMetadataResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ModelMetadataResponse | None:
    """List Model Metadata

     Per-model metadata for the dashboard's detail view, from models.dev.

    Covers every model models.dev lists under a configured provider, keyed by the
    ``instance:model`` selector the dashboard uses. ``available`` is false when
    enrichment is disabled (``models_dev_metadata``) or models.dev could not be
    reached; the response is then empty and the UI falls back to bundled data.
    Master-key gated: it describes the gateway's configured providers.

    Answers from the cached catalog, kept warm by a background refresher, so the
    dashboard never waits on the models.dev fetch timeout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelMetadataResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ModelMetadataResponse]:
    """List Model Metadata

     Per-model metadata for the dashboard's detail view, from models.dev.

    Covers every model models.dev lists under a configured provider, keyed by the
    ``instance:model`` selector the dashboard uses. ``available`` is false when
    enrichment is disabled (``models_dev_metadata``) or models.dev could not be
    reached; the response is then empty and the UI falls back to bundled data.
    Master-key gated: it describes the gateway's configured providers.

    Answers from the cached catalog, kept warm by a background refresher, so the
    dashboard never waits on the models.dev fetch timeout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelMetadataResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ModelMetadataResponse | None:
    """List Model Metadata

     Per-model metadata for the dashboard's detail view, from models.dev.

    Covers every model models.dev lists under a configured provider, keyed by the
    ``instance:model`` selector the dashboard uses. ``available`` is false when
    enrichment is disabled (``models_dev_metadata``) or models.dev could not be
    reached; the response is then empty and the UI falls back to bundled data.
    Master-key gated: it describes the gateway's configured providers.

    Answers from the cached catalog, kept warm by a background refresher, so the
    dashboard never waits on the models.dev fetch timeout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelMetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
