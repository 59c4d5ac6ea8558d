from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rotate_master_key_response import RotateMasterKeyResponse
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/settings/master-key/rotate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RotateMasterKeyResponse | None:
    if response.status_code == 200:
        response_200 = RotateMasterKeyResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RotateMasterKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RotateMasterKeyResponse]:
    """Rotate Master Key

     Regenerate the database-backed master key and invalidate the old one.

    Only the first-run generated master key can be rotated here. When a master
    key is supplied through config or ``OTARI_MASTER_KEY``, the dashboard cannot
    invalidate it; the operator must change that value and restart instead.

    Every dashboard session is revoked with the rotation (a session only proves
    possession of the now-dead key); the caller's own session is re-minted under
    the new key, for the same identity it named, so the tab that performed the
    rotation stays signed in as who it was. A caller that authenticated with a
    header key has no session identity to re-mint for, so it is not handed one:
    it was not signed in to the dashboard to begin with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateMasterKeyResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> RotateMasterKeyResponse | None:
    """Rotate Master Key

     Regenerate the database-backed master key and invalidate the old one.

    Only the first-run generated master key can be rotated here. When a master
    key is supplied through config or ``OTARI_MASTER_KEY``, the dashboard cannot
    invalidate it; the operator must change that value and restart instead.

    Every dashboard session is revoked with the rotation (a session only proves
    possession of the now-dead key); the caller's own session is re-minted under
    the new key, for the same identity it named, so the tab that performed the
    rotation stays signed in as who it was. A caller that authenticated with a
    header key has no session identity to re-mint for, so it is not handed one:
    it was not signed in to the dashboard to begin with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateMasterKeyResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RotateMasterKeyResponse]:
    """Rotate Master Key

     Regenerate the database-backed master key and invalidate the old one.

    Only the first-run generated master key can be rotated here. When a master
    key is supplied through config or ``OTARI_MASTER_KEY``, the dashboard cannot
    invalidate it; the operator must change that value and restart instead.

    Every dashboard session is revoked with the rotation (a session only proves
    possession of the now-dead key); the caller's own session is re-minted under
    the new key, for the same identity it named, so the tab that performed the
    rotation stays signed in as who it was. A caller that authenticated with a
    header key has no session identity to re-mint for, so it is not handed one:
    it was not signed in to the dashboard to begin with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateMasterKeyResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> RotateMasterKeyResponse | None:
    """Rotate Master Key

     Regenerate the database-backed master key and invalidate the old one.

    Only the first-run generated master key can be rotated here. When a master
    key is supplied through config or ``OTARI_MASTER_KEY``, the dashboard cannot
    invalidate it; the operator must change that value and restart instead.

    Every dashboard session is revoked with the rotation (a session only proves
    possession of the now-dead key); the caller's own session is re-minted under
    the new key, for the same identity it named, so the tab that performed the
    rotation stays signed in as who it was. A caller that authenticated with a
    header key has no session identity to re-mint for, so it is not handed one:
    it was not signed in to the dashboard to begin with.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateMasterKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
