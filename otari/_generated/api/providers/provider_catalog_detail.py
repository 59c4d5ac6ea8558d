from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.known_provider_schema import KnownProviderSchema
from ...types import UNSET, Response


def _get_kwargs(
    provider_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/providers/catalog/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | KnownProviderSchema | None:
    if response.status_code == 200:
        response_200 = KnownProviderSchema.from_dict(response.json())

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
) -> Response[HTTPValidationError | KnownProviderSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | KnownProviderSchema]:
    """Provider Catalog Detail

     Autofill hints for one provider the add-provider form has selected.

    Imports only the selected provider's any-llm module (not the whole catalog)
    to report its credential env var, default endpoint, whether a key is required,
    and whether that env var is already set on the server. Returns 404 for an
    unknown provider id. Master-key gated because it is operator-facing.

    The SDK import is offloaded to a worker thread: the first fetch for a given
    provider imports that provider's module, which would otherwise block the event
    loop (and thus every concurrent request) for the import's duration.

    Args:
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | KnownProviderSchema]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | KnownProviderSchema | None:
    """Provider Catalog Detail

     Autofill hints for one provider the add-provider form has selected.

    Imports only the selected provider's any-llm module (not the whole catalog)
    to report its credential env var, default endpoint, whether a key is required,
    and whether that env var is already set on the server. Returns 404 for an
    unknown provider id. Master-key gated because it is operator-facing.

    The SDK import is offloaded to a worker thread: the first fetch for a given
    provider imports that provider's module, which would otherwise block the event
    loop (and thus every concurrent request) for the import's duration.

    Args:
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | KnownProviderSchema
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | KnownProviderSchema]:
    """Provider Catalog Detail

     Autofill hints for one provider the add-provider form has selected.

    Imports only the selected provider's any-llm module (not the whole catalog)
    to report its credential env var, default endpoint, whether a key is required,
    and whether that env var is already set on the server. Returns 404 for an
    unknown provider id. Master-key gated because it is operator-facing.

    The SDK import is offloaded to a worker thread: the first fetch for a given
    provider imports that provider's module, which would otherwise block the event
    loop (and thus every concurrent request) for the import's duration.

    Args:
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | KnownProviderSchema]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | KnownProviderSchema | None:
    """Provider Catalog Detail

     Autofill hints for one provider the add-provider form has selected.

    Imports only the selected provider's any-llm module (not the whole catalog)
    to report its credential env var, default endpoint, whether a key is required,
    and whether that env var is already set on the server. Returns 404 for an
    unknown provider id. Master-key gated because it is operator-facing.

    The SDK import is offloaded to a worker thread: the first fetch for a given
    provider imports that provider's module, which would otherwise block the event
    loop (and thus every concurrent request) for the import's duration.

    Args:
        provider_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | KnownProviderSchema
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
        )
    ).parsed
