from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.known_provider_summary_schema import KnownProviderSummarySchema
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/providers/catalog",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[KnownProviderSummarySchema] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = KnownProviderSummarySchema.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[KnownProviderSummarySchema]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[KnownProviderSummarySchema]]:
    """Provider Catalog

     List every known provider for the add-provider picker: id and name only.

    Lightweight by design so the picker never lags: provider ids come from the
    any-llm registry and names from the bundled genai-prices dataset, so no
    provider SDK is imported. The autofill hints for a chosen provider come from
    GET /v1/providers/catalog/{provider_id}, which imports only that one SDK.
    Master-key gated because it is operator-facing dashboard data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[KnownProviderSummarySchema]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[KnownProviderSummarySchema] | None:
    """Provider Catalog

     List every known provider for the add-provider picker: id and name only.

    Lightweight by design so the picker never lags: provider ids come from the
    any-llm registry and names from the bundled genai-prices dataset, so no
    provider SDK is imported. The autofill hints for a chosen provider come from
    GET /v1/providers/catalog/{provider_id}, which imports only that one SDK.
    Master-key gated because it is operator-facing dashboard data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[KnownProviderSummarySchema]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[KnownProviderSummarySchema]]:
    """Provider Catalog

     List every known provider for the add-provider picker: id and name only.

    Lightweight by design so the picker never lags: provider ids come from the
    any-llm registry and names from the bundled genai-prices dataset, so no
    provider SDK is imported. The autofill hints for a chosen provider come from
    GET /v1/providers/catalog/{provider_id}, which imports only that one SDK.
    Master-key gated because it is operator-facing dashboard data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[KnownProviderSummarySchema]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[KnownProviderSummarySchema] | None:
    """Provider Catalog

     List every known provider for the add-provider picker: id and name only.

    Lightweight by design so the picker never lags: provider ids come from the
    any-llm registry and names from the bundled genai-prices dataset, so no
    provider SDK is imported. The autofill hints for a chosen provider come from
    GET /v1/providers/catalog/{provider_id}, which imports only that one SDK.
    Master-key gated because it is operator-facing dashboard data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[KnownProviderSummarySchema]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
