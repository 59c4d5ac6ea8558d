from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.organization_model_pricing_public import OrganizationModelPricingPublic
from ...models.organization_model_pricing_update import OrganizationModelPricingUpdate
from ...types import UNSET, Response


def _get_kwargs(
    pricing_id: UUID,
    *,
    body: OrganizationModelPricingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organizations/me/pricing/{pricing_id}".format(
            pricing_id=quote(str(pricing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    if response.status_code == 200:
        response_200 = OrganizationModelPricingPublic.from_dict(response.json())

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
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingUpdate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Replace Organization Pricing

     Replace an override's rates and period.

    Future requests in the period price at the new rate; usage already settled
    keeps the cost it was billed, because a settled cost is stored on the usage
    row rather than recomputed.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate): Replace an override's rates and period.

            ``effective_from`` is required here, where a create defaults it to now. A
            replacement states the whole row, so defaulting an omitted start would move a
            stored period to the present: an operator editing next quarter's rate through
            a client that does not send the field would silently bring it into effect
            today, or collide with the period that currently applies. Stating it is the
            only reading that cannot surprise.

            A full replacement rather than a patch: every rate field is present in the
            body and an omitted optional rate is cleared, so the stored row is exactly
            what was sent. That is the opposite of ``POST /v1/pricing``, which inherits an
            omitted cache rate from the model's previous version, and deliberately so:
            that surface versions a catalog where each write adds a row, while this one
            edits a single row in place and an inheriting patch would make the result
            depend on what happened to be stored before.

            ``model_key`` is absent because it is immutable. Repointing an override at
            another model is retiring one and creating another, which is two requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
    """

    kwargs = _get_kwargs(
        pricing_id=pricing_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingUpdate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Replace Organization Pricing

     Replace an override's rates and period.

    Future requests in the period price at the new rate; usage already settled
    keeps the cost it was billed, because a settled cost is stored on the usage
    row rather than recomputed.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate): Replace an override's rates and period.

            ``effective_from`` is required here, where a create defaults it to now. A
            replacement states the whole row, so defaulting an omitted start would move a
            stored period to the present: an operator editing next quarter's rate through
            a client that does not send the field would silently bring it into effect
            today, or collide with the period that currently applies. Stating it is the
            only reading that cannot surprise.

            A full replacement rather than a patch: every rate field is present in the
            body and an omitted optional rate is cleared, so the stored row is exactly
            what was sent. That is the opposite of ``POST /v1/pricing``, which inherits an
            omitted cache rate from the model's previous version, and deliberately so:
            that surface versions a catalog where each write adds a row, while this one
            edits a single row in place and an inheriting patch would make the result
            depend on what happened to be stored before.

            ``model_key`` is absent because it is immutable. Repointing an override at
            another model is retiring one and creating another, which is two requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return sync_detailed(
        pricing_id=pricing_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingUpdate,
) -> Response[HTTPValidationError | OrganizationModelPricingPublic]:
    """Replace Organization Pricing

     Replace an override's rates and period.

    Future requests in the period price at the new rate; usage already settled
    keeps the cost it was billed, because a settled cost is stored on the usage
    row rather than recomputed.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate): Replace an override's rates and period.

            ``effective_from`` is required here, where a create defaults it to now. A
            replacement states the whole row, so defaulting an omitted start would move a
            stored period to the present: an operator editing next quarter's rate through
            a client that does not send the field would silently bring it into effect
            today, or collide with the period that currently applies. Stating it is the
            only reading that cannot surprise.

            A full replacement rather than a patch: every rate field is present in the
            body and an omitted optional rate is cleared, so the stored row is exactly
            what was sent. That is the opposite of ``POST /v1/pricing``, which inherits an
            omitted cache rate from the model's previous version, and deliberately so:
            that surface versions a catalog where each write adds a row, while this one
            edits a single row in place and an inheriting patch would make the result
            depend on what happened to be stored before.

            ``model_key`` is absent because it is immutable. Repointing an override at
            another model is retiring one and creating another, which is two requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | OrganizationModelPricingPublic]
    """

    kwargs = _get_kwargs(
        pricing_id=pricing_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pricing_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizationModelPricingUpdate,
) -> HTTPValidationError | OrganizationModelPricingPublic | None:
    """Replace Organization Pricing

     Replace an override's rates and period.

    Future requests in the period price at the new rate; usage already settled
    keeps the cost it was billed, because a settled cost is stored on the usage
    row rather than recomputed.

    Args:
        pricing_id (UUID):
        body (OrganizationModelPricingUpdate): Replace an override's rates and period.

            ``effective_from`` is required here, where a create defaults it to now. A
            replacement states the whole row, so defaulting an omitted start would move a
            stored period to the present: an operator editing next quarter's rate through
            a client that does not send the field would silently bring it into effect
            today, or collide with the period that currently applies. Stating it is the
            only reading that cannot surprise.

            A full replacement rather than a patch: every rate field is present in the
            body and an omitted optional rate is cleared, so the stored row is exactly
            what was sent. That is the opposite of ``POST /v1/pricing``, which inherits an
            omitted cache rate from the model's previous version, and deliberately so:
            that surface versions a catalog where each write adds a row, while this one
            edits a single row in place and an inheriting patch would make the result
            depend on what happened to be stored before.

            ``model_key`` is absent because it is immutable. Repointing an override at
            another model is retiring one and creating another, which is two requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | OrganizationModelPricingPublic
    """

    return (
        await asyncio_detailed(
            pricing_id=pricing_id,
            client=client,
            body=body,
        )
    ).parsed
