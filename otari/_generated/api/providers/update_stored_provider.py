from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.stored_provider_response import StoredProviderResponse
from ...models.update_stored_provider_request import UpdateStoredProviderRequest
from ...types import UNSET, Response


def _get_kwargs(
    instance: str,
    *,
    body: UpdateStoredProviderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/provider-credentials/{instance}".format(
            instance=quote(str(instance), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StoredProviderResponse | None:
    if response.status_code == 200:
        response_200 = StoredProviderResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | StoredProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instance: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoredProviderRequest,
) -> Response[HTTPValidationError | StoredProviderResponse]:
    """Update Stored Provider

     Update a stored provider. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it. The row is locked ``FOR UPDATE``
    so the ``expected_updated_at`` check and the write it guards are atomic.

    Args:
        instance (str):
        body (UpdateStoredProviderRequest): Update a stored provider. Omitted fields are
            unchanged; ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredProviderResponse]
    """

    kwargs = _get_kwargs(
        instance=instance,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instance: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoredProviderRequest,
) -> HTTPValidationError | StoredProviderResponse | None:
    """Update Stored Provider

     Update a stored provider. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it. The row is locked ``FOR UPDATE``
    so the ``expected_updated_at`` check and the write it guards are atomic.

    Args:
        instance (str):
        body (UpdateStoredProviderRequest): Update a stored provider. Omitted fields are
            unchanged; ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredProviderResponse
    """

    return sync_detailed(
        instance=instance,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    instance: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoredProviderRequest,
) -> Response[HTTPValidationError | StoredProviderResponse]:
    """Update Stored Provider

     Update a stored provider. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it. The row is locked ``FOR UPDATE``
    so the ``expected_updated_at`` check and the write it guards are atomic.

    Args:
        instance (str):
        body (UpdateStoredProviderRequest): Update a stored provider. Omitted fields are
            unchanged; ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StoredProviderResponse]
    """

    kwargs = _get_kwargs(
        instance=instance,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instance: str,
    *,
    client: AuthenticatedClient,
    body: UpdateStoredProviderRequest,
) -> HTTPValidationError | StoredProviderResponse | None:
    """Update Stored Provider

     Update a stored provider. Omitted fields are left as-is; an explicit ``null`` clears them.

    ``api_key`` follows the same rule: omit it to keep the stored key, send a new
    one to rotate, or send ``null`` to clear it. The row is locked ``FOR UPDATE``
    so the ``expected_updated_at`` check and the write it guards are atomic.

    Args:
        instance (str):
        body (UpdateStoredProviderRequest): Update a stored provider. Omitted fields are
            unchanged; ``api_key`` rotates in place.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StoredProviderResponse
    """

    return (
        await asyncio_detailed(
            instance=instance,
            client=client,
            body=body,
        )
    ).parsed
