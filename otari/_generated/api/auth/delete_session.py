from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/auth/session",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete Session

     Sign out: revoke the cookie's session server-side and expire the cookie.

    Deliberately unauthenticated and idempotent: it only ever revokes the
    session named by the caller's own cookie, and the dashboard calls it on the
    401-bounce path where no valid credential exists anymore. Unlike the read
    path in ``deps.py`` it applies no Sec-Fetch-Site check: ``SameSite=Strict``
    already keeps cross-site requests from carrying the cookie, and the worst a
    forged call could do is sign the operator out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete Session

     Sign out: revoke the cookie's session server-side and expire the cookie.

    Deliberately unauthenticated and idempotent: it only ever revokes the
    session named by the caller's own cookie, and the dashboard calls it on the
    401-bounce path where no valid credential exists anymore. Unlike the read
    path in ``deps.py`` it applies no Sec-Fetch-Site check: ``SameSite=Strict``
    already keeps cross-site requests from carrying the cookie, and the worst a
    forged call could do is sign the operator out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
