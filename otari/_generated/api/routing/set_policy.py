from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.policy_request import PolicyRequest
from ...models.policy_response import PolicyResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: PolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/routing/policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PolicyResponse | None:
    if response.status_code == 200:
        response_200 = PolicyResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PolicyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PolicyRequest,
) -> Response[HTTPValidationError | PolicyResponse]:
    """Set Policy

     Create or update a stored policy, global or scoped to one user.

    The spec is validated here and stored as given, so a row can never contain a
    body this build would refuse at load. The cache is refreshed twice: once before
    validating (so the shadowing checks see other writers' policies) and once after
    committing (so this worker serves the new policy immediately).

    ``rename_from`` renames the row instead of keying on ``name``. It is part of
    this write rather than an endpoint of its own so that an edit which both renames
    a policy and re-targets it cannot land half-applied, leaving the old name serving
    the new spec. The new name is validated exactly as a fresh one is, because a
    rename can walk a policy into every collision a create can. Sending the field
    asserts the named policy is stored, so it never falls back to creating one.

    Args:
        body (PolicyRequest): Request to create or update a routing policy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PolicyResponse]
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
    body: PolicyRequest,
) -> HTTPValidationError | PolicyResponse | None:
    """Set Policy

     Create or update a stored policy, global or scoped to one user.

    The spec is validated here and stored as given, so a row can never contain a
    body this build would refuse at load. The cache is refreshed twice: once before
    validating (so the shadowing checks see other writers' policies) and once after
    committing (so this worker serves the new policy immediately).

    ``rename_from`` renames the row instead of keying on ``name``. It is part of
    this write rather than an endpoint of its own so that an edit which both renames
    a policy and re-targets it cannot land half-applied, leaving the old name serving
    the new spec. The new name is validated exactly as a fresh one is, because a
    rename can walk a policy into every collision a create can. Sending the field
    asserts the named policy is stored, so it never falls back to creating one.

    Args:
        body (PolicyRequest): Request to create or update a routing policy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PolicyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PolicyRequest,
) -> Response[HTTPValidationError | PolicyResponse]:
    """Set Policy

     Create or update a stored policy, global or scoped to one user.

    The spec is validated here and stored as given, so a row can never contain a
    body this build would refuse at load. The cache is refreshed twice: once before
    validating (so the shadowing checks see other writers' policies) and once after
    committing (so this worker serves the new policy immediately).

    ``rename_from`` renames the row instead of keying on ``name``. It is part of
    this write rather than an endpoint of its own so that an edit which both renames
    a policy and re-targets it cannot land half-applied, leaving the old name serving
    the new spec. The new name is validated exactly as a fresh one is, because a
    rename can walk a policy into every collision a create can. Sending the field
    asserts the named policy is stored, so it never falls back to creating one.

    Args:
        body (PolicyRequest): Request to create or update a routing policy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PolicyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PolicyRequest,
) -> HTTPValidationError | PolicyResponse | None:
    """Set Policy

     Create or update a stored policy, global or scoped to one user.

    The spec is validated here and stored as given, so a row can never contain a
    body this build would refuse at load. The cache is refreshed twice: once before
    validating (so the shadowing checks see other writers' policies) and once after
    committing (so this worker serves the new policy immediately).

    ``rename_from`` renames the row instead of keying on ``name``. It is part of
    this write rather than an endpoint of its own so that an edit which both renames
    a policy and re-targets it cannot land half-applied, leaving the old name serving
    the new spec. The new name is validated exactly as a fresh one is, because a
    rename can walk a policy into every collision a create can. Sending the field
    asserts the named policy is stored, so it never falls back to creating one.

    Args:
        body (PolicyRequest): Request to create or update a routing policy.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PolicyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
