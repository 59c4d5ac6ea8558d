from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_list import FileList
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user: None | str | Unset
    if isinstance(user, Unset):
        json_user = UNSET
    else:
        json_user = user
    params["user"] = json_user

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileList | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

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
) -> Response[FileList | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
) -> Response[FileList | HTTPValidationError]:
    """List Files

     List the authenticated user's uploaded files.

    Args:
        user (None | str | Unset):
        purpose (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        user=user,
        purpose=purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
) -> FileList | HTTPValidationError | None:
    """List Files

     List the authenticated user's uploaded files.

    Args:
        user (None | str | Unset):
        purpose (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileList | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        user=user,
        purpose=purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
) -> Response[FileList | HTTPValidationError]:
    """List Files

     List the authenticated user's uploaded files.

    Args:
        user (None | str | Unset):
        purpose (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileList | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        user=user,
        purpose=purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
) -> FileList | HTTPValidationError | None:
    """List Files

     List the authenticated user's uploaded files.

    Args:
        user (None | str | Unset):
        purpose (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileList | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            user=user,
            purpose=purpose,
        )
    ).parsed
