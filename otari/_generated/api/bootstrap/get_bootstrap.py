from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_bootstrap import DeploymentBootstrap
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bootstrap",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeploymentBootstrap | None:
    if response.status_code == 200:
        response_200 = DeploymentBootstrap.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeploymentBootstrap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentBootstrap]:
    """Get Bootstrap

     Return the deployment context the dashboard shell renders from.

    Public: the shell fetches this before it knows whether it can authenticate.
    That is also why ``sign_in_methods`` is answered here rather than behind a
    credential, and it publishes nothing an unauthenticated caller could not
    already learn by trying both credentials against the sign-in endpoint.

    The one database read is a ``LIMIT 1`` probe for any identity holding a
    password, over a table a standalone deployment keeps one row per person in.
    It runs only in standalone mode: a hybrid gateway has no session to describe,
    and ``get_db_if_needed`` hands it no session to read one from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentBootstrap]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentBootstrap | None:
    """Get Bootstrap

     Return the deployment context the dashboard shell renders from.

    Public: the shell fetches this before it knows whether it can authenticate.
    That is also why ``sign_in_methods`` is answered here rather than behind a
    credential, and it publishes nothing an unauthenticated caller could not
    already learn by trying both credentials against the sign-in endpoint.

    The one database read is a ``LIMIT 1`` probe for any identity holding a
    password, over a table a standalone deployment keeps one row per person in.
    It runs only in standalone mode: a hybrid gateway has no session to describe,
    and ``get_db_if_needed`` hands it no session to read one from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentBootstrap
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentBootstrap]:
    """Get Bootstrap

     Return the deployment context the dashboard shell renders from.

    Public: the shell fetches this before it knows whether it can authenticate.
    That is also why ``sign_in_methods`` is answered here rather than behind a
    credential, and it publishes nothing an unauthenticated caller could not
    already learn by trying both credentials against the sign-in endpoint.

    The one database read is a ``LIMIT 1`` probe for any identity holding a
    password, over a table a standalone deployment keeps one row per person in.
    It runs only in standalone mode: a hybrid gateway has no session to describe,
    and ``get_db_if_needed`` hands it no session to read one from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentBootstrap]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentBootstrap | None:
    """Get Bootstrap

     Return the deployment context the dashboard shell renders from.

    Public: the shell fetches this before it knows whether it can authenticate.
    That is also why ``sign_in_methods`` is answered here rather than behind a
    credential, and it publishes nothing an unauthenticated caller could not
    already learn by trying both credentials against the sign-in endpoint.

    The one database read is a ``LIMIT 1`` probe for any identity holding a
    password, over a table a standalone deployment keeps one row per person in.
    It runs only in standalone mode: a hybrid gateway has no session to describe,
    and ``get_db_if_needed`` hands it no session to read one from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentBootstrap
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
