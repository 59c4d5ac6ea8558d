from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_model_pricing_create import OrganizationModelPricingCreate
from ...models.organization_model_pricing_public import OrganizationModelPricingPublic
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OrganizationModelPricingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organizations/me/pricing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    if response.status_code == 201:
        response_201 = OrganizationModelPricingPublic.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingCreate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Create Organization Pricing

     Set the organization's rate for a model over a period.

    Refused with a 409 when the period overlaps one already stored for that model,
    naming the period it collides with, rather than shadowing it.

    The key is normalized to its canonical ``instance:model`` form first, the same
    call ``POST /v1/pricing`` makes, and that is what makes one model one row
    rather than one per spelling. Stored verbatim, ``openai:gpt-4o`` and
    ``openai/gpt-4o`` are two keys: the overlap rule would not see them as
    colliding, and both would resolve, with the canonical one preferred, leaving
    the other dormant until the first is deleted. Normalizing on the way in is
    what stops that pair existing at all.

    Args:
        body (OrganizationModelPricingCreate): Create one rate override for a model, for a period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
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
    body: OrganizationModelPricingCreate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Create Organization Pricing

     Set the organization's rate for a model over a period.

    Refused with a 409 when the period overlaps one already stored for that model,
    naming the period it collides with, rather than shadowing it.

    The key is normalized to its canonical ``instance:model`` form first, the same
    call ``POST /v1/pricing`` makes, and that is what makes one model one row
    rather than one per spelling. Stored verbatim, ``openai:gpt-4o`` and
    ``openai/gpt-4o`` are two keys: the overlap rule would not see them as
    colliding, and both would resolve, with the canonical one preferred, leaving
    the other dormant until the first is deleted. Normalizing on the way in is
    what stops that pair existing at all.

    Args:
        body (OrganizationModelPricingCreate): Create one rate override for a model, for a period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingCreate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Create Organization Pricing

     Set the organization's rate for a model over a period.

    Refused with a 409 when the period overlaps one already stored for that model,
    naming the period it collides with, rather than shadowing it.

    The key is normalized to its canonical ``instance:model`` form first, the same
    call ``POST /v1/pricing`` makes, and that is what makes one model one row
    rather than one per spelling. Stored verbatim, ``openai:gpt-4o`` and
    ``openai/gpt-4o`` are two keys: the overlap rule would not see them as
    colliding, and both would resolve, with the canonical one preferred, leaving
    the other dormant until the first is deleted. Normalizing on the way in is
    what stops that pair existing at all.

    Args:
        body (OrganizationModelPricingCreate): Create one rate override for a model, for a period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingCreate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Create Organization Pricing

     Set the organization's rate for a model over a period.

    Refused with a 409 when the period overlaps one already stored for that model,
    naming the period it collides with, rather than shadowing it.

    The key is normalized to its canonical ``instance:model`` form first, the same
    call ``POST /v1/pricing`` makes, and that is what makes one model one row
    rather than one per spelling. Stored verbatim, ``openai:gpt-4o`` and
    ``openai/gpt-4o`` are two keys: the overlap rule would not see them as
    colliding, and both would resolve, with the canonical one preferred, leaving
    the other dormant until the first is deleted. Normalizing on the way in is
    what stops that pair existing at all.

    Args:
        body (OrganizationModelPricingCreate): Create one rate override for a model, for a period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
