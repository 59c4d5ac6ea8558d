from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/aliases/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Delete Alias

     Delete a stored alias in one scope.

    Scoped by ``user_id`` for the same reason the upsert is: deleting the global
    alias must not take a user's override with it, and deleting an override must
    leave the global one serving everyone else.

    Args:
        name (str):
        user_id (None | str | Unset): Delete the alias scoped to this user. Omit to delete the
            global alias of that name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Delete Alias

     Delete a stored alias in one scope.

    Scoped by ``user_id`` for the same reason the upsert is: deleting the global
    alias must not take a user's override with it, and deleting an override must
    leave the global one serving everyone else.

    Args:
        name (str):
        user_id (None | str | Unset): Delete the alias scoped to this user. Omit to delete the
            global alias of that name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        name=name,
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Delete Alias

     Delete a stored alias in one scope.

    Scoped by ``user_id`` for the same reason the upsert is: deleting the global
    alias must not take a user's override with it, and deleting an override must
    leave the global one serving everyone else.

    Args:
        name (str):
        user_id (None | str | Unset): Delete the alias scoped to this user. Omit to delete the
            global alias of that name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Delete Alias

     Delete a stored alias in one scope.

    Scoped by ``user_id`` for the same reason the upsert is: deleting the global
    alias must not take a user's override with it, and deleting an override must
    leave the global one serving everyone else.

    Args:
        name (str):
        user_id (None | str | Unset): Delete the alias scoped to this user. Omit to delete the
            global alias of that name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            user_id=user_id,
        )
    ).parsed
